#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` into a temporary P: the files land in their places and the
# installed game, started from /, checks the levels it finds beside itself.
#   install-prefix.sh BUILD_DIR
source "$(dirname "$0")/common.sh"
build=$1
need cmake cmake

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 || { cat "$prefix.log"; rm -f "$prefix.log"; fail "cmake --install failed"; }
rm -f "$prefix.log"
for file in bin/acuquest share/acuquest/levels/lower-back.xml share/acuquest/art/maps/back.png \
            share/applications/io.github.acuquest.AcuQuest.desktop \
            share/metainfo/io.github.acuquest.AcuQuest.metainfo.xml \
            share/icons/hicolor/48x48/apps/acuquest.png share/icons/hicolor/scalable/apps/acuquest.svg \
            share/man/man6/acuquest.6.gz share/doc/acuquest/copyright share/doc/acuquest/changelog.gz; do
    [ -f "$prefix/$file" ] || fail "cmake --install put no $file under the prefix"
done
cd /
unset ACUQUEST_DATA_DIR
export HOME=$prefix/home
unset XDG_DATA_HOME
check_reads_from "$prefix/bin/acuquest" "$prefix/share/acuquest"
echo "ok: installed under $prefix, started from /"
