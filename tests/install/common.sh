# shellcheck shell=bash
# Shared by the install tests. Sourced, not run.
set -euo pipefail

# Exit 77 (CTest's "skipped") when something this machine lacks is needed, except under
# CI=true, where the test must run.
skip_or_fail() {
    echo "SKIP: $1" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 77
}

# Each tool named must be on the PATH; the message names its Debian package.
need() {
    local tool=$1 package=$2
    command -v "$tool" >/dev/null 2>&1 || skip_or_fail "$tool is not installed (Debian package $package)"
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The one .deb install.deb-build left in DIR.
find_deb() {
    local debs=("$1"/*.deb)
    [ -f "${debs[0]}" ] || fail "no .deb in $1 (install.deb-build makes it)"
    [ ${#debs[@]} -eq 1 ] || fail "more than one .deb in $1: ${debs[*]}"
    echo "${debs[0]}"
}

# GAME --check passes, and reads its levels from DATA/levels: a broken level put there is
# reported (the binary also knows the source tree it was built from, which would pass too).
check_reads_from() {
    local game=$1 data=$2 log
    log=$(mktemp)
    "$game" --check >"$log" 2>&1 || { cat "$log"; rm -f "$log"; fail "$game --check failed"; }
    cat "$log"
    printf '<level format="1" id="planted"' >"$data/levels/planted.xml"
    if "$game" --check >"$log" 2>&1; then
        cat "$log"; rm -f "$log" "$data/levels/planted.xml"; fail "a broken level in $data/levels went unnoticed"
    fi
    rm -f "$data/levels/planted.xml"
    if ! grep -q "planted.xml" "$log"; then
        cat "$log"; rm -f "$log"; fail "the check did not name planted.xml"
    fi
    rm -f "$log"
    echo "ok: --check reads $data/levels"
}
