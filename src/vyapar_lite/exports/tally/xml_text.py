"""Text pieces of Tally's XML: escaped text, amounts and dates the way Tally reads them.

- Amounts: rupees with two decimals from integer paise (no float); in a voucher a debit is a
  negative AMOUNT with ISDEEMEDPOSITIVE Yes, a credit a positive AMOUNT with ISDEEMEDPOSITIVE No,
  so a voucher's AMOUNTs add up to zero. A ledger's OPENINGBALANCE is signed the same way.
- Dates: YYYYMMDD.
- Text: `&`, `<`, `>` (and `"` in attributes) escaped; characters XML 1.0 cannot carry (control
  characters other than tab and newline) dropped; everything else, Hindi included, written as
  UTF-8.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=65536)  # names, ledgers and words repeat on every voucher
def text(value: str) -> str:
    clean = _NOT_XML.sub("", value)
    return clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(value: str) -> str:
    return '"' + text(value).replace('"', "&quot;") + '"'


def tally_amount(paise: int) -> str:
    """Paise signed + debit / - credit -> Tally's AMOUNT text (debit negative)."""
    value = -paise
    sign = "-" if value < 0 else ""
    rupees, part = divmod(abs(value), 100)
    return f"{sign}{rupees}.{part:02d}"


def deemed_positive(paise: int) -> str:
    """ISDEEMEDPOSITIVE: Yes for a debit."""
    return "Yes" if paise > 0 else "No"


@lru_cache(maxsize=4096)
def tally_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def element(tag: str, value: str) -> str:
    return f"<{tag}>{text(value)}</{tag}>"
