#!/usr/bin/env bash
# `make test-contract`: lints the committed openapi.yaml as an integrator's tooling would (issue 18):
# Spectral's spectral:oas rules with no warning at all, Redocly's recommended rules with no error.
# The linters are npm packages pinned by this folder's package-lock.json, installed here (not in
# frontend/, where a redocly.yaml would be picked up by the SPA's type generation).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
./node_modules/.bin/spectral lint --fail-severity=warn --ruleset .spectral.yaml ../../openapi.yaml
./node_modules/.bin/redocly lint --config redocly.yaml ../../openapi.yaml
