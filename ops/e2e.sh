#!/usr/bin/env bash
# `make test-e2e`: browser tests (Playwright, frontend/e2e/) against the real stack:
#   fresh database euportal_e2e_<timestamp> (dropped at the end), Keycloak on :8180 (reused, or
#   started and stopped), clamd on :3311 (the virus scan, test signatures), backend on :8085
#   (DEMO_DATA=true), vite preview on :5174 proxying /api to :8085, then `playwright test` with
#   E2E_BASE_URL=http://localhost:5174.
# Exits with Playwright's status. Logs: ops/.work/logs/e2e-*.log (tails printed on failure).
# Extra arguments go to `playwright test` (e.g. ops/e2e.sh e2e/login.spec.ts --headed).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
# No SMTP server in the browser tests: the backend logs its e-mail instead of sending it.
export MAIL_MOCK=true
E2E_API_PORT="${E2E_API_PORT:-8085}"
E2E_SPA_PORT="${E2E_SPA_PORT:-5174}"
# The e2e backend's virus scan: its own clamd beside make run's (3310), with the EICAR-only test signatures.
CLAMAV_PORT="${E2E_CLAMAV_PORT:-3311}"
export CLAMAV_PORT
# A Keycloak this script starts links its login pages' footer to this SPA.
export EUPORTAL_SPA_URL="${EUPORTAL_SPA_URL:-http://localhost:$E2E_SPA_PORT}"

parse_db_url "$BASE_DB_URL"
E2E_DB="euportal_e2e_$(date +%Y%m%d%H%M%S)_$$"
E2E_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$E2E_DB"

started_kc=0 db_created=0 t0=$SECONDS
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  trap '' PIPE   # keep cleaning up even when our output pipe (e.g. | tee) is gone
  set +e
  if ((rc != 0)); then
    for f in e2e-backend e2e-frontend; do tail_log "$LOG_DIR/$f.log" 80; done
    ((started_kc)) && tail_log "$LOG_DIR/keycloak.log" 40
  fi
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  ((db_created)) && drop_db "$E2E_DB_URL"
  log "e2e finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

port_busy "$E2E_API_PORT" && die "port $E2E_API_PORT is in use; the e2e backend needs it"
port_busy "$E2E_SPA_PORT" && die "port $E2E_SPA_PORT is in use; the e2e SPA server needs it"

# E2E_BACKEND_JAR: a package made beforehand (make test copies one, so the backend tests running beside
# may repackage backend/target at will); otherwise backend/target's, built when stale.
if [[ -n "${E2E_BACKEND_JAR:-}" ]]; then
  [[ -f "$E2E_BACKEND_JAR" ]] || die "E2E_BACKEND_JAR=$E2E_BACKEND_JAR does not exist"
  BACKEND_JAR="$E2E_BACKEND_JAR"
else
  build_backend_if_needed
fi
build_frontend_if_needed

ensure_db "$E2E_DB_URL"
db_created=1

if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
# A Keycloak on its very first start can restart once after building itself: retry the check.
for attempt in 1 2 3; do
  "$OPS_DIR/check-realm.sh" >"$LOG_DIR/e2e-realm-check.log" 2>&1 && break
  ((attempt == 3)) && { cat "$LOG_DIR/e2e-realm-check.log" >&2; die "the Keycloak realm does not match ops/keycloak/euportal-realm.json's conventions"; }
  log "realm check failed (attempt $attempt); waiting for Keycloak to settle"
  sleep 10
  "$OPS_DIR/keycloak.sh" start
done
ok "Keycloak realm checked ($(tail -1 "$LOG_DIR/e2e-realm-check.log"))"

start_clamd e2e-clamd "$CLAMAV_PORT"
start_backend e2e-backend "$E2E_API_PORT" "$E2E_DB_URL"

# Issue 18: the Java client generated from openapi.yaml (clients/java) compiles and, with a client-credentials
# token from this Keycloak, reads the changes feed of this backend. It runs beside the browser tests (it only
# reads) and is waited for at the end. E2E_SKIP_CLIENT=1 leaves it out (one spec); E2E_CLIENT_ONLY=1 runs only it.
client_pid="" client_t=$SECONDS
if [[ "${E2E_SKIP_CLIENT:-0}" != 1 ]]; then
  log "Java client from openapi.yaml: reading the changes feed with a client-credentials token (in the background)"
  (cd "$ROOT_DIR/backend" && EUPORTAL_API_URL="http://localhost:$E2E_API_PORT" \
      EUPORTAL_TOKEN_URL="$KC_ISSUER/protocol/openid-connect/token" \
      ./mvnw -B -q -f ../clients/java/pom.xml verify) >"$LOG_DIR/e2e-client-java.log" 2>&1 &
  client_pid=$!
fi
wait_client() {
  [[ -n "$client_pid" ]] || return 0
  if ! wait "$client_pid"; then
    tail_log "$LOG_DIR/e2e-client-java.log" 80
    log "the Java client generated from openapi.yaml failed (log: $LOG_DIR/e2e-client-java.log)"
    return 1
  fi
  ok "Java client read the changes feed ($((SECONDS - client_t))s)"
}
if [[ "${E2E_CLIENT_ONLY:-0}" == 1 ]]; then
  wait_client
  exit $?
fi
start_frontend e2e-frontend "$E2E_SPA_PORT" "http://127.0.0.1:$E2E_API_PORT"

log "running Playwright (E2E_BASE_URL=http://localhost:$E2E_SPA_PORT)"
t=$SECONDS
set +e
(cd "$ROOT_DIR/frontend" && E2E_BASE_URL="http://localhost:$E2E_SPA_PORT" \
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" ./node_modules/.bin/playwright test "$@")
status=$?
set -e
log "Playwright finished with status $status in $((SECONDS - t))s"
wait_client || status=1
exit "$status"
