#!/usr/bin/env bash
# Indexing throughput, ours against Xapian's scriptindex in one run: the
# whole Reuters-21578 collection (prepare.py's JSONL) through news-indexer's
# full pipeline (entity extraction, near-duplicate fingerprints, spelling
# data) and through scriptindex with the peers' news.script, alternating, on
# the same data; then news-indexer on the raw .sgm files.
#
# usage: bench/index_throughput.sh CORPORA_DIR [SCRATCH_DIR]
#   CORPORA_DIR  folder holding reuters21578/ and bbc/
#   SCRATCH_DIR  data, indexes and logs (default: a new mktemp -d)
# env: NEWS_BUILD  our CMake build folder (default ./build)
#      PEER_BENCH  the peers' bench folder (default CORPORA_DIR/../bench)
#      RUNS=3      alternating pairs (ours, scriptindex) on Reuters 1x
#      X20=0       1: also the 20x replicated collection (RUNS_X20=1 pairs;
#                  about 4 minutes per scriptindex run, more for ours)
#      SGM=1       0: skip the row of ours on the raw .sgm files
#      DIRECT=1    0: skip the row of ours with --writers 1 (one writer thread
#                  instead of a bulk load's two; run after each pair)
# Figures per row: median wall time of the indexing command alone (format
# conversion excluded), articles/s and MB/s of the JSONL input over it, peak
# RSS (/usr/bin/time %M), index size as built (du). Nothing is compacted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench_common.sh
. "$here/bench_common.sh"
if [ $# -lt 1 ]; then
    sed -n '8,10p' "$0" >&2
    exit 2
fi
corpora=$1
work=${2:-$(mktemp -d)}
runs=${RUNS:-3} x20=${X20:-0} runs_x20=${RUNS_X20:-1} sgm=${SGM:-1} direct=${DIRECT:-1}
need python3 scriptindex xapian-delve /usr/bin/time
find_build indexer/news-indexer
find_peers
mkdir -p "$work/data" "$work/db"
work=$(cd "$work" && pwd)
results=$work/throughput.log
: > "$results"

corpus_list=(reuters)
[ "$x20" = 1 ] && corpus_list+=(reuters-x20)
for c in "${corpus_list[@]}"; do
    if [ ! -s "$work/data/$c.jsonl" ]; then
        log "preparing data in $work/data (untimed)"
        reps=()
        [ "$x20" = 1 ] && reps=(20)
        python3 "$peers/prepare.py" "$work/data" --corpora "$corpora" --replicate "${reps[@]}" >&2
        break
    fi
done

# timed PEER CORPUS IN_BYTES DB COMMAND... -> one key=value line in $results
timed() {
    local peer=$1 c=$2 bytes=$3 db=$4 wall user sys rss docs
    shift 4
    rm -rf "$db"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" > "$work/cmd.out" 2> "$work/cmd.err" || true
    read -r wall user sys rss < <(tail -n 1 "$work/time.out")
    docs=$(xapian-delve "$db" 2> /dev/null | sed -n 's/^number of documents = //p' || true)
    echo "peer=$peer corpus=$c docs=${docs:-0} in_bytes=$bytes wall_s=$wall" \
         "cpu_s=$(awk "BEGIN { print $user + $sys }") rss_kb=$rss" \
         "db_bytes=$(du -sb "$db" | cut -f1) errors=$(grep -c 'error' "$work/cmd.err" || true)" \
        | tee -a "$results" >&2
}

ours() {  # CORPUS INPUT...
    local c=$1
    shift
    timed ours "$c" "$(cat "$@" | wc -c)" "$work/db/$c.news" \
        "$build/indexer/news-indexer" --db "$work/db/$c.news" --no-progress "$@"
}
ours_direct() {  # CORPUS INPUT...: one writer thread, no bulk load
    local c=$1
    shift
    timed direct "$c" "$(cat "$@" | wc -c)" "$work/db/$c.direct" \
        "$build/indexer/news-indexer" --writers 1 --db "$work/db/$c.direct" --no-progress "$@"
}
theirs() {  # CORPUS
    local c=$1 in=$work/data/$1.jsonl
    [ "$work/db/$c.si" -nt "$in" ] || python3 "$peers/convert.py" si "$in" > "$work/db/$c.si"
    timed scriptindex "$c" "$(stat -L -c %s "$in")" "$work/db/$c.xapian" \
        scriptindex --overwrite "$work/db/$c.xapian" "$peers/news.script" "$work/db/$c.si"
}

for c in "${corpus_list[@]}"; do
    n=$runs
    [ "$c" = reuters-x20 ] && n=$runs_x20
    for r in $(seq "$n"); do
        log "indexing $c, pair $r of $n"
        if [ $((r % 2)) = 1 ]; then
            ours "$c" "$work/data/$c.jsonl"
            theirs "$c"
        else
            theirs "$c"
            ours "$c" "$work/data/$c.jsonl"
        fi
        if [ "$direct" = 1 ]; then ours_direct "$c" "$work/data/$c.jsonl"; fi
    done
done

if [ "$sgm" = 1 ]; then
    sgms=("$corpora"/reuters21578/reut2-*.sgm)
    for r in $(seq "$runs"); do
        log "indexing the raw .sgm files, run $r of $runs"
        ours reuters-sgm "${sgms[@]}"
        # Reuters-21578 has one stray 8-bit byte, which news-indexer repairs
        # and reports (one line, exit 1): only other messages skip the row.
        if grep -v -e ': error: invalid UTF-8 ' -e ': error: NUL bytes replaced' "$work/cmd.err" | grep -q .; then
            echo "$(basename "$0"): skipping the .sgm row: news-indexer reported errors:" >&2
            head -n 3 "$work/cmd.err" >&2
            sed -i '/corpus=reuters-sgm/d' "$results"
            break
        fi
    done
fi

python3 - "$results" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(sys.argv[1]) if l.strip()]
print("| corpus | indexer | runs | articles | wall s | articles/s | MB/s | CPU s | peak RSS MB | index MB |")
print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
for c in dict.fromkeys(r["corpus"] for r in rows):
    for p in ("ours", "direct", "scriptindex"):
        rs = [r for r in rows if r["corpus"] == c and r["peer"] == p]
        if not rs:
            continue
        med = lambda k: statistics.median(float(r[k]) for r in rs)
        wall, docs = med("wall_s"), med("docs")
        print("| %s | %s | %d | %d | %.2f | %.0f | %.2f | %.1f | %.0f | %.1f |" % (
            c, {"ours": "news-indexer", "direct": "news-indexer --writers 1"}.get(p, p),
            len(rs), docs, wall,
            docs / wall, med("in_bytes") / 1e6 / wall, med("cpu_s"), med("rss_kb") / 1024,
            med("db_bytes") / 1e6))
PY
log "raw lines in $results"
