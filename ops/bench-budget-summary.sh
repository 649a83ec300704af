#!/usr/bin/env bash
# `make bench-budget`: how fast a 5 000-line budget's summary answers (totals per partner,
# category and period, with flat rates and co-financing; the rules checked too).
#   fresh database euportal_bench_budget_<timestamp> (dropped at the end unless KEEP_DB=1),
#   Keycloak on :8180 (reused, or started and stopped), backend on :8087 with DEMO_DATA=true; the
#   demo draft "Gröna skolgårdar" gets two more partners from the register and a budget of
#   BENCH_LINES lines over its four periods (every line kind, SEK and EUR, flat rates), saved
#   through the API as anna.applicant; then, one request at a time:
#     - GET  /api/v1/applications/{id}/budget          (the saved draft: content, summary, violations)
#     - POST /api/v1/applications/{id}/budget/preview  (the summary of a budget as typed, unsaved)
# Prints count, min, median, p95, max (ms) of each, from curl's time_total and from the server's
# own durationMs (request log), and a PASS/FAIL line for the preview's server median below
# BENCH_MEDIAN_MS. A benchmark, not a test: `make test` does not run it.
#
#   BENCH_LINES=5000  BENCH_REQUESTS=200  BENCH_WARMUP=20  BENCH_MEDIAN_MS=20  BENCH_PORT=8087  KEEP_DB=1
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
BENCH_LINES="${BENCH_LINES:-5000}"
BENCH_REQUESTS="${BENCH_REQUESTS:-200}"
BENCH_WARMUP="${BENCH_WARMUP:-20}"
BENCH_MEDIAN_MS="${BENCH_MEDIAN_MS:-20}"
BENCH_PORT="${BENCH_PORT:-8087}"
KEEP_DB="${KEEP_DB:-0}"
for v in BENCH_LINES BENCH_REQUESTS BENCH_WARMUP BENCH_MEDIAN_MS BENCH_PORT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a whole number, got: ${!v}"
done

parse_db_url "$BASE_DB_URL"
BENCH_DB="euportal_bench_budget_$(date +%Y%m%d%H%M%S)_$$"
BENCH_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB"
WORK="$(mktemp -d)"
API="http://localhost:$BENCH_PORT/api/v1"
started_kc=0 db_created=0 verdict=0 t0=$SECONDS

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  # A missed target is a result, not an error: the backend's log is only shown for an error.
  ((rc != 0 && !verdict)) && tail_log "$LOG_DIR/bench-budget-backend.log" 60
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  if ((db_created)); then
    if [[ "$KEEP_DB" == 1 ]]; then log "kept database $BENCH_DB"; else drop_db "$BENCH_DB_URL"; fi
  fi
  rm -rf "$WORK"
  log "budget benchmark finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v python3 >/dev/null || die "python3 is needed to build the budget and the figures"
build_backend_if_needed
ensure_db "$BENCH_DB_URL"
db_created=1
if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
start_backend bench-budget-backend "$BENCH_PORT" "$BENCH_DB_URL"

