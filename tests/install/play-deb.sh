#!/usr/bin/env bash
# The unpacked game, started from /, finds its data beside itself and plays: `dpkg -x` into a
# temporary root, `acuquest --check` there, then a scripted round of the lower-back level under
# Xvfb. As root, the source and build trees are hidden (a private mount namespace with empty
# folders over them) while it plays, so that nothing can come from where it was built.
#   play-deb.sh DIR SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/common.sh"
deb=$(find_deb "$1")
source_dir=$2 build_dir=$3
need dpkg-deb dpkg
need Xvfb xvfb

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -x "$deb" "$root"
game=$root/usr/bin/acuquest
data=$root/usr/share/acuquest
# A player's environment: a home of its own, no data folder named by hand.
unset ACUQUEST_DATA_DIR XDG_DATA_HOME XDG_CONFIG_HOME
export HOME=$work/home
mkdir -p "$HOME"
cd /

# 1. The check over every level the game loads, from the unpacked data.
check_reads_from "$game" "$data"

# 2. A round of the lower-back level: the first point clicked on its true spot, the others
#    placed with the keyboard, then the results, the menu and a normal close.
points=$(grep -c '<point ' "$data/levels/lower-back.xml")
{
    echo "expect-scene menu"
    echo "click-on lower-back"
    echo "expect-scene intro"
    echo "click-on start"
    echo "wait 0.5"
    echo "expect-scene placement"
    # The first point asked is placed on its spot, whatever order the points come in; the rest
    # by keyboard, a move and Enter (no placement without a move).
    echo "click-answer"
    echo "wait 0.5"
    echo "expect-text \"Well placed!\""
    echo "click-on next"
    for _ in $(seq 2 "$points"); do
        printf 'key Left\nkey Shift+Down\nkey Enter\nwait 0.2\nkey Enter\nwait 0.2\n'
    done
    echo "expect-scene results"
    echo "screenshot \"$work/results.png\""
    echo "key Escape"
    echo "wait 0.2"
    echo "expect-scene menu"
    echo "close"
} >"$work/round.txt"
cp "$source_dir/tests/e2e/with-xvfb.sh" "$work/with-xvfb.sh"
play=("$work/with-xvfb.sh" "$game" --script "$work/round.txt")
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
    # The build tree first: it may lie inside the source tree, which then covers it.
    cat >"$work/hidden.sh" <<'HIDE'
set -e
mount --make-rprivate /
for dir in "$HIDDEN_BUILD" "$HIDDEN_SOURCE"; do
    mount -t tmpfs -o size=1m,mode=555 acuquest-hidden "$dir"
done
exec "$@"
HIDE
    HIDDEN_BUILD=$build_dir HIDDEN_SOURCE=$source_dir unshare -m bash "$work/hidden.sh" "${play[@]}" \
        >"$work/play.txt" 2>&1 && status=0 || status=$?
    echo "(played with $source_dir and $build_dir hidden)"
else
    echo "(not root: played with the source and build trees in view; the check above still shows where the levels come from)"
    "${play[@]}" >"$work/play.txt" 2>&1 && status=0 || status=$?
fi
cat "$work/play.txt"
[ "$status" -ne 77 ] || exit 77
[ "$status" -eq 0 ] || fail "the scripted round exited with $status"
# The art came from the package: the game names every picture it cannot find.
if grep -q "is missing\|outside the game's assets" "$work/play.txt"; then
    fail "the unpacked game did not find its art"
fi
[ -s "$work/results.png" ] || fail "no screenshot of the results"
# The round was saved in the player's folder, wherever the binary lives (whatever the save
# format: any file written there while playing).
saved=$(find "$HOME/.local/share/acuquest" -type f -newer "$work/round.txt" -print -quit 2>/dev/null)
[ -n "$saved" ] || fail "nothing saved under $HOME/.local/share/acuquest"
echo "ok: played a round of $points points from /, saved in $saved"
