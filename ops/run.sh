#!/usr/bin/env bash
# `make run`: the whole stack locally, with demo data.
#   PostgreSQL (DB_URL, default jdbc:postgresql://127.0.0.1:5432/euportal; created if missing, never dropped)
#   Keycloak   http://localhost:8180 (ops/keycloak.sh; reused when already running)
#   backend    http://localhost:8080 (DEMO_DATA=true)
#   SPA        http://localhost:5173 (vite preview of frontend/dist, /api proxied to the backend)
#   maildev    SMTP localhost:1025, inbox http://localhost:1080 (the backend's e-mail lands there)
#   clamd      127.0.0.1:3310 (CLAMAV_PORT): the virus scan of every upload, with the EICAR-only test signatures
# Builds what is missing or out of date. Ctrl-C stops what this script started, and nothing else.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
API_PORT="${API_PORT:-8080}"
SPA_PORT="${SPA_PORT:-5173}"
MAIL_PORT="${MAIL_PORT:-1025}"
MAILDEV_WEB_PORT="${MAILDEV_WEB_PORT:-1080}"
CLAMAV_PORT="${CLAMAV_PORT:-3310}"
export MAIL_PORT CLAMAV_PORT

started_kc=0
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  trap '' PIPE   # keep cleaning up even when our output pipe (e.g. | tee) is gone
  set +e
  echo >&2
  log "shutting down what make run started"
  stop_started
  if ((started_kc)); then "$OPS_DIR/keycloak.sh" stop || true; fi
  ok "stopped"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

t0=$SECONDS
# Fail early on busy ports, before spending time on builds.
port_busy "$API_PORT" && die "port $API_PORT is already in use (another backend?); stop it or set API_PORT"
port_busy "$SPA_PORT" && die "port $SPA_PORT is already in use; stop it or set SPA_PORT"
port_busy "$CLAMAV_PORT" && die "port $CLAMAV_PORT (clamd) is already in use; stop it or set CLAMAV_PORT"

ensure_db "$DB_URL"
build_backend_if_needed
build_frontend_if_needed

if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak already running or starting at $KC_ISSUER (it stays up after Ctrl-C)"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start

start_maildev run-maildev "$MAIL_PORT" "$MAILDEV_WEB_PORT"
start_clamd run-clamd "$CLAMAV_PORT"
start_backend run-backend "$API_PORT" "$DB_URL"
start_frontend run-frontend "$SPA_PORT" "http://127.0.0.1:$API_PORT"

cat <<EOF

${_G}${_B}EU Project Portal is running${_N} (started in $((SECONDS - t0))s)

  SPA              http://localhost:$SPA_PORT
  API              http://localhost:$API_PORT/api/v1   (health: /q/health/ready)
  Swagger UI       http://localhost:$API_PORT/q/swagger-ui
  Keycloak admin   http://localhost:$KC_PORT/admin/master/console/   (admin / admin)
  E-mail (maildev) http://localhost:$MAILDEV_WEB_PORT   (SMTP localhost:$MAIL_PORT; reminders land here)
  Virus scan       clamd 127.0.0.1:$CLAMAV_PORT   (test signatures: only the EICAR test file is "malware")
  Database         $DB_URL (runtime role $DB_USER, owner $DB_OWNER_USER)
  Logs             $LOG_DIR/{run-backend,run-frontend,run-maildev,run-clamd,keycloak}.log

  Demo users (password for all: demo; DEMO ONLY)
  user               name             realm roles             unit
  ----------------   --------------   ---------------------   ----
  anna.applicant     Anna Andersson   applicant               UTB
  carl.coordinator   Carl Carlsson    coordinator, applicant  SOC
  ada.advisor        Ada Ahlström     advisor                 INT
  alex.auditor       Alex Berg        auditor                 -
  adam.admin         Adam Ek          admin                   -

  Integration client: euportal-integration / demo-integration-secret (client credentials, role advisor)
    TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=euportal-integration \\
      -d client_secret=demo-integration-secret $KC_ISSUER/protocol/openid-connect/token | jq -r .access_token)
    curl -H "Authorization: Bearer \$TOKEN" http://localhost:$API_PORT/api/v1/units

Press Ctrl-C to stop.
EOF

# Stay in the foreground; stop everything if the backend or the SPA server dies.
while true; do
  for p in run-backend run-frontend run-maildev run-clamd; do
    if ! pid_alive "$RUN_DIR/$p.pid"; then
      tail_log "$LOG_DIR/$p.log"
      die "$p exited unexpectedly"
    fi
  done
  if ((started_kc)) && ! pid_alive "$RUN_DIR/keycloak.pid"; then
    tail_log "$LOG_DIR/keycloak.log"
    die "Keycloak exited unexpectedly"
  fi
  sleep 2 &
  wait $! || true
done
