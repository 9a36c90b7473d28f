#!/usr/bin/env bash
# Kintsugi developer commands for Debian 12 and Ubuntu 24.04.
#
#   packaging/dev.sh run    install what is missing, build, launch Kintsugi on the default library
#   packaging/dev.sh test   install what is missing, build, run the whole test suite, then build with
#                           AddressSanitizer + UndefinedBehaviorSanitizer and run it all again
#   packaging/dev.sh deps   only install what is missing
#
# Both commands are idempotent: packages that are installed are left alone, builds are incremental.
# Run as root, or as a user who may use sudo (only apt-get runs through sudo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Every package the build, the app and the tests need. Keep .ci/run and the README in step.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
    qt6-multimedia-dev
    libgl-dev libvulkan-dev
    libkf5syntaxhighlighting-tools libkf5syntaxhighlighting-dev qtbase5-dev
    clang-format-14
    xvfb xauth appstream desktop-file-utils poppler-utils fonts-dejavu-core
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "All ${#PACKAGES[@]} packages are installed"
        return
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local preset="$1"
    say "Configuring (preset $preset)"
    cmake --preset "$preset"
    say "Building (preset $preset)"
    cmake --build --preset "$preset"
}

run_tests() {
    local preset="$1"
    say "Running the test suite (preset $preset)"
    ctest --preset "$preset"
}

case "${1:-}" in
    run)
        install_deps
        build default
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "No display found; starting Kintsugi under Xvfb is possible with: xvfb-run build/app/kintsugi"
        fi
        say "Launching Kintsugi"
        exec "$here/build/app/kintsugi" "${@:2}"
        ;;
    test)
        install_deps
        build default
        run_tests default
        say "Building and testing the in-process highlighting backend against KF5 (tests/kf5-compat)"
        cmake -S tests/kf5-compat -B build/kf5-compat -G Ninja
        cmake --build build/kf5-compat
        ctest --test-dir build/kf5-compat --output-on-failure
        build asan
        run_tests asan
        say "All tests passed in both configurations"
        ;;
    deps)
        install_deps
        ;;
    *)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
