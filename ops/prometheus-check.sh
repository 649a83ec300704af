#!/usr/bin/env bash
# The alert rules against a real Prometheus (Debian's `prometheus`, installed by ops/setup.sh) and a real
# backend, not part of `make test` (about 5 minutes):
#   1. a fresh database euportal_prom_<time>, Keycloak (KC_PORT, reused or started), maildev as the SMTP
#      server, a backend (PROM_PORT, 8097; metrics on PROM_PORT + 1000) with the demo data, the reminder
#      job every 10 seconds and every demo deadline within its lead time (REMINDER_LEAD_DAYS=3650);
#   2. Prometheus (PROM_WEB_PORT, 9190) scraping it every 5 s and evaluating ops/monitoring/alerts.yml;
#   3. the SMTP server is stopped, then Anna and Maria log in (the reminder job only writes to people it
#      knows): the next run's reminders fail -> EuportalReminderFailures and EuportalEmailFailures fire;
#   4. a 5xx burst: the table `unit` is renamed away in this throw-away database, and /api/v1/units is asked
#      once a second until EuportalHigh5xxRate fires (its `for` is 2 minutes); then it is put back;
#   5. every metric series the rules use is looked up in Prometheus and printed with its number of series.
# PASS when every series exists and the three alerts fired. KEEP_DB=1 keeps the database.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
PROM_PORT="${PROM_PORT:-8097}"
PROM_WEB_PORT="${PROM_WEB_PORT:-9190}"
SMTP_PORT="${PROM_SMTP_PORT:-2526}" SMTP_WEB_PORT="${PROM_SMTP_WEB_PORT:-1091}"
MGMT_PORT=$((PROM_PORT + 1000))
command -v prometheus >/dev/null || die "prometheus is missing: apt-get install -y --no-install-recommends prometheus"
parse_db_url "$BASE_DB_URL"
PROM_DB="euportal_prom_$(date +%Y%m%d%H%M%S)_$$"
PROM_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$PROM_DB"
WORK="$(mktemp -d)"
PROM="http://127.0.0.1:$PROM_WEB_PORT"
API="http://localhost:$PROM_PORT/api/v1"
started_kc=0 renamed=0 t0=$SECONDS

psql_prom() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -qAt -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$PROM_DB" -c "$1"; }
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  ((renamed)) && psql_prom "alter table unit_away rename to unit"
  ((rc != 0)) && tail_log "$LOG_DIR/prom-backend.log" 40
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  if [[ "${KEEP_DB:-0}" == 1 ]]; then log "kept database $PROM_DB"; else drop_db "$PROM_URL"; fi
  rm -rf "$WORK"
  log "prometheus check finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# alert NAME: its state in Prometheus (firing, pending or inactive).
