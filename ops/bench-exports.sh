#!/usr/bin/env bash
# `make bench-exports`: how long a big project's auditor exports take, and how much memory they use.
#   fresh database euportal_bench_exports_<timestamp> (dropped at the end unless KEEP_DB=1),
#   Keycloak on :8180 (reused, or started and stopped), backend on :8089 with DEMO_DATA=true and
#   its heap capped (BENCH_HEAP, 256m); the demo project "Studiehandledning på modersmål" gets a
#   second claim of BENCH_LINES expenditure lines and BENCH_FILES pieces of evidence of
#   BENCH_FILE_KB each (written straight into the database); then, as ada.advisor:
#     - GET /api/v1/projects/{id}/export.pdf
#     - GET /api/v1/projects/{id}/export.xlsx
#     - GET /api/v1/projects/{id}/audit-package
# Prints each download's time and size, the JVM's peak heap use while they ran (jstat, every
# 100 ms) against its cap, and PASS/FAIL for the PDF and the XLSX under BENCH_SECONDS each and the
# package streamed whole within the cap. A benchmark, not a test: `make test` does not run it.
#
#   BENCH_LINES=10000  BENCH_FILES=200  BENCH_FILE_KB=100  BENCH_HEAP=256m  BENCH_SECONDS=3  BENCH_PORT=8089  KEEP_DB=1
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
BENCH_LINES="${BENCH_LINES:-10000}"
BENCH_FILES="${BENCH_FILES:-200}"
BENCH_FILE_KB="${BENCH_FILE_KB:-100}"
BENCH_HEAP="${BENCH_HEAP:-256m}"
BENCH_SECONDS="${BENCH_SECONDS:-3}"
BENCH_PORT="${BENCH_PORT:-8089}"
KEEP_DB="${KEEP_DB:-0}"
for v in BENCH_LINES BENCH_FILES BENCH_FILE_KB BENCH_SECONDS BENCH_PORT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a whole number, got: ${!v}"
done
command -v jstat >/dev/null || die "jstat (from the JDK) is needed to watch the heap"

parse_db_url "$BASE_DB_URL"
BENCH_DB="euportal_bench_exports_$(date +%Y%m%d%H%M%S)_$$"
BENCH_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB"
WORK="$(mktemp -d)"
API="http://localhost:$BENCH_PORT/api/v1"
started_kc=0 db_created=0 verdict=0 jstat_pid="" t0=$SECONDS

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  [[ -n "$jstat_pid" ]] && kill "$jstat_pid" 2>/dev/null
  ((rc != 0 && !verdict)) && tail_log "$LOG_DIR/bench-exports-backend.log" 60
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  if ((db_created)); then
    if [[ "$KEEP_DB" == 1 ]]; then log "kept database $BENCH_DB"; else drop_db "$BENCH_DB_URL"; fi
  fi
  rm -rf "$WORK"
  log "export benchmark finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

build_backend_if_needed
ensure_db "$BENCH_DB_URL"
db_created=1
if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
BACKEND_JAVA_OPTS="-Xmx$BENCH_HEAP ${BACKEND_JAVA_OPTS:-}" MAIL_MOCK=true \
  start_backend bench-exports-backend "$BENCH_PORT" "$BENCH_DB_URL"
BACKEND_PID="$(cat "$RUN_DIR/bench-exports-backend.pid")"

psql_bench() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
PROJECT="$(psql_bench -c "select id from project where acronym = 'STUDIEHJ'")"
[[ -n "$PROJECT" ]] || die "the demo project STUDIEHJ is missing (DEMO_DATA)"
log "project $PROJECT: a claim of $BENCH_LINES lines and $BENCH_FILES files of $BENCH_FILE_KB KB"
psql_bench <<SQL
insert into project_report (id, project_id, kind, period_number, status, content, created_by_subject, created_by_name,
    created_at, updated_at)
values (gen_random_uuid(), '$PROJECT', 'FINANCIAL', 2, 'DRAFT',
    '{"deliverables": [], "indicators": [], "comment": "benchmark"}', 'bench', 'Benchmark', now(), now());
insert into expenditure (id, report_id, partner_id, category, spent_on, supplier, description, invoice_number, paid_on,
    amount, currency, vat_amount, vat_recoverable)
