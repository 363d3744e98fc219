"""The draft kill test's worker: half-types an invoice in the real invoice form, waits until the
form has kept its draft in the shop file, says `kept` on stdout and waits to be killed.

Run as `python draft_worker.py SHOP_FILE` with QT_QPA_PLATFORM=offscreen (see
test_draft_after_kill.py). The typing is done with key presses, as a shopkeeper would: the
customer's code, Enter, an item's code, Enter, a quantity, and nothing after: the last cell is
still being typed in when the process dies.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from vyapar_lite.db import open_data_file
from vyapar_lite.services import drafts
from vyapar_lite.ui.sales.invoice_form import InvoiceForm


def main(shop: Path) -> None:
    app = QApplication([])
    open_data_file(shop, create=False)
    form = InvoiceForm()
    form.resize(1200, 700)
    form.show()
    form.activateWindow()
    form.picker.set_code("RETAIL1")
    form.grid.start_typing()

    def typing() -> QWidget:
        app.processEvents()
        widget = app.focusWidget()
        assert widget is not None
        return widget

    QTest.keyClicks(typing(), "RICE5")
    QTest.keyClick(typing(), Qt.Key.Key_Return)
    QTest.keyClicks(typing(), "3")  # the quantity, still in its cell
    deadline = time.monotonic() + 30
    while drafts.kept("invoice") is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    print("kept" if drafts.kept("invoice") is not None else "not kept", flush=True)
    while True:  # typing goes on until the power goes
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
