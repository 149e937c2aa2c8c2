"""Make the program icons from the app's SVG (resources/icons/app.svg), for the installers:

    uv run --with pillow python scripts/make_icons.py

writes, beside the SVG,
- `app.ico`: Windows (16, 24, 32, 48, 64, 128 and 256 px), the programs' icon (the spec's EXE) and the installer's
  (ctdc-desktop.iss);
- `app.icns`: macOS (32 to 1024 px: 16 to 512 points at 1x and 2x), the .app's icon (the spec's BUNDLE);
- `app.png`: 256 px, the Linux menu entry's icon (installer/linux/install.sh);
- `app.svg.sha256`: the hash of the SVG they were made from, in `sha256sum` form.

Run it again after changing the SVG and commit what it writes: tests/unit/test_app_icons.py fails while the icons
are older than the SVG, or differ from what Qt draws from it. Qt's QSvgRenderer draws the SVG at each size (the same
renderer the window uses for the SVG icons); Pillow, a build-time tool only (never a dependency of the app), packs
the drawings into the .ico and .icns. The .ico's images are stored as PNG, as PyInstaller's own conversion does
(Windows Vista and later read them).
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "app.svg"
ICO = ICONS / "app.ico"
ICNS = ICONS / "app.icns"
PNG = ICONS / "app.png"
HASH = ICONS / "app.svg.sha256"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# What Pillow's ICNS writer stores (ic11 to ic14, ic07 to ic10: 16 to 512 points, each at 1x and 2x).
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
PNG_SIZE = 256

_keep: list[QGuiApplication] = []  # the application render() had to make, alive while Qt draws


def svg_sha256(svg: bytes) -> str:
    return hashlib.sha256(svg).hexdigest()


def render(svg: bytes, size: int) -> QImage:
    """The SVG drawn onto a transparent `size` x `size` image (straight, not premultiplied, alpha)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown: no display needed
        _keep.append(QGuiApplication([sys.argv[0]]))
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("Qt cannot read the SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_RGBA8888)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    return bytes(buffer.data().data())


def make(svg_path: Path = SVG, out: Path = ICONS) -> list[Path]:
    """Draw `svg_path` at every size and write app.ico, app.icns, app.png and app.svg.sha256 into `out`."""
    from PIL import Image  # build-time only: `uv run --with pillow ...`

    svg = svg_path.read_bytes()

    def pillow(size: int) -> Image.Image:
        return Image.open(io.BytesIO(png_bytes(render(svg, size)))).convert("RGBA")

    written = []
    ico = [pillow(size) for size in ICO_SIZES]
    largest = ico[-1]
    largest.save(out / ICO.name, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [pillow(size) for size in ICNS_SIZES]
    icns[-1].save(out / ICNS.name, format="ICNS", append_images=icns[:-1])
    (out / PNG.name).write_bytes(png_bytes(render(svg, PNG_SIZE)))
    (out / HASH.name).write_text(f"{svg_sha256(svg)}  {svg_path.name}\n", encoding="utf-8")
    written += [out / ICO.name, out / ICNS.name, out / PNG.name, out / HASH.name]
    return written


def main() -> int:
    for path in make():
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
