#!/usr/bin/env bash
# `make backup`: a consistent dump of the portal's database, which holds every record, its history
# (Envers) and every file (attachments and evidence are stored in PostgreSQL), and a manifest.
#   DB_URL (jdbc:postgresql://127.0.0.1:5432/euportal), DB_OWNER_USER (postgres), DB_OWNER_PASSWORD
#   BACKUP_DIR (ops/.work/backups): where euportal-<db>-<UTC time>/ is written, holding
#     database.dump  pg_dump custom format (-Fc: compressed, pg_restore picks what to load)
#     roles.sql      the roles the database's objects belong to or are granted to (a dump carries no
#                    roles), as idempotent CREATE ROLE statements without passwords
#     manifest.json  the dump's SHA-256 and size, the server and pg_dump versions, and the exact row
#                    count of every table, counted in the very snapshot pg_dump saved (--snapshot)
# Prints the folder it wrote. `make restore` (ops/restore.sh) loads it into a new database and checks
# the counts; ops/backup-roundtrip.sh proves the round trip on the demo data.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
export PGPASSWORD="$DB_OWNER_PASSWORD"
parse_db_url "$DB_URL"
command -v pg_dump >/dev/null || die "pg_dump not found (apt-get install -y postgresql-client)"
OUT="${BACKUP_DIR:-$WORK_DIR/backups}/euportal-$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
t0=$SECONDS

# One REPEATABLE READ transaction exports its snapshot: the row counts are taken in it and pg_dump
# dumps exactly it, so the manifest describes the dump even while the portal keeps writing.
coproc SNAP { psql -X -qAt -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$DB_NAME" 2>&1; }
exec {to_snap}>&"${SNAP[1]}" {from_snap}<&"${SNAP[0]}"
ask() { # SQL (one line of answer)
  local answer
  printf '%s\n' "$1" >&"$to_snap"
  IFS= read -r -t 60 answer <&"$from_snap" || die "no answer from PostgreSQL to: $1"
  printf '%s' "$answer"
}
ask "begin isolation level repeatable read read only; select 'ok';" | grep -qx ok || die "could not start the snapshot"
snapshot="$(ask "select pg_export_snapshot();")"
counts="$(ask "select coalesce(json_object_agg(t.name, t.n order by t.name), '{}') from (select format('%s.%s', table_schema, table_name) as name, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint as n from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')) t;")"
server="$(ask "select current_setting('server_version');")"
owner="$(ask "select pg_get_userbyid(datdba) from pg_database where datname = current_database();")"
# Every role that owns something in the database or holds a grant on it.
roles="$(ask "select coalesce(json_agg(json_build_object('name', r.rolname, 'login', r.rolcanlogin, 'memberOf', coalesce((select json_agg(g.rolname order by g.rolname) from pg_auth_members m join pg_roles g on g.oid = m.roleid where m.member = r.oid), '[]'::json)) order by r.rolname), '[]') from pg_roles r where r.oid in (select datdba from pg_database where datname = current_database() union select nspowner from pg_namespace union select relowner from pg_class union select proowner from pg_proc union select typowner from pg_type union select (aclexplode(relacl)).grantee from pg_class where relacl is not null union select (aclexplode(nspacl)).grantee from pg_namespace where nspacl is not null) and r.rolname not like 'pg\\_%';")"

log "dumping $DB_NAME on $DB_HOST:$DB_PORT (snapshot $snapshot) to $OUT/database.dump"
pg_dump -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$DB_NAME" --snapshot="$snapshot" -Fc -f "$OUT/database.dump"
ask "commit; select 'done';" >/dev/null
printf '\\q\n' >&"$to_snap"
wait "$SNAP_PID" 2>/dev/null || true

python3 - "$OUT" "$DB_NAME" "$server" "$owner" "$counts" "$roles" "$(pg_dump --version)" <<'PY'
import hashlib, json, os, sys, datetime
out, db, server, owner, counts, roles, pg_dump = sys.argv[1:8]
digest = hashlib.sha256()
with open(os.path.join(out, 'database.dump'), 'rb') as f:
    for chunk in iter(lambda: f.read(1 << 20), b''):
        digest.update(chunk)
roles = json.loads(roles)
def q(name):
    return '"' + name.replace('"', '""') + '"'
lines = ['-- Roles of the database ' + db + ' (ops/backup.sh): created when missing, without passwords;',
         '-- set a login role\'s password afterwards (docs/operations.md, secrets).']
for r in roles:
    lit = r['name'].replace("'", "''")
    lines.append("do $$ begin if not exists (select from pg_roles where rolname = '%s') then create role %s %s; end if; end $$;"
                 % (lit, q(r['name']), 'login' if r['login'] else 'nologin'))
for r in roles:
    for group in r['memberOf']:
        lines.append('grant %s to %s;' % (q(group), q(r['name'])))
with open(os.path.join(out, 'roles.sql'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
manifest = {
    'database': db,
    'owner': owner,
    'createdAt': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
    'serverVersion': server,
    'pgDump': pg_dump,
    'format': 'pg_dump custom (-Fc)',
    'dump': {'file': 'database.dump', 'bytes': os.path.getsize(os.path.join(out, 'database.dump')),
             'sha256': digest.hexdigest()},
    'roles': [r['name'] for r in roles],
    'tables': json.loads(counts),
}
with open(os.path.join(out, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=2, sort_keys=False)
    f.write('\n')
print('%d tables, %d rows, dump %d bytes, sha256 %s' % (len(manifest['tables']), sum(manifest['tables'].values()),
      manifest['dump']['bytes'], manifest['dump']['sha256']), file=sys.stderr)
PY
ok "backup of $DB_NAME written in $((SECONDS - t0))s: $OUT"
echo "$OUT"
