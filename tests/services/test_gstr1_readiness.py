"""What makes a period's GSTR-1 "not ready" (services/returns/readiness.py): lines without HSN,
buyers' GSTINs that fail their check, documents after the books-closed date, numbers the portal
refuses, documents imported without lines, and shops that file no GSTR-1."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from factories import make_customer
from return_builders import ReturnShop, build_return_shop
from vyapar_lite.db.models import DocumentParty, SalesDoc, Shop
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.exports.gstr1_json import gstr1_json
from vyapar_lite.services import closed_books, sales
from vyapar_lite.services.returns import gstr1, readiness
from vyapar_lite.services.returns.gstr1_documents import rate_of
from vyapar_lite.services.returns.period import of_month

MAY = of_month(2026, 5)


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    built = build_return_shop()
    closed_books.close_up_to(date(2026, 5, 31))
    return built


def _messages(what: str) -> list[str]:
    return [p.message for p in readiness.not_ready(MAY) if p.what == what]


def test_a_period_with_nothing_wrong_is_ready(shop: ReturnShop) -> None:
    assert readiness.not_ready(MAY) == []


def test_lines_without_hsn_are_named(shop: ReturnShop, data_file: Path) -> None:
    closed_books.close_up_to(None)
    walk_in = make_customer("Ravi Kumar", state_code="27").code  # B2C: no HSN needed to post
    doc = sales.post_invoice(
        sales.InvoiceDraft(walk_in, date(2026, 5, 25), [
            LineInput("Tiffin", 1000, 42000, 1800, item_code="TIFFIN"),
            LineInput("Loose sweets", 1000, 20000, 500),
            LineInput("Namkeen", 1000, 10000, 1200),
        ])
    )  # fmt: skip
    closed_books.close_up_to(date(2026, 5, 31))
    assert _messages("hsn") == [
        f"invoice {doc.number} (Ravi Kumar): lines 2, 3 without an HSN/SAC code; the HSN "
        "summary needs one (Notification 78/2020-Central Tax)"
    ]
    assert not readiness.blocking(readiness.not_ready(MAY))


def test_a_gstin_that_fails_its_check_is_named(shop: ReturnShop) -> None:
    invoice = SalesDoc.get(SalesDoc.number == shop.numbers["b2b_inter_rcm"])
    DocumentParty.update(gstin="29AABCU9603R1ZM").where(
        (DocumentParty.doc_type == "sales_doc") & (DocumentParty.doc_id == invoice.id)
    ).execute()  # as if issued before GSTINs were checked
    [message] = _messages("gstin")
    assert message.startswith(f"customer {shop.codes['b2b29']} (Bengaluru Stores): GSTIN ")
    assert "29AABCU9603R1ZM fails its check, on " + shop.numbers["b2b_inter_rcm"] in message


def test_documents_after_the_books_closed_date_are_counted(shop: ReturnShop) -> None:
    closed_books.close_up_to(date(2026, 5, 15))
    assert _messages("books_open") == [
        "6 documents in the period, dated after the books-closed date (15-05-2026), can still "
        "be cancelled, and more can be posted. Close the books up to 31-05-2026 in Settings "
        "(Books closed up to) once the return is filed."
    ]
    closed_books.close_up_to(None)
    assert _messages("books_open")[0].startswith(
        "No period's books are closed: the 18 documents in the period can still be cancelled"
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [({"gstin": ""}, "The shop has no GSTIN"), ({"composition": True}, "files CMP-08 and GSTR-4")],
)
def test_a_shop_that_files_no_gstr1_is_blocked(
    shop: ReturnShop, change: dict[str, object], words: str
) -> None:
    Shop.update(**change).execute()
    [stop] = readiness.blocking(readiness.not_ready(MAY))
    assert stop.what == "shop" and words in stop.message


def test_a_number_over_16_characters_blocks_the_return(shop: ReturnShop) -> None:
    long = "INV/2026-27/00002"  # 17 characters, as an old import could have kept it
    SalesDoc.update(number=long).where(SalesDoc.number == shop.numbers["b2b_intra"]).execute()
    [stop] = readiness.blocking(readiness.not_ready(MAY))
    assert stop.message == (
        f"1 document of the period has a number longer than 16 characters ({long} (17)): Rule "
        "46(b) allows 16 and the portal refuses a longer one"
    )
    with pytest.raises(ValidationError) as caught:
        gstr1_json(gstr1.gstr1(MAY), "27AAPFU0939F1ZV")
    assert caught.value.for_field("number") == (
        f"{long}: a number in the return may have at most 16 characters (Rule 46(b))"
    )


def test_a_document_imported_without_lines_stands_in_with_its_totals(shop: ReturnShop) -> None:
    customer = SalesDoc.get(SalesDoc.number == shop.numbers["b2c_small_intra"]).customer_id
    SalesDoc.create(
        kind="invoice", number="OLD/0042", fin_year="2026-27", doc_date=date(2026, 5, 3),
        customer=customer, place_of_supply="27", tax_kind="intra", taxable_total=100000,
        cgst_total=9000, sgst_total=9000, grand_total=118000, created_at=datetime.now(),
    )  # fmt: skip
    assert _messages("hsn") == [
        "invoice OLD/0042 was imported without its lines: its HSN summary row has no HSN/SAC "
        "code, quantity or unit"
    ]
    rows = {(r.place, r.rate_bp): r.amounts for r in gstr1.gstr1(MAY).b2cs}
    assert rows[("27", 1800)].taxable == 42000 + 100000  # the tiffin left + the imported one
    assert (rate_of(100000, 18000), rate_of(33333, 1667), rate_of(0, 0)) == (1800, 500, 0)


def test_documents_issued_under_composition_are_left_out_and_said(shop: ReturnShop) -> None:
    before = gstr1.gstr1(MAY)
    closed_books.close_up_to(None)
    Shop.update(composition=True, composition_rate_bp=100).execute()
    bill = sales.post_invoice(
        sales.InvoiceDraft(shop.codes["walkin27"], date(2026, 5, 26),
                           [LineInput("Tiffin", 1000, 42000, 1800, item_code="TIFFIN")])
    )  # fmt: skip
    assert bill.supplier_scheme == "composition"
    Shop.update(composition=False, composition_rate_bp=0).execute()  # registered as regular
    closed_books.close_up_to(date(2026, 5, 31))
    assert gstr1.gstr1(MAY) == before
    assert _messages("scheme") == [
        f"1 document of the period ({bill.number} to {bill.number}) was issued under the "
        "composition scheme: not in GSTR-1"
    ]


def test_many_problems_of_a_kind_are_listed_up_to_20_then_counted() -> None:
    many = [readiness.NotReady("hsn", f"invoice {n}") for n in range(25)]
    listed = readiness._at_most(many, "document with lines without HSN/SAC")
    assert len(listed) == 21 and listed[:20] == many[:20]
    assert listed[20].message == "… and 5 more documents with lines without HSN/SAC"


def test_a_document_without_its_parties_as_issued_blocks_the_return(shop: ReturnShop) -> None:
    invoice = SalesDoc.get(SalesDoc.number == shop.numbers["b2b_intra"])
    DocumentParty.delete().where(
        (DocumentParty.doc_type == "sales_doc") & (DocumentParty.doc_id == invoice.id)
    ).execute()
    [stop] = readiness.blocking(readiness.not_ready(MAY))
    assert stop.what == "snapshot" and stop.message.startswith(
        f"{invoice.number}: the buyer as issued (name, GSTIN, state) is not kept"
    )
    # never read from today's master: the registered customer is not taken as the buyer
    assert invoice.number not in {d.number for d in gstr1.gstr1(MAY).b2b}
