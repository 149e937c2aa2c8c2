#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and run its --self-test with no display, from a fresh home
# folder (so that it cannot lean on anything of the builder's). Prints the bundle's size. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${1:-dist}"
uv run --with pyinstaller pyinstaller --noconfirm --distpath "$dist" --workpath build/pyinstaller installer/ctdc-desktop.spec
bundle="$dist/ctdc-desktop"

# Qt 6.5+ needs these X libraries to open a window; PyInstaller bundles them only when the build machine has them,
# and a fresh desktop often lacks them (the window then aborts: "could not load the Qt platform plugin xcb").
missing=()
for library in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1; do
  [ -e "$bundle/_internal/${library%%:*}" ] || missing+=("${library##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "FAILED: the bundle lacks X libraries the window needs. On the build machine run" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  echo "and build again." >&2
  exit 1
fi

echo "== size"; du -sh "$bundle"; echo "$(du -sm "$bundle" | cut -f1) MB unpacked (target: 400 MB)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
echo "== self-test"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$home" "$bundle/ctdc-desktop" --self-test
