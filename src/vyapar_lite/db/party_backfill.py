"""Migration 10's step: a snapshot for every document posted before snapshots were taken.

What each party looked like when those documents were issued is not recorded anywhere, so the
best that can be known is the masters (customer, shop profile) as they are at migration time;
from then on the snapshot never changes (see `domain.document_parties`). Plain SQL over the
tables as migration 10 finds them, so it does not move with the models.
"""

from __future__ import annotations

from datetime import datetime

import peewee

from vyapar_lite.domain import gst
from vyapar_lite.domain.document_parties import party_of, state_label

# (doc_type, table, the document's own place-of-supply column or None)
DOCUMENT_TABLES: tuple[tuple[str, str, str | None], ...] = (
    ("sales_doc", "sales_doc", "place_of_supply"),
    ("sale_order", "sale_order", None),
    ("receipt", "receipt", None),
    ("payment_out", "payment_out", None),
    ("purchase_bill", "purchase_bill", None),
    ("contra", "contra", None),
)

INSERT = """INSERT INTO document_party (doc_type, doc_id, party_name, billing_address,
    shipping_address, phone, gstin, state_code, state_name, place_of_supply, place_name,
    shipping_state_code, shop_name, shop_address, shop_city, shop_pin_code, shop_phone,
    shop_email, shop_gstin, shop_state_code, shop_state_name, taken_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def snapshot_existing_documents(db: peewee.Database) -> None:
    shop = db.execute_sql(
        "SELECT name, address, city, pin_code, phone, email, gstin, state_code FROM shop"
    ).fetchone()
    if shop is None:
        shop = ("", "", "", "", "", "", "", "")
    shop_values = (*shop, state_label(shop[7]))
    now = datetime.now().isoformat(sep=" ", timespec="seconds")
    for doc_type, table, place_column in DOCUMENT_TABLES:
        place_sql = f"d.{place_column}" if place_column else "''"
        cursor = db.execute_sql(
            f"""SELECT d.id, {place_sql}, c.name, c.billing_address, c.city, c.pin_code,
                       c.shipping_address, c.shipping_same_as_billing, c.phone, c.gstin,
                       c.state_code, c.is_cash
                FROM {table} d JOIN customer c ON c.id = d.customer_id
                WHERE NOT EXISTS (SELECT 1 FROM document_party p
                                  WHERE p.doc_type = ? AND p.doc_id = d.id)""",
            (doc_type,),
        )
        rows = []
        parties: dict[tuple[object, ...], tuple[str, ...]] = {}  # a customer's, worked out once
        for doc_id, own_place, *customer in cursor.fetchall():
            key = tuple(customer)
            values = parties.get(key)
            if values is None:
                values = parties[key] = _party_values(shop[7], *customer)
            home, *party = values
            place = own_place or gst.LEGACY_SUCCESSORS.get(home, home)
            rows.append(
                (doc_type, doc_id, *party, place, state_label(place), "", *shop_values, now)
            )
        db.cursor().executemany(INSERT, rows)


def _party_values(  # noqa: PLR0917 (one customer row's columns, in the SELECT's order)
    shop_state: str,
    name: str,
    address: str,
    city: str,
    pin: str,
    ship: str,
    same: int,
    phone: str,
    gstin: str,
    state: str,
    cash: int,
) -> tuple[str, ...]:
    """The place of supply's home state, then the party's snapshot columns."""
    party = party_of(
        name=name,
        address=address,
        city=city,
        pin_code=pin,
        shipping_address=ship,
        shipping_same_as_billing=bool(same),
        phone=phone,
        gstin=gstin,
        state_code=state,
    )
    home = shop_state if cash or not state else state
    return (
        home,
        party.name,
        party.billing_address,
        party.shipping_address,
        party.phone,
        party.gstin,
        party.state_code,
        party.state_name,
    )
