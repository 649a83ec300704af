#!/usr/bin/env bash
# `make restore BACKUP=<folder of make backup> [RESTORE_DB=name]`: loads a backup into a NEW database
# and proves it whole.
#   1. checks the dump's SHA-256 and size against manifest.json;
#   2. creates the roles of roles.sql that the server lacks (a dump carries no roles), without passwords;
#   3. creates the database RESTORE_DB (default <database>_restored_<UTC time>; refuses one that exists,
#      so a restore never overwrites anything), owned by the original owner;
#   4. pg_restore --exit-on-error, then ANALYZE;
#   5. counts the rows of every table and compares them with the manifest: prints each table's counts,
#      exit status 1 on any difference.
# Point the backend at the new database (DB_URL) once it passes; the runbook (docs/operations.md) says when.
#   DB_URL (its host and port are used; default 127.0.0.1:5432), DB_OWNER_USER (postgres), DB_OWNER_PASSWORD
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BACKUP="${1:-${BACKUP:-}}"
[[ -n "$BACKUP" && -f "$BACKUP/manifest.json" && -f "$BACKUP/database.dump" ]] ||
  die "usage: make restore BACKUP=<folder with manifest.json and database.dump> [RESTORE_DB=name]"
DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
export PGPASSWORD="$DB_OWNER_PASSWORD"
parse_db_url "$DB_URL"
manifest() { python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"m": m}))' "$BACKUP/manifest.json" "$1"; }
SOURCE_DB="$(manifest 'm["database"]')"
TARGET="${2:-${RESTORE_DB:-${SOURCE_DB}_restored_$(date -u +%Y%m%d%H%M%S)}}"
[[ "$TARGET" =~ ^[A-Za-z0-9_]+$ ]] || die "RESTORE_DB must be letters, digits and _: $TARGET"
t0=$SECONDS

log "1/5 checking $BACKUP/database.dump against its manifest"
expected="$(manifest 'm["dump"]["sha256"]')"
actual="$(sha256sum "$BACKUP/database.dump" | cut -d' ' -f1)"
[[ "$actual" == "$expected" ]] || die "the dump's SHA-256 is $actual, the manifest says $expected: the backup is damaged"
[[ "$(stat -c %s "$BACKUP/database.dump")" == "$(manifest 'm["dump"]["bytes"]')" ]] || die "the dump's size differs from the manifest"

log "2/5 creating the roles the server lacks ($(manifest '", ".join(m["roles"])'))"
psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d postgres -f "$BACKUP/roles.sql"

log "3/5 creating database $TARGET on $DB_HOST:$DB_PORT"
db_psql "select 1 from pg_database where datname = '$TARGET'" | grep -q 1 && die "database $TARGET exists: a restore goes into a new database"
owner="$(manifest 'm["owner"]')"
db_psql "create database \"$TARGET\" owner \"${owner//\"/\"\"}\"" >/dev/null

log "4/5 pg_restore into $TARGET"
pg_restore --exit-on-error -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$TARGET" "$BACKUP/database.dump"
psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$TARGET" -c analyze

log "5/5 counting every table of $TARGET against the manifest"
counts="$(psql -X -qAt -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$TARGET" -c "select coalesce(json_object_agg(t.name, t.n order by t.name), '{}') from (select format('%s.%s', table_schema, table_name) as name, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint as n from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')) t")"
python3 - "$BACKUP/manifest.json" "$counts" "$TARGET" <<'PY'
import json, sys
expected = json.load(open(sys.argv[1]))['tables']
actual = json.loads(sys.argv[2])
target = sys.argv[3]
width = max(len(t) for t in set(expected) | set(actual)) if expected or actual else 10
print(f"{'table':<{width}}  {'backup':>10}  {'restored':>10}")
bad = 0
for table in sorted(set(expected) | set(actual)):
    e, a = expected.get(table), actual.get(table)
    mark = '' if e == a else '   <-- differs'
    bad += e != a
    print(f"{table:<{width}}  {'-' if e is None else e:>10}  {'-' if a is None else a:>10}{mark}")
print(f"{len(actual)} tables, {sum(actual.values())} rows in {target}; "
      + ('every count as in the backup' if not bad else f'{bad} table(s) differ'))
sys.exit(1 if bad else 0)
PY
ok "restored into $TARGET in $((SECONDS - t0))s (DB_URL=jdbc:postgresql://$DB_HOST:$DB_PORT/$TARGET)"
