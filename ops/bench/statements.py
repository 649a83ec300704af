#!/usr/bin/env python3
"""The statements one request issued, as a pgbench script.

Reads PostgreSQL's log (log_statement = all, Debian's default prefix '%m [%p] %q%u@%d ') from a byte
offset, keeps the entries of one database, puts each statement's bound parameters in place of $1, $2,
... and writes them one per line, ';'-terminated, for `pgbench -f`. With --rollback a COMMIT becomes
ROLLBACK, so that a write can be replayed thousands of times without changing the data (the work the
database does for it is the same up to the commit). Prints the number of statements on stdout.

With --tag TAG only the statements the backend marked with that request's tag are kept (the backend
started with euportal.bench.tag-statements=true prefixes each statement of a request carrying
`X-Bench-Tag: TAG` with the comment /* bench:TAG */), and the BEGIN and COMMIT around them on the same
connection: not what a background job or another request ran in the same second.

usage: statements.py LOG OFFSET DATABASE OUT [--rollback] [--tag TAG]
"""
import re
import sys

PREFIX = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (?:\S*@(\S*) )?(\w+):  (.*)$')
EXECUTE = re.compile(r'^(?:execute [^:]+|statement): (.*)$', re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def entries(text):
    """(pid, database, level, message) per log entry; continuation lines belong to the entry above."""
    current = None
    for line in text.split('\n'):
        m = PREFIX.match(line)
        if m:
            if current:
                yield current
            current = [m.group(1), m.group(2) or '', m.group(3), m.group(4)]
        elif current is not None:
            current[3] += '\n' + line
    if current:
        yield current


def replayable(statements):
    """A write, made repeatable: the ids it inserted and its Envers revision become pgbench variables
    (a new value each run), and an optimistic-lock check compares the row with itself (the row's
    version has moved on since the captured request; the database's work is the same)."""
    ids = []
    for _pid, sql in statements:
        m = re.match(r"(?is)insert into \S+ \(.*[ ,(]id\) values \(.*'([0-9a-f-]{36})'\)$", sql)
        if m and not re.match(r'(?i)insert into \S+_aud ', sql) and m.group(1) not in ids:
            ids.append(m.group(1))
    revs = set()
    for _pid, sql in statements:
        m = re.match(r"(?is)insert into revinfo \(.*\) values \(.*'(\d+)'\)$", sql)
        if m:
            revs.add(m.group(1))
    out = []
    for pid, sql in statements:
        for n, uid in enumerate(ids):
            sql = sql.replace("'" + uid + "'", "md5(:r::text || '" + str(n) + "')::uuid")
        if sql.lower().startswith('insert into revinfo') or re.match(r'(?i)insert into \S+_aud ', sql):
            for rev in revs:
                sql = sql.replace("'" + rev + "'", ':rev')
        if sql.lower().startswith('update '):
            sql = re.sub(r"(?i)\band version='\d+'$", 'and version=version', sql)
        out.append([pid, sql])
    return out


TRANSACTION = ('BEGIN', 'COMMIT', 'ROLLBACK')


def own_statements(statements, tag):
    """The statements tagged with TAG (the tag removed), with the BEGIN just before and the COMMIT or
    ROLLBACK just after them on the same connection (the driver sends those untagged)."""
    marker = re.compile(r'^/\* bench:' + re.escape(tag) + r' \*/ ?')
    tagged = [bool(marker.match(sql)) for _pid, sql in statements]
    by_pid = {}
    for i, (pid, _sql) in enumerate(statements):
        by_pid.setdefault(pid, []).append(i)
    keep = set(i for i, t in enumerate(tagged) if t)
    for indexes in by_pid.values():
        for k, i in enumerate(indexes):
            word = statements[i][1].strip().upper()
            if word == 'BEGIN' and k + 1 < len(indexes) and tagged[indexes[k + 1]]:
                keep.add(i)
            elif word in ('COMMIT', 'ROLLBACK') and k > 0 and tagged[indexes[k - 1]]:
                keep.add(i)
    return [[pid, marker.sub('', sql)] for i, (pid, sql) in enumerate(statements) if i in keep]


def main():
    log, offset, database, out = sys.argv[1:5]
    rollback = '--rollback' in sys.argv[5:]
    tag = sys.argv[sys.argv.index('--tag') + 1] if '--tag' in sys.argv[5:] else None
    with open(log, 'rb') as f:
        f.seek(int(offset))
        text = f.read().decode('utf-8', 'replace')
    statements = []   # [pid, sql]
    last_by_pid = {}
    for pid, db, level, message in entries(text):
        if db != database:
            continue
        if level == 'LOG':
            m = EXECUTE.match(message)
            if m:
                statements.append([pid, m.group(1).strip()])
                last_by_pid[pid] = statements[-1]
        elif level == 'DETAIL' and message.startswith('parameters:') and pid in last_by_pid:
            values = {int(n): v for n, v in PARAM.findall(message)}
            entry = last_by_pid[pid]
            # Highest number first, so that $1 does not eat the start of $10.
            for n in sorted(values, reverse=True):
                entry[1] = re.sub(r'\$' + str(n) + r'(?!\d)', lambda _m, v=values[n]: v, entry[1])
    if tag:
        statements = own_statements(statements, tag)
    if rollback:
        statements = replayable(statements)
    lines = []
    for _pid, sql in statements:
        if re.fullmatch(r'(?i)(set|show)\b.*', sql, re.S) or sql.lower() in ('select 1', ''):
            continue   # the pool's own checks and session settings, not the request's work
        if rollback and sql.upper() == 'COMMIT':
            sql = 'ROLLBACK'
        lines.append(' '.join(sql.split()) + ';')
    # pgbench needs a transaction closed before the script ends.
    with open(out, 'w') as f:
        if rollback:
            f.write('\\set r random(1, 2000000000)\n\\set rev random(1000000000, 2000000000)\n')
        f.write('\n'.join(lines) + '\n')
    print(sum(1 for sql in lines if sql.upper().rstrip(';') not in TRANSACTION))


if __name__ == '__main__':
    main()
