#!/usr/bin/env bash
# Install CTDC Desktop for this user, no administrator needed, from the unpacked tarball:
#   ./install.sh              copies the program to ~/.local/share/ctdc-desktop, puts `ctdc-desktop` in ~/.local/bin,
#                             adds it to the desktop's application menu and opens .ctdcproj files with it
#   ~/.local/share/ctdc-desktop/install.sh --uninstall   removes all of that again
# Neither touches ~/.local/share/CTDC (the privacy budget ledger, which records the privacy budget already spent on
# each dataset, the settings and the activity logs): removing the program must not reset the budget.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
program="$data/ctdc-desktop"
bin="$HOME/.local/bin/ctdc-desktop"
desktop="$data/applications/ctdc-desktop.desktop"
# The menu entry's icon (256 px, made from resources/icons/app.svg), kept in the program folder and named by its
# full path in the entry: no icon theme to refresh, and the uninstall removes it with the folder.
icon="$program/ctdc-desktop.png"
old_icon="$data/icons/hicolor/scalable/apps/ctdc-desktop.svg"  # where earlier builds put it (an SVG): removed
mime="$data/mime/packages/ctdc-desktop.xml"

refresh() {
  # Optional desktop caches: without these tools the menu and file type still work after the next log-in.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program"
  rm -f "$bin" "$desktop" "$old_icon" "$mime"
  refresh
  echo "CTDC Desktop removed. Your privacy budget ledger, settings and logs were kept (~/.local/share/CTDC)."
  exit 0
fi

# Into a new folder first, then swapped in: an interrupted install leaves the previous version working.
rm -rf "$program.new"
mkdir -p "$(dirname "$program")" "$(dirname "$bin")" "$(dirname "$desktop")" "$(dirname "$mime")"
cp -a "$here/ctdc-desktop" "$program.new"
cp "$here/install.sh" "$program.new/install.sh"  # kept beside the program, for --uninstall
cp "$here/ctdc-desktop.png" "$program.new/ctdc-desktop.png"
rm -rf "$program"
mv "$program.new" "$program"
ln -sfn "$program/ctdc-desktop" "$bin"
# Exec= quotes the path (the desktop entry specification's rule for arguments); Icon= takes it as it is.
sed -e "s|@BIN@|\"$program/ctdc-desktop\"|" -e "s|@ICON@|$icon|" "$here/ctdc-desktop.desktop" >"$desktop"
rm -f "$old_icon"
cp "$here/ctdc-desktop-mime.xml" "$mime"
refresh
echo "CTDC Desktop installed in $program. Start it from the applications menu, or run: ctdc-desktop"
echo "To remove it: $program/install.sh --uninstall"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "(~/.local/bin is not on your PATH: run $bin)" ;; esac
