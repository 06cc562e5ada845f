#!/usr/bin/env bash
# Makes the .deb from the build tree with CPack, into DIR (shared with the other install tests).
#   build-deb.sh BUILD_DIR DIR
source "$(dirname "$0")/common.sh"
build=$1 out=$2
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need strip binutils

rm -rf "$out"
mkdir -p "$out"
# -B keeps CPack's staging folder in DIR too, away from a `cpack` run by hand in the build tree.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    fail "cpack could not build the package"
fi
rm -rf "$out/_CPack_Packages"
deb=$(find_deb "$out")
echo "built $deb"
dpkg-deb --info "$deb"
