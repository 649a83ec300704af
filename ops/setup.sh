#!/usr/bin/env bash
# One idempotent set-up step that `make run`, `make test` and `.ci/run` call first:
#   - installs what the machine lacks from Debian's packages (apt-get when root; otherwise it
#     prints the one command to run and stops): chromium + chromium-driver (browser tests),
#     poppler-utils (PDFs read as pages), unzip, curl, openssl, postgresql-client, postgresql
#     (when no cluster exists), maven and nodejs/npm when missing;
#   - checks that a Java >= 21 exists for Keycloak;
#   - starts PostgreSQL when it is installed but down, and checks that 127.0.0.1:5432 answers;
#   - installs the operations checks' tools (make test-ops): promtool (Debian's prometheus) and kubectl
#     (Debian's kubernetes-client, when no kubectl exists), without recommended packages;
#   - installs the virus scanner clamd (Debian's clamav-daemon) that the backend's tests and
#     `make run` start themselves with the repository's own test signatures; the package's own
#     services (clamav-daemon, clamav-freshclam) are kept from starting: they would look for a
#     signature database that cannot be downloaded here.
# When nothing is missing it only checks (well under a second plus PostgreSQL's answer).
# SETUP_SKIP_BROWSER=1 leaves chromium out (for `make run` on a server that runs no browser tests).
set -euo pipefail

CHROME="${CHROME_PATH:-/usr/bin/chromium}"
PG_HOST=127.0.0.1 PG_PORT=5432

say() { printf '[setup] %s\n' "$*" >&2; }

missing_packages() {
  local pkgs=()
  if [[ "${SETUP_SKIP_BROWSER:-0}" != 1 ]]; then
    [[ -x "$CHROME" ]] || pkgs+=(chromium)
    command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
  fi
  command -v pdftoppm >/dev/null || pkgs+=(poppler-utils)
  command -v unzip >/dev/null || pkgs+=(unzip)
  command -v curl >/dev/null || pkgs+=(curl)
  command -v openssl >/dev/null || pkgs+=(openssl)
  command -v psql >/dev/null || pkgs+=(postgresql-client)
  [[ -d /etc/postgresql ]] || pkgs+=(postgresql)
  command -v mvn >/dev/null || pkgs+=(maven)
  command -v node >/dev/null || pkgs+=(nodejs npm)
  echo "${pkgs[@]}"
}

