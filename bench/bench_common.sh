# Shared by index_throughput.sh and query_latency.sh (sourced, not run):
# locating the build and the peers' bench folder, checking tools, medians.

# need TOOL... : exits 2 naming every missing tool and the Debian package
# that has it (nothing is installed here).
need() {
    local missing=() t
    for t in "$@"; do
        case $t in
            /usr/bin/time) [ -x /usr/bin/time ] || missing+=("GNU time (apt install time)") ;;
            scriptindex) command -v scriptindex > /dev/null || missing+=("scriptindex (apt install xapian-omega)") ;;
            xapian-compact | xapian-delve)
                command -v "$t" > /dev/null || missing+=("$t (apt install xapian-tools)") ;;
            sqlite3) command -v sqlite3 > /dev/null || missing+=("sqlite3 (apt install sqlite3)") ;;
            xapian-dev) pkg-config --exists xapian-core 2> /dev/null || missing+=("libxapian-dev and pkg-config (apt install libxapian-dev pkg-config)") ;;
            *) command -v "$t" > /dev/null || missing+=("$t (apt install $t)") ;;
        esac
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "$(basename "$0"): missing: ${missing[*]}" >&2
        exit 2
    fi
}

# find_build: sets $build to the CMake build folder holding our binaries
# (NEWS_BUILD, default ./build) and checks the named targets exist there.
find_build() {
    build=${NEWS_BUILD:-build}
    local t
    for t in "$@"; do
        if [ ! -x "$build/$t" ]; then
            echo "$(basename "$0"): $build/$t not found; build first (cmake --build $build)" \
                 "or point NEWS_BUILD at the build folder" >&2
            exit 2
        fi
    done
    build=$(cd "$build" && pwd)
}

# find_peers: sets $peers to the folder of the peers' bench scripts
# (PEER_BENCH, default CORPORA_DIR/../bench) and checks its files.
find_peers() {
    peers=${PEER_BENCH:-$corpora/../bench}
    local f
    for f in prepare.py convert.py news.script index_xapian.sh index_sqlite.sh xq.cc sq.py; do
        if [ ! -f "$peers/$f" ]; then
            echo "$(basename "$0"): $peers/$f not found; set PEER_BENCH to the peers' bench folder" >&2
            exit 2
        fi
    done
    peers=$(cd "$peers" && pwd)
}

log() { echo "[$(date +%T)] $*" >&2; }
