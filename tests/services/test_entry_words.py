"""The words the services store in English read back as Messages (issue 20): every pattern
round-trips to the same English, what a user typed stays as typed, and every description a
posting writes on a shop (both stores) is read by one of the patterns, so a new English
description in a service fails here until `entry_words.PATTERNS` knows it."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest

from payment_builders import DAY, cheque, invoice, receive, supplier
from vyapar_lite.db import money_backfill
from vyapar_lite.db.models import AuditEntry, LedgerEntry, PayableEntry
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.messages import Message, Word
from vyapar_lite.services import (
    cheques,
    contra_vouchers,
    entry_words,
    expenses,
    money_accounts,
    money_setup,
    payments_out,
    purchases,
    receipts,
    sales_cancel,
)
from vyapar_lite.services.entry_words import described

SAMPLES = {
    "number": "RCT/2026/0004",
    "invoice": "INV/2026/0002",
    "mode": "UPI",
    "mode_code": "bank",
    "reason": "entered twice: wrong rate",
    "description": "rice bags",
    "their": "G 77",
    "cheque": "000123",
    "bank": "HDFC Bank",
    "reference": "4521",
    "account": "SBI current",
    "file": "customers.xlsx",
    "head": "Rent",
}


def _filled(template: str) -> str:
    names = [n for _l, n, _s, _c in string.Formatter().parse(template) if n is not None]
    return template.format(**{n: SAMPLES[n] for n in names})


@pytest.mark.parametrize("template", entry_words.PATTERNS)
def test_every_pattern_reads_back_as_itself_with_the_same_english(template: str) -> None:
    text = _filled(template)
    words = described(text)
    assert isinstance(words, Message), text
    assert words.template == template
    assert str(words) == text


def test_the_parts_that_are_words_are_marked_for_translation() -> None:
    upi = described("Receipt (UPI 4521)")
    assert isinstance(upi, Message)
    mode = upi.params["mode"]
    assert isinstance(mode, Word) and (mode.context, mode.english) == ("labels", "UPI")
    code = described("Payment to supplier (bank)")
    assert isinstance(code, Message)
    word = code.params["mode_code"]
    assert isinstance(word, Word) and word.english == "Bank transfer" and str(word) == "bank"
    deposited = described("Cash deposited in Cash")  # the app's own account: translated
    assert isinstance(deposited, Message)
    assert isinstance(deposited.params["account"], Word)
    own = described("Cash deposited in SBI current")
    assert isinstance(own, Message) and type(own.params["account"]) is str  # as named


def test_typed_text_and_look_alikes_stay_as_they_are() -> None:
    for typed in ("Packing: May", "Purchase of shelves", "Cash to SBI", "Invoice", "INV 1 2"):
        assert described(typed) == typed
        assert not isinstance(described(typed), Message), typed
    between = described("Cash to SBI current", contra=True)  # a contra voucher's entry
    assert isinstance(between, Message) and between.template == entry_words.BETWEEN_ACCOUNTS
    assert str(between) == "Cash to SBI current"


def test_an_expense_s_own_head_is_a_word_and_what_was_typed_stays() -> None:
    rent = described("Rent: shop, May")
    assert isinstance(rent, Message) and str(rent) == "Rent: shop, May"
    head = rent.params["head"]
    assert isinstance(head, Word) and (head.context, head.english) == ("expense_heads", "Rent")
    assert rent.params["description"] == "shop, May"  # typed: as it is
    assert isinstance(described("Tea & snacks"), Message)  # a head with nothing typed
    for own in ("Packing material: boxes", "Packing material", "Rental: May"):
        assert not isinstance(described(own), Message), own  # the shop's own head: as named
    assert expenses.DEFAULT_HEADS == money_backfill.HEADS  # the heads a new shop file gets


def test_a_statement_reference_is_composed_with_the_same_english() -> None:
    assert entry_words.paid_by("upi", "4521") == "UPI 4521"
    assert isinstance(entry_words.paid_by("upi", "4521"), Message)
    assert entry_words.paid_by("cash", "") == "Cash"
    assert isinstance(entry_words.paid_by("cash", None), Word)
    assert entry_words.paid_by("barter", "x") == "barter x"  # an unknown mode: as before
    assert entry_words.against("INV/1") == "Against INV/1"
    assert entry_words.their_bill("G-77") == "Their bill G-77"


def _posted_everything(on: date) -> set[str]:
    """A shop with most kinds of posting; returns the reasons typed (user text)."""
    code = supplier("Gupta Electricals")
    sale = invoice(code, 300000, on)
    receive(code, 50000, on, mode="upi", reference="4521")
    wrong = receive(code, 10000, on)
    receipts.cancel_receipt(wrong, "wrong customer")
    by_cheque = receive(code, 20000, on, mode="cheque", cheque=cheque(on=on))
    cheques.mark_cleared(by_cheque, on)
    receipts.write_off(sale, 1000, on=on, reason="rounding")
    second = invoice(code, 5000, on)
    sales_cancel.cancel_invoice(second, "entered twice")
    purchases.record_bill(purchases.BillDraft(code, "G-77", on, 100000, 18000, 118000))
    bill = purchases.record_bill(
        purchases.BillDraft(code, "G-78", on, 1000, 0, 1000, description="rice bags")
    )
    purchases.cancel_bill(bill.number, "duplicate")
    payments_out.record_supplier_payment(
        payments_out.SupplierPaymentDraft(code, on, 50000, mode="upi", reference="77")
    )
    bank = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234")
    ).id
    other = money_setup.add_account(
        money_setup.NewAccount("HDFC", "bank", "9876", "HDFC0001234")
    ).id
    cash = money_accounts.cash_account().id
    for source, target in ((cash, bank), (bank, cash), (bank, other)):
        contra_vouchers.post_contra_voucher(contra_vouchers.ContraDraft(on, source, target, 100))
    return {"wrong customer", "rounding", "entered twice", "duplicate"}


def test_every_description_a_posting_writes_is_read(shop_file: Path) -> None:
    typed = _posted_everything(DAY)
    stored = [(e.description, e.kind) for e in LedgerEntry.select()]
    stored += [(e.description, e.kind) for e in PayableEntry.select()]
    stored += [(e.description, e.kind) for e in MoneyEntry.select()]
    assert len(stored) >= 20
    unread = [
        text
        for text, kind in stored
        if not isinstance(described(text, contra=kind == "contra"), Message)
    ]
    assert unread == []
    notes = {str(a.note) for a in AuditEntry.select() if a.note} - typed
    assert "created with the shop file" in notes
    assert [n for n in notes if not isinstance(described(n), Message)] == []
