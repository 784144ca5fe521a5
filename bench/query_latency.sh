#!/usr/bin/env bash
# Query latency, ours against the peers in one run: SearchEngine with two
# facets (bench/query_latency), the plain Xapian program (xq --facet) and
# SQLite FTS5 (sq.py --facet), over Reuters-21578 and its 20x copy, with
# prepare.py's 500 queries.
#
# usage: bench/query_latency.sh CORPORA_DIR [SCRATCH_DIR]
#   CORPORA_DIR  folder holding reuters21578/ and bbc/
#   SCRATCH_DIR  data, indexes and logs (default: a new mktemp -d); indexes
#                already there are reused unless REBUILD=1
# env: NEWS_BUILD  our CMake build folder (default ./build)
#      PEER_BENCH  the peers' bench folder (default CORPORA_DIR/../bench)
#      SCALES      "1 20" (1 = reuters.jsonl, N = reuters-xN.jsonl)
#      ROUNDS=3    rounds; each runs the three programs one after the other
#                  (order rotating), so machine noise hits all alike
#      PASSES=3    timed passes per program run (after one warm-up pass)
#      FACETS=country,date   our two facets (xq counts its one place facet)
# Every database is compacted (xapian-compact; FTS5 optimize + VACUUM), as
# the peers' run.sh does. Prints a markdown table of medians over the rounds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench_common.sh
. "$here/bench_common.sh"
if [ $# -lt 1 ]; then
    sed -n '7,10p' "$0" >&2
    exit 2
fi
corpora=$1
work=${2:-$(mktemp -d)}
scales=${SCALES:-1 20} rounds=${ROUNDS:-3} passes=${PASSES:-3}
facets=${FACETS:-country,date}
need python3 g++ xapian-dev scriptindex xapian-compact sqlite3 /usr/bin/time
find_build indexer/news-indexer bench/query_latency
find_peers
mkdir -p "$work/data" "$work/db" "$work/hits"
work=$(cd "$work" && pwd)

name_of() { if [ "$1" = 1 ]; then echo reuters; else echo "reuters-x$1"; fi; }
replicas=()
for s in $scales; do [ "$s" = 1 ] || replicas+=("$s"); done
for s in $scales; do
    if [ ! -s "$work/data/$(name_of "$s").jsonl" ] || [ ! -s "$work/data/queries.txt" ]; then
        log "preparing data in $work/data (untimed)"
        python3 "$peers/prepare.py" "$work/data" --corpora "$corpora" \
            --replicate "${replicas[@]}" >&2
        break
    fi
done
[ -x "$work/xq" ] || g++ -O2 -o "$work/xq" "$peers/xq.cc" $(pkg-config --cflags --libs xapian-core)

for s in $scales; do
    c=$(name_of "$s")
    if [ "${REBUILD:-0}" = 1 ] || [ ! -d "$work/db/$c.news.compact" ]; then
        log "indexing $c with news-indexer"
        rm -rf "$work/db/$c.news" "$work/db/$c.news.compact"
        status=0
        "$build/indexer/news-indexer" --db "$work/db/$c.news" --no-progress \
            "$work/data/$c.jsonl" >&2 || status=$?
        if [ "$status" -gt 1 ]; then  # 1: some records were bad, the rest is indexed
            echo "$(basename "$0"): news-indexer failed on $c (exit $status)" >&2
            exit 3
        fi
        xapian-compact "$work/db/$c.news" "$work/db/$c.news.compact" > /dev/null
    fi
    if [ "${REBUILD:-0}" = 1 ] || [ ! -d "$work/db/$c.xapian.compact" ]; then
        log "indexing $c with scriptindex"
        "$peers/index_xapian.sh" "$work/data/$c.jsonl" "$work/db" >&2
    fi
    if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$work/db/$c.fts5.opt" ]; then
        log "indexing $c with sqlite3"
        "$peers/index_sqlite.sh" "$work/data/$c.jsonl" "$work/db" >&2
    fi
done

q=$work/data/queries.txt
results=$work/latency.log
: > "$results"
run() {  # PEER CORPUS ROUND COMMAND... -> one line in $results
    local peer=$1 c=$2 r=$3 line
    shift 3
    line=$(/usr/bin/time -f '%M' -o "$work/query.rss" "$@" --passes "$passes" \
           --hits "$work/hits/$c.$peer")
    echo "peer=$peer corpus=$c round=$r $line rss_kb=$(cat "$work/query.rss")" | tee -a "$results" >&2
}
for s in $scales; do
    c=$(name_of "$s")
    for r in $(seq "$rounds"); do
        log "querying $c, round $r of $rounds"
        order=(ours xapian sqlite)
        for k in $(seq $(( (r - 1) % 3 ))); do order=("${order[@]:1}" "${order[0]}"); done
        for p in "${order[@]}"; do
            case $p in
                ours) run ours "$c" "$r" "$build/bench/query_latency" --db "$work/db/$c.news.compact" \
                          "$q" --facets "$facets" ;;
                xapian) run xapian "$c" "$r" "$work/xq" "$work/db/$c.xapian.compact" "$q" --facet ;;
                sqlite) run sqlite "$c" "$r" python3 "$peers/sq.py" "$work/db/$c.fts5.opt" "$q" --facet ;;
            esac
        done
    done
done

python3 - "$results" "$rounds" "$passes" "$facets" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
print("%s rounds x %s timed passes; figures are medians over the rounds; ours counts %s,"
      " xq and sq.py the place facet" % (sys.argv[2], sys.argv[3], sys.argv[4]))
print()
print("| corpus | peer | p50 ms | p95 ms | p99 ms | pass total ms | RSS MB | p50 / xq | p95 / sqlite |")
print("|---|---|--:|--:|--:|--:|--:|--:|--:|")
med = lambda c, p, k: statistics.median(float(r[k]) for r in rows if r["corpus"] == c and r["peer"] == p)
for c in dict.fromkeys(r["corpus"] for r in rows):
    for p in ("ours", "xapian", "sqlite"):
        if not any(r["corpus"] == c and r["peer"] == p for r in rows):
            continue
        print("| %s | %s | %.3f | %.3f | %.3f | %.0f | %.0f | %.2f | %.2f |" % (
            c, {"ours": "news-searcher", "xapian": "xq --facet", "sqlite": "sq.py --facet"}[p],
            med(c, p, "p50_ms"), med(c, p, "p95_ms"), med(c, p, "p99_ms"), med(c, p, "total_ms"),
            med(c, p, "rss_kb") / 1024, med(c, p, "p50_ms") / med(c, "xapian", "p50_ms"),
            med(c, p, "p95_ms") / med(c, "sqlite", "p95_ms")))
PY
log "raw lines in $results"
