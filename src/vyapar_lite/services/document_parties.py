"""Taking and reading the parties' snapshot of a posted document (`domain.document_parties`).

`take()` is called by every posting service inside its own transaction, right after it creates
the document, so a document and its snapshot are saved together or not at all. Readers (views,
prints, the sales register, statements, exports) call `read()` / `read_many()` and never the
customer or shop masters for a posted document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date, datetime

from vyapar_lite.db import bulk
from vyapar_lite.db.models import Customer, DocumentParty, LedgerEntry
from vyapar_lite.domain import gst
from vyapar_lite.domain.document_parties import DocumentParties, Party, party_of, state_label
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import shop

DOC_TYPES = ("sales_doc", "sale_order", "receipt", "payment_out", "purchase_bill", "contra")


def customer_party(customer: Customer) -> Party:
    """The customer master's particulars now (for a new document)."""
    return party_of(
        name=customer.name,
        address=customer.billing_address,
        city=customer.city,
        pin_code=customer.pin_code,
        shipping_address=customer.shipping_address,
        shipping_same_as_billing=customer.shipping_same_as_billing,
        phone=customer.phone,
        gstin=customer.gstin,
        state_code=customer.state_code,
        composition=bool(customer.is_composition),
    )


def home_place(customer: Customer, profile: ShopProfile) -> str:
    """The place of supply of a document that has none of its own (orders, receipts, payments):
    the customer's state, or the shop's for a walk-in or a customer without a state."""
    place = profile.state_code if customer.is_cash else customer.state_code or profile.state_code
    return gst.LEGACY_SUCCESSORS.get(place, place)


def take(
    doc_type: str,
    doc_id: int,
    customer: Customer,
    *,
    place_of_supply: str = "",
    shipping_address: str | None = None,
    shipping_state_code: str = "",
    third_party_delivery: bool = False,
) -> DocumentParties:
    """Save the snapshot of `doc_type` `doc_id` from the masters as they are now (call it inside
    the posting transaction). `shipping_address` None: the customer's own shipping address."""
    parties = snapshot(
        customer,
        place_of_supply=place_of_supply,
        shipping_address=shipping_address,
        shipping_state_code=shipping_state_code,
        third_party_delivery=third_party_delivery,
    )
    keep(doc_type, doc_id, parties)
    return parties


def snapshot(
    customer: Customer,
    *,
    place_of_supply: str = "",
    shipping_address: str | None = None,
    shipping_state_code: str = "",
    third_party_delivery: bool = False,
    profile: ShopProfile | None = None,
) -> DocumentParties:
    """Both parties and the place of supply from the masters as they are now, to `keep` with a
    document: a posting works it out before its transaction (`take` does both at once).
    `profile`: the shop's, when the caller has just read it."""
    profile = profile or shop.get_profile()
    if profile is None:
        raise ValidationError(FieldError("shop", "Set up the shop's profile first"))
    party = customer_party(customer)
    if shipping_address is not None and shipping_address.strip():
        party = replace(party, shipping_address=shipping_address.strip())
    place = place_of_supply or home_place(customer, profile)
    return DocumentParties(
        party=party,
        shop=profile,
        shop_state_name=state_label(profile.state_code),
        place_of_supply=place,
        place_name=state_label(place),
        shipping_state_code=shipping_state_code,
        third_party_delivery=third_party_delivery,
    )


def keep(doc_type: str, doc_id: int, parties: DocumentParties) -> None:
    """Save `parties` as the snapshot of `doc_type` `doc_id` (inside its posting transaction)."""
    if doc_type not in DOC_TYPES:
        raise ValueError(f"not a document type: {doc_type}")
    row = {"doc_type": doc_type, "doc_id": doc_id, "taken_at": datetime.now()}
    bulk.add_row(DocumentParty, row | _columns(parties))  # its statement built once


def read(doc_type: str, doc_id: int) -> DocumentParties:
    """The snapshot of one document; ValidationError when it is missing (`check` reports it)."""
    found = read_many(doc_type, [doc_id])
    if doc_id not in found:
        raise ValidationError(
            FieldError("document", f"The document's parties as issued are missing ({doc_type})")
        )
    return found[doc_id]


def read_many(doc_type: str, doc_ids: Iterable[int]) -> dict[int, DocumentParties]:
    """Snapshots by document id (missing ones left out)."""
    ids = list(doc_ids)
    found: dict[int, DocumentParties] = {}
    for start in range(0, len(ids), 500):
        rows = DocumentParty.select().where(
            (DocumentParty.doc_type == doc_type)
            & DocumentParty.doc_id.in_(ids[start : start + 500])
        )
        for row in rows:
            found[row.doc_id] = _parties(row)
    return found


def latest_in_period(
    start: date | None, end: date, *, customer_id: int | None = None
) -> DocumentParties | None:
    """The snapshot of the last document on the books (by ledger date) in start..end, of one
    customer or of any; None when the period has none.

    A report over a period (the sales register, a statement) is headed with the parties as on
    its documents, so reprinting it after the shop or the customer changes its name, address or
    GSTIN gives what was issued; a period with no documents has nothing issued and is headed
    with the masters."""
    query = (
        LedgerEntry.select(DocumentParty)
        .join(
            DocumentParty,
            on=(DocumentParty.doc_type == LedgerEntry.doc_type)
            & (DocumentParty.doc_id == LedgerEntry.doc_id),
        )
        .where(LedgerEntry.entry_date <= end)
        .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc())
        .limit(1)
    )
    if start is not None:
        query = query.where(LedgerEntry.entry_date >= start)
    if customer_id is not None:
        query = query.where(LedgerEntry.customer == customer_id)
    row = query.objects(DocumentParty).first()
    return _parties(row) if row is not None else None


def shop_for_period(start: date | None, end: date) -> ShopProfile | None:
    """The shop as on the period's last document (`latest_in_period`); an "as of" report
    (`start` None) is today's position and is headed with the shop as it is now."""
    if start is not None:
        issued = latest_in_period(start, end)
        if issued is not None:
            return issued.shop
    return shop.get_profile()


# The snapshot's columns: the party's fields (its name as `party_name`), the shop's fields with
# `shop_` before them, and the document's own.
_PARTY = {f.name: "party_name" if f.name == "name" else f.name for f in fields(Party)}
# The shop's GST scheme is kept on the document itself (`sales_doc.supplier_scheme`, what it was
# issued as), not in the parties' snapshot.
_SCHEME_FIELDS = ("composition", "composition_rate_bp")
_SHOP = {f.name: f"shop_{f.name}" for f in fields(ShopProfile) if f.name not in _SCHEME_FIELDS}
_OWN = (
    "shop_state_name",
    "place_of_supply",
    "place_name",
    "shipping_state_code",
    "third_party_delivery",
)


def _columns(parties: DocumentParties) -> dict[str, str]:
    values = {column: getattr(parties.party, name) for name, column in _PARTY.items()}
    values |= {column: getattr(parties.shop, name) for name, column in _SHOP.items()}
    return values | {name: getattr(parties, name) for name in _OWN}


def _parties(row: DocumentParty) -> DocumentParties:
    return DocumentParties(
        party=Party(**{name: getattr(row, column) for name, column in _PARTY.items()}),
        shop=ShopProfile(**{name: getattr(row, column) for name, column in _SHOP.items()}),
        **{name: getattr(row, name) for name in _OWN},
    )
