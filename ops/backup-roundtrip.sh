#!/usr/bin/env bash
# Proves that a backup gives everything back: on the demo data,
#   1. a fresh database euportal_rt_src_<time> and a backend on it (RT_PORT, 8090) with DEMO_DATA=true;
#   2. every list of the API counted as ada.advisor (the top-level lists with their totals, and for every
#      application, project, report, expenditure and partner search: its timeline, team, partners,
#      attachments, comments, reports, expenditures, evidence, interests, matches, history; and the
#      history of every unit, contact person, programme and idea), saved;
#   3. `ops/backup.sh` (make backup) of that database, then the audit package of every demo project
#      from the original backend;
#   4. `ops/restore.sh` (make restore) into a new database euportal_rt_dst_<time>: roles, dump, counts;
#   5. a second backend (RT_PORT + 1) on the restored database, DEMO_DATA=false, and the same lists and
#      audit packages from it;
#   6. the comparison, printed: every list's count, and per project the SHA-256 of each attachment,
#      piece of evidence, record CSV and history CSV in the two packages (the PDF and the workbook carry
#      their time of generation, so only their presence is compared). Exit status 1 on any difference.
# The demo data has no files, so before step 2 the demo projects get attachments and evidence (SQL).
# Keycloak on KC_PORT (8180) is reused or started (and then stopped); both databases are dropped at the
# end unless KEEP_DB=1. Not part of `make test` (about 3 minutes).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
RT_PORT="${RT_PORT:-8090}"
KEEP_DB="${KEEP_DB:-0}"
parse_db_url "$BASE_DB_URL"
stamp="$(date +%Y%m%d%H%M%S)_$$"
SRC_DB="euportal_rt_src_$stamp" DST_DB="euportal_rt_dst_$stamp"
SRC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$SRC_DB" DST_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DST_DB"
WORK="$(mktemp -d)"
started_kc=0 t0=$SECONDS
# No scheduled job may change the data between the count and the backup; no e-mail leaves.
export REMINDER_CRON=off REMINDER_DIGEST_CRON=off MAIL_MOCK=true

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  set +e
  ((rc != 0)) && { tail_log "$LOG_DIR/rt-source.log" 30; tail_log "$LOG_DIR/rt-restored.log" 30; }
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  if [[ "$KEEP_DB" == 1 ]]; then
    log "kept databases $SRC_DB and $DST_DB"
  else
    drop_db "$SRC_URL"
    parse_db_url "$DST_URL" && db_psql "select 1 from pg_database where datname = '$DST_DB'" | grep -q 1 && drop_db "$DST_URL"
  fi
  rm -rf "$WORK"
  log "backup round trip finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

build_backend_if_needed
ensure_db "$SRC_URL"
if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start
DEMO_DATA=true start_backend rt-source "$RT_PORT" "$SRC_URL"
# The demo data has no files: every project's application gets three attachments and every expenditure line
# a piece of evidence, text and binary (all 256 byte values), straight into the database.
log "adding attachments and evidence to the demo projects"
PGPASSWORD="$DB_OWNER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$SRC_DB" <<'SQL'
insert into application_attachment (id, application_id, file_name, media_type, size_bytes, sha256, content,
    uploaded_by_subject, uploaded_by_name, uploaded_at)
select gen_random_uuid(), p.application_id, 'bilaga-' || n || '.txt', 'text/plain', length(c), encode(sha256(c), 'hex'),
       c, 'roundtrip', 'Round trip', now() - make_interval(mins => n)
from project p cross join generate_series(1, 3) n
cross join lateral (select convert_to('Bilaga ' || n || ' till ' || p.title || repeat(' Växjö', 50 * n), 'UTF8') c) f;
insert into expenditure_evidence (id, expenditure_id, file_name, media_type, size_bytes, sha256, content,
    uploaded_by_subject, uploaded_by_name, uploaded_at)
select gen_random_uuid(), e.id, 'kvitto-' || row_number() over (order by e.id) || '.bin', 'application/octet-stream',
       length(c), encode(sha256(c), 'hex'), c, 'roundtrip', 'Round trip', now()
from expenditure e
cross join lateral (select decode(repeat(string_agg(lpad(to_hex(b), 2, '0'), '' order by b), 4), 'hex') || convert_to(e.id::text, 'UTF8') c
                    from generate_series(0, 255) b) f;
SQL
ADVISOR="$("$OPS_DIR/keycloak.sh" token ada.advisor)"
export ADVISOR

# inventory.py BASE OUT lists|packages: what the API lists, or the audit packages' file hashes.
cat >"$WORK/inventory.py" <<'PY'
import hashlib, io, json, os, sys, urllib.request, zipfile
base, out, what = sys.argv[1:4]
token = os.environ['ADVISOR']

def get(path, accept='application/json'):
    req = urllib.request.Request(base + path, headers={'Authorization': 'Bearer ' + token, 'Accept': accept})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.read()

def page_all(path):
    items, page = [], 0
    sep = '&' if '?' in path else '?'
    while True:
        body = json.loads(get(f'{path}{sep}page={page}&size=200'))
        items += body['items']
        if len(items) >= body['total'] or not body['items']:
            return body['total'], items
        page += 1

