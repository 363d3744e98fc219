"""Property: over random histories spread over eight months (invoices on any day with 0 to 45
days' terms, opening bills and credits, receipts allocated automatically, by hand or kept as an
advance, cheques that bounce days or weeks later or clear later, cancelled receipts and invoices,
credit notes, re-allocations, everything back-dated into months already kept, with reads in
between), ageing as of any date worked out from the kept month-end open items
(`services.month_end_items`: the kept day before the date plus what moved since) is exactly
the walk over every customer's documents (the slow path), and `check` finds nothing to report.

For every date looked at, two things are compared: what the kept items tell for each customer
(`month_end_items.known_as_of`) against the walk's own items for that customer, and the whole
report (rows, bands, totals, and `ageing.open_items`) against the report with nothing kept or
read ahead. The reads between steps bring the kept items up to date lazily, so every way they
move is exercised: customers named in the audit log recounted, new kept days and a later last
day added, everything worked out again after the first month moved.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from factories import make_customer
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import Receipt, SalesDoc
from vyapar_lite.domain.ageing import what_makes_up
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import (
    ageing,
    balances,
    customers,
    month_end_balances,
    month_end_items,
    month_end_moves,
    opening_bills,
    payments,
    sales,
    shop,
)
from vyapar_lite.services.report_rows import day

pytestmark = pytest.mark.slow

FIRST_DAY = date(2025, 11, 1)
DAYS = 240  # eight months: seven month-ends
SHOP = ShopProfile(name="Sharma Traders", state_code="27")
rupees = st.integers(1, 20000).map(lambda r: r * 100)
days = st.integers(0, DAYS).map(lambda n: FIRST_DAY + timedelta(days=n))
_ENDS = month_end_balances.month_ends_between(FIRST_DAY, FIRST_DAY + timedelta(DAYS + 40))
_KEPT = (*_ENDS, *(end.replace(day=d) for end in _ENDS for d in (8, 15, 23)))  # kept days
FIXED_DATES = (
    *(d for end in _KEPT for d in (end - timedelta(days=1), end, end + timedelta(days=1))),
    date(2020, 1, 1),
    FIRST_DAY,
    date(2030, 1, 1),
)


def slow_path(as_of: date) -> tuple[ageing.AgeingReport, dict[str, ageing.Owing]]:
    """Ageing and open items with nothing kept and nothing read ahead: the walk alone."""
    with (
        mock.patch.object(month_end_items, "known_as_of", lambda as_of, balances, **_: {}),
        mock.patch.object(ageing._Walk, "read_ahead", lambda self, balances: None),
    ):
        return ageing.ageing(as_of, show="all"), ageing.open_items(as_of)


def walked(customer_id: int, as_of: date, balance: int) -> list[object]:
    """What makes up one customer's balance, walked over all their documents."""
    taken, _ = month_end_moves.walk(customer_id, as_of, balance)
    items = [ageing.OpenItem(day(i[0]), i[-1]) for i in taken]
    return list(what_makes_up(items, balance))


