"""What the shop's first screen does not wait for (issue 21): at the moment the window shows the
shop (its name read by the file's first look, `db.first_look`), the file is not opened yet and
the modules, Qt's namespace and the file's check below are not there; once it is painted they
follow, so nothing the app did is lost.

Each runs in a fresh interpreter (this one has imported everything already), through the same
`--smoke` start the benchmark times: `app._seconds_since_launch("shop shown")` is called right
after the shop is rendered, and the probe looks at the process then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# imported only when something needs them, none of it by the first paint of the dashboard
NOT_AT_FIRST_PAINT = (
    "peewee",  # the shop is shown from its file's first look, then the file is opened
    "vyapar_lite.db.connection",
    "vyapar_lite.db.migrations",
    "vyapar_lite.db.models",
    "vyapar_lite.services.shop",
    "vyapar_lite.ui.shop_session",
    "vyapar_lite.ui.backups.auto",  # the status bar's backup label: once the file is open
    "vyapar_lite.services.supplier_side",  # installed once the shop is painted
    "vyapar_lite.services.statement",
    "vyapar_lite.services.dashboard",  # the figures are worked out once the page is painted
    "vyapar_lite.services.sales_register",
    "vyapar_lite.services.backup_restore",  # restoring a backup, or a damaged file
    "vyapar_lite.services.backups",  # taking one: the status bar reads services.last_backup
    "vyapar_lite.services.audit_anchors",
    "vyapar_lite.ui.settings.setup_dialog",  # a new shop only
    "vyapar_lite.ui.lock.lock_dialog",  # the window's start asks it; the smoke start does not
    "vyapar_lite.domain.invoice",  # the shop's profile and the migrations' steps import it late
    "vyapar_lite.services.audit",  # saving the shop's profile writes a row; showing it does not
    "vyapar_lite.db.bulk",  # the audit rows' and imports' inserts
    "vyapar_lite.domain.customer",  # the walk-in's name, when a name is shown in Hindi
    "vyapar_lite.db.party_backfill",  # migrations' Python steps: an older file's only
    "vyapar_lite.db.money_backfill",
    "vyapar_lite.db.audit_seal",
    "vyapar_lite.db.server",  # a shop on a server's
    "vyapar_lite.domain.document_parties",
    "vyapar_lite.ui.tasks",  # the dashboard's worker imports it, once the page is painted
    "vyapar_lite.db.book_models",  # the books' models: the first screen reads the shop's only
    "vyapar_lite.ui.dashboard.charts",
    "PySide6.QtCharts",
    "openpyxl",
    "reportlab",
    "phonenumbers",
    "psycopg",
)

PROBE = """
import json, sys, threading
from vyapar_lite import app
seen = {}
mark = app._seconds_since_launch

def probe(what):
    if what == "shop shown":
        import PySide6.QtCore
        seen["modules"] = sorted(m for m in sys.modules if sys.modules[m] is not None)
        seen["qt_namespace"] = "Qt" in PySide6.QtCore.__dict__
        import PySide6.QtWidgets  # its classes are made when first named: 1.5 ms for this one

        seen["message_box"] = "QMessageBox" in PySide6.QtWidgets.__dict__
        seen["threads"] = [t.name for t in threading.enumerate()]
        seen["shop_label"] = app_window().shop_label.text()
        seen["nav_enabled"] = app_window().nav.isEnabled()
    return mark(what)

def app_window():
    from PySide6.QtWidgets import QApplication
    from vyapar_lite.ui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

app._seconds_since_launch = probe
code = app.main(["--smoke", "--data", sys.argv[1]])
from vyapar_lite.services import statement
seen["exit"] = code
seen["supplier_side_after"] = statement._supplier_side is not None
print("PROBE " + json.dumps(seen))
"""


def shop_shown(tmp_path: Path) -> dict[str, object]:
    """The probe's findings on a sample shop made by an earlier start (as the benchmark's big
    shop was: the shop to show is there, up to date)."""
    shop = tmp_path / "shop.vyapar"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    made = subprocess.run(
        [sys.executable, "-m", "vyapar_lite", "--smoke", "--demo", "--data", str(shop)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(shop)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))
    seen: dict[str, object] = json.loads(line.removeprefix("PROBE "))
    assert seen["exit"] == 0
    return seen


def test_the_shop_is_shown_before_what_its_first_screen_does_not_need(tmp_path: Path) -> None:
    seen = shop_shown(tmp_path)
    modules = set(seen["modules"])  # type: ignore[arg-type]
    assert "vyapar_lite.ui.dashboard.dashboard_page" in modules  # the probe saw the dashboard
    early = sorted(name for name in NOT_AT_FIRST_PAINT if name in modules)
    assert early == []
    # Qt's namespace (every Qt.* enum, 0.02 s) is built by the first code that touches it
    assert seen["qt_namespace"] is False
    # nor is QMessageBox's class (a message the first screen never shows)
    assert seen["message_box"] is False
    # the shop's name is shown from the file's first look; the file is opened next
    assert seen["shop_label"] == "Sharma General Store"
    assert seen["nav_enabled"] is False
    assert "quick_check" not in seen["threads"]  # type: ignore[operator]
    # and what waited for the paint did happen
    assert seen["supplier_side_after"] is True
