# shellcheck shell=bash
# Shared helpers for ops/*.sh. Source it; do not run it.
# Everything that runs is started in its own process group (setsid) with a pid file,
# so that stopping it kills exactly what we started and nothing else.

OPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$OPS_DIR/.." && pwd)"
WORK_DIR="${EUPORTAL_WORK_DIR:-$OPS_DIR/.work}"
LOG_DIR="$WORK_DIR/logs"
RUN_DIR="$WORK_DIR/run"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/euportal"
mkdir -p "$LOG_DIR" "$RUN_DIR" "$CACHE_DIR"

# shellcheck disable=SC2034 # used by the scripts that source this file
KC_VERSION="26.7.3"
KC_PORT="${KC_PORT:-8180}"
# shellcheck disable=SC2034
KC_MGMT_PORT="${KC_MGMT_PORT:-9000}"
KC_REALM="euportal"
KC_ISSUER="http://localhost:${KC_PORT}/realms/${KC_REALM}"

if [[ -t 1 ]]; then _B=$'\e[1m'; _R=$'\e[31m'; _G=$'\e[32m'; _Y=$'\e[33m'; _N=$'\e[0m'; else _B=; _R=; _G=; _Y=; _N=; fi
# Messages go to stderr and never fail (a closed output pipe must not stop a cleanup).
log()  { printf '%s[%s]%s %s\n' "$_B" "$(date +%H:%M:%S)" "$_N" "$*" >&2 2>/dev/null || true; }
ok()   { printf '%s[%s] %s%s\n' "$_G" "$(date +%H:%M:%S)" "$*" "$_N" >&2 2>/dev/null || true; }
warn() { printf '%s[%s] WARNING: %s%s\n' "$_Y" "$(date +%H:%M:%S)" "$*" "$_N" >&2 2>/dev/null || true; }
die()  { printf '%s[%s] ERROR: %s%s\n' "$_R" "$(date +%H:%M:%S)" "$*" "$_N" >&2 2>/dev/null || true; exit 1; }

# http_ok URL: true when URL answers 2xx.
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }

# port_busy PORT: true when something listens on 127.0.0.1:PORT (or [::1]:PORT).
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null && return 0
  return 1
}

# pid_alive PIDFILE
pid_alive() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1" 2>/dev/null)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

# start_bg NAME LOGFILE CMD... : start CMD in its own session/process group, in the
# background, stdout+stderr to LOGFILE; pid (= process group id) to $RUN_DIR/NAME.pid.
# NAME is appended to STARTED, so a caller stops only what it started itself.
STARTED=()
start_bg() {
  local name="$1" logfile="$2"; shift 2
  : >"$logfile"
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
  STARTED+=("$name")
}

# stop_started: stop, newest first, every process this shell started with start_bg.
stop_started() {
  local i
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    stop_bg "${STARTED[i]}" 30
  done
  STARTED=()
}

