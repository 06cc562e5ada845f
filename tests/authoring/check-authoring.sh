#!/usr/bin/env bash
# docs/authoring.md must work as written (issue 20): every level it tells the reader to save is
# taken out of the page into a fresh user folder, passes `acuquest --check` without a warning and
# the published schema, and the game, started with that folder as the player's, plays each one
# to its results screen and saves the answers.
# Usage: check-authoring.sh ACUQUEST_BINARY SOURCE_DIR
set -uo pipefail
game=$1
source_dir=$2
page=$source_dir/docs/authoring.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config HOME=$work/home
levels=$XDG_DATA_HOME/acuquest/levels
mkdir -p "$levels" "$XDG_CONFIG_HOME" "$HOME"

# A level is the ```xml block that follows a line telling the reader to "Save this as `…/NAME.xml`".
awk -v out="$levels" '
    /Save this as `[^`]*\.xml`/ { match($0, /`[^`]*\.xml`/); path = substr($0, RSTART + 1, RLENGTH - 2);
                                  n = split(path, parts, "/"); name = parts[n]; next }
    name != "" && /^```xml$/ { file = out "/" name; inside = 1; next }
    inside && /^```$/ { inside = 0; name = ""; close(file); next }
    inside { print > file }
' "$page"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
count=$(find "$levels" -name '*.xml' | wc -l)
[ "$count" -ge 2 ] || fail "expected the page to give at least two levels to save, found $count"

for level in "$levels"/*.xml; do
    name=$(basename "$level")
    output=$("$game" --check "$level" 2>&1)
    status=$?
    if [ $status -ne 0 ] || grep -q 'warning:' <<<"$output"; then
        fail "$name (from docs/authoring.md) does not pass --check cleanly:"
        echo "$output" | sed 's/^/    /'
    fi
    if command -v xmllint >/dev/null; then
        xmllint --noout --nonet --schema "$source_dir/levels/acuquest-level.xsd" "$level" 2>&1 | grep -v validates &&
            fail "$name (from docs/authoring.md) is not valid against levels/acuquest-level.xsd"
    elif [ "${CI:-}" = true ]; then
        fail "xmllint is missing (libxml2-utils)"
    fi
done

# Played as a reader would: the levels are found in the user folder with no option given.
for level in "$levels"/*.xml; do
    id=$(sed -n 's/.*<level [^>]*id="\([^"]*\)".*/\1/p' "$level" | head -n 1)
    kind=$(sed -n 's/.*<level [^>]*kind="\([^"]*\)".*/\1/p' "$level" | head -n 1)
    script=$work/play-$id.txt
    {
        echo "expect-scene menu"
        # The reader's levels come last in the menu (default order): End scrolls them into view
        # however many levels the game ships above them.
        echo "key End"
        echo "click-on $id"
        echo "click-on start"
        echo "wait 0.5"
        if [ "$kind" = placement ]; then
            for _ in $(grep -c '<point ' "$level" | xargs seq 1); do
                echo "click-answer"
                echo "wait 0.5"
                echo "click-on next"
                echo "wait 0.5"
            done
        else
            for _ in $(grep -c '<pair ' "$level" | xargs seq 1); do
                echo "choose-answer right"
                echo "wait 0.5"
            done
        fi
        echo "wait 1"
        echo "expect-scene results"
        echo "close"
    } >"$script"
    "$source_dir/tests/e2e/with-xvfb.sh" "$game" --script "$script" >"$work/play.log" 2>&1
    status=$?
    [ $status -eq 77 ] && { echo "skipped playing: no Xvfb"; continue; }
    if [ $status -ne 0 ]; then
        fail "$id (from docs/authoring.md) did not play through (exit $status):"
        sed 's/^/    /' "$work/play.log"
        continue
    fi
    "$game" --export-csv "$work/history.csv" >/dev/null 2>&1 || fail "could not export the history after playing $id"
    grep -q "$id" "$work/history.csv" || fail "no answer of $id was saved"
done

echo "$count levels of docs/authoring.md checked and played; $failures failures"
[ $failures -eq 0 ]
