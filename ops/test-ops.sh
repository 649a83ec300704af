#!/usr/bin/env bash
# `make test-ops`: the operations files, checked without a cluster or a running backend (a few seconds):
#   - Prometheus alert rules: promtool check rules + promtool test rules (ops/monitoring/alerts.test.yml);
#   - Kubernetes: `kubectl kustomize` renders every overlay of ops/k8s, and ops/k8s/check (node --test)
#     checks kinds, replicas, probes, resources, heap, PDB, HPA, no plain secrets, the Ingress's headers,
#     and validates every object against the Kubernetes JSON schemas (kubernetes-models, from npm);
#   - docker-compose.yml, the demo stack (ops/k8s/check/compose.test.mjs): ports on 127.0.0.1 only,
#     passwords from the environment.
# promtool and kubectl come from Debian (prometheus, kubernetes-client), installed by ops/setup.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[test-ops] %s\n' "$*"; }
for tool in promtool kubectl node; do
  command -v "$tool" >/dev/null || { say "$tool is missing: run ops/setup.sh (make setup)"; exit 1; }
done

say "alert rules: promtool check rules, promtool test rules"
promtool check rules ops/monitoring/alerts.yml
(cd ops/monitoring && promtool test rules alerts.test.yml)

say "Kubernetes manifests: kubectl kustomize ($(kubectl version --client 2>/dev/null | head -1)) + schema and rule checks"
check=ops/k8s/check
if [[ ! -d "$check/node_modules" || "$check/package-lock.json" -nt "$check/node_modules/.package-lock.json" ]]; then
  (cd "$check" && npm ci --no-audit --no-fund --loglevel=error)
fi
# kubectl's kustomize prints deprecation warnings for the fields kept for Debian's older kubectl.
(cd "$check" && node --test 2>&1)
