#!/usr/bin/env python3
"""Draw the app icon with Qt and write it in every format the builds need.

    python3 build_scripts/make_icon.py

Writes (commit the output):

- resources/icons/vyapar-lite.png   256 px, the master image
- resources/icons/vyapar-lite.ico   16-256 px, for the Windows .exe (PyInstaller `icon=`)
- resources/icons/vyapar-lite.icns  16-1024 px, for the macOS .app bundle
- src/vyapar_lite/resources/vyapar-lite.png   the window icon the app loads at run time

Each size is drawn afresh (not scaled down) so the small ones stay crisp. The .ico and .icns
files hold PNG images, laid out here with `struct` (Qt writes only one image per .ico and no
.icns; Windows Vista+ and macOS 10.7+ read PNG entries). Runs without a display.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PACKAGE_ICON = ROOT / "src" / "vyapar_lite" / "resources" / "vyapar-lite.png"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns entry types holding PNG data, by pixel size (the @2x types share sizes with others)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip

TEAL_TOP, TEAL_BOTTOM, SAFFRON = "#14897f", "#0b5751", "#f4a51c"


def draw(size: int) -> bytes:
    """The icon at `size` pixels as PNG bytes: a white rupee sign over a saffron ledger line on
    a teal rounded square. Drawn on a 100-unit grid."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)

    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 100))
    gradient.setColorAt(0, QColor(TEAL_TOP))
    gradient.setColorAt(1, QColor(TEAL_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)

    painter.setBrush(QColor(SAFFRON))  # the ledger's ruled line under the sign
    painter.drawRoundedRect(QRectF(22, 80, 56, 7), 3.5, 3.5)

    rupee = QPainterPath()
    rupee.moveTo(30, 20)  # top bar
    rupee.lineTo(70, 20)
    rupee.moveTo(30, 34)  # second bar
    rupee.lineTo(70, 34)
    rupee.moveTo(30, 20)  # the bowl, hanging from the top bar
    rupee.lineTo(44, 20)
    rupee.cubicTo(62, 20, 62, 50, 44, 50)
    rupee.lineTo(31, 50)
    rupee.lineTo(60, 74)  # the leg
    pen = QPen(QColor("white"), 8.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(rupee)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (ICONDIR, ICONDIRENTRYs, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) entries, big-endian."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: draw(size) for size in sizes}
    ICONS.mkdir(parents=True, exist_ok=True)
    PACKAGE_ICON.parent.mkdir(parents=True, exist_ok=True)
    outputs = {
        ICONS / "vyapar-lite.png": images[256],
        ICONS / "vyapar-lite.ico": ico({size: images[size] for size in ICO_SIZES}),
        ICONS / "vyapar-lite.icns": icns(images),
        PACKAGE_ICON: images[256],
    }
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
