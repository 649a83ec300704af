#!/usr/bin/env bash
# Imports the production realm template (ops/keycloak/euportal-realm.production.json) into a Keycloak of
# ops/keycloak.sh started in PRODUCTION mode (`start`, plain HTTP on 127.0.0.1 only) on ports of its own,
# checks the settings through the admin REST API, prints ok/FAILED per check and exits non-zero on any
# failure. It stops the Keycloak it started (and nothing else; the demo Keycloak on :8180 is not touched).
#   ops/check-production-realm.sh        (make check-production-realm; about 1-2 minutes: Keycloak builds
#                                         itself for production mode on the first start)
# Knobs: CHECK_KC_PORT (8183), CHECK_KC_MGMT_PORT (9003), CHECK_WORK_DIR (ops/.work/production-realm),
# CHECK_REALM_FILE (the template; point it at a deployment's own copy to check that one).
set -euo pipefail
OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export KC_PORT="${CHECK_KC_PORT:-8183}" KC_MGMT_PORT="${CHECK_KC_MGMT_PORT:-9003}"
export EUPORTAL_WORK_DIR="${CHECK_WORK_DIR:-$OPS/.work/production-realm}"
export KC_REALM_FILE="${CHECK_REALM_FILE:-$OPS/keycloak/euportal-realm.production.json}" KC_MODE=prod
export KC_BOOTSTRAP_ADMIN_USERNAME=check-admin
KC_BOOTSTRAP_ADMIN_PASSWORD="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export KC_BOOTSTRAP_ADMIN_PASSWORD
# shellcheck source=ops/lib.sh
source "$OPS/lib.sh"

# Someone else's Keycloak on these ports would be checked instead of the template: refuse.
port_busy "$KC_PORT" && die "port $KC_PORT is in use: set CHECK_KC_PORT to a free port"
port_busy "$KC_MGMT_PORT" && die "port $KC_MGMT_PORT is in use: set CHECK_KC_MGMT_PORT to a free port"
# A fresh import every time (keycloak.sh wipes H2 only when the file changed; the admin password is new).
rm -rf "$EUPORTAL_WORK_DIR/keycloak-$KC_VERSION/data/h2"

cleanup() { "$OPS/keycloak.sh" stop || true; }
trap cleanup EXIT
t=$SECONDS
"$OPS/keycloak.sh" start
log "Keycloak in production mode up in $((SECONDS - t))s; checking the realm through the admin API"
python3 "$OPS/keycloak/check_production_realm.py" "http://localhost:$KC_PORT" "$KC_REALM_FILE"
