#!/usr/bin/env bash
# Runs a command on a private Xvfb display of its own, then stops the display.
# Exits 77 (CTest's "skipped") when no Xvfb can start, except under CI=true, where a test that
# cannot play is a failure.
set -u
skip_or_fail() {
    echo "with-xvfb: $1" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 77
}
command -v Xvfb >/dev/null 2>&1 || skip_or_fail "Xvfb is not installed (Debian package xvfb)"

dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$dir"' EXIT
# -displayfd lets Xvfb pick a free display number and tell us, so parallel tests never clash.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
    [ -s "$dir/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.05
done
[ -s "$dir/display" ] || skip_or_fail "Xvfb did not start: $(tail -n 3 "$dir/xvfb.log")"
export DISPLAY=":$(head -n 1 "$dir/display")"
# No sound card here: keep OpenAL quiet.
export ALSOFT_LOGLEVEL=0
"$@"
exit $?
