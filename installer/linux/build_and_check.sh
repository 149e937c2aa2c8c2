#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and run its --self-test with no display, from a fresh home
# folder (so that it cannot lean on anything of the builder's). Prints the bundle's size. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${1:-dist}"
uv run --with pyinstaller pyinstaller --noconfirm --distpath "$dist" --workpath build/pyinstaller installer/ctdc-desktop.spec
echo "== size"; du -sh "$dist/ctdc-desktop"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
echo "== self-test"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$home" "$dist/ctdc-desktop/ctdc-desktop" --self-test
