#!/usr/bin/env python3
"""Peak memory of importing a big transactions sheet: read, check and write, in a fresh process.

    python benchmarks/import_memory.py [--rows 199000] [--customers 1000] [--seed 1]

Makes the shop and the workbook as `transactions.py` does (kept in benchmarks/data/ for the next
run), then imports it in a child process and prints that process's peak resident memory
(`ru_maxrss`) before the import (Python and the app's modules loaded, the shop open) and after
it, and how long it took. Run it against older code with PYTHONPATH pointing at that code's src/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = """
import json, resource, sys, time
from pathlib import Path
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import transaction_import

shop, workbook = Path(sys.argv[1]), Path(sys.argv[2])
open_data_file(shop, create=False)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
result = transaction_import.import_transactions(read_first_sheet(workbook))
took = time.perf_counter() - started
close_data_file()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": result.created, "before_kib": before, "peak_kib": after, "s": took}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=199_000)  # the most: 200,000 with row 1
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    import transactions as generator  # benchmarks/transactions.py

    generator.DATA.mkdir(exist_ok=True)
    base = generator.DATA / f"memory-base-{args.customers}.vyapar"
    workbook = generator.DATA / f"history-{args.rows}-seed{args.seed}.xlsx"
    if not base.exists() or not workbook.exists():
        for suffix in ("", "-wal", "-shm", ".lock"):
            base.with_name(base.name + suffix).unlink(missing_ok=True)
        codes = generator.make_shop(base, args.customers)
        generator.write_workbook(workbook, generator.history_rows(codes, args.rows, args.seed))
    target = generator.DATA / "memory-run.vyapar"
    shutil.copyfile(base, target)
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(target), str(workbook)],
            check=False,
            capture_output=True,
            text=True,
        )
        if child.returncode:
            raise SystemExit(child.stderr)
        out = child.stdout
    finally:
        for suffix in ("", "-wal", "-shm", ".lock"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
    figures = json.loads(out.splitlines()[-1])
    print(
        f"{figures['rows']:,} rows imported in {figures['s']:.1f} s; peak resident memory "
        f"{figures['peak_kib'] / 1024:,.0f} MiB ({figures['before_kib'] / 1024:,.0f} MiB before "
        "the import)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