if what == 'lists':
    counts = {}
    lists = {}
    for name, path in [('units', '/units'), ('contact-persons', '/contact-persons'), ('programmes', '/programmes'),
                       ('calls (all statuses)', '/calls?status=OPEN&status=FORTHCOMING&status=CLOSED'),
                       ('ideas', '/ideas'), ('applications', '/applications'), ('partners', '/partners'),
                       ('partner-searches', '/partner-searches'), ('projects', '/projects'),
                       ('exports', '/exports'), ('exchange-rates', '/exchange-rates')]:
        counts[name], lists[name] = page_all('/api/v1' + path)
    for name, path in [('notifications', '/notifications'), ('partner networks', '/partners/networks')]:
        counts[name] = len(json.loads(get('/api/v1' + path)))
    def sub(record, rid, label, path):
        key = f'{record} {label}'
        counts[key] = counts.get(key, 0) + len(json.loads(get('/api/v1' + path)))
    for a in lists['applications']:
        for label in ['timeline', 'history', 'team', 'attachments', 'comments', 'partners']:
            sub('applications:', a['id'], label, f"/applications/{a['id']}/{label}")
    for p in lists['projects']:
        sub('projects:', p['id'], 'history', f"/projects/{p['id']}/history")
        sub('projects:', p['id'], 'exports', f"/projects/{p['id']}/exports")
        reports = json.loads(get(f"/api/v1/projects/{p['id']}/reports"))
        counts['projects: reports'] = counts.get('projects: reports', 0) + len(reports)
        for r in reports:
            sub('reports:', r['id'], 'timeline', f"/reports/{r['id']}/timeline")
            sub('reports:', r['id'], 'history', f"/reports/{r['id']}/history")
            lines = json.loads(get(f"/api/v1/reports/{r['id']}/expenditures"))
            counts['reports: expenditures'] = counts.get('reports: expenditures', 0) + len(lines)
            for line in lines:
                sub('expenditures:', line['id'], 'evidence', f"/reports/{r['id']}/expenditures/{line['id']}/evidence")
    for s in lists['partner-searches']:
        sub('partner-searches:', s['id'], 'interests', f"/partner-searches/{s['id']}/interests")
        counts['partner-searches: matches'] = counts.get('partner-searches: matches', 0) + json.loads(
            get(f"/api/v1/partner-searches/{s['id']}/matches?size=1"))['total']
    # Histories of the small registers (the partner register's 5 757 organisations are counted above).
    for record in ['units', 'contact-persons', 'programmes', 'ideas']:
        for item in lists[record]:
            sub(f'{record}:', item['id'], 'history', f"/{record}/{item['id']}/history")
    json.dump({'counts': counts, 'projects': [p['id'] for p in lists['projects']]}, open(out, 'w'), indent=1)
else:
    projects = json.load(open(what))['projects']
    packages = {}
    for pid in projects:
        z = zipfile.ZipFile(io.BytesIO(get(f'/api/v1/projects/{pid}/audit-package', 'application/zip')))
        packages[pid] = {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}
    json.dump(packages, open(out, 'w'), indent=1)
PY

log "counting every list of the original backend"
python3 "$WORK/inventory.py" "http://localhost:$RT_PORT" "$WORK/a-lists.json" lists
log "backing up $SRC_DB (make backup)"
BACKUP="$(DB_URL="$SRC_URL" BACKUP_DIR="$WORK/backups" "$OPS_DIR/backup.sh")"
log "audit packages of every project from the original backend"
python3 "$WORK/inventory.py" "http://localhost:$RT_PORT" "$WORK/a-packages.json" "$WORK/a-lists.json"
log "restoring into $DST_DB (make restore)"
DB_URL="$BASE_DB_URL" "$OPS_DIR/restore.sh" "$BACKUP" "$DST_DB"
DEMO_DATA=false start_backend rt-restored "$((RT_PORT + 1))" "$DST_URL"
log "counting every list of the restored backend"
python3 "$WORK/inventory.py" "http://localhost:$((RT_PORT + 1))" "$WORK/b-lists.json" lists
python3 "$WORK/inventory.py" "http://localhost:$((RT_PORT + 1))" "$WORK/b-packages.json" "$WORK/a-lists.json"

python3 - "$WORK" "$BACKUP" <<'PY'
import json, os, sys
work, backup = sys.argv[1:3]
a, b = (json.load(open(os.path.join(work, f'{x}-lists.json')))['counts'] for x in 'ab')
pa, pb = (json.load(open(os.path.join(work, f'{x}-packages.json'))) for x in 'ab')
manifest = json.load(open(os.path.join(backup, 'manifest.json')))
bad = 0
print()
print(f"Backup: {manifest['dump']['bytes']} bytes, sha256 {manifest['dump']['sha256'][:16]}…, "
      f"{len(manifest['tables'])} tables, {sum(manifest['tables'].values())} rows")
print()
width = max(len(k) for k in a)
print(f"{'list (as ada.advisor)':<{width}}  {'original':>9}  {'restored':>9}")
for k in a:
    same = a[k] == b.get(k)
    bad += not same
    print(f"{k:<{width}}  {a[k]:>9}  {b.get(k, '-'):>9}{'' if same else '   <-- differs'}")
print()
print(f"{'audit package file':<60}  {'original':>12}  {'restored':>12}")
files = 0
for pid in pa:
    for name in sorted(set(pa[pid]) | set(pb.get(pid, {}))):
        x, y = pa[pid].get(name), pb.get(pid, {}).get(name)
        generated = name in ('project.pdf', 'project.xlsx', 'manifest.json')
        if generated:
            same = x is not None and y is not None
            note = '   (generated now: present in both)' if same else '   <-- missing'
        else:
            same = x == y
            note = '' if same else '   <-- differs'
        bad += not same
        files += not generated
        label = (pid[:8] + '/' + name)[:60]
        print(f"{label:<60}  {(x or '-')[:12]:>12}  {(y or '-')[:12]:>12}{note}")
print()
print(f"{len(a)} lists, {len(pa)} audit packages, {files} files compared by SHA-256: "
      + ('everything as in the original' if not bad else f'{bad} difference(s)'))
sys.exit(1 if bad else 0)
PY
ok "backup round trip: PASS"
