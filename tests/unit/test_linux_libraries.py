"""Before Qt starts on a Linux X display, missing xcb libraries give one message with the one apt command that
installs them (and the window is not attempted), instead of Qt's platform-plugin abort."""

from __future__ import annotations

import ctypes.util
import shutil
import sys

import pytest

from ctdc_desktop.gui import app
from ctdc_desktop.gui.linux_libraries import XCB_LIBRARIES, missing_libraries_message

ABSENT = {"xcb-cursor", "xcb-icccm", "xcb-keysyms"}  # what a fresh Ubuntu desktop lacked in issue 11


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)


def lacking(monkeypatch: pytest.MonkeyPatch, absent: set[str]) -> None:
    found = {name: None if name in absent else f"lib{name}.so.1" for name in XCB_LIBRARIES}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: found.get(name, f"lib{name}.so"))


def test_names_the_one_apt_command_for_exactly_what_is_missing(
    x_display: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lacking(monkeypatch, ABSENT)
    message = missing_libraries_message()
    assert message is not None
    commands = [line.strip() for line in message.splitlines() if "apt-get" in line]
    assert commands == ["sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"]
    assert "libxcb-cursor" in message and "libxcb-render0" not in message


def test_nothing_to_say_when_every_library_is_there(x_display: None, monkeypatch: pytest.MonkeyPatch) -> None:
    lacking(monkeypatch, set())
    assert missing_libraries_message() is None


@pytest.mark.parametrize(
    ("platform", "env"),
    [
        ("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}),
        ("linux", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}),
        ("linux", {}),  # no display at all: no_display_message() speaks instead
        ("win32", {"DISPLAY": ":0"}),
    ],
)
def test_not_checked_where_qt_will_not_use_xcb(
    x_display: None, monkeypatch: pytest.MonkeyPatch, platform: str, env: dict[str, str]
) -> None:
    lacking(monkeypatch, ABSENT)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delenv("DISPLAY")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert missing_libraries_message() is None


def test_checked_when_xcb_is_chosen_even_on_wayland(x_display: None, monkeypatch: pytest.MonkeyPatch) -> None:
    lacking(monkeypatch, {"xcb-cursor"})
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    message = missing_libraries_message()
    assert message is not None and "sudo apt-get install libxcb-cursor0\n" in message


def test_without_apt_the_debian_names_are_still_given(x_display: None, monkeypatch: pytest.MonkeyPatch) -> None:
    lacking(monkeypatch, {"xcb-cursor"})
    monkeypatch.setattr(shutil, "which", lambda name: None)
    message = missing_libraries_message()
    assert message is not None and "apt-get" not in message and "libxcb-cursor0" in message


def test_run_gui_stops_before_qt_with_the_message(
    x_display: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lacking(monkeypatch, ABSENT)

    def qt_started() -> None:
        raise AssertionError("Qt was started although its libraries are missing")

    monkeypatch.setattr(app, "application", qt_started)
    assert app.run_gui() != 0
    err = capsys.readouterr().err
    assert err.count("sudo apt-get install") == 1 and "libxcb-keysyms1" in err
