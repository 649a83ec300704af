#!/usr/bin/env bash
# `make bench`: the main endpoints side by side with PostgreSQL's own time for the same statements.
# On the database of `make bench-data SCALE=…` (built first when missing), with the packaged backend
# on :$BENCH_PORT with a bounded heap (BACKEND_HEAP, 512m) and Keycloak on :$KC_PORT, for each
# endpoint:
#   1. a warm-up (wrk, 4 connections, 3 s);
#   2. one request with PostgreSQL logging every statement (ALTER SYSTEM log_statement = 'all' for
#      that second), tagged with X-Bench-Tag so that the backend marks its statements and only they
#      are taken: the statements it issued, with their parameters, become a pgbench script
#      (ops/bench/statements.py; a write's COMMIT becomes ROLLBACK so it can be replayed); the body's
#      bytes plain and gzip-encoded;
#   3. wrk at 1 connection (p50) and at 32 connections over 2 threads (requests/s, p50, p99, answers
#      that were not 2xx);
#   4. pgbench -c32 -j2 on the statements: the rate the database alone allows; ratio = API ÷ pgbench;
#   5. the backend's resident memory after the 32-connection run, and its peak at the end.
# Prints a Markdown table (also kept in ops/.work/logs/bench-<scale>-<time>.md). Not part of make test.
#
#   SCALE=1  BENCH_SECONDS=10 (32 connections, pgbench)  BENCH_C1_SECONDS=5  BENCH_PORT=8077
#   BENCH_ONLY=regex  only the endpoints whose name matches
#   BENCH_JIT_SECONDS=8  the JVM's warm-up on each of four lists before the first measurement (0: none)
#   BENCH_APP_DIR=dir  measure that quarkus-app (e.g. a copy of a baseline build) instead of backend/target's
#   BENCH_GZIP=1  wrk asks for gzip like a browser (0: plain)
#   PG_LOG=/var/log/postgresql/postgresql-15-main.log  PostgreSQL's log (Debian's place)
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCALE="${SCALE:-1}"
BENCH_SECONDS="${BENCH_SECONDS:-10}"
BENCH_C1_SECONDS="${BENCH_C1_SECONDS:-5}"
BENCH_PORT="${BENCH_PORT:-8077}"
BENCH_ONLY="${BENCH_ONLY:-.}"
BENCH_GZIP="${BENCH_GZIP:-1}"
BACKEND_HEAP="${BACKEND_HEAP:-512m}"
export BACKEND_HEAP
parse_db_url "${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
SCALE_DB="${SCALE_DB:-euportal_scale$SCALE}"
API="http://localhost:$BENCH_PORT/api/v1"
PG_LOG="${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | tail -1)}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/euportal-bench.XXXXXX")"
STAMP="$(date +%Y%m%d-%H%M)"
REPORT="$LOG_DIR/bench-$SCALE-$STAMP.md"

for tool in wrk pgbench jq python3 curl; do
  command -v "$tool" >/dev/null && continue
  if [[ "$tool" == wrk && $EUID == 0 ]]; then apt-get install -y -q wrk >/dev/null || die "apt-get install wrk failed"
  else die "$tool not found (Debian: apt-get install -y ${tool/pgbench/postgresql-contrib})"; fi
done
[[ -r "$PG_LOG" ]] || die "PostgreSQL's log not readable at '$PG_LOG' (set PG_LOG)"

SCALE="$SCALE" "$OPS_DIR/bench-data.sh"
# The session settings the backend's connections carry (application.properties: the planner's random page
# cost): pgbench runs the statements under the same, or the two would be planned differently.
BACKEND_PG_OPTIONS="$(sed -n 's/^quarkus\.datasource\.jdbc\.additional-jdbc-properties\.options=//p' \
  "$ROOT_DIR/backend/src/main/resources/application.properties")"

started_kc=0
cleanup() {
  local rc=$?
  trap - EXIT
  set +e
  sql_postgres "alter system reset log_statement" >/dev/null 2>&1
  sql_postgres "select pg_reload_conf()" >/dev/null 2>&1
  stop_started
  ((started_kc)) && "$OPS_DIR/keycloak.sh" stop
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT

sql_postgres() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d postgres -tAc "$1"; }
scale_psql() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$SCALE_DB" -tAc "$1" "${@:2}"; }

# A copy of the build, so that a rebuild while the benchmark runs does not pull classes from under it;
# BENCH_APP_DIR: another build's quarkus-app instead (a baseline kept aside, to measure before and
# after in one sitting).
if [[ -n "${BENCH_APP_DIR:-}" ]]; then
  [[ -f "$BENCH_APP_DIR/quarkus-run.jar" ]] || die "BENCH_APP_DIR has no quarkus-run.jar: $BENCH_APP_DIR"
  cp -r "$BENCH_APP_DIR" "$TMP/quarkus-app"
