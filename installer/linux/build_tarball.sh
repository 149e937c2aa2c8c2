#!/usr/bin/env bash
# Build the Linux tarball, dist/ctdc-desktop-<version>-linux-<arch>.tar.gz: the one-folder bundle (built and
# self-tested by build_and_check.sh), a .desktop entry, the icon, the .ctdcproj file type and install.sh, which
# installs into ~/.local without administrator rights. Then checks the tarball as a user would get it: unpacked and
# installed into an empty home folder, the installed program's --self-test, and the uninstall. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${1:-dist}"
installer/linux/build_and_check.sh "$dist"
bundle="$dist/ctdc-desktop"
version="$("$bundle/ctdc-desktop" --version | cut -d' ' -f2)"
name="ctdc-desktop-$version-linux-$(uname -m)"

staging="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$staging" "$home"' EXIT
mkdir "$staging/$name"
cp -a "$bundle" "$staging/$name/ctdc-desktop"
cp installer/linux/install.sh installer/linux/ctdc-desktop.desktop installer/linux/ctdc-desktop-mime.xml "$staging/$name/"
cp resources/icons/app.png "$staging/$name/ctdc-desktop.png"  # made from app.svg by scripts/make_icons.py
tar -C "$staging" -czf "$dist/$name.tar.gz" "$name"
echo "== tarball"; ls -l "$dist/$name.tar.gz"; echo "$(du -m "$dist/$name.tar.gz" | cut -f1) MB packed (target: 150 MB)"

echo "== install into an empty home folder, self-test, uninstall"
command -v desktop-file-validate >/dev/null && desktop-file-validate installer/linux/ctdc-desktop.desktop
as_user() { env -i PATH=/usr/bin:/bin HOME="$home" "$@"; }  # no display, nothing of the builder's environment
tar -C "$home" -xzf "$dist/$name.tar.gz"
as_user "$home/$name/install.sh"
rm -rf "${home:?}/$name"  # the installed copy must not need the unpacked one
entry="$home/.local/share/applications/ctdc-desktop.desktop"
grep -q "^Exec=\"$home/.local/share/ctdc-desktop/ctdc-desktop\" %f$" "$entry"
grep -q "^Icon=$home/.local/share/ctdc-desktop/ctdc-desktop.png$" "$entry"
cmp -s resources/icons/app.png "$home/.local/share/ctdc-desktop/ctdc-desktop.png" || { echo "FAILED: the menu icon is not installed" >&2; exit 1; }
command -v desktop-file-validate >/dev/null && desktop-file-validate "$entry"
as_user "$home/.local/bin/ctdc-desktop" --self-test
ledger="$home/.local/share/CTDC/CTDC Desktop/ledger-stand-in"
mkdir -p "$(dirname "$ledger")" && touch "$ledger"
as_user "$home/.local/share/ctdc-desktop/install.sh" --uninstall
for gone in .local/share/ctdc-desktop .local/bin/ctdc-desktop .local/share/applications/ctdc-desktop.desktop; do
  if [ -e "$home/$gone" ] || [ -L "$home/$gone" ]; then echo "FAILED: the uninstall left ~/$gone" >&2; exit 1; fi
done
[ -e "$ledger" ] || { echo "FAILED: the uninstall removed the application-data folder (the ledger)" >&2; exit 1; }
echo "tarball checked: installs, passes its self-test from ~/.local, uninstalls, keeps the ledger"
