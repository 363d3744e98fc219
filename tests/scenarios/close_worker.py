"""The closing kill test's worker (see test_close_kill.py): shows the shop in the main window,
closes it, and says on stdout when the closing backup begins and whether the window was still
on screen then; the test kills it with SIGKILL at that moment. When the closing work is done
before the kill comes, it waits on stdin, so the kill always lands.

Run as `python close_worker.py SHOP_FILE`, with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from vyapar_lite.services import backups
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.shop_session import open_shop


def main(path: Path) -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(path, opened=False)
    window.show()
    app.processEvents()
    open_shop(path)
    window.shop_opened(path)
    app.processEvents()
    real = backups.back_up

    def announced(*args: Any, **kwargs: Any) -> Any:
        print(f"backing up; window on screen: {window.isVisible()}", flush=True)
        return real(*args, **kwargs)

    backups.back_up = announced  # type: ignore[assignment]  # the one call, in back_up_on_close
    window.close()
    print("closed", flush=True)
    sys.stdin.readline()  # stay alive until killed, so a late kill still finds the process


if __name__ == "__main__":
    main(Path(sys.argv[1]))
