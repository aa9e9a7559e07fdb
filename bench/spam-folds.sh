#!/usr/bin/env bash
# SpamAssassin's hits for every tuned message with a Bayes database that never saw it, cached for
# bench/spam-folds.ts: the validation quarter with Bayes trained on the training side (as spam-validate.sh), and
# each of the training side's four folds with Bayes trained on its other three folds (out-of-fold). Runs one spamd
# at a time on FOLDS_PORT (default 7835), each on its own database in var/spamassassin-folds/, and stops it after.
#   bash bench/spam-folds.sh && node_modules/.bin/tsx bench/spam-folds.ts [--misses]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${FOLDS_PORT:-7835}
DIR=$PWD/var/spamassassin-folds
PIDFILE=${TMPDIR:-/tmp}/valley-spamd-folds.pid
TSX=node_modules/.bin/tsx
mkdir -p "$DIR"
list="$DIR/list.tsv"
"$TSX" bench/spam.ts --list-folds >"$list"
user=(); [ "$(id -u)" = 0 ] && user=(-u nobody)
for side in validation f0 f1 f2 f3; do
  bayes="$DIR/$side"
  CF=(--cf="bayes_path $bayes/bayes" --cf="use_bayes 1" --cf="bayes_auto_learn 0" --cf="bayes_min_spam_num 50"
    --cf="bayes_min_ham_num 50" --cf="bayes_file_mode 0666" --cf="lock_method flock")
  # training: the training side for the validation quarter, the other three folds for a fold
  train() { awk -F'\t' -v s="$side" -v l="$1" '$1 == l && $3 != "validation" && $3 != s { print $2 }' "$list"; }
  want=$( (train spam; train ham) | xargs cat | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$bayes/trained" 2>/dev/null)" != "$want" ]; then
    echo "$side: training Bayes in $bayes" >&2
    rm -rf "$bayes" && mkdir -p "$bayes" && chmod 0777 "$bayes"
    for label in spam ham; do train $label | xargs sa-learn "${CF[@]}" --no-sync "--$label" >/dev/null; done
    sa-learn "${CF[@]}" --sync >/dev/null
    chmod 0666 "$bayes"/bayes_*
    echo "$want" >"$bayes/trained"
    rm -f "$DIR/$side.json"
  fi
  [ -s "$DIR/$side.json" ] && continue
  if node scripts/ping.cjs spamd "spamd://127.0.0.1:$PORT" 2>/dev/null; then
    echo "something already answers on 127.0.0.1:$PORT; set FOLDS_PORT" >&2 && exit 1
  fi
  "$(command -v spamd || echo /usr/sbin/spamd)" -d --listen="127.0.0.1:$PORT" -L -x -m 3 "${user[@]}" "${CF[@]}" \
    --pidfile="$PIDFILE" -s "${PIDFILE%.pid}.log"
  for _ in $(seq 1 120); do node scripts/ping.cjs spamd "spamd://127.0.0.1:$PORT" 2>/dev/null && break; sleep 0.5; done
  awk -F'\t' -v s="$side" '$3 == s' "$list" | SPAMD_URL="spamd://127.0.0.1:$PORT" "$TSX" bench/spam-sa-cache.ts "$DIR/$side.json"
  kill "$(cat "$PIDFILE")"
  for _ in $(seq 1 60); do node scripts/ping.cjs spamd "spamd://127.0.0.1:$PORT" 2>/dev/null || break; sleep 0.5; done
done