else
  build_backend_if_needed
  cp -r "$ROOT_DIR/backend/target/quarkus-app" "$TMP/quarkus-app"
fi
BACKEND_JAR="$TMP/quarkus-app/quarkus-run.jar"
if ! "$OPS_DIR/keycloak.sh" is-up; then started_kc=1; fi
"$OPS_DIR/keycloak.sh" start
# euportal.bench.tag-statements: a request with X-Bench-Tag has its statements marked in the SQL (BenchStatementTag).
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:-} -Deuportal.bench.tag-statements=true" \
  start_backend bench-main-backend "$BENCH_PORT" "jdbc:postgresql://$DB_HOST:$DB_PORT/$SCALE_DB"
BACKEND_PID="$(pgrep -g "$(cat "$RUN_DIR/bench-main-backend.pid")" java | head -1)"
# On fresh scale data every application's money is still to be summarised (V44's stale marks): the
# backend's background job does it 200 at a time and would run beside every measurement. Wait for it.
waited=0
while (( $(scale_psql "select count(*) from application_money_stale") > 0 )); do
  ((waited % 30 == 0)) && log "waiting for the portfolio summary: $(scale_psql "select count(*) from application_money_stale") applications left"
  ((waited >= ${BENCH_SUMMARY_TIMEOUT:-900})) && die "the portfolio summary did not finish in ${BENCH_SUMMARY_TIMEOUT:-900}s"
  sleep 5; waited=$((waited + 5))
done

declare -A TOKEN TOKEN_AT
token() {   # token USER: a fresh-enough access token (the realm's tokens live 15 minutes)
  local user="$1"
  if [[ -z "${TOKEN[$user]:-}" ]] || ((SECONDS - TOKEN_AT[$user] > 600)); then
    TOKEN[$user]="$("$OPS_DIR/keycloak.sh" token "$user")" || die "no token for $user"
    TOKEN_AT[$user]=$SECONDS
  fi
  printf '%s' "${TOKEN[$user]}"
}
api_get() { curl -fsS -H "Authorization: Bearer $(token "$1")" "$API$2"; }

# ---------------------------------------------------------------- the records measured
UTB="$(scale_psql "select id from unit where code = 'UTB'")"
ANNA='10000000-0000-4000-8000-000000000001'
BIG_APP="$(scale_psql "select application_id from budget order by jsonb_array_length(content->'lines') desc limit 1")"
SEARCH="$(scale_psql "select id from partner_search order by created_at limit 1")"
PROJECT="$(scale_psql "select project_id from project_report group by 1 order by count(*) desc, 1 limit 1")"
REPORT_ID="$(scale_psql "select report_id from expenditure group by 1 order by count(*) desc, 1 limit 1")"
BUSY_APP="$(scale_psql "select application_id from application_aud group by 1 order by count(*) desc limit 1" 2>/dev/null ||
  scale_psql "select id from application order by created_at limit 1")"
# 32 draft financial reports of UTB's projects: the path to add a line to each and a line of its lead
# partner on a day in the project's period.
scale_psql "select '/api/v1/reports/' || r.id || '/expenditures', json_build_object('partnerId', ap.organisation_id,
    'category', 'TRAVEL_ACCOMMODATION', 'spentOn', p.period_start + 10, 'supplier', 'SJ AB',
    'description', 'Tåg till partnermöte', 'invoiceNumber', 'B1', 'paidOn', p.period_start + 12, 'amount', 1234.50,
    'currency', 'SEK', 'vatAmount', 0, 'vatRecoverable', false)
  from project_report r join project p on p.id = r.project_id
  join application_partner ap on ap.application_id = p.application_id and ap.role = 'LEAD_PARTNER'
  where r.kind = 'FINANCIAL' and r.status = 'DRAFT' and p.unit_id = '$UTB' order by r.id limit 32" -F $'\t' >"$TMP/expenditures.tsv"
