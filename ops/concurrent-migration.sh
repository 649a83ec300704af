#!/usr/bin/env bash
# Schema migrations are safe when replicas start together (a rollout, a scale-out, a restart of all pods):
# two backends are started at the same moment on one new, empty database. Flyway takes PostgreSQL's
# advisory lock before it migrates, so one instance applies every migration and the other waits, then
# finds the schema up to date. Checks: both become ready, every migration is recorded exactly once and
# succeeded, and the two logs show one migrating and one finding nothing to do. Prints what it saw.
#   MIGRATION_PORT (8096: the backends use it and the next port), DB_URL / DB_OWNER_USER / DB_USER … (ops/lib.sh) for the
#   server; the database euportal_mig_<time> is dropped at the end unless KEEP_DB=1. About a minute.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
PORT="${MIGRATION_PORT:-8096}"
parse_db_url "$BASE_DB_URL"
MIG_DB="euportal_mig_$(date +%Y%m%d%H%M%S)_$$"
MIG_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$MIG_DB"
t0=$SECONDS
# No Keycloak is needed to migrate and answer readiness; no jobs, no mail, no demo data.
export OIDC_URL="http://127.0.0.1:9/realms/none" REMINDER_CRON=off REMINDER_DIGEST_CRON=off MAIL_MOCK=true DEMO_DATA=false

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  stop_started
  if [[ "${KEEP_DB:-0}" == 1 ]]; then log "kept database $MIG_DB"; else drop_db "$MIG_URL"; fi
  log "concurrent migration check finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

build_backend_if_needed
ensure_db "$MIG_URL"
rm -f "$LOG_DIR/mig-a.log" "$LOG_DIR/mig-b.log"
log "starting two backends at once on the empty database $MIG_DB (:$PORT and :$((PORT + 1)))"
start_backend mig-a "$PORT" "$MIG_URL" &
a=$!
start_backend mig-b "$((PORT + 1))" "$MIG_URL" &
b=$!
STARTED+=(mig-a mig-b) # start_backend runs in subshells: the cleanup stops both through their pid files
wait "$a" || die "the first backend did not become ready (log $LOG_DIR/mig-a.log)"
wait "$b" || die "the second backend did not become ready (log $LOG_DIR/mig-b.log)"

psql_mig() { PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -qAt -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$MIG_DB" -c "$1"; }
recorded="$(psql_mig "select count(*) from flyway_schema_history where version is not null")"
distinct="$(psql_mig "select count(distinct version) from flyway_schema_history where version is not null")"
failed="$(psql_mig "select count(*) from flyway_schema_history where not success")"
files="$(find "$ROOT_DIR/backend/src/main/resources/db/migration" -name 'V*__*.sql' | wc -l)"
echo
for name in mig-a mig-b; do
  echo "$name (its Flyway lines, with their times):"
  grep -E 'Current version of schema|Migrating schema "public" to version "1"|Successfully applied|is up to date|started in' \
    "$LOG_DIR/$name.log" | sed -E 's/ +\[[^]]*\]//' | cut -c12-150 | sed 's/^/  /'
done
echo "flyway_schema_history: $recorded versions recorded, $distinct distinct, $failed failed; $files migration files"
applied="$(grep -lE 'Successfully applied [0-9]+ migration' "$LOG_DIR/mig-a.log" "$LOG_DIR/mig-b.log" | wc -l)"
[[ "$recorded" == "$files" && "$distinct" == "$files" && "$failed" == 0 ]] || die "the migrations were not recorded exactly once each"
[[ "$applied" == 1 ]] || die "expected exactly one backend to apply the migrations, saw $applied"
for p in "$PORT" "$((PORT + 1))"; do http_ok "http://localhost:$p/q/health/ready" || die "backend :$p is not ready"; done
ok "two backends started together: one migrated, the other waited for Flyway's lock; both ready: PASS"