# stop_bg NAME [TIMEOUT]: TERM the process group from NAME.pid, KILL after TIMEOUT s.
stop_bg() {
  local name="$1" timeout="${2:-30}" pidfile="$RUN_DIR/$1.pid" pid i
  [[ -f "$pidfile" ]] || return 0
  pid="$(cat "$pidfile" 2>/dev/null)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pgid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 4; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      warn "$name did not stop in ${timeout}s, killing"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

# wait_http NAME URL TIMEOUT [PIDNAME] [LOGFILE]: poll URL until 2xx. Fails early when the
# process in PIDNAME.pid dies; prints the tail of LOGFILE on failure.
wait_http() {
  local name="$1" url="$2" timeout="$3" pidname="${4:-}" logfile="${5:-}" start=$SECONDS
  log "waiting for $name at $url (up to ${timeout}s)"
  while ! http_ok "$url"; do
    if [[ -n "$pidname" ]] && ! pid_alive "$RUN_DIR/$pidname.pid"; then
      [[ -n "$logfile" ]] && tail_log "$logfile"
      die "$name exited before it was ready (log: $logfile)"
    fi
    if ((SECONDS - start >= timeout)); then
      [[ -n "$logfile" ]] && tail_log "$logfile"
      die "$name not ready after ${timeout}s (log: $logfile)"
    fi
    sleep 1
  done
  ok "$name ready after $((SECONDS - start))s"
}

tail_log() {
  local f="$1" n="${2:-60}"
  [[ -f "$f" ]] || return 0
  printf '%s----- last %s lines of %s -----%s\n' "$_B" "$n" "$f" "$_N" >&2
  tail -n "$n" "$f" >&2
  printf '%s----- end of %s -----%s\n' "$_B" "$f" "$_N" >&2
}

# check_port_owner NAME PORT: after a health check succeeded, make sure the process that
# listens on PORT is ours (process group from NAME.pid), not something started meanwhile.
check_port_owner() {
  local name="$1" port="$2" pgid pids p
  command -v ss >/dev/null || return 0
  pgid="$(cat "$RUN_DIR/$name.pid" 2>/dev/null)"
  pids="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u)"
  [[ -n "$pids" ]] || return 0
  for p in $pids; do
    [[ "$(ps -o pgid= -p "$p" 2>/dev/null | tr -d ' ')" == "$pgid" ]] && return 0
  done
  tail_log "$LOG_DIR/$name.log" 20
  die "port $port answers, but not from the $name we started (pid(s) $pids there); is another run using it?"
}

# ---------------------------------------------------------------- PostgreSQL
# Two roles (docs/decisions/0005-database-roles.md): DB_OWNER_USER / DB_OWNER_PASSWORD (postgres) owns the
# schema: it creates the databases, the backend's Flyway migrates as it, and every psql of these scripts uses it.
# DB_USER / DB_PASSWORD (euportal_app) is the runtime role the backend's pool connects as: it may not rewrite
# history. ensure_db creates it when missing (ops/db-roles.sql).
DB_OWNER_USER="${DB_OWNER_USER:-postgres}"
DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-}"
DB_USER="${DB_USER:-euportal_app}"
DB_PASSWORD="${DB_PASSWORD:-}"
export DB_OWNER_USER DB_OWNER_PASSWORD DB_USER DB_PASSWORD