(($(wc -l <"$TMP/expenditures.tsv") == 32)) || die "the scale data lacks 32 draft financial reports of UTB"
# The 64 valid drafts of ops/bench/scale.sql (copies of the demo's GROGARD): one per thread, so that
# 32 connections never wait on each other's ETag.
mapfile -t BENCH_DRAFTS < <(scale_psql "select id from application where acronym like 'BENCH%' and status = 'DRAFT' order by acronym")
((${#BENCH_DRAFTS[@]} >= 64)) || die "the scale data lacks the 64 bench drafts (FRESH=1 make bench-data)"
DRAFTS=("${BENCH_DRAFTS[@]:0:32}")
BUDGETED=("${BENCH_DRAFTS[@]:32:32}")

# ---------------------------------------------------------------- wrk scripts for the writes
# lua_post PATH BODY: every request posts BODY.
lua_post() {
  cat <<EOF
wrk.method = "POST"
wrk.path = "$1"
wrk.body = [[$2]]
wrk.headers["Content-Type"] = "application/json"
EOF
}
# lua_one_record_per_thread: closes the records table and gives each thread its own record (records[n]).
lua_one_record_per_thread() {
  cat <<'EOF'
}
local next = 0
function setup(thread)
  next = next + 1
  thread:set("n", next)
end
EOF
}
# lua_post_each RECORDFILE: one record per thread (run with as many threads as connections); each line
# of RECORDFILE is "PATH<tab>BODY". Adding to one report from 32 connections at once would measure
# its optimistic lock, not the work.
lua_post_each() {
  echo 'local records = {'
  local path body
  while IFS=$'\t' read -r path body; do printf '  { path = "%s", body = [[%s]] },\n' "$path" "$body"; done <"$1"
  lua_one_record_per_thread
  cat <<'EOF'
function request()
  local headers = { ["Content-Type"] = "application/json" }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  return wrk.format("POST", records[n].path, headers, records[n].body)
end
EOF
}
# lua_put_etag PREFIX SUFFIX BODYFILE-PER-ID...: one record per thread (so run with as many threads as
# connections); each PUT carries the ETag its last answer gave (the first one read by curl beforehand).
lua_put_etag() {
  local prefix="$1" suffix="$2"; shift 2
  echo 'local records = {'
  local id etag body
  for id in "$@"; do
    etag="$(curl -fsS -D - -o "$TMP/body.json" -H "Authorization: Bearer $(token anna.applicant)" "$API$prefix$id$suffix" |
      tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')"
    body="$(jq -c "${PUT_TRANSFORM:-.}" "$TMP/body.json")"
    printf '  { path = "%s", etag = [[%s]], body = [[%s]] },\n' "/api/v1$prefix$id$suffix" "$etag" "$body"
  done
  lua_one_record_per_thread
  cat <<'EOF'
function init(args)
  record = records[n]
  etag = record.etag
end
function request()
  -- wrk.format uses the table given instead of wrk.headers (the token from -H), so copy them.
  local headers = { ["Content-Type"] = "application/json", ["If-Match"] = etag }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  return wrk.format("PUT", record.path, headers, record.body)
end
function response(status, headers, body)
  local e = headers["ETag"] or headers["etag"] or headers["Etag"]
  if e then etag = e end
end
EOF
}

idea_body="{\"unitId\":\"$UTB\",\"title\":\"Benchidé\",\"description\":\"Mätning\",\"estimatedCost\":100000,\"startDate\":\"2027-01-01\",\"endDate\":\"2027-12-31\"}"

# ---------------------------------------------------------------- one endpoint
# measure NAME USER PATH [WRITE-SCRIPT-KIND] — see the header for the steps.
ROWS=()
measure() {
  local name="$1" user="$2" path="$3" write="${4:-}" auth lua="" threads32=2 rollback="" wrk_out
  [[ "$name" =~ $BENCH_ONLY ]] || return 0
  auth="Authorization: Bearer $(token "$user")"
  # The script of a write, made again before every run: an ETag write starts from the current ETags.
  make_lua() {
    case "$write" in
      idea) lua_post "/api/v1/ideas" "$idea_body" >"$TMP/w.lua" ;;
      expenditure) lua_post_each "$TMP/expenditures.tsv" >"$TMP/w.lua" ;;
      application) PUT_TRANSFORM='{unitId, callId, ideaId, title: (.title + " (ändrad)"), acronym, summary, objectives, workPackages, periodStart, periodEnd, internalStatus}' \
          lua_put_etag /applications/ "" "${DRAFTS[@]}" >"$TMP/w.lua" ;;
      budget) # The line and the partner's own funds that balance it; saved as it is once the line is there.
          PUT_TRANSFORM='.content | if any(.lines[]; .id == "bench-extra") then . else
              ([.lines[] | select(.kind == "REAL_COST" and .amount != null)][0]) as $l
              | .lines += [$l | .id = "bench-extra" | .description = "Tillagd rad"]
              | .partners |= map(if .partnerId == $l.partnerId
                  then .contributions.OWN_MUNICIPAL_FUNDS += ($l.amount * (100 - .euRatePercent) / 100) else . end) end' \
          lua_put_etag /applications/ /budget "${BUDGETED[@]}" >"$TMP/w.lua" ;;
    esac
  }
  case "$write" in
    idea) lua="$TMP/w.lua" ;;
    application | budget | expenditure) lua="$TMP/w.lua"; threads32=32 ;;
  esac
  make_lua
  [[ -n "$write" ]] && rollback=--rollback
  local wrk_args=(-H "$auth" -H 'Accept: application/json' --latency)
  # As a browser asks (BENCH_GZIP=0: plain, as the runs before 2026-12-07 18:00 measured).
  ((BENCH_GZIP)) && wrk_args+=(-H 'Accept-Encoding: gzip')
  [[ -n "$lua" ]] && wrk_args+=(-s "$lua")

  wrk -t1 -c4 -d3s "${wrk_args[@]}" "$API$path" >/dev/null 2>&1 || true

  # One request with every statement logged; the tag marks its own statements (ops/bench/statements.py).
  local offset statements plain gzip tag="$name-$$-$RANDOM"
  make_lua
  offset="$(stat -c %s "$PG_LOG")"
  sql_postgres "alter system set log_statement = 'all'" >/dev/null
  sql_postgres "select pg_reload_conf()" >/dev/null
  sleep 0.5
  if [[ -n "$lua" ]]; then
    wrk -t1 -c1 -d1s "${wrk_args[@]}" -H "X-Bench-Tag: $tag" "$API$path" >/dev/null 2>&1 || true   # at least one request
    plain=0 gzip=0
  else
    plain="$(curl -sS -o /dev/null -w '%{size_download}' -H "$auth" -H "X-Bench-Tag: $tag" "$API$path")"
  fi
  sleep 0.3
  sql_postgres "alter system reset log_statement" >/dev/null
  sql_postgres "select pg_reload_conf()" >/dev/null
  if [[ -z "$lua" ]]; then
    gzip="$(curl -sS -o /dev/null -w '%{size_download}' -H "$auth" -H 'Accept-Encoding: gzip' "$API$path")"
  fi
  statements="$(python3 "$OPS_DIR/bench/statements.py" "$PG_LOG" "$offset" "$SCALE_DB" "$TMP/pgbench.sql" $rollback --tag "$tag")"
  if [[ -n "$lua" ]]; then
    # Several requests were logged; keep the statements of the first (up to its COMMIT/ROLLBACK).
    awk '{ print } toupper($0) ~ /^(COMMIT|ROLLBACK);$/ { exit }' "$TMP/pgbench.sql" >"$TMP/one.sql"
    mv "$TMP/one.sql" "$TMP/pgbench.sql"
    statements="$(grep -cviE '^(BEGIN|COMMIT|ROLLBACK);$|^\\' "$TMP/pgbench.sql" || true)"
  fi
  cp "$TMP/pgbench.sql" "$LOG_DIR/bench-statements-$name.sql"

  local c1 c1_p50 c32_rps c32_p50 c32_p99 errors pg_tps rss ratio
  make_lua
  c1="$(wrk -t1 -c1 -d"${BENCH_C1_SECONDS}s" "${wrk_args[@]}" "$API$path" 2>&1)"
  c1_p50="$(wrk_pct "$c1" 50)"
  make_lua
  wrk_out="$(wrk -t"$threads32" -c32 -d"${BENCH_SECONDS}s" --timeout 10s "${wrk_args[@]}" "$API$path" 2>&1)"
  c32_rps="$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$wrk_out")"
  c32_p50="$(wrk_pct "$wrk_out" 50)" c32_p99="$(wrk_pct "$wrk_out" 99)"
  errors="$(awk '/Non-2xx/ { print $NF } /Socket errors/ { print "sock" }' <<<"$wrk_out" | paste -sd+)"
  rss="$(($(ps -o rss= -p "$BACKEND_PID") / 1024))"
  pg_tps="$(PGPASSWORD="$DB_OWNER_PASSWORD" PGOPTIONS="$BACKEND_PG_OPTIONS" pgbench -n -c32 -j2 -T"$BENCH_SECONDS" -f "$TMP/pgbench.sql" \
      -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" "$SCALE_DB" 2>&1 | tee "$TMP/pgbench.out" | awk '/^tps/ { printf "%.0f", $3; exit }')" || true
  [[ -n "$pg_tps" ]] || warn "pgbench on $name's statements: $(grep -m1 -i error "$TMP/pgbench.out" | cut -c1-300)"
  ratio="$(awk -v a="$c32_rps" -v b="$pg_tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
  settle
  ROWS+=("| $name | $c32_rps | $c32_p50 / $c32_p99 | $c1_p50 | ${pg_tps:--} | $ratio | $statements | $plain / $gzip | ${errors:-0} | $rss |")
  printf '%s\n' "${ROWS[-1]}" >&2
}