alert_state() {
  curl -fsS "$PROM/api/v1/alerts" | python3 -c '
import json, sys
states = [a["state"] for a in json.load(sys.stdin)["data"]["alerts"] if a["labels"]["alertname"] == sys.argv[1]]
print("firing" if "firing" in states else "pending" if "pending" in states else "inactive")' "$1"
}
# wait_firing NAME SECONDS [CMD...]: runs CMD once a second (if given) until the alert fires.
wait_firing() {
  local name="$1" limit="$2" state="" i start=$SECONDS; shift 2
  for ((i = 0; SECONDS - start < limit; i++)); do
    (($#)) && "$@"
    state="$(alert_state "$name")"
    [[ "$state" == firing ]] && { ok "$name is firing (after $((SECONDS - start))s)"; return 0; }
    ((i % 15 == 0)) && log "$name: $state"
    sleep 1
  done
  die "$name did not fire within ${limit}s (last state: $state)"
}

build_backend_if_needed
ensure_db "$PROM_URL"
if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
start_maildev prom-maildev "$SMTP_PORT" "$SMTP_WEB_PORT" >&2
REMINDER_CRON="*/10 * * * * ?" REMINDER_LEAD_DAYS=3650 MAIL_HOST=127.0.0.1 MAIL_PORT="$SMTP_PORT" MAIL_MOCK=false \
  MANAGEMENT_PORT="$MGMT_PORT" start_backend prom-backend "$PROM_PORT" "$PROM_URL"

cat >"$WORK/prometheus.yml" <<YML
global:
  scrape_interval: 5s
  evaluation_interval: 5s
rule_files:
  - $ROOT_DIR/ops/monitoring/alerts.yml
scrape_configs:
  - job_name: euportal-backend
    metrics_path: /q/metrics
    static_configs:
      - targets: ["127.0.0.1:$MGMT_PORT"]
YML
port_busy "$PROM_WEB_PORT" && die "port $PROM_WEB_PORT (Prometheus) is in use; set PROM_WEB_PORT"
start_bg prom-prometheus "$LOG_DIR/prom-prometheus.log" prometheus --config.file="$WORK/prometheus.yml" \
  --storage.tsdb.path="$WORK/data" --web.listen-address="127.0.0.1:$PROM_WEB_PORT" --storage.tsdb.retention.time=1h
wait_http "prometheus" "$PROM/-/ready" 60 prom-prometheus "$LOG_DIR/prom-prometheus.log"
for ((i = 0; i < 30; i++)); do
  [[ "$(curl -fsS "$PROM/api/v1/targets" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["activeTargets"][0]["health"])' 2>/dev/null)" == up ]] && break
  sleep 1
done
ok "Prometheus scrapes the backend's metrics at :$MGMT_PORT/q/metrics"

log "stopping the SMTP server, then Anna and Maria log in: their reminders are due at the next run"
stop_bg prom-maildev 10
for user in anna.applicant maria.coordinator; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $("$OPS_DIR/keycloak.sh" token "$user")" "$API/me"
done
wait_firing EuportalReminderFailures 120
wait_firing EuportalEmailFailures 60

log "5xx burst: the table unit is renamed away in $PROM_DB, and /api/v1/units asked once a second"
TOKEN="$("$OPS_DIR/keycloak.sh" token ada.advisor)"
for ((i = 0; i < 20; i++)); do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/units"; sleep 0.5; done
psql_prom "alter table unit rename to unit_away"
renamed=1
ask_units() { curl -sS -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/units" || true; }
wait_firing EuportalHigh5xxRate 300 ask_units
psql_prom "alter table unit_away rename to unit"
renamed=0
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/units" && ok "the table is back: /api/v1/units answers 200"

log "every series the rules use, as Prometheus has them"
python3 - "$ROOT_DIR/ops/monitoring/alerts.yml" "$PROM" <<'PY'
import json, re, sys, urllib.parse, urllib.request
rules, prom = sys.argv[1:3]
text = open(rules).read()
exprs = re.findall(r'expr:\s*(\|[\s\S]*?(?=\n\s+for:|\n\s+labels:)|.*)', text)
functions = {'sum', 'rate', 'increase', 'histogram_quantile', 'max', 'min', 'by', 'and', 'time', 'count', 'avg'}
names = sorted({m for e in exprs for m in re.findall(r'([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{', e) if m not in functions})
missing = 0
print(f"{'metric used by the rules':<40} series")
for name in names:
    url = f"{prom}/api/v1/series?" + urllib.parse.urlencode({'match[]': name + '{job="euportal-backend"}'})
    series = json.load(urllib.request.urlopen(url))['data']
    missing += not series
    print(f"{name:<40} {len(series)}{'' if series else '   <-- missing'}")
alerts = json.load(urllib.request.urlopen(prom + '/api/v1/rules'))['data']['groups'][0]['rules']
print()
print(f"{'alert':<36} state")
for a in alerts:
    print(f"{a['name']:<36} {a['state']}")
sys.exit(1 if missing else 0)
PY
ok "every series the rules use exists, and the reminder, e-mail and 5xx alerts fired for real: PASS"
