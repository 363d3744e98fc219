"""The app's icon: drawn by build_scripts/make_icon.py, loaded as the window icon at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication

from vyapar_lite import app

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"

SHOW_ICON = """
import sys
from PySide6.QtWidgets import QApplication
from vyapar_lite.app import main
code = main(["--smoke", "--data", sys.argv[1]])
print("icon sizes", [s.width() for s in QApplication.windowIcon().availableSizes()])
sys.exit(code)
"""


def test_the_window_icon_is_package_data_and_loads(qapp: QApplication) -> None:
    assert app.ICON_FILE.is_file()
    assert app.ICON_FILE.read_bytes() == (ICONS / "vyapar-lite.png").read_bytes()
    icon = QIcon(str(app.ICON_FILE))
    assert not icon.isNull()
    assert icon.availableSizes()[0].width() == 256


def test_the_windows_icon_holds_every_size(qapp: QApplication) -> None:
    reader = QImageReader(str(ICONS / "vyapar-lite.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_is_an_icns_file() -> None:
    data = (ICONS / "vyapar-lite.icns").read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)


def test_the_app_sets_its_window_icon(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SHOW_ICON, str(tmp_path / "new.vyapar")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "icon sizes [256]" in result.stdout
