#!/usr/bin/env bash
# The one-command demo: install what is missing, build (Release), index
# sample_corpus/ into the default database (./news.db or $NEWS_DB) and run a
# few example searches.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWS_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)"

echo
echo "== news-indexer sample_corpus/"
build/indexer/news-indexer sample_corpus/
run() {
  echo
  echo "== news-searcher $*"
  build/searcher/news-searcher "$@" || true
}
run --limit 3 Lavrov
run --limit 3 '"cyber security unit"'
run --limit 2 --facets person,country,event hacking
run --limit 3 --filter 'person:Marco Rubio' election
run --json --limit 1 GCHQ