# settle: wait (up to 60 s) until the backend answers its readiness quickly three times in a row, so
# that a slow endpoint's backlog does not spill into the next one's figures.
settle() {
  local quick=0 i
  for ((i = 0; i < 120 && quick < 3; i++)); do
    if curl -fsS -o /dev/null -m 1 "http://localhost:$BENCH_PORT/q/health/ready"; then quick=$((quick + 1)); else quick=0; sleep 0.5; fi
  done
}

# wrk_pct OUTPUT PCT: the latency at PCT % from wrk's --latency distribution, in ms.
wrk_pct() {
  awk -v p="$2%" '$1 == p {
      v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v)
      if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000
      printf "%.1f", v; exit }' <<<"$1"
}

HEADER="| endpoint | API req/s (32) | p50 / p99 ms (32) | p50 ms (1) | pgbench tps (32) | ratio | statements | bytes plain / gzip | not 2xx | RSS MB |
|---|---|---|---|---|---|---|---|---|---|"
log "measuring at scale $SCALE, ${BENCH_SECONDS}s a run, backend heap $BACKEND_HEAP (pid $BACKEND_PID)"
printf '%s\n' "$HEADER" >&2

# A fresh JVM compiles its hot code in the first tens of seconds under load: the endpoint measured first
# would carry it alone (on Java 25 the applications list's p99 was 530 ms first, not later). Every
# endpoint shares the token check, RESTEasy, Hibernate and Jackson, so a few reads warm them all.
if ((${BENCH_JIT_SECONDS:-8} > 0)); then
  log "warming the JVM: ${BENCH_JIT_SECONDS:-8}s on each of four lists"
  for warm in "/applications?size=20" "/projects?size=20" "/ideas?size=20" "/units"; do
    wrk -t2 -c16 -d"${BENCH_JIT_SECONDS:-8}s" -H "Authorization: Bearer $(token ada.advisor)" -H 'Accept-Encoding: gzip' \
      "$API$warm" >/dev/null 2>&1 || true
  done
