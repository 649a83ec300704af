#!/usr/bin/env bash
# The results library's search at scale (issue 21): fills a migrated database with BENCH_ENTRIES
# generated finished projects (application, project, accepted final report, library entry: the
# generated search vectors and GIN indexes of V63 do the rest), then for each query prints
# PostgreSQL's own EXPLAIN ANALYZE execution time (median of BENCH_DB_REPEAT runs) and, when a
# backend on the same database and a token are given, the endpoint's time (curl, median of
# BENCH_HTTP_REPEAT) beside it. The generated rows are removed at the end unless KEEP=1.
# A benchmark, not a test: `make test` does not run it.
#
#   PGURL=postgresql://postgres@127.0.0.1:5432/euportal   the migrated database (psql URL)
#   BENCH_ENTRIES=20000   BENCH_DB_REPEAT=5   BENCH_HTTP_REPEAT=5
#   BENCH_API=http://localhost:8080/api/v1   BENCH_TOKEN=<access token>   (both optional)
#   KEEP=1                keep the generated rows
set -euo pipefail

PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432/euportal}"
ENTRIES="${BENCH_ENTRIES:-20000}"
DB_REPEAT="${BENCH_DB_REPEAT:-5}"
HTTP_REPEAT="${BENCH_HTTP_REPEAT:-5}"
API="${BENCH_API:-}"
TOKEN="${BENCH_TOKEN:-}"
for v in ENTRIES DB_REPEAT HTTP_REPEAT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "$v must be a whole number" >&2; exit 2; }
done
psql_() { psql "$PGURL" -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
  [[ "${KEEP:-0}" == 1 ]] && { echo "kept the generated rows (acronym BENCH-…)"; return; }
  psql_ <<'SQL' >/dev/null
delete from library_result where acronym like 'BENCH-%';
delete from project_report where project_id in (select id from project where acronym like 'BENCH-%');
delete from project where acronym like 'BENCH-%';
delete from application where acronym like 'BENCH-%';
SQL
}
trap cleanup EXIT

unit=$(psql_ -c "select id from unit order by code limit 1")
[[ -n "$unit" ]] || { echo "no unit in the database: migrate it and load demo data first" >&2; exit 2; }
echo "generating $ENTRIES library entries …"
psql_ -v unit="$unit" -v n="$ENTRIES" <<'SQL'
-- Six words per entry from a small Swedish/English vocabulary (the subquery refers to g so that it
-- runs per row), so that queries match a realistic share of rows.
create temporary table words as select unnest(array['utbildning', 'förskola', 'nyanlända', 'klimat', 'dagvatten',
  'energi', 'digitalisering', 'ungdomar', 'arbetsmarknad', 'kultur', 'integration', 'vänort', 'skola', 'bostäder',
  'training', 'climate', 'youth', 'employment', 'heritage', 'mobility', 'circular', 'water', 'inclusion', 'health']) w;
create temporary table gen as
  select g, gen_random_uuid() app, gen_random_uuid() proj, gen_random_uuid() rep,
         (select string_agg(w, ' ') from (select w from words where g > 0 order by random() limit 6) s) txt
  from generate_series(1, :n) g;
insert into application (id, unit_id, title, acronym, summary, status, period_start, period_end, granted_amount,
                         created_by_subject, created_at)
  select app, :'unit', 'Projekt ' || g || ' ' || txt, 'BENCH-' || g, txt, 'GRANTED', date '2020-01-01', date '2022-12-31',
         100000, 'bench', now() from gen;
insert into project (id, application_id, unit_id, title, acronym, period_start, period_end, granted_amount, status, created_at)
  select proj, app, :'unit', 'Projekt ' || g || ' ' || txt, 'BENCH-' || g, date '2020-01-01', date '2022-12-31', 100000,
         'CLOSED', now() from gen;
insert into project_report (id, project_id, kind, status, content, created_by_subject, created_at, updated_at)
  select rep, proj, 'FINAL', 'ACCEPTED', '{"deliverables": [], "indicators": []}', 'bench', now(), now() from gen;
insert into library_result (id, project_id, report_id, unit_id, title, acronym, summary, results, evaluation,
                            dissemination, lessons_worked, advice, eu_amount, partners, period_start, period_end, year,
                            published_at)
  select gen_random_uuid(), proj, rep, :'unit', 'Projekt ' || g || ' ' || txt, 'BENCH-' || g, txt,
         'Resultat: ' || txt || ' ' || txt, 'Utvärdering ' || txt, 'Spridning ' || txt, 'Det fungerade: ' || txt,
         'Råd: ' || txt, 100000, 3, date '2020-01-01', date '2022-12-31', 2022 + (g % 4), now() from gen;
analyze library_result;
SQL

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print a[int((NR + 1) / 2)]}'; }
printf '%-24s %8s %14s %14s\n' query rows "db_exec_ms" "http_ms"
for q in utbildningar "klimat dagvatten" "youth employment" "-energi skola" "zzzz"; do
  sql="select count(*) from library_result r where r.search_all @@ (websearch_to_tsquery('swedish', \$\$$q\$\$) || websearch_to_tsquery('english', \$\$$q\$\$))"
  rows=$(psql_ -c "$sql")
  db=$(for _ in $(seq "$DB_REPEAT"); do
    psql_ -c "explain (analyze, format json) select r.id, ts_rank(r.search_all, (websearch_to_tsquery('swedish', \$\$$q\$\$) || websearch_to_tsquery('english', \$\$$q\$\$))) from library_result r where r.search_all @@ (websearch_to_tsquery('swedish', \$\$$q\$\$) || websearch_to_tsquery('english', \$\$$q\$\$)) order by 2 desc limit 20" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'
  done | median)
  http="-"
  if [[ -n "$API" && -n "$TOKEN" ]]; then
    http=$(for _ in $(seq "$HTTP_REPEAT"); do
      curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" -G "$API/results" --data-urlencode "q=$q" \
        | awk '{printf "%.2f\n", $1 * 1000}'
    done | median)
  fi
  printf '%-24s %8s %14s %14s\n' "$q" "$rows" "$db" "$http"
done
