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
from questions import next_start_opens
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.ui.sales.line_grid import ITEM, QTY

pytestmark = pytest.mark.slow
WORKER = Path(__file__).with_name("draft_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_killed_process_s_half_typed_invoice_comes_back(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma", code="RETAIL1", city="Pune", state_code="27")
    # with its HSN, so Enter from the item goes straight to Qty (an item without one stops at
    # the HSN/SAC cell to have it typed)
    make_item("Basmati Rice 5 kg", code="RICE5", sale_price=65000, gst_rate_bp=500, hsn_sac="1006")
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
    form = next_start_opens(qtbot, shop_file, expect="an invoice for Asha Verma (1 line)")
    assert form.picker.code() == "RETAIL1"
    assert [(r["cells"][ITEM], r["cells"][QTY]) for r in form.grid.typed_rows()] == [  # type: ignore[index]
        ("Basmati Rice 5 kg", "3")
    ]
    form.refresh_preview()
    assert form.totals.values["grand_total"].text() == "₹2,048.00"  # 3 × ₹650 + 5%, rounded
