#!/usr/bin/env python3
"""Write the Excel templates in resources/templates/ from the code that reads them.

    python3 build_scripts/make_templates.py

Run after changing a sheet's columns (`domain/customer_sheet.py`, `domain/item_sheet.py`,
`domain/transaction_sheet.py`) and
commit the output; a test checks that each committed template has the columns the import expects.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "templates"


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from vyapar_lite.exports import customers, items, transactions

    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for name, write_template in (
        ("customers.xlsx", customers.write_template),
        ("items.xlsx", items.write_template),
        ("transactions.xlsx", transactions.write_template),
    ):
        target = TEMPLATES / name
        write_template(target)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
