#!/usr/bin/env bash
# HTTP load benchmark: wrk against `news-searcher serve` on loopback while
# news-indexer commits new articles to the same database every second.
# Prints wrk's summary (requests/s, p50/p90/p99 latency, socket errors,
# non-2xx) and the server's own count of 5xx answers. See README.md.
#
#   bench/load/http_load.sh --db DIR [--corpus PATH] [--duration 60]
#       [--connections 64] [--wrk-threads 2] [--server-threads 64] [--build DIR]
#
# --corpus PATH is indexed into --db first when the database does not exist.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
db="" corpus="" duration=60 connections=64 wrk_threads=2 server_threads=64
build="$repo/build"
while (($#)); do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --wrk-threads) wrk_threads="$2"; shift 2 ;;
    --server-threads) server_threads="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "http_load.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$db" ]] || { echo "http_load.sh: --db DIR is required" >&2; exit 2; }
indexer="$build/indexer/news-indexer"
searcher="$build/searcher/news-searcher"
for bin in "$indexer" "$searcher"; do
  [[ -x "$bin" ]] || { echo "http_load.sh: $bin not built (use --build DIR)" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "http_load.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }

if [[ ! -d "$db" ]]; then
  [[ -n "$corpus" ]] || { echo "http_load.sh: no database at $db and no --corpus" >&2; exit 2; }
  echo "== indexing $corpus into $db"
  # Exit 1: some files had problems (reported), the rest is indexed.
  status=0
  "$indexer" --db "$db" "$corpus" || status=$?
  ((status <= 1)) || { echo "http_load.sh: news-indexer failed (exit $status)" >&2; exit 3; }
fi

work="$(mktemp -d)"
server_pid="" feeder_pid=""
cleanup() {
  set +e
  [[ -n "$feeder_pid" ]] && kill "$feeder_pid" 2>/dev/null && wait "$feeder_pid" 2>/dev/null
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$searcher" serve --db "$db" --port 0 --threads "$server_threads" \
  >/dev/null 2>"$work/server.log" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/server.log")"
  [[ -n "$port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 3; }
  sleep 0.1
done
[[ -n "$port" ]] || { echo "http_load.sh: the server did not start" >&2; exit 3; }
before="$(curl -s "http://127.0.0.1:$port/api/health" 2>/dev/null || true)"
echo "== server on port $port, $server_threads threads: $before"

# The feeder: every second, three new articles in one news-indexer run (one commit).
(
  n=0
  while true; do
    dir="$work/feed/$n"
    mkdir -p "$dir"
    for i in 1 2 3; do
      printf 'Load test article %s-%s on oil prices and trade\n\n%s\n' "$n" "$i" \
        "Oil prices rose as OPEC ministers met in Vienna; the dollar fell against the yen and bank rates held. Wheat exports to Japan grew." \
        >"$dir/load-$$-$n-$i.txt"
    done
    "$indexer" --db "$db" "$dir" >>"$work/indexer.log" 2>&1 || echo "indexer run $n failed" >>"$work/indexer.log"
    n=$((n + 1))
    sleep 1
  done
) >/dev/null 2>&1 &
feeder_pid=$!

echo "== wrk: $connections connections, $wrk_threads threads, ${duration}s"
wrk -t "$wrk_threads" -c "$connections" -d "${duration}s" --timeout 10s --latency \
  -s "$here/search.lua" "http://127.0.0.1:$port" | sed -n '/----- http load summary/,$p'

kill "$feeder_pid" 2>/dev/null || true
wait "$feeder_pid" 2>/dev/null || true
feeder_pid=""
after="$(curl -s "http://127.0.0.1:$port/api/health" 2>/dev/null || true)"
commits="$(ls "$work/feed" | wc -l)"
failed_runs="$(grep -c 'failed' "$work/indexer.log" || true)"
server_5xx="$(grep -cE ' 5[0-9][0-9] [0-9.]+ms$' "$work/server.log" || true)"
echo "indexer:         $commits commits during the run ($failed_runs failed); health before $before, after $after"
echo "server 5xx:      $server_5xx (from its request log)"
