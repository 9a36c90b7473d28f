#!/usr/bin/env bash
# Makes docs/images/main-window.png: Kintsugi's main window on a fresh library with the sample story.
# Needs a build (packaging/dev.sh run or test) and Xvfb (installed by packaging/dev.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${KINTSUGI:-$here/build/app/kintsugi}"
out="${1:-$here/docs/images/main-window.png}"
lang="${SCREENSHOT_LANG:-en_US.UTF-8}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
# A private home, so that the user's settings and libraries stay out of the picture.
XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" LANG="$lang" LC_ALL="$lang" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$app" --database "$tmp/Kintsugi.kintsugi" --screenshot "$out"
echo "Saved $out"