select gen_random_uuid(), r.id, p.organisation_id,
       (array['STAFF', 'EXTERNAL_EXPERTISE', 'TRAVEL_ACCOMMODATION', 'EQUIPMENT'])[1 + i % 4],
       date '2026-07-01' + (i % 180), 'Leverantör ' || (i % 97), 'Utgift nummer ' || i, 'F-' || i,
       date '2026-07-20' + (i % 160), round((100 + (i * 7919) % 90000)::numeric, 2),
       case when i % 5 = 0 then 'EUR' else 'SEK' end, 0, false
from generate_series(1, $BENCH_LINES) i
join project_report r on r.project_id = '$PROJECT' and r.period_number = 2 and r.kind = 'FINANCIAL'
join project x on x.id = r.project_id
join application_partner p on p.application_id = x.application_id;
insert into expenditure_evidence (id, expenditure_id, file_name, media_type, size_bytes, sha256, content,
    uploaded_by_subject, uploaded_by_name, uploaded_at)
select gen_random_uuid(), e.id, 'kvitto-' || n || '.txt', 'text/plain', length(c), encode(sha256(c), 'hex'), c,
       'bench', 'Benchmark', now()
from (select id, row_number() over (order by id) n from expenditure
      where report_id in (select id from project_report where project_id = '$PROJECT' and period_number = 2)) e
cross join lateral (select convert_to(repeat('Kvitto ' || e.n || ' ', $BENCH_FILE_KB * 1024 / 12), 'UTF8') c) f
where e.n <= $BENCH_FILES;
analyze;
SQL

TOKEN="$(curl -fsS -d "client_id=euportal-cli&grant_type=password&username=ada.advisor&password=demo" \
  "$KC_ISSUER/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"

# Heap in use (survivor, eden, old; KB) every 100 ms while the exports run.
jstat -gc "$BACKEND_PID" 100 >"$WORK/jstat.txt" 2>/dev/null &
jstat_pid=$!

fetch() { # NAME PATH ACCEPT -> "seconds bytes"
  curl -fsS -o "$WORK/$1" -H "Authorization: Bearer $TOKEN" -H "Accept: $3" -w '%{time_total} %{size_download}\n' "$API$2"
}
declare -A seconds bytes
for spec in "pdf|/projects/$PROJECT/export.pdf|application/pdf" \
            "xlsx|/projects/$PROJECT/export.xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
            "zip|/projects/$PROJECT/audit-package|application/zip"; do
  IFS='|' read -r name path accept <<<"$spec"
  fetch "warm-$name" "$path" "$accept" >/dev/null    # the first call warms the JIT
  read -r s b < <(fetch "$name" "$path" "$accept")
  seconds[$name]="$s" bytes[$name]="$b"
done
sleep 0.3
kill "$jstat_pid" 2>/dev/null; wait "$jstat_pid" 2>/dev/null || true; jstat_pid=""

peak_mb="$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$WORK/jstat.txt")"
files_in_zip="$(python3 -c 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$WORK/zip")"
heap_cap_mb="$(python3 -c 'import sys; v = sys.argv[1].lower(); print(int(v[:-1]) * (1024 if v.endswith("g") else 1) if v[-1] in "mg" else int(v) // 1048576)' "$BENCH_HEAP")"

printf '\n%-14s %9s %12s\n' "export" "seconds" "bytes"
for name in pdf xlsx zip; do printf '%-14s %9s %12s\n' "$name" "${seconds[$name]}" "${bytes[$name]}"; done
printf '\nexpenditure lines %s, evidence files %s (%s KB each); audit package: %s files\n' \
  "$BENCH_LINES" "$BENCH_FILES" "$BENCH_FILE_KB" "$files_in_zip"
printf 'peak heap in use while exporting: %s MB of a %s MB cap (-Xmx%s)\n\n' "$peak_mb" "$heap_cap_mb" "$BENCH_HEAP"

verdict=1
fail=0
for name in pdf xlsx; do
  if python3 -c "import sys; sys.exit(0 if float('${seconds[$name]}') < $BENCH_SECONDS else 1)"; then
    echo "PASS: $name in ${seconds[$name]} s (target under $BENCH_SECONDS s)"
  else
    echo "FAIL: $name in ${seconds[$name]} s (target under $BENCH_SECONDS s)"; fail=1
  fi
done
if ((files_in_zip >= BENCH_FILES)); then
  echo "PASS: the audit package streamed whole ($files_in_zip files, ${bytes[zip]} bytes) with the heap capped at $BENCH_HEAP"
else
  echo "FAIL: the audit package holds $files_in_zip files, fewer than the $BENCH_FILES pieces of evidence"; fail=1
fi
exit "$fail"
