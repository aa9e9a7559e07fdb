#!/usr/bin/env bash
# Shared bootstrap for `npm start` and `npm test`: npm packages, PostgreSQL, Redis, SpamAssassin's spamd.
# Uses DATABASE_URL / REDIS_URL when they answer; else starts local servers; else installs
# Debian's postgresql / redis-server / spamassassin when root with apt; else stops with what to install or set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[valley] %s\n' "$*" >&2; }
die() { printf '[valley] ERROR: %s\n' "$*" >&2; exit 1; }

LOCAL_PG_URL_BASE="postgres://valley:valley@127.0.0.1:5432"
LOCAL_REDIS_URL="redis://127.0.0.1:6379"
LOCAL_SPAMD_URL="spamd://127.0.0.1:7830"
APT_UPDATED=""

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
apt_install() {
  can_apt || return 1
  if [ -z "$APT_UPDATED" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  say "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_deps() {
  command -v node >/dev/null || die "Node.js 20 is required (apt-get install nodejs, or see nodejs.org)."
  local stamp=node_modules/.valley-lock-hash want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >&2
    echo "$want" > "$stamp"
  fi
}

# ping pg|redis URL -> exit 0 when it answers
ping_url() { node scripts/ping.cjs "$1" "$2" 2>/dev/null; }

# The newest installed PostgreSQL server version (the client package alone has no bin/postgres).
pg_server_version() { ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sed -E 's#.*/postgresql/([0-9]+)/bin/postgres#\1#' | sort -n | tail -1; }

start_local_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_server_version)" ]; then
    apt_install postgresql postgresql-contrib || die "PostgreSQL is not installed and cannot be installed here: install Debian's 'postgresql' package, or set DATABASE_URL to a server that answers."
  fi
  # The cluster that listens on 5432: other clusters on other ports (a test's spare one) are left alone.
  local ver name
  read -r ver name _ < <(pg_lsclusters -h | awk '$3 == 5432' | head -1) || true
  if [ -z "${ver:-}" ]; then
    ver=$(pg_server_version)
    [ "$(id -u)" = 0 ] || die "no PostgreSQL cluster listens on port 5432; create one (pg_createcluster -p 5432 $ver main) or set DATABASE_URL."
    for name in main valley valley-5432; do pg_lsclusters -h | awk -v n="$name" '$2 == n' | grep -q . || break; done
    say "creating PostgreSQL cluster $ver/$name on port 5432"
    pg_createcluster -p 5432 "$ver" "$name" >/dev/null || die "could not create a PostgreSQL cluster on port 5432, or set DATABASE_URL."
  fi
  if ! pg_lsclusters -h | awk -v v="$ver" -v n="$name" '$1==v && $2==n && $4=="online"' | grep -q .; then
    say "starting PostgreSQL $ver/$name"
    pg_ctlcluster "$ver" "$name" start || die "could not start PostgreSQL $ver/$name (try: pg_ctlcluster $ver $name start), or set DATABASE_URL."
  fi
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 0.2; done
  die "PostgreSQL did not become ready on 127.0.0.1:5432"
}

# Creates the 'valley' role when we can act as the postgres superuser (root + peer auth).
ensure_local_role() {
  ping_url pg "$LOCAL_PG_URL_BASE/postgres" && return 0
  [ "$(id -u)" = 0 ] || die "cannot reach PostgreSQL as role 'valley'. As a superuser run: CREATE ROLE valley LOGIN CREATEDB PASSWORD 'valley'; or set DATABASE_URL."
  say "creating PostgreSQL role 'valley'"
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='valley') THEN CREATE ROLE valley LOGIN CREATEDB PASSWORD 'valley'; ELSE ALTER ROLE valley LOGIN CREATEDB PASSWORD 'valley'; END IF; END \$\$;" >/dev/null
}

