from __future__ import annotations

from datetime import date

from vyapar_lite.domain.note_rules import gst_credit_deadline, tax_credit_refusal


def test_the_deadline_is_30_november_after_the_financial_year() -> None:
    assert gst_credit_deadline(date(2026, 4, 1)) == date(2027, 11, 30)
    assert gst_credit_deadline(date(2027, 3, 31)) == date(2027, 11, 30)
    assert gst_credit_deadline(date(2027, 4, 1)) == date(2028, 11, 30)


def test_a_note_after_the_deadline_is_refused_with_the_date() -> None:
    assert tax_credit_refusal("INV/1", date(2026, 6, 1), date(2027, 11, 30)) == ""
    message = tax_credit_refusal("INV/1", date(2026, 6, 1), date(2027, 12, 1))
    assert "30-11-2027" in message and "s.34(2)" in message and "financial credit note" in message
