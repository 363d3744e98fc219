"""The date check every document's service runs before numbering it (`domain.document_dates`).

Invoices, credit and debit notes, sale orders and receipts call `check` with the user's
`confirm_unusual_date`; the forms catch `UnusualDate`, ask, and post again confirmed.
"""

from __future__ import annotations

from datetime import date

from vyapar_lite.domain.document_dates import UnusualDate, check_date
from vyapar_lite.services import numbering_settings

__all__ = ["UnusualDate", "check", "today"]


def today() -> date:
    return date.today()


def check(on: date, *, confirmed: bool, field: str) -> None:
    """Raise UnusualDate when `on` needs confirming and was not confirmed."""
    if confirmed:
        return
    check_date(on, today=today(), future_days=numbering_settings.future_days(), field=field)
