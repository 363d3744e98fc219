"""Composition root: parse the arguments, open the shop file, show the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from vyapar_lite import APP_NAME, ORG_NAME, __version__, locations, server_driver, system_check

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vyapar_lite.db.store import DataLocation

log = logging.getLogger(__name__)
# the window icon: package data, so it is found from source, installed and in the PyInstaller
# bundle alike (build_scripts/vyapar_lite.spec puts it in the same place beside the modules)
ICON_FILE = Path(__file__).resolve().parent / "resources" / "vyapar-lite.png"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from vyapar_lite.db.store import data_location

    parser = argparse.ArgumentParser(
        prog="vyapar-lite",
        description=f"{APP_NAME}: offline bookkeeping for your shop.",
    )
    parser.add_argument(
        "--data",
        type=data_location,
        metavar="PATH|URL",
        help=f"the shop file to open (default: the shop server this PC opened last, if it did, "
        f"else {locations.default_data_file()}; with --demo: the sample shop file), or a shop "
        "on a PostgreSQL server: postgresql://user@host:port/dbname (its password from the "
        "PostgreSQL password file or PGPASSWORD, else asked once and kept until the app closes)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample shop; a new or empty file is filled with sample customers first",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the file, render the main window once and exit (0 when all is well)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def data_path(args: argparse.Namespace) -> DataLocation:
    """What to open: `--data` (a file or a server shop); else the sample shop with `--demo`;
    else the shop server this PC opened last (File › Connect to a shop server…), if the last
    shop opened was on one; else the default shop file."""
    if args.data is not None:
        return args.data if not isinstance(args.data, str) else Path(args.data)
    if args.demo:
        return locations.demo_data_file()
    from vyapar_lite.ui.server import remembered  # QSettings: after the QApplication is made

    return remembered.last_server() or locations.default_data_file()


def main(argv: list[str] | None = None) -> int:
    # Before anything imports peewee: the window opens shop files only, so the server driver
    # is not imported with it (0.1-0.4 s of start-up; see server_driver).
    server_driver.leave_out()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # no OpenGL/EGL, no screen, no X11 libraries: say what to do, not a traceback or an abort
    problem = system_check.qt_problem() or system_check.display_problem()
    if problem:
        system_check.tell(problem)
        return 1
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if ICON_FILE.is_file():
        QApplication.setWindowIcon(QIcon(str(ICON_FILE)))
    # no font at all: every name and amount would be a box, so stop before the shop is opened
    problem = system_check.fonts_message(QFontDatabase.families())
    if problem:
        system_check.tell(problem)
        return 1
    from vyapar_lite.ui import language

    language.start(app)  # the bundled Devanagari font, and the chosen language's translator
    path = data_path(args)
    app.aboutToQuit.connect(_stop_tasks)  # no worker outlives the window it reports to
    if args.smoke:
        _log_to_file()  # background work's details go to the log, never a traceback on stderr
        try:
            return smoke(path, demo=args.demo)
        finally:
            _stop_tasks()
    from vyapar_lite.ui.main_window import MainWindow

    window = MainWindow(path, opened=False)  # on screen at once; the shop opens in it next
    window.show()
    window.take_first_look()  # the shop's name and first screen, before its file is opened
    app.processEvents()
    from vyapar_lite.ui.shop_session import ShopSession

    _log_to_file()
    sys.excepthook = _show_unexpected_error
    session = ShopSession(demo=args.demo)
    if not session.start(path, window):
        return 1
    return int(app.exec())


def smoke(path: DataLocation, *, demo: bool) -> int:
    """Show the window, open the file in it, render it, wait for the file's check, report and
    exit: what packaging checks and the start-up benchmark run."""
    from PySide6.QtWidgets import QApplication

    try:
        from vyapar_lite.ui.main_window import MainWindow

        window = MainWindow(path, opened=False)
        window.show()
        QApplication.processEvents()
        framed = _seconds_since_launch("window shown")
        looked = window.take_first_look()  # as the app does: the shop shown before it is opened
        if looked:
            QApplication.processEvents()
            rendered = _rendered(window)
        from vyapar_lite.db import current_check, raise_if_damaged
        from vyapar_lite.ui.shop_session import once_shown, open_shop

        open_shop(path, demo=demo)
        window.shop_opened(path)
        once_shown(window)  # as the app does: the rest once the shop is painted
        QApplication.processEvents()
        if not looked:
            rendered = _rendered(window)
        image = window.grab()
        QApplication.processEvents()  # what waited for the paint: the dashboard's figures, …
        check = current_check()
        if check is not None:
            raise_if_damaged(check.path, check.wait() or [])
        from vyapar_lite.ui import language

        print(
            f"smoke ok: {path} ({window.shop_label.text()}), "
            f"main window {image.width()}x{image.height()}, language {language.current()}"
            f"{framed}{rendered}"
        )
        window.close_without_backup()
        return 0
    except Exception as exc:  # the smoke check reports any failure as a reason, not a traceback
        message = getattr(exc, "message", None)  # a DataFileError says what is wrong in words
        print(f"vyapar-lite: {message or f'smoke check failed: {exc!r}'}", file=sys.stderr)
        return 1
    finally:
        if "vyapar_lite.db" in sys.modules:
            from vyapar_lite.db import close_data_file

            close_data_file()


def _rendered(window: QWidget) -> str:
    """`, shop shown … s after launch` once `window` is rendered (see `_seconds_since_launch`)."""
    if window.grab().isNull():
        raise RuntimeError("the main window rendered nothing")
    return _seconds_since_launch("shop shown")


def _stop_tasks() -> None:
    """Stop the background workers, if any was started (ui.tasks is imported by the first:
    the first paint does not wait for it, issue 21)."""
    tasks = sys.modules.get("vyapar_lite.ui.tasks")
    if tasks is not None:
        tasks.stop_all()


def _seconds_since_launch(what: str) -> str:
    """`, window shown 0.112 s after launch` when the launcher set VYAPAR_LAUNCHED_AT (epoch
    seconds, as the start-up benchmark does), else ''."""
    launched = os.environ.get("VYAPAR_LAUNCHED_AT", "")
    try:
        return f", {what} {time.time() - float(launched):.3f} s after launch"
    except ValueError:
        return ""


def _log_to_file() -> None:
    folder = locations.app_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(
            filename=folder / "vyapar-lite.log",
            level=logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    except OSError:
        logging.basicConfig(level=logging.INFO)


def _show_unexpected_error(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Last resort: log the details, tell the shopkeeper in plain words, keep the app running."""
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        None,
        APP_NAME,
        f"Something went wrong: {value}\n\nNothing was saved half-way. The details are in "
        f"{locations.app_data_dir() / 'vyapar-lite.log'}.",
    )
