#!/usr/bin/env bash
# Checks the .deb in DIR as Debian would: lintian (no errors, no warning that is not listed in
# lintian-allowed-warnings with its reason), desktop-file-validate and appstreamcli on the
# installed files, every file the issue asks for in its place, and a Depends field that covers
# every library the binary links plus the font.
#   validate-deb.sh DIR
source "$(dirname "$0")/common.sh"
here=$(cd "$(dirname "$0")" && pwd)
deb=$(find_deb "$1")
need dpkg-deb dpkg
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need objdump binutils

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -x "$deb" "$root"

# 1. Everything in its place.
app_id=io.github.acuquest.AcuQuest
expected=(
    usr/bin/acuquest
    usr/share/acuquest/levels/lower-back.xml
    usr/share/acuquest/assets/maps/back.svg
    usr/share/acuquest/assets/maps/back.map.xml
    usr/share/acuquest/levels/acuquest-level.xsd
    usr/share/acuquest/assets/maps/acuquest-map.xsd
    usr/share/acuquest/art/maps/back.png
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/acuquest.svg
    usr/share/man/man6/acuquest.6.gz
    usr/share/doc/acuquest/copyright
    usr/share/doc/acuquest/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/acuquest.png")
done
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "the package has no /$file"
done
# As many levels, maps and pictures as the sources have: none forgotten by a pattern.
src=$(cd "$here/../.." && pwd)
for pair in "levels:*.xml" "assets/maps:*.map.xml" "assets/maps:*.svg"; do
    folder=${pair%%:*} pattern=${pair#*:}
    want=$(find "$src/$folder" -maxdepth 1 -name "$pattern" | wc -l)
    got=$(find "$root/usr/share/acuquest/$folder" -maxdepth 1 -name "$pattern" | wc -l)
    [ "$want" -eq "$got" ] || fail "$folder/$pattern: $want in the sources, $got in the package"
done
want=$(find "$src/assets" -name '*.svg' | wc -l)
got=$(find "$root/usr/share/acuquest/art" -name '*.png' | wc -l)
[ "$want" -eq "$got" ] || fail "art: $want SVGs in assets/, $got PNGs in the package"
echo "ok: ${#expected[@]} required files, every level, map and picture"

# 2. The desktop entry and the AppStream metadata, as installed.
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

# 3. Dependencies: each library the binary needs comes from a package named in Depends.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# The package names of Depends, alternatives included, one a line, without versions.
depends_names=$(tr ',|' '\n' <<<"$depends" | awk 'NF { print $1 }')
has_dependency() { grep -qxF "$1" <<<"$depends_names"; }
has_dependency fonts-dejavu-core || fail "Depends lacks fonts-dejavu-core"
# ldconfig is in /sbin, which a user's PATH may lack.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
for soname in $(objdump -p "$root/usr/bin/acuquest" | awk '$1 == "NEEDED" { print $2 }'); do
    # awk reads to the end: an early exit would end ldconfig with SIGPIPE, which pipefail and
    # set -e turn into a silent failure of this script now and then.
    path=$("$ldconfig" -p | awk -v so="$soname" '$1 == so && !found { print $NF; found = 1 }')
    [ -n "$path" ] || fail "$soname is not installed here"
    owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null) ||
        fail "no package owns $path"
    package=${owner%%:*}
    has_dependency "$package" || fail "the binary needs $soname from $package, which Depends does not name"
done
echo "ok: every linked library's package is a dependency"

# 4. lintian: no error; a warning only if listed (with why) in lintian-allowed-warnings.
report=$work/lintian.txt
lintian --tag-display-limit 0 "$deb" >"$report" 2>&1 || true
cat "$report"
grep -q '^E: ' "$report" && fail "lintian reports errors"
allowed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/lintian-allowed-warnings" | awk '{ print $1 }')
unexpected=$(awk '/^W: / { print $3 }' "$report" | sort -u | grep -vxF -f <(echo "$allowed") || true)
[ -z "$unexpected" ] || fail "lintian warnings not in tests/install/lintian-allowed-warnings: $unexpected"
echo "ok: lintian"
