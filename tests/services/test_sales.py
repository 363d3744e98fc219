"""Sales invoices, cancellations, credit and debit notes: exact postings, checked row by row.

The test shop is in Maharashtra (27), rounds totals to the rupee and gives 1 point per ₹100,
a point being worth ₹1 (the defaults). Figures are worked out by hand in the comments.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factories import make_customer
from invoice_builders import (
    DAY,
    RICE_3,
    SOAP_2,
    balance,
    counts,
    draft,
    item_line,
    ledger_rows,
    points,
    stock,
    stock_items,
)
from vyapar_lite.db.models import (
    Allocation,
    AuditEntry,
    Customer,
    Receipt,
    SalesDoc,
    Sequence,
    StockMove,
)
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import (
    audit,
    customer_history,
    customers,
    items,
    sales,
    sales_settings,
    shop,
)


@pytest.fixture
def codes(shop_file: Path) -> dict[str, str]:
    stock_items()
    made = {
        "asha": make_customer("Asha Verma", state_code="27", payment_terms_days=15),
        "dealer": make_customer(
            "Mahesh Traders",
            state_code="27",
            customer_type="Dealer",
            credit_limit=50000,
            check_credit_limit=True,
        ),
        "strict": make_customer(
            "Shankar Rao", state_code="27", credit_limit=30000, stop_sales=True
        ),
        "karnataka": make_customer("Kaveri Stores", state_code="29"),
        "nostate": make_customer("No State"),
        "foreign": make_customer("Dubai Imports", state_code="96"),
    }
    return {name: account.code for name, account in made.items()}


def _audits(record_type: str, action: str = "post") -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.action == action))
        .order_by(AuditEntry.id)
    )


def _message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    message = exc.value.for_field(field)
    assert message is not None, exc.value.errors
    return message


# --- posting --------------------------------------------------------------------------------------


def test_posting_an_invoice_moves_everything_exactly(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    # SOAP 2 × ₹100 at 18%: ₹200 + CGST ₹18 + SGST ₹18 = ₹236
    # RICE 3 × ₹50 at 5%: ₹150 + CGST ₹3.75 + SGST ₹3.75 = ₹157.50
    # ₹393.50 -> ₹394 (round-off +₹0.50); 3 points (1 per ₹100)
    doc = sales.post_invoice(
        draft(asha, SOAP_2, RICE_3, received=10000, mode="upi", reference="UPI-123")
    )

    assert doc.number == "INV/26-27/00001"
    assert (doc.kind, doc.status, doc.tax_kind, doc.place_of_supply) == (
        "invoice",
        "posted",
        "intra",
        "27",
    )
    t = doc.totals
    assert (t.taxable, t.cgst, t.sgst, t.igst) == (35000, 2175, 2175, 0)
    assert (t.round_off, t.grand_total) == (50, 39400)
    assert [(r.gst_rate_bp, r.taxable, r.cgst) for r in t.by_rate] == [
        (500, 15000, 375),
        (1800, 20000, 1800),
    ]
    assert [(ln.item_code, ln.qty_milli, ln.total) for ln in doc.lines] == [
        ("SOAP", 2000, 23600),
        ("RICE", 3000, 15750),
    ]
    assert doc.lines[1].hsn_sac == "1006"  # filled in from the item
    assert doc.lines[1].unit == "kg"
    assert (doc.received, doc.outstanding) == (10000, 29400)
    assert doc.due_date == date(2026, 5, 25)  # 15 days' terms
    assert (doc.points_earned, doc.points_redeemed) == (3, 0)

    assert ledger_rows(asha) == [
        ("invoice", "INV/26-27/00001", 39400, 0),
        ("receipt", "RCT/26-27/00001", 0, 10000),
    ]
    assert balance(asha) == 29400
    receipt = Receipt.get()
    assert (receipt.origin, receipt.mode, receipt.reference, receipt.amount) == (
        "invoice",
        "upi",
        "UPI-123",
        10000,
    )
    assert [(a.receipt_id, a.amount) for a in Allocation.select()] == [(receipt.id, 10000)]
    assert (stock("SOAP"), stock("RICE")) == (48000, 97000)
    assert points(asha) == 3
    customer_id = Customer.get(Customer.code == asha).id
    posted = _audits("sales_doc")
    assert [(a.record_label, a.customer_id) for a in posted] == [("INV/26-27/00001", customer_id)]
    assert json.loads(posted[0].after_json)["grand_total"] == 39400
    assert [(a.record_label, a.customer_id) for a in _audits("receipt")] == [
        ("RCT/26-27/00001", customer_id)
    ]


def test_the_preview_shows_what_posting_does(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    typed = draft(asha, SOAP_2, RICE_3, received=10000)
    before = counts()

    preview = sales.preview_invoice(typed)

    assert counts() == before  # a preview writes nothing
    doc = sales.post_invoice(typed)
    assert preview.totals == doc.totals
    assert [a.total for a in preview.lines] == [ln.total for ln in doc.lines]
    assert (preview.balance_before, preview.balance_after) == (0, balance(asha))
    assert preview.due_date == doc.due_date
    assert doc == sales.get_document(doc.number)
    assert (preview.points_to_earn, preview.points_balance) == (3, 0)
    assert (preview.customer_name, preview.state_tax_label) == ("Asha Verma", "SGST")


def test_a_price_by_customer_type(codes: dict[str, str]) -> None:
    rate, discount = items.price_for("RICE", "Dealer")
    general, _ = items.price_for("RICE", "General")

    doc = sales.post_invoice(
        draft(codes["dealer"], item_line("RICE", 2000, rate, 500, discount_bp=discount))
    )

    assert (rate, general) == (4500, 5000)
    assert doc.lines[0].rate == 4500
    assert doc.totals.taxable == 9000  # 2 × ₹45


def test_an_edited_rate_and_a_discount_are_kept(codes: dict[str, str]) -> None:
    # 2 × ₹95 = ₹190, 10% off = ₹19 -> ₹171 + 18% (₹15.39 + ₹15.39) = ₹201.78 -> ₹202
    doc = sales.post_invoice(
        draft(codes["asha"], item_line("SOAP", 2000, 9500, 1800, discount_bp=1000))
    )

    line = doc.lines[0]
    assert (line.rate, line.discount, line.taxable, line.cgst) == (9500, 1900, 17100, 1539)
    assert (doc.totals.round_off, doc.totals.grand_total) == (22, 20200)


def test_without_round_off_the_total_keeps_its_paise(codes: dict[str, str]) -> None:
    sales_settings.save(sales_settings.SalesSettings(False, 10000, 100))

    doc = sales.post_invoice(draft(codes["asha"], SOAP_2, RICE_3))

    assert (doc.totals.round_off, doc.totals.grand_total) == (0, 39350)


def test_a_free_text_line_and_an_item_without_stock_tracking(codes: dict[str, str]) -> None:
    lines = [LineInput("Gift wrapping", 1000, 2000, 1800), item_line("PEN", 5000, 1000, 1200)]

    doc = sales.post_invoice(draft(codes["asha"], *lines))

    assert [ln.item_code for ln in doc.lines] == ["", "PEN"]
    assert StockMove.select().where(StockMove.doc_type == "sales_doc").count() == 0


def test_a_posting_that_fails_half_way_leaves_nothing(
    codes: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts()

    real_record = audit.record

    def broken(action: str, record_type: str, *args: Any, **kwargs: Any) -> None:
        if record_type == "sales_doc":  # the invoice's own audit row: its last write
            raise RuntimeError("disk full")
        real_record(action, record_type, *args, **kwargs)

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        sales.post_invoice(draft(codes["asha"], SOAP_2, received=5000))

    assert counts() == before
    assert sales.next_number_preview("invoice", DAY) == "INV/26-27/00001"


# --- numbering ------------------------------------------------------------------------------------


def test_numbers_restart_with_each_financial_year(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    march_1 = sales.post_invoice(draft(asha, on=date(2027, 3, 31))).number
    march_2 = sales.post_invoice(draft(asha, on=date(2027, 3, 31))).number
    april = sales.post_invoice(draft(asha, on=date(2027, 4, 1))).number
    late_march = sales.post_invoice(draft(asha, on=date(2027, 3, 30))).number

    assert [march_1, march_2, april, late_march] == [
        "INV/26-27/00001",
        "INV/26-27/00002",
        "INV/27-28/00001",
        "INV/26-27/00003",
    ]
    assert sales.next_number_preview("invoice", date(2027, 4, 30)) == "INV/27-28/00002"
    assert sales.next_number_preview("invoice", date(2028, 4, 1)) == "INV/28-29/00001"
    assert sales.next_number_preview("credit_note", date(2027, 4, 1)) == "CN/27-28/00001"
    names = {s.name for s in Sequence.select()}
    assert {"invoice/2026-27", "invoice/2027-28"} <= names


def test_the_preview_number_takes_nothing(codes: dict[str, str]) -> None:
    assert sales.next_number_preview("invoice", DAY) == "INV/26-27/00001"
    assert sales.next_number_preview("invoice", DAY) == "INV/26-27/00001"
    assert sales.post_invoice(draft(codes["asha"])).number == "INV/26-27/00001"


# --- who can buy, and how they pay ----------------------------------------------------------------


def test_a_cash_sale_must_be_paid_in_full(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft("CASH", SOAP_2, received=20000))

    assert _message(caught, "received") == "A walk-in (CASH) sale must be paid in full: ₹236.00"
    assert SalesDoc.select().count() == 0

    doc = sales.post_invoice(draft("cash", SOAP_2, received=23600))
    assert (doc.customer_code, doc.outstanding, doc.points_earned) == ("CASH", 0, 0)
    assert balance("CASH") == 0
    assert ledger_rows("CASH") == [
        ("invoice", "INV/26-27/00001", 23600, 0),
        ("receipt", "RCT/26-27/00001", 0, 23600),
    ]


def test_a_cash_sale_has_no_points(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft("CASH", received=23600, redeem_points=5))

    assert "no points" in _message(caught, "points")


def test_a_deactivated_customer_cannot_be_picked(codes: dict[str, str]) -> None:
    customers.set_active(codes["asha"], False)

    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft(codes["asha"]))

    assert "deactivated" in _message(caught, "customer")
    with pytest.raises(ValidationError):
        sales.post_invoice(draft(codes["asha"]))
    assert SalesDoc.select().count() == 0


def test_an_unknown_customer(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft("NOBODY"))

    assert _message(caught, "customer") == "There is no customer with code NOBODY"


def test_more_received_than_the_total_is_refused(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(codes["asha"], received=23700))

    assert "More than the invoice total ₹236.00" in _message(caught, "received")


def test_an_unknown_payment_mode_is_refused(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(codes["asha"], received=100, mode="barter"))

    assert _message(caught, "mode").startswith("Choose how the money was paid")


def test_bad_lines_are_named(codes: dict[str, str]) -> None:
    items.set_active("PEN", False)
    lines = [
        item_line("NOPE", 1000, 100, 1800),
        item_line("PEN", 1000, 1000, 1200),
        item_line("SOAP", 0, 10000, 1700),
    ]

    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft(codes["asha"], *lines))

    assert _message(caught, "line 1 item") == "Line 1: no item has code NOPE"
    assert _message(caught, "line 2 item") == "Line 2: Ball Pen is no longer sold"
    assert "more than 0" in _message(caught, "line 3 quantity")
    assert "shop's list" in _message(caught, "line 3 GST")


# --- credit limit ---------------------------------------------------------------------------------


def test_over_the_limit_warns_and_still_posts(codes: dict[str, str]) -> None:
    dealer = codes["dealer"]  # limit ₹500, warn only
    sales.post_invoice(draft(dealer, item_line("SOAP", 3000, 10000, 1800)))  # ₹354 owed

    preview = sales.preview_invoice(draft(dealer))  # + ₹236 = ₹590: ₹90 over

    assert (preview.credit.over_by, preview.credit.blocked) == (9000, False)
    assert "₹90.00 over their credit limit of ₹500.00" in preview.credit.message
    sales.post_invoice(draft(dealer))
    assert balance(dealer) == 59000


def test_paying_now_counts_against_the_limit(codes: dict[str, str]) -> None:
    dealer = codes["dealer"]
    sales.post_invoice(draft(dealer, item_line("SOAP", 3000, 10000, 1800)))

    preview = sales.preview_invoice(draft(dealer, received=15000))  # unpaid ₹86: ₹440 in all

    assert preview.credit.over_by == 0


def test_stop_sales_refuses_the_sale_and_writes_nothing(codes: dict[str, str]) -> None:
    strict = codes["strict"]  # limit ₹300, stop sales
    sales.post_invoice(draft(strict, item_line("SOAP", 1000, 10000, 1800)))  # ₹118 owed
    before = counts()

    with pytest.raises(sales.CreditLimitStop) as caught:
        sales.post_invoice(draft(strict))  # ₹118 + ₹236 = ₹354: ₹54 over

    assert caught.value.over_by == 5400
    message = _message(caught, "customer")
    assert message.startswith("This sale takes the customer ₹54.00 over their credit limit")
    assert message.endswith("Sales to this customer stop at the limit.")
    assert counts() == before
    assert sales.preview_invoice(draft(strict)).credit.blocked
    # paid in part so the unpaid part fits: allowed
    assert sales.post_invoice(draft(strict, received=5400)).outstanding == 18200


def test_override_lets_a_stopped_sale_through_and_is_audited(codes: dict[str, str]) -> None:
    strict = codes["strict"]  # limit ₹300, stop sales
    sales.post_invoice(draft(strict, item_line("SOAP", 1000, 10000, 1800)))  # ₹118 owed
    before = counts()
    with pytest.raises(sales.CreditLimitStop):
        sales.post_invoice(draft(strict), override_reason="   ")  # a blank reason is no reason
    assert counts() == before

    with pytest.raises(ValidationError) as too_long:
        sales.post_invoice(draft(strict), override_reason="x" * 201)
    assert "under 200 characters" in _message(too_long, "override_reason")
    assert counts() == before

    doc = sales.post_invoice(draft(strict), override_reason=" Owner  knows them ")

    assert doc.outstanding == 23600
    entry = (
        AuditEntry.select()
        .where(AuditEntry.action == "override")
        .order_by(AuditEntry.id.desc())
        .get()
    )
    assert entry.record_label == f"{strict} credit limit stop"
    after = json.loads(entry.after_json)
    assert after == {
        "invoice": doc.number,
        "credit_limit": 30000,
        "over_by": 5400,
        "reason": "Owner knows them",
    }


def test_override_is_not_recorded_when_the_sale_fits(codes: dict[str, str]) -> None:
    sales.post_invoice(draft(codes["strict"]), override_reason="just in case")  # ₹236 < ₹300
    assert not AuditEntry.select().where(AuditEntry.action == "override").exists()


# --- place of supply ------------------------------------------------------------------------------


def test_place_of_supply(codes: dict[str, str]) -> None:
    cash = sales.preview_invoice(draft("CASH", received=23600))
    nostate = sales.preview_invoice(draft(codes["nostate"]))
    karnataka = sales.preview_invoice(draft(codes["karnataka"]))
    abroad = sales.preview_invoice(draft(codes["foreign"]))
    export = sales.preview_invoice(draft(codes["foreign"], export=True))

    assert (cash.place_of_supply, cash.tax_kind, cash.totals.cgst) == ("27", "intra", 1800)
    assert (nostate.place_of_supply, nostate.tax_kind) == ("27", "intra")
    assert (karnataka.place_of_supply, karnataka.tax_kind) == ("29", "inter")
    assert (karnataka.totals.cgst, karnataka.totals.igst) == (0, 3600)
    assert (abroad.place_of_supply, abroad.tax_kind, abroad.totals.igst) == ("96", "inter", 3600)
    assert (export.tax_kind, export.totals.tax, export.totals.grand_total) == ("export", 0, 20000)


def test_an_export_is_posted_zero_rated(codes: dict[str, str]) -> None:
    doc = sales.post_invoice(draft(codes["foreign"], export=True))

    assert (doc.tax_kind, doc.place_of_supply, doc.totals.grand_total) == ("export", "96", 20000)
    assert all(ln.cgst == ln.sgst == ln.igst == 0 for ln in doc.lines)


def test_only_a_foreign_customer_can_be_billed_as_an_export(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft(codes["karnataka"], export=True))

    assert "outside India" in _message(caught, "export")


def test_a_shop_in_a_union_territory_charges_utgst(codes: dict[str, str]) -> None:
    shop.save_profile(
        ShopProfile(name="Chandigarh Store", state_code="04", gstin="04AAPFU0939F1Z3")
    )

    preview = sales.preview_invoice(draft("CASH", received=23600))

    assert (preview.place_of_supply, preview.state_tax_label) == ("04", "UTGST")


# --- loyalty --------------------------------------------------------------------------------------


def test_redeeming_points_takes_their_value_off_the_taxable_value_before_the_round_off(
    codes: dict[str, str],
) -> None:
    asha = codes["asha"]
    sales.post_invoice(draft(asha, item_line("SOAP", 40000, 10000, 1800)))  # ₹4,720: 47 points
    assert points(asha) == 47

    # ₹236 - 30 points × ₹1 = ₹206 -> 2 points earned; the ₹30 comes off before tax
    # (s.15(3)(a)): ₹206 / 1.18 = ₹174.576 -> taxable ₹174.58, tax ₹31.42 -> ₹15.71 each
    doc = sales.post_invoice(draft(asha, redeem_points=30))

    assert (doc.totals.taxable, doc.totals.cgst, doc.totals.sgst) == (17458, 1571, 1571)
    assert (doc.totals.loyalty_discount, doc.totals.grand_total) == (0, 20600)
    assert [line.loyalty_share for line in doc.lines] == [3000]
    assert (doc.points_earned, doc.points_redeemed) == (2, 30)
    assert points(asha) == 47 - 30 + 2


def test_redeeming_more_points_than_the_customer_has(codes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(draft(codes["asha"], redeem_points=5))

    assert _message(caught, "points") == "The customer has 0 points; 5 cannot be redeemed"


def test_the_earning_rate_comes_from_settings(codes: dict[str, str]) -> None:
    sales_settings.save(sales_settings.SalesSettings(True, 5000, 100))  # 1 point per ₹50

    assert sales.post_invoice(draft(codes["asha"])).points_earned == 4  # ₹236


# --- cancelling -----------------------------------------------------------------------------------


def test_cancelling_reverses_everything_and_keeps_the_number(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    sales.post_invoice(draft(asha, item_line("SOAP", 40000, 10000, 1800)))  # 47 points
    kept = {"balance": balance(asha), "points": points(asha), "soap": stock("SOAP")}
    doc = sales.post_invoice(
        draft(asha, SOAP_2, RICE_3, received=10000, redeem_points=10)
    )  # ₹393.50 - ₹10 = ₹383.50 -> ₹384; 3 points

    cancelled = sales.cancel_invoice(doc.number, "Customer changed their mind")

    assert (cancelled.status, cancelled.cancel_reason) == (
        "cancelled",
        "Customer changed their mind",
    )
    assert (cancelled.outstanding, cancelled.received) == (0, 0)
    assert balance(asha) == kept["balance"]
    assert points(asha) == kept["points"]
    assert (stock("SOAP"), stock("RICE")) == (kept["soap"], 100000)
    assert ledger_rows(asha)[-4:] == [
        ("invoice", "INV/26-27/00002", 38400, 0),
        ("receipt", "RCT/26-27/00001", 0, 10000),
        ("cancel", "INV/26-27/00002", 0, 38400),
        ("cancel", "RCT/26-27/00001", 10000, 0),
    ]
    receipt = Receipt.get(Receipt.number == "RCT/26-27/00001")
    assert (receipt.status, receipt.cancel_reason) == ("cancelled", "Customer changed their mind")
    assert [a.record_label for a in _audits("sales_doc", "cancel")] == ["INV/26-27/00002"]
    assert [a.record_label for a in _audits("receipt", "cancel")] == ["RCT/26-27/00001"]
    # the number stays used and shows as cancelled
    assert sales.post_invoice(draft(asha)).number == "INV/26-27/00003"
    listed = {d.number: d.status for d in sales.customer_documents(asha)}
    assert listed["INV/26-27/00002"] == "cancelled"


def test_a_cancel_needs_a_reason_and_happens_once(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number

    with pytest.raises(ValidationError) as no_reason:
        sales.cancel_invoice(number, "  ")
    sales.cancel_invoice(number, "Typed twice")
    with pytest.raises(ValidationError) as twice:
        sales.cancel_invoice(number, "Again")

    assert _message(no_reason, "reason") == "Say why the invoice is cancelled"
    assert _message(twice, "number") == f"Invoice {number} is already cancelled"


def test_an_invoice_with_a_credit_note_is_not_cancelled(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number
    sales.post_credit_note(number, doc_date=DAY, returns={1: 1000}, reason="Damaged")

    with pytest.raises(ValidationError) as caught:
        sales.cancel_invoice(number, "Wrong")

    assert "CN/26-27/00001" in _message(caught, "number")


def test_a_note_is_not_cancelled_as_an_invoice(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number
    note = sales.post_credit_note(number, doc_date=DAY, returns={1: 1000}, reason="Damaged")

    with pytest.raises(ValidationError) as caught:
        sales.cancel_invoice(note.number, "Wrong")

    assert "not an invoice" in _message(caught, "number")


# --- credit notes ---------------------------------------------------------------------------------


def test_a_sales_return(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    invoice = sales.post_invoice(draft(asha, SOAP_2, RICE_3))  # ₹394, 3 points

    # 1 soap back: ₹100 + ₹9 + ₹9 = ₹118; a credit note is not rounded
    note = sales.post_credit_note(
        invoice.number, doc_date=date(2026, 5, 12), returns={1: 1000}, reason="Damaged"
    )

    assert note.number == "CN/26-27/00001"
    assert (note.kind, note.against_number, note.notes) == (
        "credit_note",
        invoice.number,
        "Damaged",
    )
    assert [(ln.description, ln.qty_milli, ln.taxable, ln.cgst) for ln in note.lines] == [
        ("Soap", 1000, 10000, 900)
    ]
    assert (note.totals.round_off, note.totals.grand_total) == (0, 11800)
    # points: round(3 × ₹118 / ₹393.50) = 1 taken back
    assert (note.points_earned, note.points_redeemed) == (-1, 0)
    assert stock("SOAP") == 49000
    assert points(asha) == 2
    assert ledger_rows(asha)[-1] == ("credit_note", "CN/26-27/00001", 0, 11800)
    assert balance(asha) == 39400 - 11800
    after = sales.get_document(invoice.number)
    assert (after.outstanding, after.notes_against) == (27600, ["CN/26-27/00001"])
    assert after.lines[0].returned_milli == 1000


def test_returning_everything_in_parts_gives_back_exactly_the_invoice(
    codes: dict[str, str],
) -> None:
    asha = codes["asha"]
    sales.post_invoice(draft(asha, item_line("SOAP", 10000, 10000, 1800)))  # 11 points
    start = {"balance": balance(asha), "points": points(asha), "rice": stock("RICE")}
    # 30 × ₹33.33 at 5%: ₹999.90 + ₹25 + ₹25 = ₹1,049.90; 10 points off before tax -> ₹1,039.90
    # (taxable 103990 / 1.05 = ₹990.38, tax ₹49.52) -> ₹1,040
    invoice = sales.post_invoice(draft(asha, item_line("RICE", 30000, 3333, 500), redeem_points=10))
    assert (invoice.totals.round_off, invoice.totals.grand_total) == (10, 104000)
    assert invoice.points_earned == 10

    first = sales.post_credit_note(invoice.number, doc_date=DAY, returns={1: 10000}, reason="Part")
    second = sales.post_credit_note(invoice.number, doc_date=DAY, returns={1: 20000}, reason="Rest")

    # 10 of 30: ₹330.13 + ₹8.25 + ₹8.25 = ₹346.63, of which ₹3.33 of the points came off
    assert (first.totals.taxable, first.totals.cgst, first.totals.loyalty_discount) == (
        33013,
        825,
        0,
    )
    assert first.totals.grand_total == 34663
    assert first.loyalty_in_lines == 333
    # points: round(10 × 34663/103990) = 3 taken back, round(10 × ...) = 3 redeemed given back
    assert (first.points_earned, first.points_redeemed) == (-3, -3)
    # the last note takes all that is left, the round-off too
    assert (second.loyalty_in_lines, second.totals.round_off) == (667, 10)
    assert (second.points_earned, second.points_redeemed) == (-7, -7)
    assert first.totals.grand_total + second.totals.grand_total == invoice.totals.grand_total
    assert balance(asha) == start["balance"]
    assert points(asha) == start["points"]
    assert stock("RICE") == start["rice"]
    assert sales.get_document(invoice.number).outstanding == 0


def test_returning_more_than_is_left_is_refused(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number
    sales.post_credit_note(number, doc_date=DAY, returns={1: 1500}, reason="Damaged")
    before = counts()

    with pytest.raises(ValidationError) as caught:
        sales.post_credit_note(number, doc_date=DAY, returns={1: 1000}, reason="Again")

    assert _message(caught, "line 1 quantity") == "Line 1: at most 0.5 can still be returned"
    assert counts() == before


def test_a_price_correction(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    number = sales.post_invoice(draft(asha)).number

    # ₹20 off the taxable value of line 1: GST ₹1.80 + ₹1.80 comes off with it
    note = sales.post_credit_note(
        number, doc_date=DAY, price_corrections={1: 2000}, reason="Agreed rate"
    )

    line = note.lines[0]
    assert (line.qty_milli, line.taxable, line.cgst, line.sgst, line.total) == (
        0,
        2000,
        180,
        180,
        2360,
    )
    assert line.description == "Price correction: Soap"
    assert note.totals.grand_total == 2360
    assert stock("SOAP") == 48000  # nothing came back
    assert sales.get_document(number).outstanding == 23600 - 2360


def test_a_return_after_a_price_correction_credits_the_corrected_price(
    codes: dict[str, str],
) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number  # 2 soaps, ₹200 taxable
    sales.post_credit_note(number, doc_date=DAY, price_corrections={1: 2000}, reason="Rate")

    note = sales.post_credit_note(number, doc_date=DAY, returns={1: 2000}, reason="Back")

    assert (note.totals.taxable, note.totals.cgst) == (18000, 1620)
    assert sales.get_document(number).outstanding == 0


def test_a_price_correction_beyond_the_line_is_refused(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number

    with pytest.raises(ValidationError) as caught:
        sales.post_credit_note(number, doc_date=DAY, price_corrections={1: 20001}, reason="x")

    assert "at most ₹200.00" in _message(caught, "line 1 price")


def test_a_credit_note_beyond_what_is_owed_stays_as_a_credit(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    number = sales.post_invoice(draft(asha, received=23600)).number

    sales.post_credit_note(number, doc_date=DAY, returns={1: 1000}, reason="Damaged")

    assert sales.get_document(number).outstanding == 0
    assert balance(asha) == -11800  # the shop owes the customer


def test_a_credit_note_needs_a_reason_lines_and_a_posted_invoice(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft(codes["asha"])).number

    with pytest.raises(ValidationError) as empty:
        sales.post_credit_note(number, doc_date=DAY, reason=" ")
    with pytest.raises(ValidationError) as early:
        sales.post_credit_note(number, doc_date=date(2026, 5, 9), returns={1: 1}, reason="x")
    sales.cancel_invoice(number, "Wrong")
    with pytest.raises(ValidationError) as cancelled:
        sales.post_credit_note(number, doc_date=DAY, returns={1: 1}, reason="x")

    assert _message(empty, "reason") == "Say why the credit note is given"
    assert _message(empty, "lines") == "Enter a quantity returned or a price correction"
    assert "before its invoice (10-05-2026)" in _message(early, "doc_date")
    assert _message(cancelled, "invoice") == f"Invoice {number} is cancelled"


# --- debit notes ----------------------------------------------------------------------------------


def test_a_debit_note(codes: dict[str, str]) -> None:
    karnataka = codes["karnataka"]
    number = sales.post_invoice(draft(karnataka)).number  # IGST ₹36: ₹236

    # freight ₹50 at 18%, taxed like the invoice (IGST ₹9): ₹59
    note = sales.post_debit_note(
        number,
        doc_date=date(2026, 5, 20),
        lines=[LineInput("Freight", 1000, 5000, 1800)],
        reason="Freight not billed",
    )

    assert note.number == "DN/26-27/00001"
    assert (note.tax_kind, note.totals.igst, note.totals.grand_total) == ("inter", 900, 5900)
    assert (note.outstanding, note.due_date) == (5900, date(2026, 5, 20))
    assert ledger_rows(karnataka)[-1] == ("debit_note", "DN/26-27/00001", 5900, 0)
    assert balance(karnataka) == 23600 + 5900
    assert sales.get_document(number).notes_against == ["DN/26-27/00001"]


def test_no_debit_note_on_a_walk_in_sale(codes: dict[str, str]) -> None:
    number = sales.post_invoice(draft("CASH", received=23600)).number

    with pytest.raises(ValidationError) as caught:
        sales.post_debit_note(
            number, doc_date=DAY, lines=[LineInput("Bag", 1000, 500, 1800)], reason="Bag"
        )

    assert "new sale" in _message(caught, "invoice")


def test_a_return_can_take_back_points_already_spent(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    first = sales.post_invoice(draft(asha, item_line("SOAP", 40000, 10000, 1800)))  # 47 points
    sales.post_invoice(draft(asha, item_line("SOAP", 1000, 10000, 1800), redeem_points=47))

    sales.post_credit_note(first.number, doc_date=DAY, returns={1: 40000}, reason="All back")

    # 47 earned - 47 redeemed + 0 earned on ₹71 - 47 taken back: the customer owes 47 points
    assert points(asha) == -47


# --- reading --------------------------------------------------------------------------------------


def test_lists_newest_first(codes: dict[str, str]) -> None:
    asha, dealer = codes["asha"], codes["dealer"]
    first = sales.post_invoice(draft(asha, on=date(2026, 5, 1), received=23600)).number
    second = sales.post_invoice(draft(dealer, on=date(2026, 5, 2))).number
    note = sales.post_credit_note(second, doc_date=date(2026, 5, 3), returns={1: 1000}, reason="x")

    mine = sales.customer_documents(asha)
    everything = sales.recent_documents()
    theirs = sales.recent_documents(search="mahesh")
    notes = sales.recent_documents(kind="credit_note")

    assert [(d.number, d.outstanding) for d in mine] == [(first, 0)]
    assert [d.number for d in everything] == [note.number, second, first]
    assert [d.number for d in theirs] == [note.number, second]
    assert [d.number for d in notes] == [note.number]
    assert everything[1].outstanding == 23600 - 11800
    assert [d.number for d in sales.recent_documents(search="/00002")] == [second]


def test_get_document_shows_the_customer(codes: dict[str, str]) -> None:
    code = make_customer(
        "Kaveri Stores",
        state_code="29",
        gstin="29AAGCB7383J1Z4",
        billing_address="4 Market Road",
        city="Bengaluru",
        pin_code="560004",
    ).code
    number = sales.post_invoice(draft(code, RICE_3)).number  # a registered buyer: HSN needed

    doc = sales.get_document(number.lower())

    assert (doc.customer_gstin, doc.customer_state) == ("29AAGCB7383J1Z4", "29")
    assert doc.customer_address == "4 Market Road\nBengaluru 560004"
    with pytest.raises(ValidationError):
        sales.get_document("INV/26-27/09999")


def test_the_customer_ledger_names_the_new_kinds(codes: dict[str, str]) -> None:
    asha = codes["asha"]
    number = sales.post_invoice(draft(asha, received=10000)).number
    sales.cancel_invoice(number, "Wrong")

    lines = customer_history.ledger(asha)

    assert [customer_history.KIND_LABELS[ln.kind] for ln in lines] == [
        "Invoice",
        "Receipt",
        "Cancelled",
        "Cancelled",
    ]
    assert [ln.balance for ln in lines] == [23600, 13600, -10000, 0]


# --- settings -------------------------------------------------------------------------------------


def test_sales_settings_are_saved_and_audited(shop_file: Path) -> None:
    assert sales_settings.get() == sales_settings.SalesSettings(True, 10000, 100)

    saved = sales_settings.save(sales_settings.SalesSettings(False, 5000, 50))

    assert sales_settings.get() == saved
    change = _audits("setting", "update")[-1]
    assert json.loads(change.after_json) == {
        "round_off": False,
        "earn_per_paise": 5000,
        "point_value_paise": 50,
    }


def test_bad_sales_settings_are_refused(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        sales_settings.save(sales_settings.SalesSettings(True, -1, 10**6))

    assert {e.field for e in caught.value.errors} == {"earn_per_paise", "point_value_paise"}
    assert sales_settings.get().earn_per_paise == 10000
