#!/usr/bin/env bash
# Local Keycloak for the EU Project Portal (realm ops/keycloak/euportal-realm.json).
#
#   ops/keycloak.sh start    download (cached), unzip, start in the background, wait for the realm
#   ops/keycloak.sh stop     stop the Keycloak this script started (pid file); nothing else
#   ops/keycloak.sh status   say whether the realm answers on :8180
#   ops/keycloak.sh is-up    exit 0 when the realm's discovery URL answers (quiet)
#   ops/keycloak.sh token USER [PASSWORD]   print an access token (password grant, euportal-cli)
#
# Zip cache: ${XDG_CACHE_HOME:-~/.cache}/euportal/ ; install + data: ops/.work/keycloak-<ver>/ ;
# log: ops/.work/logs/keycloak.log ; pid: ops/.work/run/keycloak.pid.
# A Keycloak that already answers with the realm on :8180 is reused (start is a no-op).
# When the realm file changes, Keycloak's H2 data is wiped so the realm is imported again.
# Knobs (defaults = the demo on :8180): KC_PORT, KC_MGMT_PORT, EUPORTAL_WORK_DIR (install + data),
# KC_REALM_FILE (the realm imported), KC_MODE=dev (start-dev) or prod (start: production mode over plain
# HTTP on 127.0.0.1, used by ops/check-production-realm.sh), KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD (admin/admin).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_ZIP="$CACHE_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_HOME="$WORK_DIR/keycloak-$KC_VERSION"
KC_LOG="$LOG_DIR/keycloak.log"
KC_PIDFILE="$RUN_DIR/keycloak.pid"
REALM_FILE="${KC_REALM_FILE:-$OPS_DIR/keycloak/euportal-realm.json}"
KC_MODE="${KC_MODE:-dev}"
DISCOVERY_URL="$KC_ISSUER/.well-known/openid-configuration"

fetch_zip() {
  [[ -s "$KC_ZIP" ]] && return 0
  local dir mvn
  # Plain mvn needs no project; the wrapper must run inside backend/ (it reads .mvn/ there).
  if command -v mvn >/dev/null; then dir="$CACHE_DIR"; mvn="mvn"
  elif [[ -x "$ROOT_DIR/backend/mvnw" ]]; then dir="$ROOT_DIR/backend"; mvn="./mvnw"
  else die "neither mvn nor backend/mvnw found: cannot fetch Keycloak from Maven Central"; fi
  log "downloading Keycloak $KC_VERSION from Maven Central into $CACHE_DIR (about 177 MB)"
  local t=$SECONDS
  (cd "$dir" && "$mvn" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$CACHE_DIR")
  [[ -s "$KC_ZIP" ]] || die "download failed: $KC_ZIP missing"
  ok "downloaded in $((SECONDS - t))s"
}

install_kc() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  command -v unzip >/dev/null || die "unzip not found (apt-get install -y unzip)"
  fetch_zip
  log "unzipping Keycloak into $KC_HOME"
  local tmp="$WORK_DIR/.kc-unzip.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  unzip -q "$KC_ZIP" -d "$tmp" || { rm -rf "$tmp"; rm -f "$KC_ZIP"; die "corrupt zip removed, run again"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# prepare_realm: copy the realm file into data/import; wipe H2 data when the file changed.
prepare_realm() {
  local hashfile="$KC_HOME/data/.euportal-realm.sha256" new old=""
  new="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  [[ -f "$hashfile" ]] && old="$(cat "$hashfile")"
  if [[ "$new" != "$old" ]]; then
    if [[ -d "$KC_HOME/data/h2" ]]; then
      log "realm file changed: wiping Keycloak data (data/h2) so the realm is imported again"
    fi
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME/data/import/"*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/euportal-realm.json"
  echo "$new" >"$hashfile"
  # The realm's login theme (the footer with the legal pages); copied on every start, as a theme
  # needs no re-import.
  rm -rf "$KC_HOME/themes/euportal"
  cp -r "$OPS_DIR/keycloak/themes/euportal" "$KC_HOME/themes/euportal"
}

is_up() { http_ok "$DISCOVERY_URL"; }

cmd_start() {
  if is_up; then
    if pid_alive "$KC_PIDFILE"; then ok "Keycloak already running (started by ops/keycloak.sh, pid $(cat "$KC_PIDFILE"))"
    else ok "reusing the Keycloak that already answers at $KC_ISSUER"; fi
    return 0
  fi
  if pid_alive "$KC_PIDFILE"; then
    log "Keycloak (pid $(cat "$KC_PIDFILE")) is starting; waiting"
  else
    port_busy "$KC_PORT" && die "port $KC_PORT is in use but $DISCOVERY_URL does not answer (another Keycloak without the realm?)"
    port_busy "$KC_MGMT_PORT" && die "port $KC_MGMT_PORT (Keycloak management/health) is already in use"
    local jhome
    jhome="$(find_java21)" || die "Keycloak needs Java >= 21: set JAVA_HOME or install one under /usr/lib/jvm"
    install_kc
    prepare_realm
    local mode=(start-dev)
    # production mode without TLS, for checking a realm on this machine only: plain HTTP must be enabled
    # explicitly, the hostname is the local URL and the database the embedded file one, named (a real
    # deployment terminates TLS and uses PostgreSQL: docs/configuration.md)
    if [[ "$KC_MODE" == prod ]]; then mode=(start --http-enabled=true --hostname-strict=true --db=dev-file); fi
    log "starting Keycloak $KC_VERSION ($KC_MODE mode: ${mode[0]}) with $jhome (log $KC_LOG)"
    start_bg keycloak "$KC_LOG" env JAVA_HOME="$jhome" PATH="$jhome/bin:$PATH" \
      KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
      KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
      EUPORTAL_SPA_URL="${EUPORTAL_SPA_URL:-http://localhost:5173}" \
      "$KC_HOME/bin/kc.sh" "${mode[@]}" --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="http://localhost:$KC_PORT" --http-management-port="$KC_MGMT_PORT" --import-realm --health-enabled=true
  fi
  wait_http "Keycloak realm $KC_REALM" "$DISCOVERY_URL" "${KC_TIMEOUT:-300}" keycloak "$KC_LOG"
  # The realm answers a moment before Keycloak reports itself ready; a first start may still be settling.
  wait_http "Keycloak readiness" "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 60
}

cmd_stop() {
  if pid_alive "$KC_PIDFILE"; then
    stop_bg keycloak 60
    ok "Keycloak stopped"
  else
    rm -f "$KC_PIDFILE"
    if is_up; then log "Keycloak on :$KC_PORT was not started by this script; left running"
    else log "Keycloak is not running"; fi
  fi
}

cmd_status() {
  if is_up; then
    if pid_alive "$KC_PIDFILE"; then echo "up ($KC_ISSUER, pid $(cat "$KC_PIDFILE"), started by ops/keycloak.sh)"
    else echo "up ($KC_ISSUER, not started by ops/keycloak.sh)"; fi
  else
    echo "down"; return 1
  fi
}

cmd_token() {
  local user="${1:?usage: ops/keycloak.sh token USER [PASSWORD]}" pass="${2:-demo}"
  curl -fsS "$KC_ISSUER/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=euportal-cli -d username="$user" -d password="$pass" -d scope=openid |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  is-up) is_up ;;
  token) shift; cmd_token "$@" ;;
  *) echo "usage: $0 start|stop|status|is-up|token USER [PASSWORD]" >&2; exit 2 ;;
esac
