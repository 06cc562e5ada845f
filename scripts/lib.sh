# Shared by scripts/play and scripts/test: install what is missing, configure, build.
# Sourced, not run.

ACUQUEST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACUQUEST_BUILD=${ACUQUEST_BUILD:-$ACUQUEST_ROOT/build}

# Debian 12 packages the game needs to build and run.
ACUQUEST_BUILD_PACKAGES="g++ cmake make pkg-config libsfml-dev libtinyxml2-dev libfreetype-dev libsqlite3-dev librsvg2-bin fonts-dejavu-core fonts-wqy-microhei"
# ... and what the test suite adds: doctest, and a virtual display for the tests that play.
ACUQUEST_TEST_PACKAGES="doctest-dev xvfb xauth"
# ... the published schemas' test (tests/schema, tests/authoring): xmllint.
ACUQUEST_TEST_PACKAGES="$ACUQUEST_TEST_PACKAGES libxml2-utils"
# ... the robustness tests: prlimit, setpriv and unshare (util-linux, normally installed).
ACUQUEST_TEST_PACKAGES="$ACUQUEST_TEST_PACKAGES util-linux"
# What building the .deb adds (scripts/package): CPack finds the library dependencies with
# dpkg-shlibdeps (dpkg-dev), and the binaries to give it with file.
ACUQUEST_PACKAGE_PACKAGES="dpkg-dev file"
# ... the package tests (tests/install): the .deb (scripts/package), then lintian,
# desktop-file-validate and appstreamcli to check it.
ACUQUEST_TEST_PACKAGES="$ACUQUEST_TEST_PACKAGES $ACUQUEST_PACKAGE_PACKAGES lintian desktop-file-utils appstream"
# ... scripts/screenshots: a virtual display, and pngquant to keep the pictures small.
ACUQUEST_SCREENSHOT_PACKAGES="xvfb xauth pngquant"
# ... and the fuzzers: clang with libFuzzer and the sanitizer runtimes.
ACUQUEST_FUZZ_PACKAGES="clang libclang-rt-14-dev"

# Installs the packages that are missing. As root it runs apt-get; otherwise it prints the one
# command to run and stops.
acuquest_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "AcuQuest needs these Debian packages. Install them, then run this again:" >&2
        echo "  sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing ${missing[*]} ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures once, then builds incrementally.
acuquest_build() {
    local build_type=${ACUQUEST_BUILD_TYPE:-RelWithDebInfo}
    if [ ! -f "$ACUQUEST_BUILD/CMakeCache.txt" ]; then
        cmake -S "$ACUQUEST_ROOT" -B "$ACUQUEST_BUILD" -DCMAKE_BUILD_TYPE="$build_type" "$@"
    fi
    cmake --build "$ACUQUEST_BUILD" --parallel "$(nproc)"
}
