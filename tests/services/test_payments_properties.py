"""Property: any sequence of invoices, receipts, allocations, bounces, cancels and settlements keeps
the books whole.

Each example is a fresh shop file with two customers (the first also a supplier). After every step,
checked against the documents themselves (not against what the services said they did):

- no invoice or debit note owes below zero or above its total, and receipts never allocate more
  than a document's total; no receipt allocates (and refunds) more than its amount;
- every customer's balance = invoices - credit notes - receipts + refunds + debit notes + bounce
  charges (opening 0), counting posted documents only (receipts counted: not pending, cancelled or
  bounced; write-offs and contras are receipt-table credits);
- the payable side = posted purchase bills - posted payments to the supplier - posted contras;
- `health.check()` finds nothing (the CLI's `check`: cached points, postings, allocations).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from factories import make_customer
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import PurchaseBill, Receipt, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import books_check, customers, payments, sales, shop, supplier_side

pytestmark = pytest.mark.slow

SHOP = ShopProfile(name="Property Traders", state_code="27")
DAY = date(2026, 5, 10)
CHEQUE_DAY = date(2026, 6, 15)
rupees = st.integers(1, 20000).map(lambda r: r * 100)


def _rows(sql: str) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql).fetchall())


class PaymentBooks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.folder = tempfile.mkdtemp(prefix="vyapar-pay-prop-", dir=shm)
        open_data_file(Path(self.folder) / "shop.vyapar")
        shop.save_profile(SHOP)
        self.customers = [
            make_customer("Gupta Electricals", also_supplier=True).code,
            make_customer("Asha Verma").code,
        ]
        self.cheques = 100000

    def teardown(self) -> None:
        close_data_file()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- what there is to act on ---------------------------------------------------------------

    def _docs(self, *, kinds: tuple[str, ...] = ("invoice", "debit_note")) -> list[str]:
        query = SalesDoc.select(SalesDoc.number).where(
            SalesDoc.kind.in_(kinds) & (SalesDoc.status == "posted")
        )
        return [r.number for r in query.order_by(SalesDoc.id)]

    def _receipts(self, origins: tuple[str, ...], statuses: tuple[str, ...]) -> list[str]:
        query = Receipt.select(Receipt.number).where(
            Receipt.origin.in_(origins) & Receipt.status.in_(statuses)
        )
        return [r.number for r in query.order_by(Receipt.id)]

    def _cheques(self) -> list[str]:
        query = Receipt.select(Receipt.number).where(
            (Receipt.mode == "cheque")
            & Receipt.status.in_(("posted", "pending"))
            & (Receipt.origin == "receipt")
        )
        return [r.number for r in query.order_by(Receipt.id)]

    def _code_of(self, number: str) -> str:
        return sales.get_document(number).customer_code

    # --- steps ---------------------------------------------------------------------------------

    @rule(who=st.integers(0, 1), amount=rupees)
    def invoice(self, who: int, amount: int) -> None:
        line = LineInput("Goods", 1000, amount, 0)
        sales.post_invoice(sales.InvoiceDraft(self.customers[who], DAY, [line]))

    @rule(
        who=st.integers(0, 1),
        amount=rupees,
        how=st.sampled_from(["auto", "manual", "advance"]),
        mode=st.sampled_from(["cash", "upi", "cheque", "pdc"]),
        data=st.data(),
    )
    def receive(self, who: int, amount: int, how: str, mode: str, data: st.DataObject) -> None:
        code = self.customers[who]
        allocations: dict[str, int] | None = None
        if how == "advance":
            allocations = {}
        elif how == "manual":
            allocations = {}
            for doc in payments.open_invoices(code, on=DAY):
                if data.draw(st.booleans()):
                    # sometimes more than is owed: refused, and nothing moves
                    allocations[doc.number] = data.draw(st.integers(1, doc.outstanding + 500))
        cheque = None
        if mode in ("cheque", "pdc"):
            self.cheques += 1
            on = CHEQUE_DAY if mode == "pdc" else DAY
            cheque = payments.ChequeDetails(str(self.cheques), "HDFC Bank", on)
        draft = payments.ReceiptDraft(
            code,
            DAY,
            amount,
            mode="cheque" if cheque else mode,
            cheque=cheque,
            allocations=allocations,
        )
        with contextlib.suppress(ValidationError):
            payments.record_receipt(draft)

    @rule(count_on=st.sampled_from(["receipt", "clearance"]))
    def setting(self, count_on: str) -> None:
        payments.save_cheque_settings(payments.ChequeSettings(count_on))

    @precondition(lambda self: bool(self._cheques()))
    @rule(data=st.data())
    def clear(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self._cheques()))
        with contextlib.suppress(ValidationError):  # already cleared
            payments.mark_cleared(number, CHEQUE_DAY)

    @precondition(lambda self: bool(self._cheques()))
    @rule(data=st.data(), charge=st.sampled_from([0, 0, 35000, 59000]))
    def bounce(self, data: st.DataObject, charge: int) -> None:
        number = data.draw(st.sampled_from(self._cheques()))
        with contextlib.suppress(ValidationError):  # a refund used its advance
            payments.mark_bounced(number, CHEQUE_DAY, reason="Insufficient funds", charge=charge)

    @precondition(lambda self: bool(self._receipts(("receipt",), ("posted", "pending"))))
    @rule(data=st.data())
    def reallocate(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self._receipts(("receipt",), ("posted", "pending"))))
        code = payments.get_receipt(number).customer_code
        wanted = {
            doc.number: data.draw(st.integers(0, doc.outstanding + 500))
            for doc in payments.open_invoices(code, on=DAY, exclude_receipt=number)
        }
        with contextlib.suppress(ValidationError):
            payments.reallocate(number, wanted, reason="property")

    @precondition(
        lambda self: bool(self._receipts(("receipt", "write_off"), ("posted", "pending")))
    )
    @rule(data=st.data())
    def cancel_receipt(self, data: st.DataObject) -> None:
        choices = self._receipts(("receipt", "write_off"), ("posted", "pending"))
        with contextlib.suppress(ValidationError):
            payments.cancel_receipt(data.draw(st.sampled_from(choices)), "property")

    @precondition(lambda self: bool(self._docs(kinds=("invoice",))))
    @rule(data=st.data())
    def cancel_invoice(self, data: st.DataObject) -> None:
        with contextlib.suppress(ValidationError):  # it has notes against it
            sales.cancel_invoice(data.draw(st.sampled_from(self._docs(kinds=("invoice",)))), "x")

    @precondition(lambda self: bool(self._docs(kinds=("invoice",))))
    @rule(data=st.data(), amount=st.integers(1, 500000))
    def credit_note(self, data: st.DataObject, amount: int) -> None:
        number = data.draw(st.sampled_from(self._docs(kinds=("invoice",))))
        with contextlib.suppress(ValidationError):
            sales.post_credit_note(
                number, doc_date=DAY, price_corrections={1: amount}, reason="rate"
            )

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data(), amount=st.integers(1, 5000))
    def write_off(self, data: st.DataObject, amount: int) -> None:
        number = data.draw(st.sampled_from(self._docs()))
        with contextlib.suppress(ValidationError):
            payments.write_off(number, amount, on=DAY, reason="round off")

    @rule(who=st.integers(0, 1), data=st.data(), share=st.integers(1, 120))
    def apply_advance(self, who: int, data: st.DataObject, share: int) -> None:
        code = self.customers[who]
        advance = payments.advance_available(code)
        docs = payments.open_invoices(code, on=DAY)
        if not advance or not docs:
            return
        doc = data.draw(st.sampled_from(docs))
        amount = max(1, min(advance, doc.outstanding) * share // 100)
        with contextlib.suppress(ValidationError):  # over 100%: more than there is, refused
            payments.apply_advance(code, doc.number, amount)

    @rule(who=st.integers(0, 1), share=st.integers(1, 100))
    def refund(self, who: int, share: int) -> None:
        code = self.customers[who]
        total = payments.refundable(code).total
        if total:
            amount = max(1, total * share // 100)
            payments.record_refund(payments.RefundDraft(code, DAY, amount))

    @rule(data=st.data())
    def cancel_payment(self, data: st.DataObject) -> None:
        rows = [p for c in self.customers for p in payments.customer_payments(c)]
        live = [p.number for p in rows if p.status == "posted" and p.purpose != "contra"]
        if live:
            payments.cancel_payment(data.draw(st.sampled_from(live)), "property")

    @rule(amount=rupees)
    def bill(self, amount: int) -> None:
        self.cheques += 1
        payments.record_bill(
            payments.BillDraft(
                self.customers[0], f"B{self.cheques}", DAY, taxable=amount, gst=0, total=amount
            )
        )

    @rule(amount=rupees)
    def pay_supplier(self, amount: int) -> None:
        payments.record_supplier_payment(
            payments.SupplierPaymentDraft(self.customers[0], DAY, amount)
        )

    def _both_sides(self) -> bool:
        sides = supplier_side.account_sides(self.customers[0])
        return sides.receivable > 0 and sides.payable > 0

    @precondition(_both_sides)
    @rule()
    def contra(self) -> None:
        payments.post_contra(self.customers[0], DAY)

    @rule(data=st.data())
    def cancel_contra(self, data: st.DataObject) -> None:
        live = self._receipts(("contra",), ("posted",))
        if live:
            payments.cancel_contra(data.draw(st.sampled_from(live)), "property")

    # --- invariants ----------------------------------------------------------------------------

    @invariant()
    def outstanding_stays_between_zero_and_the_total(self) -> None:
        for code in self.customers:
            owing = {}
            for doc in sales.customer_documents(code):
                if doc.status == "posted" and doc.kind != "credit_note":
                    assert 0 <= doc.outstanding <= doc.grand_total, doc.number
                    if doc.outstanding:
                        owing[doc.number] = doc.outstanding
            # the allocation grid's one-query figure is the sales service's
            grid = {d.number: d.outstanding for d in payments.open_invoices(code, on=DAY)}
            assert grid == owing, code
        over = _rows(
            """SELECT d.number FROM sales_doc d JOIN allocation a ON a.doc_id = d.id
               JOIN receipt r ON r.id = a.receipt_id
               WHERE r.status = 'posted' AND d.status = 'posted'
               GROUP BY d.id HAVING SUM(a.amount) > d.grand_total"""
        )
        assert over == []

    @invariant()
    def balance_follows_the_documents(self) -> None:
        rows = _rows(
            """SELECT c.code,
                 COALESCE((SELECT SUM(d.grand_total) FROM sales_doc d WHERE d.customer_id = c.id
                           AND d.status = 'posted' AND d.kind = 'invoice'), 0),
                 COALESCE((SELECT SUM(d.grand_total) FROM sales_doc d WHERE d.customer_id = c.id
                           AND d.status = 'posted' AND d.kind = 'credit_note'), 0),
                 COALESCE((SELECT SUM(r.amount) FROM receipt r
                           WHERE r.customer_id = c.id AND r.status = 'posted'), 0),
                 COALESCE((SELECT SUM(p.amount) FROM payment_out p WHERE p.customer_id = c.id
                           AND p.status = 'posted' AND p.purpose = 'refund'), 0),
                 COALESCE((SELECT SUM(d.grand_total) FROM sales_doc d WHERE d.customer_id = c.id
                           AND d.status = 'posted' AND d.kind = 'debit_note'
                           AND d.note_reason <> 'bounce'), 0),
                 COALESCE((SELECT SUM(d.grand_total) FROM sales_doc d WHERE d.customer_id = c.id
                           AND d.status = 'posted' AND d.note_reason = 'bounce'), 0)
               FROM customer c WHERE c.code <> 'CASH'"""
        )
        for code, invoices, credit_notes, receipts, refunds, debit_notes, charges in rows:
            expected = invoices - credit_notes - receipts + refunds + debit_notes + charges
            assert customers.balance(code) == expected, code

    @invariant()
    def payable_follows_the_documents(self) -> None:
        code = self.customers[0]
        bills = sum(b.total for b in PurchaseBill.select().where(PurchaseBill.status == "posted"))
        paid = sum(
            p.amount
            for c in self.customers
            for p in payments.customer_payments(c)
            if p.status == "posted" and p.purpose in ("supplier", "contra")
        )
        assert supplier_side.account_sides(code).payable == bills - paid

    @invariant()
    def check_finds_nothing(self) -> None:
        assert books_check.problems() == []
        used = _rows(
            """SELECT r.number, r.amount,
                 COALESCE((SELECT SUM(a.amount) FROM allocation a JOIN sales_doc d
                           ON d.id = a.doc_id WHERE a.receipt_id = r.id
                           AND d.status = 'posted'), 0)
               FROM receipt r WHERE r.status IN ('posted', 'pending')"""
        )
        for number, amount, allocated in used:
            assert allocated <= amount, number


PaymentBooks.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestPaymentBooks = PaymentBooks.TestCase