# Backups need pg_dump and pg_restore of the server's major version (an older client refuses a newer server):
# Debian's postgresql-client-N where apt has it; else a warning (backups then fail, saying what to install).
ensure_pg_tools() {
  local major have
  major=$(node scripts/ping.cjs pg-major "$DATABASE_URL" 2>/dev/null) || return 0
  [ -x "/usr/lib/postgresql/$major/bin/pg_dump" ] && return 0
  have=$(pg_dump --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
  [ -n "$have" ] && [ "$have" -ge "$major" ] && return 0
  apt_install "postgresql-client-$major" 2>/dev/null && return 0
  say "WARNING: no pg_dump for PostgreSQL $major: backups will fail until postgresql-client-$major is installed (apt.postgresql.org) or PG_BIN_DIR is set"
}

# ensure_postgres DBNAME -> exports DATABASE_URL for that database
ensure_postgres() {
  local db=$1
  if [ -n "${DATABASE_URL:-}" ] && ping_url pg "$DATABASE_URL"; then
    if [ "${2:-}" = derive ]; then
      export DATABASE_URL="${DATABASE_URL%/*}/$db"
      node scripts/ensure-db.cjs "$DATABASE_URL" ${3:-} || die "could not create database $db on DATABASE_URL's server"
    fi
    ensure_pg_tools
    return 0
  fi
  [ -n "${DATABASE_URL:-}" ] && say "DATABASE_URL does not answer; using a local PostgreSQL instead"
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || start_local_postgres
  ensure_local_role
  export DATABASE_URL="$LOCAL_PG_URL_BASE/$db"
  node scripts/ensure-db.cjs "$DATABASE_URL" ${3:-} || die "could not create database $db"
  ensure_pg_tools
}

ensure_redis() {
  if [ -n "${REDIS_URL:-}" ] && ping_url redis "$REDIS_URL"; then return 0; fi
  [ -n "${REDIS_URL:-}" ] && say "REDIS_URL does not answer; using a local Redis instead"
  if ! ping_url redis "$LOCAL_REDIS_URL"; then
    if ! command -v redis-server >/dev/null 2>&1; then
      apt_install redis-server || die "Redis is not installed and cannot be installed here: install Debian's 'redis-server' package, or set REDIS_URL to a server that answers."
    fi
    say "starting Redis on 127.0.0.1:6379"
    # No snapshots: Redis only carries sessions, rate limits and jobs, which PostgreSQL can recreate, and a
    # server tied to no folder keeps working when a checkout is moved or removed.
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --maxmemory-policy noeviction \
      --save '' --appendonly no --dir "${TMPDIR:-/tmp}" --logfile "${TMPDIR:-/tmp}/valley-redis.log" >/dev/null \
      || die "could not start redis-server; start it yourself or set REDIS_URL."
    for _ in $(seq 1 50); do ping_url redis "$LOCAL_REDIS_URL" && break; sleep 0.1; done
    ping_url redis "$LOCAL_REDIS_URL" || die "Redis does not answer PING on 127.0.0.1:6379 (is something else on that port, or a Redis refusing writes? see ${TMPDIR:-/tmp}/valley-redis.log); restart it or set REDIS_URL."
  fi
  export REDIS_URL="${1:-$LOCAL_REDIS_URL}"
}

# SpamAssassin's spamd scores campaign content before anything is sent. Debian's service start is refused in
# containers, so it is started by hand on loopback: local tests only (-L: no network lookups), no per-user
# preferences (-x), a few children, and its Bayes classifier trained on the corpus's tuning part (bench/corpus/
# tuned; never on the held-out part). Its rules compile in a few seconds at first start.
BAYES_DIR=var/spamassassin
SPAMD_CF=(--cf="bayes_path $PWD/$BAYES_DIR/bayes" --cf="use_bayes 1" --cf="bayes_auto_learn 0"
  --cf="bayes_min_spam_num 50" --cf="bayes_min_ham_num 50" --cf="bayes_file_mode 0666" --cf="lock_method flock")

# Trains the Bayes database once per version of the tuning corpus (about 10 s); a stamp names that version.
train_bayes() {
  local want; want=$(cat bench/corpus/tuned/ham/*.eml bench/corpus/tuned/spam/*.eml | sha256sum | cut -d' ' -f1)
  [ "$(cat "$BAYES_DIR/trained" 2>/dev/null)" = "$want" ] && return 0
  say "training SpamAssassin's Bayes classifier on bench/corpus/tuned"
  rm -rf "$BAYES_DIR" && mkdir -p "$BAYES_DIR" && chmod 0777 "$BAYES_DIR"
  sa-learn "${SPAMD_CF[@]}" --no-sync --spam bench/corpus/tuned/spam >/dev/null &&
    sa-learn "${SPAMD_CF[@]}" --no-sync --ham bench/corpus/tuned/ham >/dev/null &&
    sa-learn "${SPAMD_CF[@]}" --sync >/dev/null || die "sa-learn could not train the Bayes database in $BAYES_DIR"
  chmod 0666 "$BAYES_DIR"/bayes_* 2>/dev/null
  echo "$want" > "$BAYES_DIR/trained"
  # a running spamd reads the new database at its next message; nothing to restart
}

ensure_spamd() {
  if [ -n "${SPAMD_URL:-}" ] && ping_url spamd "$SPAMD_URL"; then return 0; fi
  [ -n "${SPAMD_URL:-}" ] && say "SPAMD_URL does not answer; using a local spamd instead"
  if ! command -v spamd >/dev/null 2>&1 && [ ! -x /usr/sbin/spamd ]; then
    apt_install spamassassin || die "SpamAssassin is not installed and cannot be installed here: install Debian's 'spamassassin' package, or set SPAMD_URL to a spamd that answers."
  fi
  train_bayes
  if ! ping_url spamd "$LOCAL_SPAMD_URL"; then
    local spamd_bin; spamd_bin=$(command -v spamd || echo /usr/sbin/spamd)
    local user_opt=(); [ "$(id -u)" = 0 ] && user_opt=(-u nobody)
    say "starting spamd on 127.0.0.1:7830"
    "$spamd_bin" -d --listen=127.0.0.1:7830 -L -x -m 3 "${user_opt[@]}" "${SPAMD_CF[@]}" \
      --pidfile="${TMPDIR:-/tmp}/valley-spamd.pid" -s "${TMPDIR:-/tmp}/valley-spamd.log" \
      || die "could not start spamd (see ${TMPDIR:-/tmp}/valley-spamd.log); start it yourself or set SPAMD_URL."
    for _ in $(seq 1 120); do ping_url spamd "$LOCAL_SPAMD_URL" && break; sleep 0.5; done
    ping_url spamd "$LOCAL_SPAMD_URL" || die "spamd does not answer on 127.0.0.1:7830 (see ${TMPDIR:-/tmp}/valley-spamd.log); start it yourself or set SPAMD_URL."
  fi
  export SPAMD_URL="$LOCAL_SPAMD_URL"
}