class KeptItemBooks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
        self.folder = tempfile.mkdtemp(prefix="vyapar-month-end-items-", dir=shm)
        open_data_file(Path(self.folder) / "shop.vyapar")
        shop.save_profile(SHOP)
        self.customers = [
            make_customer("Asha Verma").code,
            make_customer("Ravi Kumar", payment_terms_days=30).code,
            make_customer("Meena Stores", payment_terms_days=45).code,
        ]
        self.count = 0
        # cheques counted when received (so a bounce reverses money on the books); a rule
        # switches to counting at clearance
        payments.save_cheque_settings(payments.ChequeSettings("receipt"))

    def teardown(self) -> None:
        close_data_file()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _next(self) -> int:
        self.count += 1
        return self.count

    def _docs(self, kinds: tuple[str, ...] = ("invoice",)) -> list[str]:
        query = SalesDoc.select(SalesDoc.number).where(
            SalesDoc.kind.in_(kinds) & (SalesDoc.status == "posted")
        )
        return [d.number for d in query.order_by(SalesDoc.id)]

    def _receipts(self, statuses: tuple[str, ...], mode: str | None = None) -> list[str]:
        query = Receipt.select(Receipt.number).where(
            Receipt.status.in_(statuses) & (Receipt.origin == "receipt")
        )
        if mode is not None:
            query = query.where(Receipt.mode == mode)
        return [r.number for r in query.order_by(Receipt.id)]

    # --- steps ---------------------------------------------------------------------------------

    @rule(who=st.integers(0, 2), on=days, amount=rupees, paid=st.sampled_from([0, 0, 50, 100]))
    def invoice(self, who: int, on: date, amount: int, paid: int) -> None:
        line = LineInput("Goods", 1000, amount, 0)
        draft = sales.InvoiceDraft(
            self.customers[who], on, [line], received=amount * paid // 100, mode="upi",
            reference="UTR", confirm_unusual_date=True,
        )  # fmt: skip
        sales.post_invoice(draft)

    @rule(who=st.integers(0, 2), terms=st.sampled_from([0, 7, 30, 60]))
    def terms(self, who: int, terms: int) -> None:
        """The customer's payment terms change: later invoices may fall due before earlier ones
        (so a document dated after a month-end can come below the kept ones in the walk's
        order)."""
        account = customers.get_customer(self.customers[who])
        customers.update_customer(
            account.code, replace(account.details, payment_terms_days=terms), confirmed=True
        )

    @rule(
        who=st.integers(0, 2),
        on=days,
        amount=rupees,
        terms=st.integers(0, 45),
        credit=st.booleans(),
    )
    def opening(self, who: int, on: date, amount: int, terms: int, credit: bool) -> None:
        with contextlib.suppress(ValidationError):
            opening_bills.record_opening(
                self.customers[who], f"OLD-{self._next()}", on, amount,
                due=on + timedelta(days=terms), credit=credit,
            )  # fmt: skip

    @rule(
        who=st.integers(0, 2),
        on=days,
        amount=rupees,
        how=st.sampled_from(["auto", "advance", "manual"]),
        data=st.data(),
    )
    def receive(self, who: int, on: date, amount: int, how: str, data: st.DataObject) -> None:
        code = self.customers[who]
        allocations: dict[str, int] | None = None
        if how == "advance":
            allocations = {}
        elif how == "manual":
            allocations = {}
            for doc in payments.open_invoices(code, on=on):
                if data.draw(st.booleans()):
                    allocations[doc.number] = data.draw(st.integers(1, doc.outstanding))
        draft = payments.ReceiptDraft(
            code, on, amount, mode="upi", reference="UTR", allocations=allocations,
            confirm_unusual_date=True,
        )  # fmt: skip
        with contextlib.suppress(ValidationError):
            payments.record_receipt(draft)

    @rule(
        who=st.integers(0, 2),
        on=days,
        amount=rupees,
        dated_later=st.sampled_from([0, 0, 10, 40]),
    )
    def cheque(self, who: int, on: date, amount: int, dated_later: int) -> None:
        """A cheque (post-dated by `dated_later` days), allocated automatically."""
        details = payments.ChequeDetails(
            str(100000 + self._next()), "HDFC Bank", on + timedelta(days=dated_later)
        )
        draft = payments.ReceiptDraft(
            self.customers[who], on, amount, mode="cheque", cheque=details,
            confirm_unusual_date=True,
        )  # fmt: skip
        with contextlib.suppress(ValidationError):
            payments.record_receipt(draft)

    @precondition(lambda self: bool(self._receipts(("posted", "pending"), "cheque")))
    @rule(data=st.data(), later=st.integers(0, 70), charge=st.sampled_from([0, 0, 35000]))
    def bounce(self, data: st.DataObject, later: int, charge: int) -> None:
        """A cheque bounces days or weeks after it came: often after a kept month-end."""
        number = data.draw(st.sampled_from(self._receipts(("posted", "pending"), "cheque")))
        on = payments.get_receipt(number).receipt_date + timedelta(days=later)
        with contextlib.suppress(ValidationError):
            counted = payments.get_receipt(number).status == "posted"
            payments.mark_bounced(number, on, reason="Insufficient funds", charge=charge)
            event("a counted cheque bounced" if counted else "a cheque bounced")
            # around the bounce: the documents it paid owe again from its day
            self._agrees_on(on - timedelta(days=1))
            self._agrees_on(on)

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data(), later=st.integers(0, 20), bounced=st.integers(15, 60))
    def cheque_for_an_invoice_bounces(self, data: st.DataObject, later: int, bounced: int) -> None:
        """An invoice paid in full by a cheque counted when received, which bounces weeks later
        (often after a month-end that kept the invoice as owing nothing)."""
        number = data.draw(st.sampled_from(self._docs()))
        doc = sales.get_document(number)
        if not doc.outstanding:
            return
        on = doc.doc_date + timedelta(days=later)
        details = payments.ChequeDetails(str(100000 + self._next()), "HDFC Bank", on)
        draft = payments.ReceiptDraft(
            doc.customer_code, on, doc.outstanding, mode="cheque", cheque=details,
            allocations={number: doc.outstanding}, confirm_unusual_date=True,
        )  # fmt: skip
        with contextlib.suppress(ValidationError):
            payments.save_cheque_settings(payments.ChequeSettings("receipt"))
            receipt = payments.record_receipt(draft)
            self._agrees_on(on + timedelta(days=bounced // 2))
            back = on + timedelta(days=bounced)
            payments.mark_bounced(receipt.number, back, reason="Insufficient funds")
            event("an invoice's cheque bounced")
            for look in (back - timedelta(days=1), back, back + timedelta(days=1)):
                self._agrees_on(look)

    @precondition(lambda self: bool(self._receipts(("pending",), "cheque")))
    @rule(data=st.data(), later=st.integers(0, 50))
    def clear(self, data: st.DataObject, later: int) -> None:
        number = data.draw(st.sampled_from(self._receipts(("pending",), "cheque")))
        on = payments.get_receipt(number).receipt_date + timedelta(days=later)
        with contextlib.suppress(ValidationError):
            payments.mark_cleared(number, on)

    @rule(count_on=st.sampled_from(["receipt", "clearance"]))
    def cheque_setting(self, count_on: str) -> None:
        payments.save_cheque_settings(payments.ChequeSettings(count_on))

    @precondition(lambda self: bool(self._receipts(("posted", "pending"))))
    @rule(data=st.data())
    def cancel_receipt(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self._receipts(("posted", "pending"))))
        with contextlib.suppress(ValidationError):
            payments.cancel_receipt(number, "entered twice")
            event("a receipt cancelled")
            self._agrees_on(payments.get_receipt(number).receipt_date)

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data())
    def cancel_invoice(self, data: st.DataObject) -> None:
        with contextlib.suppress(ValidationError):  # it has notes against it
            sales.cancel_invoice(data.draw(st.sampled_from(self._docs())), "wrong customer")

    def _owing(self) -> list[str]:
        return [n for n in self._docs() if sales.get_document(n).outstanding]

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data(), later=st.integers(0, 60), amount=st.integers(1, 500000))
    def credit_note(self, data: st.DataObject, later: int, amount: int) -> None:
        """A credit note weeks after its invoice (often in a later month), on one still owing
        when there is one."""
        number = data.draw(st.sampled_from(self._owing() or self._docs()))
        on = sales.get_document(number).doc_date + timedelta(days=later)
        with contextlib.suppress(ValidationError):
            sales.post_credit_note(
                number, doc_date=on, price_corrections={1: amount}, reason="rate",
                confirm_unusual_date=True,
            )  # fmt: skip
            event("a credit note")
            self._agrees_on(on)
            self._agrees_on(on + timedelta(days=1))

    @rule(who=st.integers(0, 2), on=days, share=st.integers(1, 100))
    def refund(self, who: int, on: date, share: int) -> None:
        """An advance paid back: the balance goes up with no document (the walk may then need
        documents older than those kept)."""
        code = self.customers[who]
        total = payments.refundable(code).total
        if total:
            with contextlib.suppress(ValidationError):
                payments.record_refund(
                    payments.RefundDraft(code, on, max(1, total * share // 100), mode="upi",
                                         reference="UTR")
                )  # fmt: skip
                event("a refund")
                self._agrees_on(on)
                self._agrees_on(on + timedelta(days=2))

    @precondition(lambda self: bool(self._receipts(("posted", "pending"))))
    @rule(data=st.data())
    def reallocate(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self._receipts(("posted", "pending"))))
        receipt = payments.get_receipt(number)
        wanted = {
            doc.number: data.draw(st.integers(0, doc.outstanding))
            for doc in payments.open_invoices(
                receipt.customer_code, on=receipt.receipt_date, exclude_receipt=number
            )
        }
        with contextlib.suppress(ValidationError):
            payments.reallocate(number, wanted, reason="property")

    @rule(on=st.one_of(days, st.sampled_from(FIXED_DATES)))
    def look(self, on: date) -> None:
        """A report as of any date: brings the kept items up to date, then agrees."""
        self._agrees_on(on)

    @invariant()
    def the_last_day_and_after_agree(self) -> None:
        last = balances.last_entry_date()
        if last != date.min:
            self._agrees_on(last)
            self._agrees_on(last + timedelta(days=3))

    @invariant()
    def check_finds_nothing(self) -> None:
        assert month_end_items.problems() == []

    def _agrees_on(self, on: date) -> None:
        sums = balances.balances_as_of(on)
        owing = {c: b for c, b in sums.items() if b > 0}
        known = month_end_items.known_as_of(on, owing)
        for customer_id, items in known.items():
            balance = owing[customer_id]
            assert what_makes_up(items, balance) == walked(customer_id, on, balance), (
                on,
                customer_id,
            )
        if known:
            event("the kept items told")
        if len(known) < len(owing):
            event("a customer left to the walk")
        report, items = ageing.ageing(on, show="all"), ageing.open_items(on)
        slow_report, slow_items = slow_path(on)
        assert report.rows == slow_report.rows, on
        assert report.band_totals == slow_report.band_totals, on
        assert items == slow_items, on


KeptItemBooks.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestKeptItemBooks = KeptItemBooks.TestCase
