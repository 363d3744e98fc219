"""Composition root: parse the arguments, open the shop file, show the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from vyapar_lite import APP_NAME, ORG_NAME, __version__, locations

log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="vyapar-lite",
        description=f"{APP_NAME}: offline bookkeeping for your shop.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="PATH",
        help=f"the shop file to open (default: {locations.default_data_file()}; "
        "with --demo: the sample shop file)",
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


def data_path(args: argparse.Namespace) -> Path:
    if args.data is not None:
        return Path(args.data)
    return locations.demo_data_file() if args.demo else locations.default_data_file()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    path = data_path(args)
    if args.smoke:
        return smoke(path, demo=args.demo)
    from vyapar_lite.ui.shop_session import ShopSession

    _log_to_file()
    sys.excepthook = _show_unexpected_error
    session = ShopSession(demo=args.demo)
    if not session.start(path):
        return 1
    return int(app.exec())


def smoke(path: Path, *, demo: bool) -> int:
    """Open the file, render the main window once, report and exit: what packaging checks run."""
    from PySide6.QtWidgets import QApplication

    from vyapar_lite.db import DataFileError
    from vyapar_lite.ui.shop_session import open_shop

    try:
        open_shop(path, demo=demo)
        from vyapar_lite.ui.main_window import MainWindow

        window = MainWindow(path)
        window.show()
        QApplication.processEvents()
        image = window.grab()
        if image.isNull():
            raise RuntimeError("the main window rendered nothing")
        print(
            f"smoke ok: {path} ({window.shop_label.text()}), "
            f"main window {image.width()}x{image.height()}"
        )
        window.close()
        return 0
    except DataFileError as exc:
        print(f"vyapar-lite: {exc.message}", file=sys.stderr)
        return 1
    except Exception as exc:  # the smoke check reports any failure as a reason, not a traceback
        print(f"vyapar-lite: smoke check failed: {exc!r}", file=sys.stderr)
        return 1
    finally:
        from vyapar_lite.db import close_data_file

        close_data_file()


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
