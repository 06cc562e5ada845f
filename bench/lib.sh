# Shared by bench/run and bench/history: options, the Release build, a private Xvfb, and the
# helpers their sections use. Sourced, not run; the sourcing script sets `bench_tools` (the
# tools it needs) and `usage_lines` (the lines of its own header that --help prints).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-release
quick=0
do_build=1
wait_quiet=1
while [ $# -gt 0 ]; do
    case $1 in
    --quick) quick=1 ;;
    --build) build=$(realpath -m "$2"); shift ;;
    --no-build) do_build=0 ;;
    --no-wait) wait_quiet=0 ;;
    -h | --help) sed -n "$usage_lines" "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

missing=()
for tool in cmake g++ rsvg-convert Xvfb; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: missing ${missing[*]}; on Debian 12:" >&2
    echo "  apt-get install g++ cmake make pkg-config libsfml-dev libtinyxml2-dev librsvg2-bin fonts-dejavu-core xvfb" >&2
    exit 1
fi

# Repetitions: first paint is noisy on a shared machine, so it is a median of several launches
# (15: with 9, runs of the same build gave 1.05-1.12x).
if [ $quick = 1 ]; then paint_runs=3 frame_rounds=1 check_runs=3; else paint_runs=15 frame_rounds=3 check_runs=7; fi

if [ $do_build = 1 ]; then
    echo "== building Release in $build (log: $build/bench-build.log)" >&2
    mkdir -p "$build"
    {
        cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DACUQUEST_TESTS=OFF &&
            cmake --build "$build" --target acuquest --parallel "$(nproc)" &&
            cmake -S "$root/bench" -B "$build/bench" -DCMAKE_BUILD_TYPE=Release \
                -DACUQUEST_SOURCE_DIR="$root" -DACUQUEST_BUILD_DIR="$build" &&
            cmake --build "$build/bench" --parallel "$(nproc)"
    } >"$build/bench-build.log" 2>&1 || { tail -n 30 "$build/bench-build.log" >&2; exit 1; }
    warnings=$(grep -c 'warning:' "$build/bench-build.log" || true)
    [ "$warnings" = 0 ] || echo "   ($warnings compiler warnings: see the log)" >&2
fi
game=$build/acuquest
tools=$build/bench
for exe in "$game" $(for t in $bench_tools; do echo "$tools/$t"; done); do
    [ -x "$exe" ] || { echo "bench: $exe is missing (run without --no-build)" >&2; exit 1; }
done

# Ahead of other programs for the CPUs (as root), so that they disturb the figures less; the game
# and the minimal program are started alike, so the ratios stay fair. Started under `nice` (a
# machine shared with others' builds), it stays behind them as asked.
if [ "$(nice)" -le 0 ]; then
    renice -n -10 -p $$ >/dev/null 2>&1 || true
fi

out=$build/${bench_name:-bench}-out
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/acuquest-bench-XXXXXX")
export XDG_CONFIG_HOME=$work/config # the profile last chosen: never the player's own

# One private display for everything, as tests/e2e/with-xvfb.sh makes it.
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.05
done
[ -s "$work/display" ] || { echo "bench: Xvfb did not start: $(tail -n 3 "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=":$(head -n 1 "$work/display")"
export ALSOFT_LOGLEVEL=0

# kv FILE KEY: the value of "KEY value" in FILE.
kv() { awk -v k="$2" '$1 == k { print $2; exit }' "$1"; }
# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'; }
# ratio A B with 2 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
# ok VALUE LIMIT: "yes" when VALUE <= LIMIT
ok() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "NO" }'; }
kb_to_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# A fresh data folder for the game: no save, no user levels.
fresh_data() { rm -rf "$work/data-$1"; mkdir -p "$work/data-$1"; echo "$work/data-$1"; }

# busy_percent: the share of all CPUs busy over the next 2 s (anything, ours included).
busy_percent() {
    local a b
    a=($(head -n 1 /proc/stat))
    sleep 2
    b=($(head -n 1 /proc/stat))
    awk -v u=$((b[1] + b[2] + b[3] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[6] - a[7] - a[8])) \
        -v i=$((b[4] + b[5] - a[4] - a[5])) 'BEGIN { printf "%.0f", (u + i > 0) ? 100 * u / (u + i) : 0 }'
}
# quiet PART: waits (up to 10 minutes) until other programs leave the CPUs nearly idle, since
# builds or tests running beside the bench double its frame times; notes what it found.
quiet() {
    local busy tries=0
    busy=$(busy_percent)
    while [ "$wait_quiet" = 1 ] && [ "$busy" -gt 10 ] && [ $tries -lt 300 ]; do
        [ $tries = 0 ] && echo "   (waiting for a quiet machine: ${busy}% busy)" >&2
        tries=$((tries + 1))
        busy=$(busy_percent)
    done
    echo "$1 ${busy}%" >>"$out/busy.txt"
}

# One launch to its first frame, appended to $out/NAME-paint.txt.
first_paint() {
    local name=$1 data=$2
    shift 2
    XDG_DATA_HOME=$data "$tools/bench_launch" --startup "$out/$name-paint.log" --rss-after 0 --cpu-over 0 \
        --out /dev/null -- "$@" --bench-log "$out/$name-paint.log" >"$out/$name-paint.last"
    kv "$out/$name-paint.last" first_paint_ms >>"$out/$name-paint.txt"
}

# Plays a whole level as a player would, through results and back to the menu.
level_script() {
    local level=$1
    echo "click-on $level"; echo "click-on start"; echo "wait 0.5"
    if grep -q 'kind="placement"' "$root/levels/$level.xml"; then
        # Place on the asked spot (click-answer: whatever order the points come in, wherever
        # the art puts them), go on. One placement a point, or one a spot for place="all"
        # (Enter after the first spot of those does nothing: the next click places the next).
        local placements
        placements=$(awk '/<point /{ p = 1; all = 0; n = 0 } p && /place="all"/{ all = 1 } p && /<spot /{ n++ }
            /<\/point>/{ t += (all && n > 0) ? n : 1; p = 0 } END { print t }' "$root/levels/$level.xml")
        # A level that asks a few of its points a round (<scoring ask="N">) asks N.
        local ask
        ask=$(grep -o '<scoring[^>]*ask="[0-9]*"' "$root/levels/$level.xml" | grep -o 'ask="[0-9]*"' | cut -d'"' -f2 || true)
        [ -z "$ask" ] || placements=$ask
        for _ in $(seq 1 "$placements"); do
            echo "click-answer"; echo "wait 0.5"; echo "key Enter"; echo "wait 0.2"
        done
    else
        for id in $(grep -o '<pair id="[^"]*"' "$root/levels/$level.xml" | cut -d'"' -f2); do
            echo "click-on prompt:$id"; echo "click-on answer:$id"; echo "wait 0.2"
        done
    fi
    # A count a little off (spots shared, a level changed) must not stop the play: no checks.
    echo "wait 0.5"; echo "close"
}
