#!/usr/bin/env bash
# Build "CTDC Desktop.app" (the spec's BUNDLE: opens .ctdcproj files, declared in its Info.plist) and a disk image,
# dist/ctdc-desktop-<version>-macos-<arch>.dmg, to drag into Applications. Run on a Mac (PyInstaller does not
# cross-compile; build on the oldest macOS and the processor, arm64 or x86_64, the laptops have), from anywhere.
# Untested: written on Linux from PyInstaller's and hdiutil's documentation. Try it on a Mac before relying on it.
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${1:-dist}"
uv run --with pyinstaller pyinstaller --noconfirm --distpath "$dist" --workpath build/pyinstaller installer/ctdc-desktop.spec
app="$dist/CTDC Desktop.app"
[ -d "$app" ] || { echo "FAILED: PyInstaller made no $app" >&2; exit 1; }
console="$app/Contents/MacOS/ctdc-desktop"  # the terminal program, beside the window's "CTDC Desktop"

# The double-click on a project needs the document type in Info.plist.
extension="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions:0' "$app/Contents/Info.plist")"
[ "$extension" = "ctdcproj" ] || { echo "FAILED: Info.plist declares no .ctdcproj document type" >&2; exit 1; }

echo "== size"; du -sh "$app"
echo "== self-test"
home="$(mktemp -d)"
staging="$(mktemp -d)"
trap 'rm -rf "$home" "$staging"' EXIT
HOME="$home" "$console" --self-test

version="$("$console" --version | cut -d' ' -f2)"
dmg="$dist/ctdc-desktop-$version-macos-$(uname -m).dmg"
# The image shows the app beside a link to Applications, the usual "drag to install" window. LZMA-compressed (ULMO,
# readable from macOS 10.15; the app itself needs 13 or later): by the estimate in installer/README.md the zlib image
# (UDZO) would come out at about the 150 MB target.
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "CTDC Desktop $version" -srcfolder "$staging" -fs HFS+ -format ULMO -ov "$dmg"
hdiutil verify "$dmg"
echo "== disk image"; ls -l "$dmg"
# PyInstaller signs the app ad hoc only. Copied from a USB stick or the shared drive it opens; downloaded, Gatekeeper
# refuses it until it is signed with a Developer ID and notarized (installer/README.md).
