#!/usr/bin/env bash
# Holds the published schemas (levels/acuquest-level.xsd, assets/maps/acuquest-map.xsd) to the
# game's own check (issue 20): every shipped level and map is valid; each example in refused/ is
# refused by the schema and by `acuquest --check` (an error, or a warning that names the unknown
# element or attribute); each example in accepted/ passes `--check` without a warning and is valid.
# Usage: check-schema.sh ACUQUEST_BINARY SOURCE_DIR
set -uo pipefail
game=$1
source_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
level_xsd=$source_dir/levels/acuquest-level.xsd
map_xsd=$source_dir/assets/maps/acuquest-map.xsd

if ! command -v xmllint >/dev/null; then
    echo "xmllint is missing (Debian package libxml2-utils; scripts/test installs it)"
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
valid() { xmllint --noout --nonet --schema "$1" "$2" >/dev/null 2>&1; }

for level in "$source_dir"/levels/*.xml; do
    valid "$level_xsd" "$level" || fail "shipped level $level is not valid: $(xmllint --noout --schema "$level_xsd" "$level" 2>&1 | head -3)"
done
for map in "$source_dir"/assets/maps/*.map.xml; do
    valid "$map_xsd" "$map" || fail "shipped map $map is not valid: $(xmllint --noout --schema "$map_xsd" "$map" 2>&1 | head -3)"
done

# Which schema a file answers to: by its root element.
schema_of() { if grep -q '<bodymap' "$1"; then echo "$map_xsd"; else echo "$level_xsd"; fi; }

checked=0
for example in "$here"/refused/*.xml; do
    checked=$((checked + 1))
    name=${example#"$here"/}
    valid "$(schema_of "$example")" "$example" && fail "$name: the schema accepts it, but it is meant to show something the schema refuses"
    output=$("$game" --check "$example" 2>&1)
    status=$?
    if [ $status -eq 0 ] && ! grep -Eq 'warning: .*unknown (element|attribute)' <<<"$output"; then
        fail "$name: the schema refuses it, but --check accepts it without an error or an unknown-name warning:"
        echo "$output" | sed 's/^/    /'
    fi
done
for example in "$here"/accepted/*.xml; do
    checked=$((checked + 1))
    name=${example#"$here"/}
    output=$("$game" --check "$example" 2>&1)
    status=$?
    if [ $status -ne 0 ] || grep -q 'warning:' <<<"$output"; then
        fail "$name: --check is meant to accept it without a warning:"
        echo "$output" | sed 's/^/    /'
    fi
    valid "$(schema_of "$example")" "$example" ||
        fail "$name: --check accepts it without a warning, but the schema refuses it: $(xmllint --noout --schema "$(schema_of "$example")" "$example" 2>&1 | head -3)"
done

echo "$checked examples and every shipped level and map checked; $failures failures"
[ $failures -eq 0 ]
