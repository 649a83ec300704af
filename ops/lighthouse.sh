#!/usr/bin/env bash
# `make lighthouse`: Lighthouse (desktop preset) on the applications page after a real sign-in (issue 15's
# SPA target: performance >= 95, cumulative layout shift < 0.1). Not part of `make test`.
#   fresh database euportal_lh_<timestamp> with the demo data (dropped at the end), Keycloak (reused, or
#   started and stopped), backend on :LH_API_PORT (8087), vite preview of the built SPA on :LH_SPA_PORT
#   (5182, one of the realm's redirect URIs), then frontend/scripts/lighthouse-after-login.mjs: Debian's
#   chromium with --remote-debugging-port, Playwright signs in over CDP as the demo advisor, Lighthouse
#   measures the same tab (its session kept) and prints score, LCP, TBT, CLS, JavaScript and API calls.
# Knobs: LH_API_PORT, LH_SPA_PORT, LH_CDP_PORT (9333), LH_PATH (/applications), LH_USER (ada.advisor),
# LH_RUNS (3; the median run's figures are printed), LH_BACKEND_JAR (a packaged backend to use), and
# Keycloak's (KC_PORT, KC_MGMT_PORT, EUPORTAL_WORK_DIR). Reports: ops/.work/logs/lighthouse-<time>.json.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
# Nothing is uploaded or mailed on the measured page.
export MAIL_MOCK=true CLAMAV_ENABLED=false
LH_API_PORT="${LH_API_PORT:-8087}"
LH_SPA_PORT="${LH_SPA_PORT:-5182}"

parse_db_url "$BASE_DB_URL"
LH_DB="euportal_lh_$(date +%Y%m%d%H%M%S)_$$"
LH_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$LH_DB"

started_kc=0 db_created=0
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  ((rc != 0)) && for f in lighthouse-backend lighthouse-frontend; do tail_log "$LOG_DIR/$f.log" 60; done
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  ((db_created)) && drop_db "$LH_DB_URL"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_busy "$LH_API_PORT" && die "port $LH_API_PORT is in use; the Lighthouse backend needs it (LH_API_PORT)"
port_busy "$LH_SPA_PORT" && die "port $LH_SPA_PORT is in use; the Lighthouse SPA server needs it (LH_SPA_PORT)"

if [[ -n "${LH_BACKEND_JAR:-}" ]]; then
  [[ -f "$LH_BACKEND_JAR" ]] || die "LH_BACKEND_JAR=$LH_BACKEND_JAR does not exist"
  BACKEND_JAR="$LH_BACKEND_JAR"
else
  build_backend_if_needed
fi
build_frontend_if_needed

ensure_db "$LH_DB_URL"
db_created=1
if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
start_backend lighthouse-backend "$LH_API_PORT" "$LH_DB_URL"
start_frontend lighthouse-frontend "$LH_SPA_PORT" "http://127.0.0.1:$LH_API_PORT"

log "Lighthouse after sign-in (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
(cd "$ROOT_DIR/frontend" && LH_BASE_URL="http://localhost:$LH_SPA_PORT" \
  LH_REPORT="$LOG_DIR/lighthouse-$(date +%Y%m%d-%H%M%S).json" node scripts/lighthouse-after-login.mjs)
