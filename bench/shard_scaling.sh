#!/usr/bin/env bash
# One database against four shards on this machine: Reuters-21578 replicated
# SCALE times (prepare.py; 50x is about a million articles) indexed by
# news-indexer into --shards 1 and --shards 4; indexing time, index size and
# query latency (prepare.py's 500 queries, two facets, bench/query_latency
# over the sharded directory, which Xapian opens as one database) for both.
# Nothing is compacted (`news-indexer compact` would merge the shards).
#
# usage: bench/shard_scaling.sh CORPORA_DIR [SCRATCH_DIR]
# env: NEWS_BUILD  our CMake build folder (default ./build)
#      PEER_BENCH  the folder holding prepare.py (default CORPORA_DIR/../bench)
#      SCALE=50    replication of Reuters (1 = reuters.jsonl itself)
#      LAYOUTS="1 4"  shard counts
#      PASSES=3    timed query passes (after one warm-up pass)
#      FACETS=country,date
# One indexing run per layout (a 50x run takes hours on a 2-core VM).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench_common.sh
. "$here/bench_common.sh"
if [ $# -lt 1 ]; then
    sed -n '9,9p' "$0" >&2
    exit 2
fi
corpora=$1
work=${2:-$(mktemp -d)}
scale=${SCALE:-50} layouts=${LAYOUTS:-1 4} passes=${PASSES:-3} facets=${FACETS:-country,date}
need python3 xapian-delve /usr/bin/time
find_build indexer/news-indexer bench/query_latency
find_peers
mkdir -p "$work/data" "$work/db"
work=$(cd "$work" && pwd)
name=reuters
[ "$scale" = 1 ] || name=reuters-x$scale
if [ ! -s "$work/data/$name.jsonl" ]; then
    log "preparing $name in $work/data (untimed)"
    reps=()
    [ "$scale" = 1 ] || reps=("$scale")
    python3 "$peers/prepare.py" "$work/data" --corpora "$corpora" --replicate "${reps[@]}" >&2
fi
results=$work/shards.log
: > "$results"
for n in $layouts; do
    db=$work/db/$name.shards$n
    rm -rf "$db"
    log "indexing $name into $n shard(s)"
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$build/indexer/news-indexer" --db "$db" \
        --shards "$n" --no-progress "$work/data/$name.jsonl" > "$work/index.out" \
        2> "$work/index.err" || status=$?
    if [ "$status" -gt 1 ]; then  # 1: some records were bad, the rest is indexed
        echo "$(basename "$0"): news-indexer failed (exit $status):" >&2
        head -n 5 "$work/index.err" >&2
        exit 3
    fi
    read -r wall user sys rss < <(tail -n 1 "$work/time.out")
    log "querying $name, $n shard(s)"
    q=$("$build/bench/query_latency" --db "$db" "$work/data/queries.txt" --facets "$facets" \
        --passes "$passes")
    echo "shards=$n docs=$(xapian-delve "$db" | sed -n 's/^number of documents = //p')" \
         "wall_s=$wall cpu_s=$(awk "BEGIN { print $user + $sys }") rss_kb=$rss" \
         "db_bytes=$(du -sb "$db" | cut -f1) $q" | tee -a "$results" >&2
done
python3 - "$results" "$name" <<'PY'
import sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
print("| corpus | shards | articles | index wall s | articles/s | CPU s | peak RSS MB | index MB | query p50 ms | query p99 ms |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
for r in rows:
    print("| %s | %s | %s | %.1f | %.0f | %s | %.0f | %.1f | %s | %s |" % (
        sys.argv[2], r["shards"], r["docs"], float(r["wall_s"]),
        float(r["docs"]) / float(r["wall_s"]), r["cpu_s"], float(r["rss_kb"]) / 1024,
        float(r["db_bytes"]) / 1e6, r["p50_ms"], r["p99_ms"]))
PY
log "raw lines in $results"
