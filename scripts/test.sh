#!/usr/bin/env bash
# `npm test`: bring up services and a separate test database, typecheck, lint, then run the test tiers (unit,
# integration, faults, abuse, browser), each with its own mocha configuration, and close with their total.
# `bash scripts/test.sh faults abuse` runs only the tiers named (npm run test:faults, npm run test:abuse), without
# the typecheck and lint.
source "$(dirname "$0")/lib.sh"
tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=(unit integration faults abuse browser)
for tier in "${tiers[@]}"; do [ -f "test/$tier/.mocharc.json" ] || die "no test tier '$tier' (test/$tier/.mocharc.json)"; done
ensure_deps
# A fresh test database every run: hermetic, and the append-only audit chain starts empty.
# VALLEY_TEST_DB / VALLEY_TEST_REDIS_DB let two suites run side by side on one machine.
ensure_postgres "${VALLEY_TEST_DB:-valley_test}" derive --recreate
ensure_redis
ensure_spamd
# Tests use their own Redis database index so a developer's sessions and queues stay untouched.
REDIS_URL=$(printf %s "$REDIS_URL" | sed -E 's#^(rediss?://[^/]+)(/[0-9]*)?$#\1/'"${VALLEY_TEST_REDIS_DB:-15}"'#'); export REDIS_URL
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  apt_install chromium || die "headless Chromium is needed for browser tests: install Debian's 'chromium' package or set CHROMIUM_PATH."
fi
export NODE_ENV=test
node_modules/.bin/tsx src/cli/index.ts migrate
if [ $# -eq 0 ]; then
  say "typecheck"
  node_modules/.bin/tsc --noEmit -p .
  say "lint"
  node_modules/.bin/eslint . --max-warnings 0
  node_modules/.bin/prettier --check . > /dev/null || die "some files are not formatted: run npm run format"
fi

summary=$(mktemp)
status=0
for tier in "${tiers[@]}"; do
  say "tests: $tier"
  before=$(wc -l < "$summary")
  VALLEY_TEST_SUMMARY=$summary node_modules/.bin/mocha --config "test/$tier/.mocharc.json" || status=1
  # A tier that stopped before reporting (its set-up failed) counts as one failure.
  if [ "$(wc -l < "$summary")" -eq "$before" ]; then echo "0 1 0" >> "$summary"; status=1; fi
done
read -r passed failed skipped < <(awk '{ p += $1; f += $2; k += $3 } END { print p + 0, f + 0, k + 0 }' "$summary")
rm -f "$summary"
printf '\ntests: %s passed, %s failed%s\n' "$passed" "$failed" "$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
exit "$status"
