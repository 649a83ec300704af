#!/usr/bin/env python3
"""Figures of the write load of `make chaos` part a (ops/chaos/writer.py's lines).

usage: writes.py LINES RESTART_BEGAN PG_BACK ACKED_OUT
Prints "name value" lines; writes the acknowledged ids, comma-separated and quoted, to ACKED_OUT.
"""
import json
import sys
from collections import Counter

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
began, back = float(sys.argv[2]), float(sys.argv[3])
acked = [r for r in rows if 200 <= r["status"] < 300 and r.get("id")]
failed = [r for r in rows if not 200 <= r["status"] < 300]
statuses = Counter(str(r["status"]) for r in failed)
# The outage as the clients saw it: from the restart to the last failed answer; the first success is
# the first one after that (or, when nothing failed, the first request sent after the restart began).
late_failures = [r["done"] for r in failed if r["done"] >= began]
last_failure = max(late_failures) if late_failures else None
after = sorted(r["done"] for r in rows if 200 <= r["status"] < 300
               and (r["done"] > last_failure if last_failure else r["sent"] >= began))
first = after[0] - back if after else None
print("requests", len(rows))
print("acknowledged", len(acked))
print("failed", len(failed))
print("failed_by_status", " ".join(f"{k}:{v}" for k, v in sorted(statuses.items())) or "-")
print("answered_500", sum(1 for r in failed if r["status"] >= 500 and r["status"] != 503))
print("answered_503", sum(1 for r in failed if r["status"] == 503))
print("answered_503_without_retry_after", sum(1 for r in failed if r["status"] == 503 and not r.get("retryAfter")))
print("no_answer", sum(1 for r in failed if r["status"] == 0))
print("other_4xx", sum(1 for r in failed if 400 <= r["status"] < 500))
print("restart_seconds", f"{back - began:.2f}")
print("last_failure_after_back_s", "none" if last_failure is None else f"{last_failure - back:.2f}")
# Negative: answered before pg_ctl, polling, saw PostgreSQL accept connections again.
print("first_success_after_back_s", "none" if first is None else f"{first:.2f}")
errors = Counter(r.get("error", "").split(":")[0] for r in failed if r["status"] == 0)
print("no_answer_kinds", " ".join(f"{k}:{v}" for k, v in errors.items()) or "-")
with open(sys.argv[4], "w") as out:
    out.write(",".join(f"'{r['id']}'" for r in acked))
