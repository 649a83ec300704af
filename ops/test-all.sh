#!/usr/bin/env bash
# `make test`: every test, as CI runs them, in the order of `make test-backend test-frontend
# test-contract test-e2e test-ops`, with the waiting overlapped (the machine has two cores, and the
# browser tests' Keycloak would otherwise boot while nothing else runs):
#   - Keycloak starts in the background at once (ops/keycloak.sh; the browser tests reuse it);
#   - the contract lint and the ops checks (light, a few seconds of CPU) run beside the backend tests;
#   - then the frontend tests, then the browser tests.
# Each phase's time is printed at the end; the first failure fails the run after the others finished
# what they had started. TEST_SERIAL=1 runs the targets one after the other instead.
set -uo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT_DIR"

if [[ "${TEST_SERIAL:-0}" == 1 ]]; then
  exec make --no-print-directory test-backend test-frontend test-contract test-e2e test-ops
fi

TIMES=() failed=() started_kc=0
phase() { # NAME CMD...
  local name="$1" t=$SECONDS; shift
  log "== $name"
  if "$@"; then TIMES+=("$(printf '%-15s %5ss ok' "$name" $((SECONDS - t)))")
  else TIMES+=("$(printf '%-15s %5ss FAILED' "$name" $((SECONDS - t)))"); failed+=("$name"); fi
}
finish() {
  local rc=$?
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop >/dev/null 2>&1 || true; }
  [[ -n "${side_pid:-}" ]] && kill "$side_pid" 2>/dev/null
  log "== timings"; printf '  %s\n' "${TIMES[@]}" >&2
  ((${#failed[@]})) && { log "failed: ${failed[*]}"; exit 1; }
  exit "$rc"
}
trap finish EXIT

if ! "$OPS_DIR/keycloak.sh" is-up && ! pid_alive "$RUN_DIR/keycloak.pid"; then
  started_kc=1
  ("$OPS_DIR/keycloak.sh" start >"$LOG_DIR/test-keycloak-start.log" 2>&1 &)
fi

# The light checks beside the backend tests; their output is printed when they are done.
side_log="$LOG_DIR/test-side-checks.log"
( rc=0
  make --no-print-directory test-contract || rc=1
  make --no-print-directory test-ops || rc=1
  exit $rc ) >"$side_log" 2>&1 &
side_pid=$!

phase backend make --no-print-directory test-backend
side_t=$SECONDS
if wait "$side_pid"; then side_rc=0; else side_rc=1; fi
side_pid=""
cat "$side_log"
TIMES+=("$(printf '%-15s %5ss %s' "contract+ops" $((SECONDS - side_t)) "$( ((side_rc)) && echo "FAILED" || echo "ok (beside the backend; waited this long after it)")")")
((side_rc)) && failed+=("contract+ops")
phase frontend make --no-print-directory test-frontend
phase e2e make --no-print-directory test-e2e