token() {
  curl -fsS -d "client_id=euportal-cli&grant_type=password&username=anna.applicant&password=demo" \
    "$KC_ISSUER/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
TOKEN="$(token)"
auth=(-H "Authorization: Bearer $TOKEN")
json=(-H "Content-Type: application/json")

APP="$(curl -fsS "${auth[@]}" "$API/applications?q=GROGARD" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
log "demo application $APP; adding two partners from the register"
for q in "HALMSTADS KOMMUN" "VAXJO KOMMUN"; do
  org="$(curl -fsS -G "${auth[@]}" --data-urlencode "q=$q" --data-urlencode "country=SE" "$API/partners" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
  curl -fsS -o /dev/null "${auth[@]}" "${json[@]}" -d "{\"organisationId\":\"$org\",\"role\":\"PARTNER\"}" \
    "$API/applications/$APP/partners"
done
curl -fsS "${auth[@]}" "$API/applications/$APP/partners" >"$WORK/partners.json"

log "building a budget of $BENCH_LINES lines"
python3 - "$WORK/partners.json" "$BENCH_LINES" >"$WORK/unfunded.json" <<'PY'
import json, random, sys
partners = [p["organisationId"] for p in json.load(open(sys.argv[1]))]
lines = int(sys.argv[2])
random.seed(42)
# Each partner uses one allowed combination of the ERDF Stockholm call (15 % indirect on staff, or
# 20 % staff on other costs), so that no typed line falls in a category a flat rate stands for.
plans, out = [], []
for i, p in enumerate(partners):
    flat = [{"type": "INDIRECT_ON_STAFF_COSTS", "percent": 15}] if i % 2 == 0 else \
           [{"type": "STAFF_ON_OTHER_DIRECT_COSTS", "percent": 20}]
    plans.append({"partnerId": p, "flatRates": flat, "euRatePercent": 40, "contributions": {}})
for n in range(lines):
    i = n % len(partners)
    p, period = partners[i], 1 + n % 4
    money = round(random.uniform(100, 90000), 2)
    kind = random.choice(["REAL_COST", "REAL_COST", "UNIT_COST", "LUMP_SUM", "STAFF_HOURLY"])
    line = {"id": "l%d" % n, "partnerId": p, "period": period, "currency": random.choice(["SEK", "SEK", "EUR"]),
            "description": "Rad %d" % n}
    others = ["TRAVEL_ACCOMMODATION", "EXTERNAL_EXPERTISE", "EQUIPMENT", "INFRASTRUCTURE_WORKS"]
    if kind == "STAFF_HOURLY" and i % 2 == 0:
        line.update(kind=kind, category="STAFF", monthlySalary=round(random.uniform(32000, 68000)), hours=random.randint(10, 400),
                    employmentPercent=random.choice([50, 75, 100]))
    elif kind == "UNIT_COST":
        line.update(kind=kind, category=random.choice(others), quantity=random.randint(1, 40), unitPrice=round(money / 40, 2))
    else:
        line.update(kind="REAL_COST" if kind == "STAFF_HOURLY" else kind, category=random.choice(others), amount=money)
    out.append(line)
print(json.dumps({"currency": "SEK", "sekPerEur": 11.4830, "partners": plans, "lines": out}))
PY

# The contributions must cover each partner's remainder exactly: ask the server, then fill them in.
curl -fsS "${auth[@]}" "${json[@]}" --data-binary "@$WORK/unfunded.json" "$API/applications/$APP/budget/preview" \
  >"$WORK/preview.json"
python3 - "$WORK/unfunded.json" "$WORK/preview.json" >"$WORK/budget.json" <<'PY'
import json, sys
budget, preview = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
remainder = {p["partnerId"]: p["remainder"] for p in preview["summary"]["partners"]}
for plan in budget["partners"]:
    plan["contributions"] = {"OWN_MUNICIPAL_FUNDS": remainder[plan["partnerId"]]}
print(json.dumps(budget))
PY
etag="$(curl -fsS -D - -o /dev/null "${auth[@]}" "$API/applications/$APP/budget" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')"
status="$(curl -sS -o "$WORK/saved.json" -w '%{http_code}' -X PUT "${auth[@]}" "${json[@]}" -H "If-Match: $etag" \
  --data-binary "@$WORK/budget.json" "$API/applications/$APP/budget")"
[[ "$status" == 200 ]] || { cat "$WORK/saved.json" >&2; die "the budget was not saved (HTTP $status)"; }
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); s=b["summary"]
print("saved: %d lines, %d partners, %d periods, %d flat-rate amounts, total %s SEK, EU share %s SEK, %d violations"
      % (len(b["content"]["lines"]), len(s["partners"]), b["periods"], len(s["flatRates"]), s["total"], s["euShare"], len(b["violations"])))' \
  "$WORK/saved.json" | tee "$WORK/report.txt"
log "$(stat -c %s "$WORK/budget.json") bytes of budget JSON; measuring"

measure() { # NAME then the curl arguments; appends "client_ms" lines to $WORK/NAME.client
  local name="$1"; shift
  for ((i = 0; i < BENCH_WARMUP; i++)); do curl -fsS -o /dev/null "$@"; done
  for ((i = 0; i < BENCH_REQUESTS; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$@" >>"$WORK/$name.client"
  done
}
log_mark="$(wc -l <"$LOG_DIR/bench-budget-backend.log")"
measure get "${auth[@]}" "$API/applications/$APP/budget"
measure preview "${auth[@]}" "${json[@]}" --data-binary "@$WORK/budget.json" "$API/applications/$APP/budget/preview"
# The server's request log: one line per request with its route and durationMs.
tail -n +"$((log_mark + 1))" "$LOG_DIR/bench-budget-backend.log" >"$WORK/requests.log"

set +e
python3 - "$WORK" "$BENCH_WARMUP" "$BENCH_MEDIAN_MS" <<'PY' | tee -a "$WORK/report.txt"
import re, statistics, sys
work, warmup, target = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def figures(values):
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
    return "n=%d min=%.1f median=%.1f p95=%.1f max=%.1f ms" % (len(values), values[0], statistics.median(values),
                                                                pick(0.95), values[-1])
server = {"get": [], "preview": []}
for line in open(work + "/requests.log"):
    m = re.search(r'method=(\w+).*route=(\S+).*durationMs=(\d+)', line)
    if m and m.group(2).endswith("/budget/preview"):
        server["preview"].append(float(m.group(3)))
    elif m and m.group(1) == "GET" and m.group(2).endswith("/budget"):
        server["get"].append(float(m.group(3)))
medians = {}
for name, label in (("get", "GET budget (saved draft)"), ("preview", "POST budget/preview")):
    client = [float(x) * 1000 for x in open("%s/%s.client" % (work, name))]
    measured = server[name][warmup:] if len(server[name]) > warmup else server[name]
    print("%-26s client: %s" % (label, figures(client)))
    if measured:
        print("%-26s server: %s" % ("", figures(measured)))
        medians[name] = statistics.median(measured)
result = medians.get("preview")
if result is None:
    print("FAIL: no server timings found in the request log")
    sys.exit(1)
print("%s: the summary's server median is %.1f ms (target below %.0f ms)" % ("PASS" if result < target else "FAIL",
                                                                          result, target))
sys.exit(0 if result < target else 1)
PY
status=${PIPESTATUS[0]}
set -e
cp "$WORK/report.txt" "$LOG_DIR/bench-budget-summary.txt"
log "report: $LOG_DIR/bench-budget-summary.txt"
verdict=1
exit "$status"