install_packages() {
  local pkgs
  read -r -a pkgs <<<"$(missing_packages)"
  ((${#pkgs[@]})) || return 0
  if ((EUID != 0)); then
    say "missing: ${pkgs[*]}"
    say "run this once, then the same make command again:"
    say "  sudo apt-get update && sudo apt-get install -y ${pkgs[*]}"
    exit 1
  fi
  local fresh_pg=0
  [[ -d /etc/postgresql ]] || fresh_pg=1
  say "installing: ${pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
  ((fresh_pg)) && trust_loopback
  return 0
}

# A PostgreSQL this script installed asks for a password over TCP; a machine of this project's
# kind lets the local user `postgres` in on loopback without one (trust), so make it so.
trust_loopback() {
  local v hba
  v="$(ls /etc/postgresql | sort -V | tail -1)"
  hba="/etc/postgresql/$v/main/pg_hba.conf"
  if ! grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
    say "PostgreSQL $v was installed here: letting user postgres in on loopback without a password ($hba)"
    sed -i '1i host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$v" main reload 2>/dev/null || true
  fi
}

java_for_keycloak() {
  local j
  for j in ${JAVA_HOME:+$JAVA_HOME} /usr/lib/jvm/*; do
    [[ -x "$j/bin/java" ]] || continue
    if "$j/bin/java" -XshowSettings:properties -version 2>&1 |
      awk -F' = ' '/java.specification.version/ { exit !($2 + 0 >= 21) }'; then return 0; fi
  done
  if ((EUID == 0)); then
    say "no Java >= 21 found for Keycloak: installing openjdk-21-jre-headless"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jre-headless >/dev/null 2>&1 ||
      { say "could not install a Java >= 21; install one under /usr/lib/jvm (Keycloak needs it)"; exit 1; }
  else
    say "no Java >= 21 found (Keycloak needs one): sudo apt-get install -y openjdk-21-jre-headless"
    exit 1
  fi
}

start_postgres() {
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null && return 0
  local v
  v="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
  [[ -n "$v" ]] || { say "PostgreSQL is not installed and does not answer on $PG_HOST:$PG_PORT"; exit 1; }
  say "starting PostgreSQL $v"
  if ((EUID == 0)); then
    pg_ctlcluster --skip-systemctl-redirect "$v" main start
  else
    say "PostgreSQL is down: run  sudo pg_ctlcluster --skip-systemctl-redirect $v main start"
    exit 1
  fi
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && return 0; sleep 1; done
  say "PostgreSQL did not answer on $PG_HOST:$PG_PORT after 30 s"
  exit 1
}

check_postgres_login() {
  [[ -n "${DB_URL:-}" && "${DB_URL}" != *"//127.0.0.1:5432/"* ]] && return 0 # someone else's server
  if ! PGPASSWORD="${DB_OWNER_PASSWORD:-}" psql -X -h "$PG_HOST" -p "$PG_PORT" -U "${DB_OWNER_USER:-postgres}" -d postgres \
    -tAc 'select 1' >/dev/null 2>&1 </dev/null; then
    say "PostgreSQL answers but refuses the owner ${DB_OWNER_USER:-postgres} on $PG_HOST:$PG_PORT without a password:"
    say "set DB_OWNER_PASSWORD (and TEST_DB_PASSWORD for the backend tests), or allow loopback trust in pg_hba.conf"
    exit 1
  fi
}

# promtool and kubectl for `make test-ops`; the prometheus package's own server is not wanted running
# (ops/prometheus-check.sh starts one of its own when asked).
ops_tools() {
  local pkgs=()
  command -v promtool >/dev/null || pkgs+=(prometheus)
  command -v kubectl >/dev/null || pkgs+=(kubernetes-client)
  ((${#pkgs[@]})) || return 0
  if ((EUID != 0)); then
    say "missing for make test-ops: ${pkgs[*]}"
    say "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs[*]}"
    exit 1
  fi
  say "installing: ${pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  if command -v systemctl >/dev/null && systemctl is-active -q prometheus 2>/dev/null; then
    systemctl disable --now prometheus >/dev/null 2>&1 || true
  fi
}

# clamd for the upload scan (docs/security.md). The package's postinst would start clamd and the
# freshclam daemon; a temporary policy-rc.d (Debian's way to say "start no services now") keeps them
# down, and where systemd runs they are disabled, so only the clamd we start ourselves runs.
clamav() {
  [[ -x /usr/sbin/clamd ]] && return 0
  if ((EUID != 0)); then
    say "missing for the upload scan: clamav-daemon"
    say "  sudo apt-get update && sudo apt-get install -y --no-install-recommends clamav-daemon"
    exit 1
  fi
  say "installing: clamav-daemon (its own services stay off)"
  local policy=/usr/sbin/policy-rc.d ours=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && ours=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null ||
    { ((ours)) && rm -f "$policy"; say "could not install clamav-daemon"; exit 1; }
  ((ours)) && rm -f "$policy"
  if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
    systemctl disable --now clamav-daemon clamav-daemon.socket clamav-freshclam >/dev/null 2>&1 || true
  fi
  return 0
}

install_packages
ops_tools
clamav
java_for_keycloak
start_postgres
check_postgres_login
say "ready: $(node -v 2>/dev/null), $(java -version 2>&1 | head -1), $(psql --version), $("$CHROME" --version 2>/dev/null || echo 'no chromium'), $(/usr/sbin/clamd --version 2>/dev/null)"
