#!/usr/bin/env bash
# `make chaos`: resilience under faults (issue 15). Not part of make test. Everything it uses is its own:
# a throwaway PostgreSQL (initdb into ops/.work/chaos-pg, port CHAOS_PG_PORT), a second Keycloak
# (ops/keycloak.sh with its own work directory and ports), the packaged backend with a bounded heap on
# its own ports; the shared PostgreSQL on 5432 and Keycloak on 8180 are never touched.
#
#   a. PostgreSQL restarted under a write load (ideas created by anna.applicant, CHAOS_RATE a second):
#      every acknowledged write is in the database; the answers during the outage are 503 with
#      Retry-After, never 500; the first success comes < 10 s after PostgreSQL is back; after an idle
#      period and another restart, readiness never fails on a stale pooled connection.
#   b. Keycloak stopped: a token issued before keeps working (0 failures in CHAOS_KC_REQUESTS requests),
#      a new login fails (refused), bad tokens get 401 (not 500), and logins work again once it is back.
#   c. Two replicas behind HAProxy (ops/chaos/haproxy.cfg.in: health check on readiness, retries of
#      idempotent requests on connection failure, redispatch); wrk through the proxy, one replica killed
#      with SIGKILL a third into the run: failed requests in all and after 5 s (target 0); both replicas
#      run the reminder job every 5 s, and no reminder or e-mail goes out twice.
# Each part prints its figures and PASS/FAIL; the exit status is 1 when a part failed.
#
# Knobs: CHAOS_PARTS ("a b c"), CHAOS_PG_PORT (5499), CHAOS_PORT (8095; replicas +1, +2; management
# +1000), CHAOS_PROXY_PORT (8098), CHAOS_KC_PORT (8181), CHAOS_KC_MGMT_PORT (9181), CHAOS_RATE (20),
# CHAOS_WRITE_SECONDS (30), CHAOS_IDLE_SECONDS (5), CHAOS_KC_REQUESTS (200), CHAOS_WRK_SECONDS (30),
# CHAOS_WRK_CONNECTIONS (16), BACKEND_HEAP (512m), KEEP_PG=1 (leave the throwaway PostgreSQL running).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PARTS="${CHAOS_PARTS:-a b c}"
PG_PORT="${CHAOS_PG_PORT:-5499}"
PORT="${CHAOS_PORT:-8095}"
R1_PORT=$((PORT + 1)) R2_PORT=$((PORT + 2))
PROXY_PORT="${CHAOS_PROXY_PORT:-8098}"
CKC_PORT="${CHAOS_KC_PORT:-8181}"
CKC_MGMT_PORT="${CHAOS_KC_MGMT_PORT:-9181}"
RATE="${CHAOS_RATE:-20}"
WRITE_SECONDS="${CHAOS_WRITE_SECONDS:-30}"
IDLE_SECONDS="${CHAOS_IDLE_SECONDS:-5}"
KC_REQUESTS="${CHAOS_KC_REQUESTS:-200}"
WRK_SECONDS="${CHAOS_WRK_SECONDS:-30}"
WRK_CONNECTIONS="${CHAOS_WRK_CONNECTIONS:-16}"
export BACKEND_HEAP="${BACKEND_HEAP:-512m}" BACKEND_TIMEOUT="${BACKEND_TIMEOUT:-300}"
export DB_USER=postgres DB_PASSWORD=
PG_HOME="$WORK_DIR/chaos-pg"
PG_DATA="$PG_HOME/data"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
DB_URL_CHAOS="jdbc:postgresql://127.0.0.1:$PG_PORT/euportal"
KC_WORK="$WORK_DIR/chaos-kc"
CKC_ISSUER="http://localhost:$CKC_PORT/realms/$KC_REALM"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/euportal-chaos.XXXXXX")"
STAMP="$(date +%Y%m%d-%H%M)"
REPORT="$LOG_DIR/chaos-$STAMP.txt"
FAILED=()

