"""A power cut loses no half-typed bill (issue 15, item 4): a process typing an invoice in the real
form is killed with SIGKILL after the form kept its draft; the next start offers the invoice
back, and opening it shows the customer and the line as typed (the quantity still in its cell
when the process died)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from questions import answer_next
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.sales.line_grid import ITEM, QTY
from vyapar_lite.ui.sales.sales_screen import SalesScreen

pytestmark = pytest.mark.slow
WORKER = Path(__file__).with_name("draft_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_killed_process_s_half_typed_invoice_comes_back(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma", code="RETAIL1", city="Pune", state_code="27")
    make_item("Basmati Rice 5 kg", code="RICE5", sale_price=65000, gst_rate_bp=500)
    close_data_file()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(shop_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert worker.stdout is not None
        said = worker.stdout.readline().strip()
        assert said == "kept", worker.stderr.read() if worker.stderr else said
    finally:
        os.kill(worker.pid, signal.SIGKILL)  # the power goes
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    open_data_file(shop_file, create=False)  # the next start
    assert SalesDoc.select().count() == 0  # nothing was posted
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    window.auto_backup = None
    asked: list[str] = []
    answer_next(asked)  # Enter: Open it
    assert window.offer_kept_drafts() == ["invoice"]
    assert asked == [
        "You were typing an invoice for Asha Verma (1 line) when the app closed: open it?"
    ]
    screen = window.page("sales")
    assert isinstance(screen, SalesScreen)
    form = screen.invoice_form
    assert screen.stack.currentWidget() is form
    assert form.picker.code() == "RETAIL1"
    assert [(r["cells"][ITEM], r["cells"][QTY]) for r in form.grid.typed_rows()] == [  # type: ignore[index]
        ("Basmati Rice 5 kg", "3")
    ]
    form.refresh_preview()
    assert form.totals.values["grand_total"].text() == "₹2,048.00"  # 3 × ₹650 + 5%, rounded
