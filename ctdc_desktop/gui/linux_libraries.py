"""Before Qt starts on a Linux X display: are the X libraries Qt's xcb platform plugin needs installed?

Qt 6.5 and later load `libxcb-cursor` and a dozen other xcb libraries that a fresh desktop may lack. Without one, Qt
aborts with "could not load the Qt platform plugin xcb" and a list of plugins, which tells a caseworker nothing. This
check finds each library as the dynamic linker would (`ctypes.util.find_library`, which reads the `ldconfig` cache)
and names the one apt command that installs what is missing. It imports no Qt, so it runs before Qt can abort.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import sys

# The libraries PySide6's libqxcb.so and libQt6XcbQpa.so.6 load (`readelf -d`, PySide6 6.x), as find_library names
# them, with the Debian/Ubuntu package that installs each. glib, libstdc++ and libc are left out: no Linux desktop
# runs without them.
XCB_LIBRARIES: dict[str, str] = {
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11": "libx11-6",
    "X11-xcb": "libx11-xcb1",
    "GL": "libgl1",
}


def will_use_xcb() -> bool:
    """Whether Qt will open its window through X11 (xcb) here: Linux, an X display, no other platform chosen."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    # On a Wayland desktop (which also offers X through XWayland) Qt opens its window through Wayland.
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_xcb_libraries() -> list[str]:
    """The libraries (as find_library names them) that the linker cannot find."""
    return [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]


def missing_libraries_message() -> str | None:
    """What to install before the window can open on this X display, or None when nothing is missing (or X is not
    used)."""
    if not will_use_xcb():
        return None
    missing = missing_xcb_libraries()
    if not missing:
        return None
    files = ", ".join(f"lib{name}" for name in missing)
    if shutil.which("apt-get") is None:
        how = "Install them with your distribution's package manager (their Debian names: " + " ".join(
            XCB_LIBRARIES[name] for name in missing
        )
        how += ")"
    else:
        how = "Install them with this command, then start ctdc-desktop again:\n  sudo apt-get install " + " ".join(
            XCB_LIBRARIES[name] for name in missing
        )
    return (
        f"ctdc-desktop: the window cannot open: this computer lacks X11 libraries that Qt needs ({files}). {how}\n"
        "The commands work without them: ctdc-desktop --help"
    )
