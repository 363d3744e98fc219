"""The Tally export on the big shop: the XML file for its last month of entries.

    python benchmarks/tally.py [--data benchmarks/data/shop-10k-1m-docs.vyapar] [--runs 3]
        [--from 2026-10-23 --to 2026-11-22]

Works on a copy in benchmarks/data/tally/ (the shop file given by --data is never opened; the
copy is removed at the end unless --keep), opened with `open_data_file`, which migrates it as
the app would. Each run is the whole export as `vyapar-lite-cli export tally` does it: reading
the period a calendar month at a time (`services.tally.months.tally_months`) and writing the file
(`exports.tally.xml_file.write_tally_xml`); the file is parsed back once with ElementTree to
check every voucher balances. Prints the median and minimum of --runs (wall time, and this
process's CPU time), the voucher count, the file size and the other load on the machine (it is
shared). Limit: 10 s.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from startup import OtherLoad

from vyapar_lite.exports.tally.xml_file import write_tally_xml
from vyapar_lite.services.tally.months import tally_months

BENCHMARKS = Path(__file__).resolve().parent
DEFAULT_DATA = BENCHMARKS / "data" / "shop-10k-1m-docs.vyapar"
WORK = BENCHMARKS / "data" / "tally"
LIMIT = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=date(2026, 10, 23))
    parser.add_argument("--to", dest="end", type=date.fromisoformat, default=date(2026, 11, 22))
    parser.add_argument("--keep", action="store_true", help="keep the copy and the XML file")
    parser.add_argument(
        "--no-parse", action="store_true", help="skip parsing the file back (a long period)"
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} is missing: make it with generate_shop.py --documents", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    shop = WORK / "shop.vyapar"
    for suffix in ("", "-wal", "-shm", ".lock"):
        shop.with_name(shop.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(args.data, shop)
    out = WORK / "tally.xml"
    open_data_file(shop, create=False)
    try:
        load = OtherLoad()
        seconds, cpu = [], []
        count = 0
        for _ in range(args.runs):
            started, used = time.perf_counter(), time.process_time()
            count = write_tally_xml(out, tally_months(args.start, args.end))
            seconds.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
        other = load.describe()
    finally:
        close_data_file()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before parsing it back
    unbalanced = 0
    for voucher in () if args.no_parse else ET.parse(out).getroot().iter("VOUCHER"):
        amounts = [Decimal(a.text or "0") for a in voucher.findall("ALLLEDGERENTRIES.LIST/AMOUNT")]
        unbalanced += sum(amounts) != 0
    median = statistics.median(seconds)
    print(f"Tally export {args.start} to {args.end}: {count:,} vouchers, "
          f"{out.stat().st_size / 1e6:.1f} MB, "
          f"{'not parsed back' if args.no_parse else f'{unbalanced} unbalanced'}")  # fmt: skip
    verdict = "ok" if median < LIMIT else "OVER"
    print(f"  whole export (read + write): median {median:.2f} s, min {min(seconds):.2f} s "
          f"of {args.runs} runs; limit {LIMIT:.0f} s: {verdict}")  # fmt: skip
    print(f"  this process's CPU time per run: median {statistics.median(cpu):.2f} s "
          "(what an idle machine's wall time comes close to)")  # fmt: skip
    print(f"  peak memory of the export (before the file is parsed back): {peak:.0f} MB")
    print(f"  {other}")
    if not args.keep:
        shutil.rmtree(WORK)
    return 0 if median < LIMIT and not unbalanced else 1


if __name__ == "__main__":
    sys.exit(main())