fi
measure "applications" ada.advisor "/applications?size=20"
measure "applications-q" ada.advisor "/applications?q=energi&size=20"
measure "applications-applicant" anna.applicant "/applications?size=20"
measure "partners-q" ada.advisor "/partners?q=energy&size=20"
measure "partner-search-matches" anna.applicant "/partner-searches/$SEARCH/matches?size=20"
measure "partner-searches" ada.advisor "/partner-searches?size=20"
measure "projects" ada.advisor "/projects?size=20"
measure "budget-5000" ada.advisor "/applications/$BIG_APP/budget"
measure "budget-5000-summary" ada.advisor "/applications/$BIG_APP/budget?lines=false"
measure "portfolio" ada.advisor "/dashboard/portfolio"
measure "units" ada.advisor "/units"
measure "ideas" ada.advisor "/ideas?size=20"
measure "calls-q" anna.applicant "/calls?q=energ&size=20"
measure "project-reports" ada.advisor "/projects/$PROJECT/reports"
measure "report-expenditures" ada.advisor "/reports/$REPORT_ID/expenditures"
measure "exports" ada.advisor "/exports?size=20"
measure "application-history" ada.advisor "/applications/$BUSY_APP/history"
measure "my-tasks" anna.applicant "/me/tasks"
measure "create-idea" anna.applicant "/ideas" idea
measure "update-application" anna.applicant "/applications/${DRAFTS[0]}" application
measure "add-budget-line" anna.applicant "/applications/${BUDGETED[0]}/budget" budget
measure "add-expenditure" anna.applicant "$(cut -f1 "$TMP/expenditures.tsv" | head -1 | sed "s|/api/v1||")" expenditure

peak="$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$BACKEND_PID/status")"
{
  echo "Scale $SCALE, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, $(git -C "$ROOT_DIR" rev-parse --short HEAD), heap $BACKEND_HEAP; peak RSS ${peak} MB; load average at the end $(cut -d" " -f1-3 /proc/loadavg)"
  echo
  echo "$HEADER"
  printf '%s\n' "${ROWS[@]}"
} | tee "$REPORT"
log "kept in $REPORT; statements per endpoint in $LOG_DIR/bench-statements-*.sql"
