"""Marking a period's GSTR-1 filed: remembered, audited, and the books closed up to its end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from invoice_builders import SOAP_2, draft, stock_items
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import closed_books, sales
from vyapar_lite.services.returns import filing
from vyapar_lite.services.returns.period import parse_month, parse_quarter


def test_a_month_marked_filed_closes_its_books(shop_file: Path) -> None:
    may = parse_month("2026-05")
    assert filing.filed_periods() == [] and not filing.is_filed(may)
    done = filing.mark_filed(may, close_books=True)
    assert done == filing.Filed("2026-05", date(2026, 5, 31))
    assert filing.is_filed(may) and filing.filed_periods() == ["2026-05"]
    assert closed_books.closed_up_to() == date(2026, 5, 31)
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(2)
    assert [(row.record_type, row.record_label) for row in last] == [
        ("setting", "books closed up to"),
        ("setting", "GSTR-1 marked filed"),
    ]
    stock_items()
    with pytest.raises(ValidationError, match="closed up to 31-05-2026"):
        sales.post_invoice(draft("CASH", SOAP_2, on=date(2026, 5, 20), received=23600))


def test_marking_without_closing_and_never_reopening(shop_file: Path) -> None:
    closed_books.close_up_to(date(2026, 9, 30))
    filing.mark_filed(parse_quarter("2026-Q1"), close_books=True)  # April-June: already closed
    assert closed_books.closed_up_to() == date(2026, 9, 30)
    filing.mark_filed(parse_month("2026-10"), close_books=False)
    assert closed_books.closed_up_to() == date(2026, 9, 30)
    assert filing.filed_periods() == ["2026-10", "2026-Q1"]
    filing.mark_filed(parse_month("2026-10"), close_books=False)  # twice: listed once
    assert filing.filed_periods() == ["2026-10", "2026-Q1"]
