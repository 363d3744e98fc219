"""Property: any sequence of invoices, cancellations, credit and debit notes keeps the books whole.

Each example is a fresh shop file. After every step the ledger, stock and points are checked
against the documents themselves (not against what the services said they did):

- a customer's balance = invoices and debit notes posted - credit notes - receipts kept, where a
  cancelled invoice and its counter receipt count for nothing (posted minus reversed);
- stock = opening - what posted invoices sold + what posted credit notes took back;
- points = cached on the customer = the sum of loyalty moves = earned - redeemed on posted
  documents;
- no half documents: every document has lines, its one ledger entry and its audit row; every
  cancelled one has its reversal; every receipt its ledger credit (and a cancelled one its debit);
- credit notes never credit more than their invoice, and crediting all of it gives back exactly
  its grand total and its points.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from factories import make_customer
from invoice_builders import DAY, item_line, stock, stock_items
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import (
    SalesDoc,
)
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput, line_amounts, totals
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import customers, sales, shop

pytestmark = pytest.mark.slow

SHOP = ShopProfile(name="Property Traders", state_code="27", gstin="27AAPFU0939F1ZV")
OPENING = {"SOAP": 50000, "RICE": 100000}
RATES = {"SOAP": (10000, 1800), "RICE": (5000, 500), "PEN": (1000, 1200)}

lines_strategy = st.lists(
    st.tuples(
        st.sampled_from(sorted(RATES)),
        st.integers(1, 4000),  # thousandths
        st.integers(0, 3000),  # discount in basis points
    ),
    min_size=1,
    max_size=4,
)


class SalesBooks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # in memory-backed /dev/shm where there is one: every commit is fsynced
        shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.folder = tempfile.mkdtemp(prefix="vyapar-prop-", dir=shm)
        open_data_file(Path(self.folder) / "shop.vyapar")
        shop.save_profile(SHOP)
        stock_items()
        self.customers = [
            "CASH",
            make_customer("Asha Verma", state_code="27").code,
            make_customer("Kaveri Stores", state_code="29").code,
        ]
        for code in self.customers[1:]:  # points to redeem: 200 pens, ₹2,240, 22 points
            sales.post_invoice(
                sales.InvoiceDraft(code, DAY, [item_line("PEN", 200000, 1000, 1200)])
            )

    def teardown(self) -> None:
        close_data_file()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- steps -------------------------------------------------------------------------------

    @rule(
        who=st.integers(0, 2),
        typed=lines_strategy,
        paid=st.integers(0, 100),
        redeem=st.integers(0, 30),
    )
    def post_invoice(
        self, who: int, typed: list[tuple[str, int, int]], paid: int, redeem: int
    ) -> None:
        code = self.customers[who]
        lines = [
            item_line(item, qty, RATES[item][0], RATES[item][1], discount_bp=off)
            for item, qty, off in typed
        ]
        if code == "CASH":  # paid in full: the total as the screen works it out
            amounts = [line_amounts(line, "intra") for line in lines]
            total = totals(amounts, round_to_rupee=True).grand_total
            redeem, received = 0, total
        else:
            before = sales.preview_invoice(sales.InvoiceDraft(code, DAY, lines)).totals
            limit = (before.taxable + before.tax) // 100  # a point is worth ₹1
            # a return can take back points already redeemed: a balance can go below 0
            redeem = max(0, min(redeem, customers.get_customer(code).loyalty_points, limit))
            draft = sales.InvoiceDraft(code, DAY, lines, redeem_points=redeem)
            total = sales.preview_invoice(draft).totals.grand_total
            received = total * paid // 100
        doc = sales.post_invoice(
            sales.InvoiceDraft(code, DAY, lines, received=received, redeem_points=redeem)
        )
        assert doc.totals.grand_total == total
        assert doc.received == received

    def _posted_invoices(self, *, without_notes: bool = False) -> list[str]:
        query = SalesDoc.select(SalesDoc.number).where(
            (SalesDoc.kind == "invoice") & (SalesDoc.status == "posted")
        )
        if without_notes:
            noted = SalesDoc.select(SalesDoc.against).where(SalesDoc.against.is_null(False))
            query = query.where(SalesDoc.id.not_in(noted))
        return [row.number for row in query.order_by(SalesDoc.id)]

    @precondition(lambda self: bool(self._posted_invoices(without_notes=True)))
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self._posted_invoices(without_notes=True)))
        assert sales.cancel_invoice(number, "Property test").status == "cancelled"

    @precondition(lambda self: bool(self._posted_invoices()))
    @rule(data=st.data(), correct=st.booleans())
    def credit_note(self, data: st.DataObject, correct: bool) -> None:
        invoice = sales.get_document(data.draw(st.sampled_from(self._posted_invoices())))
        line = data.draw(st.sampled_from(invoice.lines))
        left = line.qty_milli - line.returned_milli
        if correct:
            amount = data.draw(st.integers(1, max(1, line.taxable)))
            kwargs: dict[str, Any] = {"price_corrections": {line.line_no: amount}}
        elif left > 0:
            kwargs = {"returns": {line.line_no: data.draw(st.integers(1, left))}}
        else:
            return
        # more than is left of the line is refused; the invariants show nothing moved
        with contextlib.suppress(ValidationError):
            sales.post_credit_note(invoice.number, doc_date=DAY, reason="Property test", **kwargs)

    @precondition(lambda self: bool(self._posted_invoices()))
    @rule(data=st.data(), amount=st.integers(1, 50000))
    def debit_note(self, data: st.DataObject, amount: int) -> None:
        number = data.draw(st.sampled_from(self._posted_invoices()))
        charge = LineInput("Freight", 1000, amount, 1800)
        with contextlib.suppress(ValidationError):  # refused for a walk-in (CASH) sale
            sales.post_debit_note(number, doc_date=DAY, lines=[charge], reason="Property test")

    # --- invariants ----------------------------------------------------------------------------

    @invariant()
    def balance_is_posted_minus_reversed(self) -> None:
        rows = _rows(
            """SELECT c.code,
                 COALESCE((SELECT SUM(CASE d.kind WHEN 'credit_note' THEN -d.grand_total
                                       ELSE d.grand_total END)
                           FROM sales_doc d WHERE d.customer_id = c.id AND d.status = 'posted'), 0),
                 COALESCE((SELECT SUM(r.amount) FROM receipt r
                           WHERE r.customer_id = c.id AND r.status = 'posted'), 0)
               FROM customer c"""
        )
        for code, owed, paid in rows:
            assert customers.balance(code) == owed - paid, code

    @invariant()
    def stock_follows_the_documents(self) -> None:
        rows = _rows(
            """SELECT i.code,
                 COALESCE((SELECT SUM(CASE d.kind WHEN 'invoice' THEN -l.qty_milli
                                       ELSE l.qty_milli END)
                           FROM sales_doc_line l JOIN sales_doc d ON d.id = l.doc_id
                           WHERE l.item_id = i.id AND d.status = 'posted'
                             AND d.kind != 'debit_note'), 0)
               FROM item i WHERE i.track_stock"""
        )
        assert {code for code, _ in rows} == set(OPENING)
        for code, moved in rows:
            assert stock(code) == OPENING[code] + moved, code

    @invariant()
    def points_follow_the_documents(self) -> None:
        rows = _rows(
            """SELECT c.code, c.loyalty_points,
                 COALESCE((SELECT SUM(m.points) FROM loyalty_move m
                           WHERE m.customer_id = c.id), 0),
                 COALESCE((SELECT SUM(d.points_earned - d.points_redeemed) FROM sales_doc d
                           WHERE d.customer_id = c.id AND d.status = 'posted'), 0)
               FROM customer c"""
        )
        for code, cached, moves, documents in rows:
            assert cached == moves == documents, code

    @invariant()
    def no_half_documents(self) -> None:
        docs = _rows(
            """SELECT d.number, d.status,
                 (SELECT COUNT(*) FROM sales_doc_line l WHERE l.doc_id = d.id),
                 (SELECT COUNT(*) FROM ledger_entry e
                   WHERE e.doc_type = 'sales_doc' AND e.doc_id = d.id),
                 (SELECT COUNT(*) FROM ledger_entry e
                   WHERE e.doc_type = 'sales_doc' AND e.doc_id = d.id AND e.kind = d.kind
                     AND CASE d.kind WHEN 'credit_note' THEN e.credit ELSE e.debit END
                         = d.grand_total),
                 (SELECT COUNT(*) FROM ledger_entry e
                   WHERE e.doc_type = 'sales_doc' AND e.doc_id = d.id AND e.kind = 'cancel'
                     AND e.credit = d.grand_total AND e.debit = 0),
                 (SELECT COUNT(*) FROM audit_entry a
                   WHERE a.record_type = 'sales_doc' AND a.record_id = d.id AND a.action = 'post'),
                 (SELECT COUNT(*) FROM audit_entry a
                   WHERE a.record_type = 'sales_doc' AND a.record_id = d.id
                     AND a.action = 'cancel')
               FROM sales_doc d"""
        )
        for number, status, lines, entries, posted, reversed_, audited, cancel_audited in docs:
            cancelled = int(status == "cancelled")
            assert lines > 0, number
            assert (posted, reversed_, entries) == (1, cancelled, 1 + cancelled), number
            assert (audited, cancel_audited) == (1, cancelled), number
        receipts = _rows(
            """SELECT r.number, r.status, r.amount,
                 (SELECT COUNT(*) FROM ledger_entry e WHERE e.doc_type = 'receipt'
                   AND e.doc_id = r.id AND e.kind = 'receipt' AND e.credit = r.amount),
                 (SELECT COUNT(*) FROM ledger_entry e WHERE e.doc_type = 'receipt'
                   AND e.doc_id = r.id AND e.kind = 'cancel' AND e.debit = r.amount),
                 (SELECT d.status FROM allocation a JOIN sales_doc d ON d.id = a.doc_id
                   WHERE a.receipt_id = r.id AND a.amount = r.amount)
               FROM receipt r"""
        )
        for number, status, _, posted, reversed_, invoice_status in receipts:
            assert (posted, reversed_) == (1, int(status == "cancelled")), number
            assert invoice_status == status, number  # the counter receipt goes with its invoice

    @invariant()
    def notes_never_credit_more_than_the_invoice(self) -> None:
        invoices = _rows(
            """SELECT i.number, i.grand_total, i.points_earned, i.points_redeemed,
                 i.taxable_total + i.cgst_total + i.sgst_total + i.igst_total,
                 SUM(n.taxable_total + n.cgst_total + n.sgst_total + n.igst_total),
                 SUM(n.grand_total), SUM(n.points_earned), SUM(n.points_redeemed)
               FROM sales_doc i JOIN sales_doc n
                 ON n.against_id = i.id AND n.kind = 'credit_note'
               GROUP BY i.id"""
        )
        for number, total, earned, redeemed, lines, credited, notes, taken, given in invoices:
            assert credited <= lines, number
            if credited == lines:  # all of it credited: all of it comes back
                assert (notes, taken, given) == (total, -earned, -redeemed), number
        paid = _rows(
            """SELECT d.number, d.grand_total, SUM(a.amount) FROM sales_doc d
               JOIN allocation a ON a.doc_id = d.id GROUP BY d.id"""
        )
        assert all(allocated <= total for _, total, allocated in paid)


def _rows(sql: str) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql).fetchall())


SalesBooks.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSalesBooks = SalesBooks.TestCase
