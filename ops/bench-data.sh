#!/usr/bin/env bash
# `make bench-data SCALE=1`: the database `make bench` measures, euportal_scale<SCALE>.
#   1. a fresh database, migrated and filled with the demo data by the packaged backend (Keycloak
#      on :$KC_PORT reused or started, as the backend's OIDC needs it);
#   2. ops/bench/scale.sql on top: at SCALE=1 20 000 applications, 10 000 budgets (~200 000 lines,
#      the largest 5 000), 50 000 organisations, 2 000 projects, 8 000 reports, 200 000 expenditure
#      lines, 5 000 ideas, 2 400 calls; SCALE=10 is ten times each.
# The same SCALE and BENCH_SEED give the same rows. An existing database of that scale is kept
# unless FRESH=1. Prints the row counts at the end.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCALE="${SCALE:-1}"
BENCH_SEED="${BENCH_SEED:-0.42}"
FRESH="${FRESH:-0}"
SEED_PORT="${SEED_PORT:-8088}"
[[ "$SCALE" =~ ^[1-9][0-9]*$ ]] || die "SCALE must be a whole number ≥ 1, got: $SCALE"
parse_db_url "${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
SCALE_DB="${SCALE_DB:-euportal_scale$SCALE}"
SCALE_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$SCALE_DB"

scale_psql() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$SCALE_DB" "$@"; }

if [[ "$FRESH" != 1 ]] && [[ "$(db_psql "select 1 from pg_database where datname = '$SCALE_DB'")" == 1 ]] &&
  [[ "$(scale_psql -tAc "select count(*) from application" 2>/dev/null || echo 0)" -ge $((20000 * SCALE)) ]]; then
  ok "$SCALE_DB is there already (FRESH=1 builds it again)"
  exit 0
fi

started_kc=0
cleanup() {
  local rc=$?
  trap - EXIT
  set +e
  stop_started
  ((started_kc)) && "$OPS_DIR/keycloak.sh" stop
  exit "$rc"
}
trap cleanup EXIT

t0=$SECONDS
db_psql "drop database if exists $SCALE_DB with (force)" >/dev/null
ensure_db "$SCALE_DB_URL"
build_backend_if_needed
if ! "$OPS_DIR/keycloak.sh" is-up; then started_kc=1; fi
"$OPS_DIR/keycloak.sh" start
start_backend bench-data-backend "$SEED_PORT" "$SCALE_DB_URL"
stop_started
log "demo data in place after $((SECONDS - t0))s; generating scale $SCALE (seed $BENCH_SEED)"
t1=$SECONDS
scale_psql -v scale="$SCALE" -v seed="$BENCH_SEED" -f "$OPS_DIR/bench/scale.sql" >/dev/null
ok "scale $SCALE generated in $((SECONDS - t1))s ($SCALE_DB, $(scale_psql -tAc "select pg_size_pretty(pg_database_size('$SCALE_DB'))"))"
scale_psql -c "select 'applications' as records, count(*) from application
  union all select 'budgets', count(*) from budget
  union all select 'budget lines', sum(jsonb_array_length(content->'lines')) from budget
  union all select 'budget versions', count(*) from budget_version
  union all select 'organisations', count(*) from partner_organisation
  union all select 'projects', count(*) from project
  union all select 'reports', count(*) from project_report
  union all select 'expenditure lines', count(*) from expenditure
  union all select 'evidence', count(*) from expenditure_evidence
  union all select 'ideas', count(*) from idea
  union all select 'calls', count(*) from funding_call"
