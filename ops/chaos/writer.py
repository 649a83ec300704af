#!/usr/bin/env python3
"""Write load for `make chaos` (part a): POST one idea every 1/RATE s for SECONDS, each request in its
own thread (so a slow answer does not slow the pace), and one JSON line per answer to OUT:
{"sent": epoch s, "done": epoch s, "status": int (0 = no answer), "retryAfter": str|null, "id": str|null}.

usage: writer.py URL TOKEN BODY RATE SECONDS OUT
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request

url, token, body, rate, seconds, out = sys.argv[1], sys.argv[2], sys.argv[3].encode(), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
lock = threading.Lock()
sink = open(out, "w", buffering=1)


def one():
    sent = time.time()
    status, retry_after, ident, error = 0, None, None, None
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            status = resp.status
            ident = json.loads(resp.read() or b"{}").get("id")
    except urllib.error.HTTPError as e:
        status = e.code
        retry_after = e.headers.get("Retry-After")
        e.read()
    except Exception as e:  # no answer at all: refused, reset, timed out
        error = type(e).__name__ + ": " + str(e)
    line = {"sent": sent, "done": time.time(), "status": status, "retryAfter": retry_after, "id": ident}
    if error:
        line["error"] = error
    with lock:
        sink.write(json.dumps(line) + "\n")


start = time.time()
threads = []
n = 0
while time.time() - start < seconds:
    t = threading.Thread(target=one, daemon=True)
    t.start()
    threads.append(t)
    n += 1
    time.sleep(max(0.0, start + n / rate - time.time()))
for t in threads:
    t.join(20)
sink.close()
