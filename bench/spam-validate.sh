#!/usr/bin/env bash
# The spam scorer on the tuned part's validation split (see bench/spam.ts): trains a Bayes database of its own on
# the split's training three quarters (redone only when those messages change), starts a spamd of its own on it
# (VALIDATE_PORT, default 7833; a spamd already answering there is used only if this script started it on the same
# Bayes database, else the script stops: another checkout's or another user's spamd is never scored against), and
# scores both sides of the split. The validation rows are the figures to tune against. Arguments go to
# bench/spam.ts (e.g. --misses). Stop the spamd with: kill "$(cat "$VALIDATE_PIDFILE")".
#   bash bench/spam-validate.sh [--misses]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${VALIDATE_PORT:-7833}
BAYES=$PWD/${VALIDATE_BAYES_DIR:-var/spamassassin-validate}
PIDFILE=${VALIDATE_PIDFILE:-${TMPDIR:-/tmp}/valley-spamd-validate-$PORT.pid}
CF=(--cf="bayes_path $BAYES/bayes" --cf="use_bayes 1" --cf="bayes_auto_learn 0" --cf="bayes_min_spam_num 50"
  --cf="bayes_min_ham_num 50" --cf="bayes_file_mode 0666" --cf="lock_method flock")
TSX=node_modules/.bin/tsx

list=$(mktemp)
trap 'rm -f "$list"' EXIT
"$TSX" bench/spam.ts --list-training >"$list"
want=$(cut -f2 "$list" | xargs cat | sha256sum | cut -d' ' -f1)
if [ "$(cat "$BAYES/trained" 2>/dev/null)" != "$want" ]; then
  echo "training Bayes on the split's $(wc -l <"$list") training messages, in $BAYES" >&2
  rm -rf "$BAYES" && mkdir -p "$BAYES" && chmod 0777 "$BAYES"
  for label in spam ham; do
    grep -P "^$label\t" "$list" | cut -f2 | xargs sa-learn "${CF[@]}" --no-sync "--$label" >/dev/null
  done
  sa-learn "${CF[@]}" --sync >/dev/null
  chmod 0666 "$BAYES"/bayes_*
  echo "$want" >"$BAYES/trained"
fi

OWNER="${PIDFILE%.pid}.bayes"
if node scripts/ping.cjs spamd "spamd://127.0.0.1:$PORT" 2>/dev/null; then
  if [ "$(cat "$OWNER" 2>/dev/null)" != "$BAYES" ] || ! kill -0 "$(cat "$PIDFILE" 2>/dev/null)" 2>/dev/null; then
    echo "a spamd this script did not start on $BAYES answers on 127.0.0.1:$PORT; set VALIDATE_PORT" >&2 && exit 1
  fi
else
  user=(); [ "$(id -u)" = 0 ] && user=(-u nobody)
  echo "starting spamd on 127.0.0.1:$PORT (pid file $PIDFILE)" >&2
  "$(command -v spamd || echo /usr/sbin/spamd)" -d --listen="127.0.0.1:$PORT" -L -x -m 3 "${user[@]}" "${CF[@]}" \
    --pidfile="$PIDFILE" -s "${PIDFILE%.pid}.log"
  echo "$BAYES" >"$OWNER"
  for _ in $(seq 1 120); do node scripts/ping.cjs spamd "spamd://127.0.0.1:$PORT" 2>/dev/null && break; sleep 0.5; done
fi
SPAMD_URL="spamd://127.0.0.1:$PORT" exec "$TSX" bench/spam.ts --validate "$@"
