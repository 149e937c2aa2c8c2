"""The committed program icons (resources/icons/app.ico, app.icns, app.png) are made from the current app.svg by
scripts/make_icons.py: every size the installers need is there, and each image is what Qt draws from the SVG at that
size. Pillow is not needed: the .ico and .icns containers are read here byte by byte, their PNG images by Qt."""

from __future__ import annotations

import hashlib
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
REMAKE = "run `uv run --with pillow python scripts/make_icons.py` and commit what it writes"


def make_icons() -> ModuleType:
    path = REPO / "scripts" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_icons", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return make_icons()


def ico_images(data: bytes) -> dict[int, bytes]:
    """Side in pixels -> stored image, from an .ico file (ICONDIR, then one 16-byte ICONDIRENTRY per image)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    images = {}
    for index in range(count):
        width, height, _colors, _reserved, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height, "icons are square"
        images[width or 256] = data[offset : offset + length]  # 0 stands for 256
    return images


def icns_images(data: bytes) -> dict[bytes, bytes]:
    """Element type (b"ic07"...) -> its data, from an .icns file (big-endian: magic, length, then typed elements)."""
    magic, length = struct.unpack_from(">4sI", data, 0)
    assert magic == b"icns" and length == len(data), "not an .icns file, or cut short"
    elements, offset = {}, 8
    while offset < length:
        kind, size = struct.unpack_from(">4sI", data, offset)
        elements[kind] = data[offset + 8 : offset + size]
        offset += size
    return elements


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    side = image.width()
    raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)  # type: ignore[call-overload]
    return raw.reshape(side, image.bytesPerLine())[:, : side * 4].astype(np.int16)


def assert_drawn_from_the_svg(stored: bytes, side: int, script: ModuleType, what: str) -> None:
    image = QImage.fromData(stored)
    assert not image.isNull(), f"{what}: not an image Qt can read"
    assert (image.width(), image.height()) == (side, side), f"{what}: {image.width()}x{image.height()}"
    drawn = pixels(script.render((ICONS / "app.svg").read_bytes(), side))
    difference = np.abs(pixels(image) - drawn)
    # The same Qt draws the same pixels; another Qt version may smooth a few edge pixels differently. A changed
    # shape or colour moves far more than this.
    assert difference.mean() < 1.0 and difference.max() <= 64, f"{what} differs from the SVG drawn now: {REMAKE}"


def test_the_icons_were_made_from_the_current_svg() -> None:
    recorded = (ICONS / "app.svg.sha256").read_text(encoding="utf-8").split()
    assert recorded[1] == "app.svg"
    assert recorded[0] == hashlib.sha256((ICONS / "app.svg").read_bytes()).hexdigest(), (
        f"app.svg changed since the icons were made: {REMAKE}"
    )


def test_the_windows_icon_holds_every_size_drawn_from_the_svg(qapp: object, script: ModuleType) -> None:
    images = ico_images((ICONS / "app.ico").read_bytes())
    assert sorted(images) == [16, 24, 32, 48, 64, 128, 256] == list(script.ICO_SIZES)
    for side, stored in images.items():
        assert_drawn_from_the_svg(stored, side, script, f"app.ico, {side} px")


def test_the_mac_icon_holds_every_size_drawn_from_the_svg(qapp: object, script: ModuleType) -> None:
    # 16 to 512 points at 1x and 2x; Finder, Dock and the app switcher pick from these.
    expected = {
        b"ic11": 32,
        b"ic12": 64,
        b"ic07": 128,
        b"ic13": 256,
        b"ic08": 256,
        b"ic14": 512,
        b"ic09": 512,
        b"ic10": 1024,
    }
    elements = icns_images((ICONS / "app.icns").read_bytes())
    assert expected.keys() <= elements.keys()
    for kind, side in expected.items():
        assert_drawn_from_the_svg(elements[kind], side, script, f"app.icns, {kind.decode()}")


def test_the_linux_icon_is_drawn_from_the_svg(qapp: object, script: ModuleType) -> None:
    assert_drawn_from_the_svg((ICONS / "app.png").read_bytes(), 256, script, "app.png")


def test_the_installers_use_the_committed_icons() -> None:
    from tests.unit.test_windows_installer import ISS, iss_section, spec_constant

    assert REPO / str(spec_constant("WINDOWS_ICON")) == ICONS / "app.ico"
    assert REPO / str(spec_constant("MACOS_ICON")) == ICONS / "app.icns"
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve() == ICONS / "app.ico"
    linux = REPO / "installer" / "linux"
    assert 'cp resources/icons/app.png "$staging/$name/ctdc-desktop.png"' in (linux / "build_tarball.sh").read_text()
    assert "Icon=@ICON@\n" in (linux / "ctdc-desktop.desktop").read_text(encoding="utf-8")
    assert 'icon="$program/ctdc-desktop.png"' in (linux / "install.sh").read_text()