# ---------------------------------------------------------------- tools
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v haproxy >/dev/null || need_packages+=(haproxy)
command -v jq >/dev/null || need_packages+=(jq)
if ((${#need_packages[@]})); then
  if ((EUID == 0)); then
    log "installing ${need_packages[*]} (Debian packages)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null ||
      { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null; } ||
      die "apt-get install ${need_packages[*]} failed"
  else
    die "missing: ${need_packages[*]} (sudo apt-get install -y --no-install-recommends ${need_packages[*]})"
  fi
fi
[[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] || die "PostgreSQL's server binaries not found (PG_BIN=$PG_BIN)"
command -v python3 >/dev/null || die "python3 not found"

# The throwaway PostgreSQL runs as user postgres when we are root (initdb refuses root).
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ctl_chaos() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }
cpsql() { PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${CDB:-euportal}" -tAc "$1"; }
kc_chaos() { EUPORTAL_WORK_DIR="$KC_WORK" KC_PORT="$CKC_PORT" KC_MGMT_PORT="$CKC_MGMT_PORT" "$OPS_DIR/keycloak.sh" "$@"; }
now() { date +%s.%N; }
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }
verdict() { # verdict PART NAME CONDITION-EXIT-STATUS
  if [[ "$3" == 0 ]]; then say "  PASS  $1: $2"; else say "  FAIL  $1: $2"; FAILED+=("$1: $2"); fi
}
check() { local part="$1" name="$2"; shift 2; if "$@"; then verdict "$part" "$name" 0; else verdict "$part" "$name" 1; fi; }

cleanup() {
  local rc=$?
  trap - EXIT
  set +e
  stop_started
  kc_chaos stop >/dev/null 2>&1
  if [[ "${KEEP_PG:-0}" != 1 && -f "$PG_DATA/postmaster.pid" ]]; then pg_ctl_chaos -m fast -w stop >/dev/null 2>&1; fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT

# Our own PostgreSQL of an earlier run (KEEP_PG=1) is stopped first; anything else on the ports stops us.
if [[ -f "$PG_DATA/postmaster.pid" ]]; then
  log "stopping the throwaway PostgreSQL of an earlier run ($PG_DATA)"
  pg_ctl_chaos -m fast -w stop >/dev/null 2>&1 || true
fi
for p in "$PG_PORT" "$PORT" "$R1_PORT" "$R2_PORT" "$PROXY_PORT" "$CKC_PORT" "$CKC_MGMT_PORT" \
  $((PORT + 1000)) $((R1_PORT + 1000)) $((R2_PORT + 1000)); do
  port_busy "$p" && die "port $p is in use: another make chaos running? (see the CHAOS_* knobs)"
done

build_backend_if_needed
# A copy of the build, so that a rebuild meanwhile does not pull classes from under the replicas.
cp -r "$ROOT_DIR/backend/target/quarkus-app" "$TMP/quarkus-app"
BACKEND_JAR="$TMP/quarkus-app/quarkus-run.jar"

# ---------------------------------------------------------------- the throwaway PostgreSQL
log "fresh PostgreSQL in $PG_DATA on 127.0.0.1:$PG_PORT (trust on loopback; not the shared cluster)"
rm -rf "$PG_HOME"
mkdir -p "$PG_HOME"
((EUID == 0)) && chown postgres: "$PG_HOME"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log" >&2; die "initdb failed"; }
pg_ctl_chaos -l "$PG_HOME/postgresql.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_HOME -c max_connections=100 -c shared_buffers=64MB" start >/dev/null
CDB=postgres cpsql "create database euportal" >/dev/null
say "make chaos, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$ROOT_DIR" rev-parse --short HEAD)"

# ---------------------------------------------------------------- the second Keycloak
log "second Keycloak on :$CKC_PORT (work directory $KC_WORK)"
kc_chaos start
token() { kc_chaos token "$1"; }

# Backend of parts a and b: the scheduler off (part c measures the reminder jobs).
API="http://localhost:$PORT/api/v1"
if [[ "$PARTS" == *a* || "$PARTS" == *b* ]]; then
  OIDC_URL="$CKC_ISSUER" MANAGEMENT_PORT=$((PORT + 1000)) MAIL_MOCK=true QUARKUS_SCHEDULER_ENABLED=false \
    start_backend chaos-backend "$PORT" "$DB_URL_CHAOS"
fi

# ---------------------------------------------------------------- a. PostgreSQL restarted under writes
part_a() {
  say ""
  say "a. PostgreSQL restarted under $RATE writes/s (POST /ideas as anna.applicant, ${WRITE_SECONDS}s, restart at $((WRITE_SECONDS / 3))s)"
  local tok utb body began back acked present
  tok="$(token anna.applicant)"
  utb="$(cpsql "select id from unit where code = 'UTB'")"
  body="{\"unitId\":\"$utb\",\"title\":\"Idé under omstart\",\"description\":\"make chaos\",\"estimatedCost\":100000,\"startDate\":\"2027-01-01\",\"endDate\":\"2027-12-31\"}"
  curl -fsS -o /dev/null -H "Authorization: Bearer $tok" "$API/ideas?size=1" || die "the backend does not answer anna.applicant"
  python3 "$OPS_DIR/chaos/writer.py" "$API/ideas" "$tok" "$body" "$RATE" "$WRITE_SECONDS" "$TMP/writes.jsonl" &
  local writer=$!
  sleep $((WRITE_SECONDS / 3))
  began="$(now)"
  pg_ctl_chaos -l "$PG_HOME/postgresql.log" -m fast -w -t 60 restart >/dev/null
  back="$(now)"
  wait "$writer"
  python3 "$OPS_DIR/chaos/writes.py" "$TMP/writes.jsonl" "$began" "$back" "$TMP/acked.txt" >"$TMP/a.txt"
  sed 's/^/    /' "$TMP/a.txt" | tee -a "$REPORT"
  f() { awk -v k="$1" '$1 == k { print $2 }' "$TMP/a.txt"; }
  acked="$(f acknowledged)"
  present=0
  [[ -s "$TMP/acked.txt" ]] && present="$(cpsql "select count(*) from idea where id in ($(cat "$TMP/acked.txt"))")"
  say "    acknowledged_in_db $present"
  check a "every acknowledged write is in the database ($present of $acked)" test "$present" = "$acked" -a "$acked" -gt 0
  check a "no 500 during the outage ($(f answered_500))" test "$(f answered_500)" = 0
  check a "503s carry Retry-After ($(f answered_503) answered 503, $(f answered_503_without_retry_after) without)" \
    test "$(f answered_503_without_retry_after)" = 0
  check a "every request answered (no resets or timeouts: $(f no_answer))" test "$(f no_answer)" = 0
  local first; first="$(f first_success_after_back_s)"
  check a "first success ${first} s after PostgreSQL is back (< 10 s)" \
    awk -v s="$first" 'BEGIN { exit !(s != "none" && s + 0 < 10) }'

  # Idle, restart while idle: every pooled connection is now stale; readiness must not notice.
  say "    idle ${IDLE_SECONDS}s, PostgreSQL restarted while the backend is idle, idle ${IDLE_SECONDS}s, then readiness and a read"
  sleep "$IDLE_SECONDS"
  pg_ctl_chaos -l "$PG_HOME/postgresql.log" -m fast -w -t 60 restart >/dev/null
  sleep "$IDLE_SECONDS"
  local i code bad=0 codes=""
  for i in $(seq 1 10); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://localhost:$PORT/q/health/ready")"
    codes+="$code "
    [[ "$code" == 200 ]] || bad=$((bad + 1))
    sleep 0.2
  done
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $tok" "$API/ideas?size=5")"
  say "    readiness after the idle restart: $codes; then GET /ideas: $code"
  check a "readiness never failed on a stale pooled connection ($bad of 10 not 200)" test "$bad" = 0
  check a "first read after the idle restart answers 200 ($code)" test "$code" = 200
}

# ---------------------------------------------------------------- b. Keycloak stopped
part_b() {
  say ""
  say "b. Keycloak stopped ($CKC_ISSUER): $KC_REQUESTS requests with a token issued before"
  local tok i code fails=0 login bad nobody started back newtok newcode
  tok="$(token anna.applicant)"
  [[ -n "$tok" ]] || die "no token from the second Keycloak"
  kc_chaos stop >/dev/null
  for i in $(seq 1 "$KC_REQUESTS"); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $tok" "$API/ideas?size=5")"
    [[ "$code" == 200 ]] || fails=$((fails + 1))
  done
  login="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$CKC_ISSUER/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=euportal-cli -d username=anna.applicant -d password=demo || true)"
  # A token whose signature does not match (its last characters changed), and no token at all.
  bad="$(curl -s -o /dev/null -w '%{http_code} %{time_total}s' --max-time 20 -H "Authorization: Bearer ${tok%??????}AAAAAA" "$API/ideas?size=5")"
  nobody="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$API/ideas?size=5")"
  say "    with the issued token: $fails of $KC_REQUESTS failed; a new login: HTTP $login (000 = refused);"
  say "    a forged token: $bad; no token: $nobody"
  check b "issued tokens keep working ($fails failures in $KC_REQUESTS)" test "$fails" = 0
  check b "new logins fail while Keycloak is down (HTTP $login)" test "$login" != 200
  check b "a forged token gets 401, not 500 (${bad%% *})" test "${bad%% *}" = 401
  check b "no token gets 401 ($nobody)" test "$nobody" = 401
  started="$(now)"
  kc_chaos start >/dev/null 2>&1 &
  local kcstart=$!
  newtok=""
  while [[ -z "$newtok" ]] && awk -v s="$started" -v n="$(now)" 'BEGIN { exit !(n - s < 300) }'; do
    newtok="$(token anna.applicant 2>/dev/null || true)"
    [[ -n "$newtok" ]] || sleep 0.5
  done
  back="$(awk -v s="$started" -v n="$(now)" 'BEGIN { printf "%.1f", n - s }')"
  wait "$kcstart" || true
  newcode="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $newtok" "$API/ideas?size=5")"
  say "    Keycloak started again: first login ${back} s after the start; the new token: $newcode"
  check b "logins recover once Keycloak is back (${back} s) and the new token works ($newcode)" \
    test -n "$newtok" -a "$newcode" = 200
}

# ---------------------------------------------------------------- c. two replicas behind HAProxy
part_c() {
  say ""
  say "c. two replicas behind HAProxy (:$PROXY_PORT), wrk -c$WRK_CONNECTIONS ${WRK_SECONDS}s, replica 2 killed (SIGKILL) at $((WRK_SECONDS / 3))s; reminders every 5 s on both"
  stop_bg chaos-backend 30
  # Fresh reminders: both replicas find every deadline due within a year at their first runs.
  cpsql "delete from reminder" >/dev/null
  local r
  for r in 1 2; do
    local port=$((PORT + r))
    OIDC_URL="$CKC_ISSUER" MANAGEMENT_PORT=$((port + 1000)) MAIL_MOCK=true \
      REMINDER_CRON='0/5 * * * * ?' QUARKUS_LOG_CATEGORY__SE_SODERTALJE_EUPORTAL_REMINDER__LEVEL=DEBUG REMINDER_LEAD_DAYS='3,14,30,90,365' EVENT_REMINDER_LEAD_DAYS='1,30,365' \
      start_backend "chaos-r$r" "$port" "$DB_URL_CHAOS"
  done
  # The reminders both replicas raced for so far were sent at different moments (replica 1 started
  # first): clear them while both run, so the next runs race for every reminder at once.
  local mark1 mark2
  cpsql "delete from reminder" >/dev/null
  mark1="$(wc -l <"$LOG_DIR/chaos-r1.log")" mark2="$(wc -l <"$LOG_DIR/chaos-r2.log")"
  sed -e "s/@PROXY_PORT@/$PROXY_PORT/" -e "s/@R1_PORT@/$R1_PORT/" -e "s/@R2_PORT@/$R2_PORT/" \
    "$OPS_DIR/chaos/haproxy.cfg.in" >"$TMP/haproxy.cfg"
  haproxy -c -q -f "$TMP/haproxy.cfg" || die "haproxy.cfg does not check"
  start_bg chaos-haproxy "$LOG_DIR/chaos-haproxy.log" haproxy -db -f "$TMP/haproxy.cfg"
  wait_http "HAProxy" "http://localhost:$PROXY_PORT/q/health/ready" 30 chaos-haproxy "$LOG_DIR/chaos-haproxy.log"
  local tok url
  tok="$(token ada.advisor)"
  url="http://127.0.0.1:$PROXY_PORT/api/v1/ideas?size=20"
  # Both replicas warm (a cold one answers at many times the warm one's time).
  wrk -t2 -c4 -d5s -H "Authorization: Bearer $tok" "http://127.0.0.1:$R1_PORT/api/v1/ideas?size=20" >/dev/null
  wrk -t2 -c4 -d5s -H "Authorization: Bearer $tok" "http://127.0.0.1:$R2_PORT/api/v1/ideas?size=20" >/dev/null
  local logstart; logstart="$(wc -l <"$LOG_DIR/chaos-haproxy.log")"
  wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --timeout 10s --latency -H "Authorization: Bearer $tok" "$url" >"$TMP/wrk.txt" &
  local wrkpid=$!
  sleep $((WRK_SECONDS / 3))
  local victim killed
  victim="$(pgrep -g "$(cat "$RUN_DIR/chaos-r2.pid")" java | head -1)"
  killed="$(now)"
  kill -KILL "$victim"
  wait "$wrkpid"
  sed 's/^/    wrk: /' "$TMP/wrk.txt" | grep -E 'Latency |requests in|Requests/sec|Non-2xx|Socket errors|  50%|  99%' | tee -a "$REPORT"
  tail -n +"$((logstart + 1))" "$LOG_DIR/chaos-haproxy.log" | grep -E '^[0-9]+\.[0-9]+ ' >"$TMP/proxy.log" || true
  local total bad after retried down socket
  total="$(wc -l <"$TMP/proxy.log")"
  bad="$(awk -v k="$killed" '$1 >= k && $2 !~ /^2/' "$TMP/proxy.log" | wc -l)"
  after="$(awk -v k="$killed" '$1 >= k + 5 && $2 !~ /^2/' "$TMP/proxy.log" | wc -l)"
  retried="$(awk '$4 + 0 > 0' "$TMP/proxy.log" | wc -l)"
  down="$(grep -m1 -E 'r2 is DOWN|Server api/r2 is DOWN' "$LOG_DIR/chaos-haproxy.log" || true)"
  socket="$(grep -o 'Socket errors:.*' "$TMP/wrk.txt" || echo 'Socket errors: none')"
  say "    through the proxy: $total requests, $bad failed after the kill, $after failed 5 s or more after it; $retried retried on the other replica; wrk: $socket"
  say "    HAProxy: ${down:-no DOWN line seen}"
  check c "0 failed requests 5 s after the kill ($after)" test "$after" = 0
  check c "no socket errors at the client" test "$socket" = 'Socket errors: none'

  # Reminders: at least two runs of both after the clear have passed (wrk took WRK_SECONDS + 10 s).
  local rows immediate sent1 sent2 runs1 runs2 mails dupmails
  rows="$(cpsql "select count(*) from reminder")"
  immediate="$(cpsql "select count(*) from reminder where delivery = 'IMMEDIATE'")"
  sum_sent() { tail -n +"$(($2 + 1))" "$1" | { grep -o 'Reminders: [0-9]* sent' || true; } | awk '{ s += $2 } END { print s + 0 }'; }
  runs() { tail -n +"$(($2 + 1))" "$1" | grep -c 'ReminderJobs\] Reminders: ' || true; }
  sent1="$(sum_sent "$LOG_DIR/chaos-r1.log" "$mark1")" sent2="$(sum_sent "$LOG_DIR/chaos-r2.log" "$mark2")"
  runs1="$(runs "$LOG_DIR/chaos-r1.log" "$mark1")" runs2="$(runs "$LOG_DIR/chaos-r2.log" "$mark2")"
  { tail -n +"$((mark1 + 1))" "$LOG_DIR/chaos-r1.log"; tail -n +"$((mark2 + 1))" "$LOG_DIR/chaos-r2.log"; } |
    grep -o 'Sending email .* (cc:' >"$TMP/mails.txt" || true
  mails="$(wc -l <"$TMP/mails.txt")"
  dupmails="$(sort "$TMP/mails.txt" | uniq -d | wc -l)"
  local dupkeys; dupkeys="$(cpsql "select count(*) from (select 1 from reminder group by kind, deadline_id, deadline_at, lead_days, recipient_subject having count(*) > 1) d")"
  say "    reminder runs after the clear: replica 1 $runs1, replica 2 $runs2 (killed a third into wrk); $rows reminders ($immediate immediate);"
  say "    sent by replica 1: $sent1, by replica 2: $sent2; e-mails logged by both: $mails, the same e-mail twice: $dupmails; duplicate keys: $dupkeys"
  check c "both replicas ran the reminder job ($runs1 and $runs2 runs)" test "$runs1" -gt 0 -a "$runs2" -gt 0
  check c "reminders were due and sent ($rows rows)" test "$rows" -gt 0
  check c "each immediate reminder sent once by the two replicas together ($sent1 + $sent2 = $immediate)" test "$((sent1 + sent2))" = "$immediate"
  check c "no e-mail sent twice ($dupmails)" test "$dupmails" = 0 -a "$dupkeys" = 0
}

[[ "$PARTS" == *a* ]] && part_a
[[ "$PARTS" == *b* ]] && part_b
[[ "$PARTS" == *c* ]] && part_c

say ""
if ((${#FAILED[@]})); then
  say "make chaos: FAIL (${#FAILED[@]}): ${FAILED[*]}"
  say "(report: $REPORT; logs: $LOG_DIR/chaos-*.log, PostgreSQL: $PG_HOME/postgresql.log)"
  exit 1
fi
say "make chaos: PASS (report: $REPORT)"
