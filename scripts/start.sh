#!/usr/bin/env bash
# `npm start`: bring up everything the portal needs, then run web and worker together.
source "$(dirname "$0")/lib.sh"
ensure_deps
ensure_postgres "${PGDATABASE_NAME:-valley_dev}"
ensure_redis
export NODE_ENV="${NODE_ENV:-development}"
node_modules/.bin/tsx src/cli/index.ts migrate
node_modules/.bin/tsx src/cli/index.ts bootstrap
pids=()
node_modules/.bin/tsx src/server.ts & pids+=($!)
node_modules/.bin/tsx workers/index.ts & pids+=($!)
trap 'kill -TERM "${pids[@]}" 2>/dev/null; wait' INT TERM
wait -n "${pids[@]}"; status=$?
kill -TERM "${pids[@]}" 2>/dev/null; wait
exit $status