# parse_db_url JDBC_URL: sets DB_HOST DB_PORT DB_NAME from jdbc:postgresql://host[:port]/name[?…]
parse_db_url() {
  local url="$1" rest hostport
  [[ "$url" == jdbc:postgresql://* ]] || die "DB_URL must look like jdbc:postgresql://host[:port]/name, got: $url"
  rest="${url#jdbc:postgresql://}"
  hostport="${rest%%/*}"
  DB_NAME="${rest#*/}"
  DB_NAME="${DB_NAME%%\?*}"
  DB_HOST="${hostport%%:*}"
  if [[ "$hostport" == *:* ]]; then DB_PORT="${hostport##*:}"; else DB_PORT=5432; fi
  [[ -n "$DB_HOST" && -n "$DB_NAME" ]] || die "cannot parse DB_URL: $url"
}

# db_psql SQL: run SQL against the maintenance DB "postgres" of DB_HOST/DB_PORT as the owner DB_OWNER_USER.
db_psql() {
  PGPASSWORD="$DB_OWNER_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 \
    -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d postgres -tAc "$1"
}

# ensure_runtime_role: create the runtime role DB_USER when missing (ops/db-roles.sql); DB_PASSWORD, when set,
# becomes its password. Needs DB_HOST/DB_PORT (parse_db_url).
ensure_runtime_role() {
  [[ "$DB_USER" == "$DB_OWNER_USER" ]] && {
    warn "DB_USER is the owner $DB_OWNER_USER: the backend could rewrite history (set DB_USER to a runtime role)"
    return 0
  }
  PGPASSWORD="$DB_OWNER_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" \
    -U "$DB_OWNER_USER" -d postgres -v runtime_role="$DB_USER" -v runtime_password="$DB_PASSWORD" \
    -f "$OPS_DIR/db-roles.sql" >/dev/null || die "cannot create the runtime role $DB_USER (see above)"
}

# ensure_db JDBC_URL: create the runtime role and the database if they do not exist (never drops anything).
ensure_db() {
  parse_db_url "$1"
  command -v psql >/dev/null || die "psql not found (apt-get install -y postgresql-client)"
  db_psql 'select 1' >/dev/null 2>&1 ||
    die "PostgreSQL at $DB_HOST:$DB_PORT does not answer for user $DB_OWNER_USER (start it: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)"
  ensure_runtime_role
  if [[ "$(db_psql "select 1 from pg_database where datname = '${DB_NAME//\'/\'\'}'")" != 1 ]]; then
    log "creating database $DB_NAME on $DB_HOST:$DB_PORT"
    db_psql "create database \"${DB_NAME//\"/\"\"}\"" >/dev/null
  else
    log "database $DB_NAME exists on $DB_HOST:$DB_PORT (data kept)"
  fi
}

# drop_db JDBC_URL
drop_db() {
  parse_db_url "$1"
  log "dropping database $DB_NAME"
  db_psql "drop database if exists \"${DB_NAME//\"/\"\"}\" with (force)" >/dev/null || warn "could not drop $DB_NAME"
}

# ---------------------------------------------------------------- builds
BACKEND_JAR="$ROOT_DIR/backend/target/quarkus-app/quarkus-run.jar"

# newer_than REF PATH...: true when any file under PATH... is newer than REF (or REF missing).
newer_than() {
  local ref="$1"; shift
  [[ -e "$ref" ]] || return 0
  local p
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    if [[ -n "$(find "$p" -newer "$ref" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]]; then
      return 0
    fi
  done
  return 1
}

# build_backend_if_needed: package the backend when the jar is missing or sources changed.
build_backend_if_needed() {
  [[ -f "$ROOT_DIR/backend/pom.xml" ]] || die "backend/pom.xml not found"
  if newer_than "$BACKEND_JAR" "$ROOT_DIR/backend/src/main" "$ROOT_DIR/backend/pom.xml"; then
    log "building backend (./mvnw -B -q package -DskipTests)"
    local t=$SECONDS
    (cd "$ROOT_DIR/backend" && ./mvnw -B -q package -DskipTests) || die "backend build failed (see above)"
    ok "backend built in $((SECONDS - t))s"
  else
    log "backend jar is up to date"
  fi
}

# build_frontend_if_needed: npm ci when node_modules is stale; npm run build when dist is stale.
build_frontend_if_needed() {
  local fe="$ROOT_DIR/frontend" t
  [[ -f "$fe/package.json" ]] || die "frontend/package.json not found"
  if [[ ! -d "$fe/node_modules" ]] || newer_than "$fe/node_modules/.package-lock.json" "$fe/package-lock.json" "$fe/package.json"; then
    log "installing frontend dependencies (npm ci)"
    t=$SECONDS
    (cd "$fe" && npm ci --no-audit --no-fund) || die "npm ci failed (see above)"
    ok "npm ci done in $((SECONDS - t))s"
  fi
  local srcs=("$fe/src" "$fe/index.html" "$fe/public" "$fe/package.json" "$fe/vite.config.ts" "$ROOT_DIR/openapi.yaml")
  if [[ ! -f "$fe/dist/index.html" ]] || newer_than "$fe/dist/index.html" "${srcs[@]}"; then
    log "building frontend (npm run build)"
    t=$SECONDS
    (cd "$fe" && npm run build) || die "frontend build failed (see above)"
    ok "frontend built in $((SECONDS - t))s"
  else
    log "frontend dist is up to date"
  fi
}

# ---------------------------------------------------------------- processes
# java_major JAVA: prints the major version (8 for 1.8) or nothing.
java_major() {
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1)"
  v="${v#1.}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v"
}

# find_java21: JAVA_HOME when it is >= 21, else the newest >= 21 under /usr/lib/jvm (or KC_JAVA_SEARCH). Keycloak
# needs one (ops/setup.sh installs openjdk-21 when none is there) and the backend runs on it (start_backend).
find_java21() {
  local j m best="" bestm=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    m="$(java_major "$JAVA_HOME/bin/java" || true)"
    if [[ -n "$m" ]] && ((m >= 21)); then echo "$JAVA_HOME"; return 0; fi
  fi
  local d
  for d in ${KC_JAVA_SEARCH:-/usr/lib/jvm/* /opt/java/* /opt/*jdk*}; do
    j="$d/bin/java"
    [[ -x "$j" ]] || continue
    m="$(java_major "$j" || true)"
    if [[ -n "$m" ]] && ((m >= 21 && m > bestm)); then best="$(dirname "$(dirname "$j")")"; bestm=$m; fi
  done
  [[ -n "$best" ]] || return 1
  echo "$best"
}

# backend_java: the java the backend runs on: BACKEND_JAVA_HOME's, else the newest >= 21 (find_java21),
# else JAVA_HOME's or the default one. The jar is built for 17 and runs on either; on 25 the same
# requests cost less CPU than on 17 (docs/performance.md, "Issue 15's fourth round").
backend_java() {
  local home="${BACKEND_JAVA_HOME:-}"
  [[ -n "$home" ]] || home="$(find_java21 || true)"
  [[ -n "$home" ]] || home="${JAVA_HOME:-}"
  if [[ -n "$home" && -x "$home/bin/java" ]]; then echo "$home/bin/java"; else echo java; fi
}

# backend_jvm_options JAVA: the garbage collector and header layout measured fastest for the backend:
# the parallel collector (a 512 MB heap is collected in milliseconds; G1's write barriers cost every
# request) and, from Java 25, compact object headers (smaller objects, fewer collections).
# BACKEND_JVM_DEFAULTS replaces them (e.g. "-XX:+UseG1GC" to compare).
backend_jvm_options() {
  local opts="-XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError" m
  m="$(java_major "$1" || true)"
  [[ -n "$m" ]] && ((m >= 25)) && opts+=" -XX:+UseCompactObjectHeaders"
  echo "${BACKEND_JVM_DEFAULTS-$opts}"
}

# start_backend NAME PORT JDBC_URL: start the packaged backend with DEMO_DATA=true (unless set) and a
# bounded heap (BACKEND_HEAP, 512m: every benchmark passes inside it; the JVM's default is a quarter of
# the machine). Its metrics are on the management port MANAGEMENT_PORT (default PORT + 1000:
# http://localhost:9080/q/metrics for make run); its log is text (LOG_JSON=true for the production JSON lines).
# Both ports listen on 127.0.0.1 only (HTTP_HOST, MANAGEMENT_HOST): a developer's demo data, with its demo
# users, is not for the network the machine is on.
start_backend() {
  local name="$1" port="$2" url="$3" java
  local management="${MANAGEMENT_PORT:-$((port + 1000))}"
  port_busy "$port" && die "port $port is already in use; stop what runs there first"
  port_busy "$management" && die "port $management (the backend's metrics) is already in use; stop what runs there first or set MANAGEMENT_PORT"
  java="$(backend_java)"
  local -a jvm=()
  read -r -a jvm <<<"$(backend_jvm_options "$java")"
  # Also on a database kept from an earlier run (the benchmarks' scale data): the pool's role must exist.
  (parse_db_url "$url" && ensure_runtime_role) || die "cannot create the runtime role $DB_USER for $url"
  log "starting backend on :$port (DB $url, log $LOG_DIR/$name.log)"
  start_bg "$name" "$LOG_DIR/$name.log" env \
    DB_URL="$url" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    DB_OWNER_USER="$DB_OWNER_USER" DB_OWNER_PASSWORD="$DB_OWNER_PASSWORD" \
    OIDC_URL="${OIDC_URL:-$KC_ISSUER}" HTTP_PORT="$port" DEMO_DATA="${DEMO_DATA:-true}" \
    HTTP_HOST="${HTTP_HOST:-127.0.0.1}" MANAGEMENT_PORT="$management" MANAGEMENT_HOST="${MANAGEMENT_HOST:-127.0.0.1}" \
    LOG_JSON="${LOG_JSON:-false}" \
    MAIL_HOST="${MAIL_HOST:-127.0.0.1}" MAIL_PORT="${MAIL_PORT:-1025}" MAIL_MOCK="${MAIL_MOCK:-false}" \
    CLAMAV_ENABLED="${CLAMAV_ENABLED:-true}" CLAMAV_HOST="${CLAMAV_HOST:-127.0.0.1}" CLAMAV_PORT="${CLAMAV_PORT:-3310}" \
    "$java" -Xmx"${BACKEND_HEAP:-512m}" "${jvm[@]}" ${BACKEND_JAVA_OPTS:-} -jar "$BACKEND_JAR"
  wait_http "backend" "http://localhost:$port/q/health/ready" "${BACKEND_TIMEOUT:-120}" "$name" "$LOG_DIR/$name.log"
  check_port_owner "$name" "$port"
}

# start_maildev NAME SMTP_PORT WEB_PORT: the local SMTP catcher (ops/maildev, npm ci when stale);
# the backend's e-mail is readable on http://localhost:WEB_PORT.
start_maildev() {
  local name="$1" smtp="$2" web="$3" dir="$OPS_DIR/maildev"
  port_busy "$smtp" && die "port $smtp (SMTP) is already in use; stop what runs there first or set MAIL_PORT"
  port_busy "$web" && die "port $web (mail web UI) is already in use; stop what runs there first or set MAILDEV_WEB_PORT"
  if [[ ! -d "$dir/node_modules" ]] || newer_than "$dir/node_modules/.package-lock.json" "$dir/package-lock.json"; then
    log "installing maildev (npm ci in ops/maildev)"
    (cd "$dir" && npm ci --no-audit --no-fund) || die "npm ci in ops/maildev failed (see above)"
  fi
  log "starting maildev: SMTP :$smtp, inbox http://localhost:$web (log $LOG_DIR/$name.log)"
  start_bg "$name" "$LOG_DIR/$name.log" "$dir/node_modules/.bin/maildev" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    --smtp "$smtp" --web "$web"
  wait_http "maildev" "http://localhost:$web/healthz" 30 "$name" "$LOG_DIR/$name.log"
}

# start_clamd NAME PORT: the virus scanner the backend sends every upload to (Debian's clamd, installed by
# ops/setup.sh) on 127.0.0.1:PORT, with the repository's EICAR-only test signatures (ops/clamav): nothing can
# be downloaded here. Production's clamd reads freshclam's database instead (docs/operations.md, "Virus scan").
start_clamd() {
  local name="$1" port="$2" dir="$WORK_DIR/$1" clamd="${CLAMD:-/usr/sbin/clamd}" start=$SECONDS
  [[ -x "$clamd" ]] || die "$clamd is missing: ops/setup.sh installs it (Debian's clamav-daemon)"
  port_busy "$port" && die "port $port (clamd) is already in use; stop what runs there first or set CLAMAV_PORT"
  mkdir -p "$dir"
  sed -e "s#@PORT@#$port#" -e "s#@DATABASE@#$OPS_DIR/clamav/test-signatures#" -e "s#@WORK@#$dir#" \
    "$OPS_DIR/clamav/clamd.conf.template" >"$dir/clamd.conf"
  log "starting clamd on 127.0.0.1:$port with the test signatures (log $LOG_DIR/$name.log)"
  start_bg "$name" "$LOG_DIR/$name.log" "$clamd" -c "$dir/clamd.conf"
  until clamd_answers "$port"; do
    if ! pid_alive "$RUN_DIR/$name.pid"; then
      tail_log "$LOG_DIR/$name.log" 30
      die "clamd exited before it was ready (log: $LOG_DIR/$name.log)"
    fi
    ((SECONDS - start >= 30)) && { tail_log "$LOG_DIR/$name.log" 30; die "clamd not ready after 30s"; }
    sleep 0.2
  done
  ok "clamd ready after $((SECONDS - start))s"
  check_port_owner "$name" "$port"
}

# clamd_answers PORT: true when clamd on 127.0.0.1:PORT answers PING with PONG.
clamd_answers() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "zPING\0" >&3 && IFS= read -r -d "" reply <&3 &&
    [[ "$reply" == PONG ]]' _ "$1" 2>/dev/null
}

# start_frontend NAME PORT API_TARGET: serve frontend/dist with vite preview, /api proxied.
start_frontend() {
  local name="$1" port="$2" target="$3" vite="$ROOT_DIR/frontend/node_modules/.bin/vite"
  port_busy "$port" && die "port $port is already in use; stop what runs there first"
  [[ -x "$vite" ]] || die "vite not installed in frontend/node_modules"
  log "starting vite preview on :$port (API_PROXY_TARGET=$target, log $LOG_DIR/$name.log)"
  start_bg "$name" "$LOG_DIR/$name.log" env -C "$ROOT_DIR/frontend" API_PROXY_TARGET="$target" \
    KEYCLOAK_ORIGIN="http://localhost:$KC_PORT" \
    "$vite" preview --port "$port" --strictPort
  wait_http "frontend" "http://localhost:$port/" "${FRONTEND_TIMEOUT:-60}" "$name" "$LOG_DIR/$name.log"
  check_port_owner "$name" "$port"
}
