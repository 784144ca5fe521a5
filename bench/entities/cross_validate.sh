#!/bin/sh
# Three-fold cross-validation of the tagger and the rules inside GUM train:
# documents are dealt to folds in name order (every third one); for each
# fold a model is trained on the other two (train_tagger) and entity_eval
# scores that fold with it (--model). Prints the summed counts per kind.
# Dev is never read. Options after the build directory go to train_tagger.
#
# Usage: bench/entities/cross_validate.sh BUILD_DIR GUM_DIR [train_tagger options]
set -eu
build=$1
gum=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
for f in $(ls "$gum"/train/*.conllu | sort); do
  for k in 0 1 2; do
    mkdir -p "$work/f$k/train" "$work/f$k/dev"
    if [ $((i % 3)) = $k ]; then ln -s "$f" "$work/f$k/dev/"; else ln -s "$f" "$work/f$k/train/"; fi
  done
  i=$((i + 1))
done
for k in 0 1 2; do
  "$build/bench/train_tagger" "$work/f$k" "$work/f$k.model" "$@" >/dev/null
  "$build/bench/entity_eval" "$work/f$k" --split dev --model "$work/f$k.model" >"$work/f$k.out"
done
cat "$work"/f?.out | awk '
  /^(person|person\*|country|org) / {
    split($5, a, "[/,]"); split($6, b, "/"); k = $1
    ok[k] += a[1]; pred[k] += a[2]; found[k] += b[1]; gold[k] += b[2]
  }
  END {
    printf "%-8s %6s %6s %6s\n", "kind", "P", "R", "F1"
    n = split("person person* country org", kinds, " ")
    for (j = 1; j <= n; j++) {
      k = kinds[j]; p = ok[k] / pred[k]; r = found[k] / gold[k]
      printf "%-8s %6.3f %6.3f %6.3f   %d/%d, %d/%d\n", k, p, r, 2 * p * r / (p + r), ok[k], pred[k], found[k], gold[k]
    }
  }'
