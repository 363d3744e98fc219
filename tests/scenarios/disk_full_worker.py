"""The full-disk test's worker: posts invoices with files capped in size until the disk "fills".

Run as `python disk_full_worker.py SHOP_FILE`. RLIMIT_FSIZE caps how large any file this process
writes may grow (and SIGXFSZ is ignored, so the write fails with an error instead of killing us):
to SQLite that is a disk that has run out of room. Prints one JSON line: the last invoice number
committed, and the error the failing post raised (type and message).
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from datetime import date
from pathlib import Path

from vyapar_lite.db import open_data_file
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales


def main(shop: Path) -> None:
    open_data_file(shop, create=False)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    wal = shop.with_name(shop.name + "-wal")
    room = max(shop.stat().st_size, wal.stat().st_size if wal.exists() else 0) + 48 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.RLIM_INFINITY))
    last = ""
    for n in range(100_000):
        line = LineInput(f"Goods lot {n} " + "x" * 150, 1000, 10000 + n, 500)
        try:
            last = sales.post_invoice(sales.InvoiceDraft("BUYER", date(2026, 5, 10), [line])).number
        except Exception as exc:
            print(json.dumps({"last": last, "type": type(exc).__name__, "message": str(exc)}))
            return
    print(json.dumps({"last": last, "type": "", "message": "the disk never filled"}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
