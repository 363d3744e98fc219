#!/usr/bin/env python3
"""Redraw docs/main-window.png, the README's picture of the app: the demo shop's Dashboard in a
1366x768 window (the most common laptop screen in Indian shops), rendered offscreen.

    python3 build_scripts/dev.py screenshot [--out docs/main-window.png] [--screen dashboard]

Runs in .venv (dev.py installs the app first). The demo shop is made in a temporary folder and
the app's settings go to a temporary home, so the user's own shop and settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    parser.add_argument(
        "--screen",
        default="dashboard",
        choices=["dashboard", "customers", "items", "sales", "payments", "reports", "audit"],
    )
    args = parser.parse_args(argv)
    home = tempfile.mkdtemp(prefix="vyapar-screenshot-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from vyapar_lite.db import close_data_file
    from vyapar_lite.ui.main_window import MainWindow
    from vyapar_lite.ui.shop_session import open_shop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(home) / "demo.vyapar"
    window = MainWindow(path, opened=False)
    # A first start opens maximised, which offscreen means Qt's 800x800 screen: the picture is
    # of a 1366x768 laptop screen instead.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    window.show()
    open_shop(path, demo=True)
    window.shop_opened(path)
    page = window.page(args.screen)
    loop = QEventLoop()
    if args.screen == "dashboard":
        page.loaded.connect(lambda _figures: QTimer.singleShot(300, loop.quit))  # type: ignore[attr-defined]
    else:
        window.show_screen(args.screen)
        QTimer.singleShot(1500, loop.quit)
    QTimer.singleShot(20000, loop.quit)  # never hang: whatever is on screen after 20 s
    loop.exec()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.out), "PNG"):
        print(f"Could not write {args.out}", file=sys.stderr)
        return 1
    print(f"Wrote {args.out} ({SIZE[0]}x{SIZE[1]}, {args.screen})")
    window.close_without_backup()
    close_data_file()
    return 0


if __name__ == "__main__":
    sys.exit(main())
