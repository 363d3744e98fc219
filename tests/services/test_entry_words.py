"""The words the services store in English read back as Messages (issue 20): every pattern
round-trips to the same English, what a user typed stays as typed, and every description a
posting writes on a shop (both stores) is read by one of the patterns, so a new English
description in a service fails here until `entry_words.PATTERNS` knows it."""

from __future__ import annotations

import string
from datetime import date, timedelta
from pathlib import Path

import pytest

from payment_builders import DAY, cheque, invoice, receive, supplier
from vyapar_lite.db import money_backfill
from vyapar_lite.db.models import AuditEntry, LedgerEntry, PayableEntry
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.messages import Message, Word
from vyapar_lite.domain.sheet import SheetData
from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.services import (
    cheques,
    contra,
    contra_vouchers,
    daily_closing,
    entry_words,
    expenses,
    financial_notes,
    money_accounts,
    money_setup,
    opening_bills,
    orders,
    payments_out,
    purchases,
    receipts,
    sales,
    sales_cancel,
    transaction_import,
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

# the entries' kinds `_posted_everything` and `_posted_the_rest` post between them
POSTED_KINDS = {
    "bounce",
    "cancel",
    "cash_excess",
    "cash_short",
    "cheque_cleared",
    "contra",
    "credit_note",
    "debit_memo",
    "debit_note",
    "expense",
    "invoice",
    "opening",
    "payment",
    "purchase",
    "receipt",
    "refund",
    "supplier",
    "write_off",
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


def _history_row(kind: str, number: str, code: str, total: int, **more: object) -> list[object]:
    cells: dict[str, object] = dict.fromkeys(HEADERS)
    cells.update({"Date": "09-05-2026", "Type": kind, "Number": number})
    cells.update({"Customer code": code, "Total": total, **more})
    return [cells[h] for h in HEADERS]


def _imported_history(code: str) -> None:
    """One of each type of the history import (domain/transaction_sheet.TYPES)."""
    note = {"Taxable value": 10, "GST": 0, "Against number": "H/1"}
    rows = [
        _history_row("Invoice", "H/1", code, 100, **{"Taxable value": 100, "GST": 0}),
        _history_row("Receipt", "H/2", code, 50, Mode="UPI", Reference="U9"),
        _history_row("Credit note", "H/3", code, 10, **note),
        _history_row("Debit note", "H/4", code, 10, **note),
        _history_row("Opening bill", "H/5", code, 20),
        _history_row("Opening credit", "H/6", code, 30),
        _history_row("Refund", "H/7", code, 5, Mode="Cash"),
    ]
    transaction_import.import_transactions(SheetData("history.xlsx", [list(HEADERS), *rows]))


def _posted_the_rest(on: date) -> set[str]:
    """What `_posted_everything` leaves out: orders, expenses, opening bills, the history import,
    credit/debit/financial notes, a bounce, refunds and payments out cancelled, a contra
    settlement, cancelled vouchers and the daily closing (short and excess; last, as a closed
    day takes no more cash). Returns the reasons typed."""
    code = supplier("Patil Stores")
    goods = LineInput("Rice", 5000, 10000, 0, hsn_sac="1006")
    sale = sales.post_invoice(sales.InvoiceDraft(code, on, [goods]))
    sales.post_credit_note(sale.number, doc_date=on, returns={1: 1000}, reason="damaged")
    sales.post_debit_note(
        sale.number, doc_date=on, lines=[LineInput("Freight", 1000, 5000, 0)], reason="freight"
    )
    financial_notes.post_financial_credit_note(
        sale.number, doc_date=on, amount=1000, reason="discount"
    )
    order = orders.create_order(orders.OrderDraft(code, on, [goods], advance=20000, mode="cash"))
    orders.cancel_order(order.number, "not needed")
    opening_bills.record_opening(code, "OB-1", on, 5000)
    opening_bills.record_opening(code, "OC-1", on, 3000, credit=True)
    _imported_history(code)
    bounced = receive(code, 20000, on, mode="cheque", cheque=cheque("654321", on=on))
    cheques.mark_bounced(bounced, on, reason="no funds", charge=30000)
    receive(code, 50000, on, allocations={})
    for mode in ("cash", "upi"):
        refund = payments_out.record_refund(
            payments_out.RefundDraft(code, on, 1000, mode=mode, reference="R1" * (mode == "upi"))
        )
        payments_out.cancel_payment(refund.number, "paid twice")
    purchases.record_bill(purchases.BillDraft(code, "P-1", on, 50000, 0, 50000))
    paid = payments_out.record_supplier_payment(payments_out.SupplierPaymentDraft(code, on, 100))
    payments_out.cancel_payment(paid.number, "wrong supplier")
    settled = contra.post_contra(code, on)
    contra.cancel_contra(settled.number, "set off by mistake")
    cash = money_accounts.cash_account().id
    expenses.add_head("Packing material")
    for head, typed in (("Rent", "shop, May"), ("Tea & snacks", ""), ("Packing material", "box")):
        spent = expenses.post_expense(expenses.ExpenseDraft(on, head, 100, cash, typed))
    expenses.cancel_expense(spent.number, "bought twice")
    moved = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(on, cash, money_accounts.accounts(kind="bank")[0].id, 100)
    )
    contra_vouchers.cancel_contra_voucher(moved.number, "not moved")
    for day, off_by, reason in (
        (on, -100, "counted short"),
        (on + timedelta(days=1), 100, "extra"),
    ):
        expected = daily_closing.cash_day(day, account_id=cash).expected + off_by
        assert expected > 0
        count = CashCount({10: expected // 1000}, coins=expected % 1000)
        daily_closing.close_day(day, count, reason=reason, today=on + timedelta(days=2))
    return {"damaged", "freight", "discount", "not needed", "no funds", "paid twice"} | {
        "wrong supplier",
        "set off by mistake",
        "bought twice",
        "not moved",
        "counted short",
        "extra",
    }


def test_every_description_a_posting_writes_is_read(shop_file: Path) -> None:
    typed = _posted_everything(DAY) | _posted_the_rest(DAY)
    stored = [(e.description, e.kind) for e in LedgerEntry.select()]
    stored += [(e.description, e.kind) for e in PayableEntry.select()]
    stored += [(e.description, e.kind) for e in MoneyEntry.select()]
    assert len(stored) >= 60
    # every kind of entry the services write was posted (a new kind: post it above)
    kinds = {kind for _text, kind in stored}
    assert kinds >= POSTED_KINDS, POSTED_KINDS - kinds
    unread = [
        text
        for text, kind in stored
        if not isinstance(described(text, contra=kind == "contra"), Message)
    ]
    assert unread == ["Packing material: box"]  # a head the shop added, and typed words
    notes = {str(a.note) for a in AuditEntry.select() if a.note} - typed
    assert "created with the shop file" in notes
    assert [n for n in notes if not isinstance(described(n), Message)] == []
