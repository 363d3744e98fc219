"""Amounts past the most a bill or a receipt can hold are refused with a message that says so,
never accepted, never a crash (issue 16's cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import draft
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.money import MAX_PAISE
from vyapar_lite.services import payments, sales

MOST = "₹9,99,99,99,99,999.99"


def messages(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [f"{e.field}: {e.message}" for e in exc.value.errors]


def test_a_line_at_the_maximum_rate_with_tax_is_refused(shop_file: Path) -> None:
    asha = make_customer("Asha Verma").code
    line = LineInput("Gold", 1000, MAX_PAISE, 1800)  # the rate alone fits; with 18% it does not
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(asha, line))
    assert messages(caught) == [
        f"line 1 amount: Line 1: quantity × rate with tax comes to more than {MOST}, the most one "
        "bill can hold: check the quantity and the rate"
    ]


def test_a_million_units_at_the_maximum_rate_is_a_message_not_an_overflow(
    shop_file: Path,
) -> None:
    asha = make_customer("Asha Verma").code
    line = LineInput("Gold", 10**9, MAX_PAISE, 0)
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(asha, line))
    assert messages(caught)[0].startswith("line 1 amount: Line 1: quantity × rate with tax ")


def test_lines_that_fit_alone_but_not_together_are_refused(shop_file: Path) -> None:
    asha = make_customer("Asha Verma").code
    half = LineInput("Gold", 1000, MAX_PAISE // 2 + 1, 0)
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(asha, half, half))
    assert messages(caught) == [
        f"lines: The bill's total would be more than {MOST}, the most one bill can hold: split it "
        "into two bills"
    ]


def test_a_receipt_past_the_maximum_says_so(shop_file: Path) -> None:
    from datetime import date

    asha = make_customer("Asha Verma").code
    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(payments.ReceiptDraft(asha, date(2026, 5, 10), MAX_PAISE + 1))
    assert messages(caught) == [f"amount: An amount can be at most {MOST}"]
    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(payments.ReceiptDraft(asha, date(2026, 5, 10), 0))
    assert messages(caught) == ["amount: Enter an amount more than ₹0"]
