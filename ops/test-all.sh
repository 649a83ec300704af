#!/usr/bin/env bash
# `make test`: every test, as CI runs them (`make test-backend test-frontend test-contract test-e2e
# test-ops`), with the work overlapped. Each phase is mostly one request after another (a test, the
# server, PostgreSQL), so on a two-core machine two of them side by side take little longer than one:
#   - Keycloak starts in the background at once (ops/keycloak.sh; the browser tests reuse it);
#   - the backend is packaged first, and the browser tests run a copy of that package
#     (ops/.work/test-app), so the backend tests' own packaging cannot change it under them;
#   - the backend tests run beside the frontend tests and then the browser tests;
#   - the contract lint and the ops checks (a few seconds of CPU) run beside them too.
# Each phase's time is printed at the end; the first failure fails the run after the others finished
# what they had started. A background phase's output is printed when it is done (its log is in
# ops/.work/logs/test-<phase>.log). TEST_SERIAL=1 runs the targets one after the other instead.
set -uo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT_DIR"

if [[ "${TEST_SERIAL:-0}" == 1 ]]; then
  exec make --no-print-directory test-backend test-frontend test-contract test-e2e test-ops
fi

TIMES=() failed=() started_kc=0
declare -A bg_pid=() bg_start=()
phase() { # NAME CMD...
  local name="$1" t=$SECONDS; shift
  log "== $name"
  if "$@"; then TIMES+=("$(printf '%-15s %5ss ok' "$name" $((SECONDS - t)))")
  else TIMES+=("$(printf '%-15s %5ss FAILED' "$name" $((SECONDS - t)))"); failed+=("$name"); fi
}
finish() {
  local rc=$?
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop >/dev/null 2>&1 || true; }
  local pid
  for pid in "${bg_pid[@]}"; do pkill -TERM -P "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; done
  log "== timings"; printf '  %s\n' "${TIMES[@]}" >&2
  ((${#failed[@]})) && { failure_summary; log "failed: ${failed[*]}"; exit 1; }
  exit "$rc"
}
# The failing tests by name, last in the output (CI keeps only its tail): Playwright's summary of failed and
# flaky tests, and surefire's list of failing tests.
failure_summary() {
  local f="$LOG_DIR/test-e2e.log"
  if [[ -f "$f" ]] && grep -qE '^ +[0-9]+ (failed|flaky)' "$f"; then
    log "== browser tests that failed or needed a retry ($f)"
    awk '/^ +[0-9]+ (failed|flaky)/ { p = 1 } p && NF { print } p && /^ +[0-9]+ passed/ { exit }' "$f" | head -40 >&2
  fi
  f="$LOG_DIR/test-backend.log"
  if [[ -f "$f" ]] && grep -qE '^\[ERROR\] (Failures|Errors):' "$f"; then
    log "== backend tests that failed ($f)"
    sed -n -E '/^\[ERROR\] (Failures|Errors):/,/^\[ERROR\] Tests run:/p' "$f" | head -40 >&2
  fi
}
trap finish EXIT

if ! "$OPS_DIR/keycloak.sh" is-up && ! pid_alive "$RUN_DIR/keycloak.pid"; then
  started_kc=1
  ("$OPS_DIR/keycloak.sh" start >"$LOG_DIR/test-keycloak-start.log" 2>&1 &)
fi

# in_background NAME CMD...: a phase beside the others; its output goes to its log until joined.
in_background() {
  local name="$1"; shift
  log "== $name (in the background, log $LOG_DIR/test-$name.log)"
  bg_start[$name]=$SECONDS
  rm -f "$LOG_DIR/test-$name.end"
  ( "$@"; rc=$?; echo "$SECONDS" >"$LOG_DIR/test-$name.end"; exit $rc ) >"$LOG_DIR/test-$name.log" 2>&1 &
  bg_pid[$name]=$!
}
# join NAME: wait for a background phase, print its output and record its time.
join() {
  local name="$1" rc=0 end
  wait "${bg_pid[$name]}" || rc=1
  unset "bg_pid[$name]"
  cat "$LOG_DIR/test-$name.log"
  end="$(cat "$LOG_DIR/test-$name.end" 2>/dev/null || echo "$SECONDS")"
  TIMES+=("$(printf '%-15s %5ss %s' "$name" $((end - bg_start[$name])) "$( ((rc)) && echo FAILED || echo "ok (in the background)")")")
  ((rc)) && failed+=("$name")
  return 0
}

side_checks() { local rc=0; make --no-print-directory test-contract || rc=1; make --no-print-directory test-ops || rc=1; return $rc; }
in_background contract+ops side_checks

# The browser tests' backend: packaged once, copied, so that `mvn verify` may repackage at will.
E2E_APP="$WORK_DIR/test-app"
package_for_e2e() {
  rm -rf "$E2E_APP" # a failed build must not leave an older package for the browser tests
  make --no-print-directory build-backend && cp -a "$ROOT_DIR/backend/target/quarkus-app" "$E2E_APP"
}
rm -f "$LOG_DIR/test-e2e.log"   # the failure summary must not read an earlier run's
phase package package_for_e2e
in_background backend make --no-print-directory test-backend
phase frontend make --no-print-directory test-frontend
if [[ -f "$E2E_APP/quarkus-run.jar" ]]; then
  # tee: the failure summary at the end reads Playwright's own.
  phase e2e bash -o pipefail -c 'env E2E_BACKEND_JAR="$1" make --no-print-directory test-e2e 2>&1 | tee "$2"' _ \
    "$E2E_APP/quarkus-run.jar" "$LOG_DIR/test-e2e.log"
else
  TIMES+=("$(printf '%-15s %5ss FAILED (no package to run)' e2e 0)"); failed+=("e2e")
fi
join backend
join contract+ops
