"""Where the shop's data file lives by default.

The app and the CLI must agree on the default file without the CLI loading Qt, so this mirrors
Qt's `QStandardPaths.AppDataLocation` for our organisation and application names (a UI test checks
that the two agree on the machine it runs on).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vyapar_lite import APP_NAME, ORG_NAME

DATA_FILE_NAME = "shop.vyapar"
DEMO_FILE_NAME = "demo-shop.vyapar"


def app_data_dir() -> Path:
    """The per-user folder for the shop's files (not created here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORG_NAME / APP_NAME


def default_data_file() -> Path:
    """The shop file the app opens when no `--data` is given."""
    return app_data_dir() / DATA_FILE_NAME


def demo_data_file() -> Path:
    """The sample shop `--demo` opens (created on first use)."""
    return app_data_dir() / DEMO_FILE_NAME
