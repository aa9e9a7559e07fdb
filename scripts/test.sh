#!/usr/bin/env bash
# `npm test`: bring up services and a separate test database, typecheck, then run the whole suite.
source "$(dirname "$0")/lib.sh"
ensure_deps
# A fresh test database every run: hermetic, and the append-only audit chain starts empty.
# VALLEY_TEST_DB / VALLEY_TEST_REDIS_DB let two suites run side by side on one machine.
ensure_postgres "${VALLEY_TEST_DB:-valley_test}" derive --recreate
ensure_redis
# Tests use their own Redis database index so a developer's sessions and queues stay untouched.
REDIS_URL=$(printf %s "$REDIS_URL" | sed -E 's#^(rediss?://[^/]+)(/[0-9]*)?$#\1/'"${VALLEY_TEST_REDIS_DB:-15}"'#'); export REDIS_URL
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  apt_install chromium || die "headless Chromium is needed for browser tests: install Debian's 'chromium' package or set CHROMIUM_PATH."
fi
export NODE_ENV=test
node_modules/.bin/tsx src/cli/index.ts migrate
say "typecheck"
node_modules/.bin/tsc --noEmit -p .
exec node_modules/.bin/mocha "$@"
