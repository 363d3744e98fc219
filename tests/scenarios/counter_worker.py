"""One billing counter for test_counters_at_once.py: posts invoices and receipts on a server.

    python counter_worker.py URL SEED COUNT CODE,CODE,...

Prints `invoices stopped receipts` when done (an invoice refused by a stop-sales limit counts as
stopped, nothing of it saved).
"""

from __future__ import annotations

import random
import sys
from datetime import date

from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.store import server_address
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales
from vyapar_lite.services.payments import ReceiptDraft, record_receipt

DAY = date(2026, 5, 10)


def main(url: str, seed: int, count: int, codes: list[str]) -> str:
    open_data_file(server_address(url), create=False)
    rnd = random.Random(seed)
    invoices = stopped = receipts = 0
    try:
        for _ in range(count):
            code = rnd.choice(codes)
            if rnd.random() < 0.6:
                line = LineInput(
                    description="Goods",
                    qty_milli=1000,
                    rate=rnd.randint(1, 40) * 10000,
                    gst_rate_bp=0,
                    hsn_sac="8516",
                )
                try:
                    sales.post_invoice(sales.InvoiceDraft(code, DAY, [line]))
                    invoices += 1
                except sales.CreditLimitStop:
                    stopped += 1
            else:
                record_receipt(ReceiptDraft(code, DAY, rnd.randint(1, 20) * 10000))
                receipts += 1
    finally:
        close_data_file()
    return f"{invoices} {stopped} {receipts}"


if __name__ == "__main__":
    print(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(",")))
