#!/usr/bin/env bash
# `npm start`: bring up everything the portal needs, then run web and worker together.
source "$(dirname "$0")/lib.sh"
ensure_deps
ensure_postgres "${PGDATABASE_NAME:-valley_dev}"
ensure_redis
ensure_spamd
export NODE_ENV="${NODE_ENV:-development}"
# The servers in use, for the CLI and any other process started here without exports (read by src/platform/config.ts).
mkdir -p "${VAR_DIR:-var}"
node -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL, SPAMD_URL: process.env.SPAMD_URL }, null, 2) + "\n", { mode: 0o600 })' "${VAR_DIR:-var}/services.json"
node_modules/.bin/tsx src/cli/index.ts migrate
node_modules/.bin/tsx src/cli/index.ts bootstrap
pids=()
# exactly the Procfile's two lines (the web process's heap limits among them), as a Procfile platform runs them
for kind in web worker; do
  line=$(sed -n "s/^$kind: //p" Procfile)
  [ -n "$line" ] || die "Procfile has no $kind: line"
  (eval "exec env $line") & pids+=($!)
done
trap 'kill -TERM "${pids[@]}" 2>/dev/null; wait' INT TERM
wait -n "${pids[@]}"; status=$?
kill -TERM "${pids[@]}" 2>/dev/null; wait
exit $status
