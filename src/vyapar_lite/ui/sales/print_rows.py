"""What a printed sales document says, as plain strings: header facts, line rows, the tax breakup
by rate, the totals and the amount in words. No Qt here, so it is tested without printing; the
HTML layouts (`invoice_html`) only arrange these strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vyapar_lite.domain import gst, supply
from vyapar_lite.domain.document_parties import place_text, state_label
from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import deemed_export
from vyapar_lite.services.cheques import CHARGE_TEXT
from vyapar_lite.services.financial_notes import DESCRIPTION as FINANCIAL_LINE
from vyapar_lite.ui import language
from vyapar_lite.ui.sales import gst_marks
from vyapar_lite.ui.sales.labels import day_text

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocumentView

APP_LINES = (CHARGE_TEXT, FINANCIAL_LINE)  # the lines the app writes (no item, no typing)
TITLES = {"invoice": "TAX INVOICE", "credit_note": "CREDIT NOTE", "debit_note": "DEBIT NOTE"}
FOOTER = "This is a computer generated invoice."


def money(paise: int) -> str:
    """Amounts in a printed table: Indian grouping, no symbol (`1,24,000.00`)."""
    return format_money(paise, symbol=False)


def state_text(code: str) -> str:
    """`27 Maharashtra`; blank for no state."""
    if not code:
        return ""
    try:
        return f"{code} {gst.state_name(code)}"
    except ValueError:
        return code


@dataclass(frozen=True)
class PrintLine:
    number: str
    description: str
    hsn_sac: str
    qty: str
    unit: str
    rate: str
    discount: str
    taxable: str
    gst_rate: str
    cgst: str
    sgst: str
    igst: str
    total: str


@dataclass(frozen=True)
class TaxRow:
    """One GST rate's share of the document (the tax breakup printed under the lines)."""

    rate: str
    taxable: str
    cgst: str
    sgst: str
    igst: str
    tax: str
    rcm: str = ""  # tax payable by the recipient on the reverse-charge lines at this rate


def title(doc: DocumentView) -> str:
    """An invoice is titled as it was issued (`domain.supply`): TAX INVOICE, BILL OF SUPPLY or
    INVOICE-CUM-BILL OF SUPPLY; a debit memo or a financial credit note by its own title."""
    special = gst_marks.special_title(doc)  # a debit memo, a financial credit note
    if special:
        return special
    if doc.kind == "invoice":
        return supply.TITLES.get(doc.document_type, TITLES["invoice"])
    return TITLES.get(doc.kind, doc.kind.replace("_", " ").upper())


def rate_text(supply_type: str, gst_rate_bp: int) -> str:
    """`18%`, or what a line without tax is: `Nil-rated (0%)`, `Exempt`, `Non-GST`."""
    if supply_type in ("nil", "exempt", "non_gst"):
        return supply.SUPPLY_TYPES[supply_type]
    return format_rate(gst_rate_bp)


def tax_columns(doc: DocumentView) -> list[tuple[str, str]]:
    """The tax columns this document needs: [("cgst", "CGST"), ("sgst", "SGST")], [("igst", ..)]
    or none for an export or a non-GST document (a debit memo, a financial credit note)."""
    if not gst_marks.is_gst_document(doc):
        return []
    if doc.tax_kind == "intra":
        return [("cgst", "CGST"), ("sgst", doc.state_tax_label or "SGST")]
    if doc.tax_kind == "inter":
        return [("igst", "IGST")]
    return []


RCM_MARK = "RCM "
RCM_TOTAL = "Tax payable by recipient (RCM)"


def has_reverse_charge(doc: DocumentView) -> bool:
    return any(line.rcm_tax for line in doc.lines)


_RCM_NOTE = QT_TRANSLATE_NOOP(
    "printed",
    "Tax of {amount} on the lines marked RCM is payable by the recipient under reverse charge "
    "(s.9(3)/9(4) CGST Act); it is not charged in this document's total.",
)


def reverse_charge_note(doc: DocumentView) -> str:
    """Under the lines when some tax is payable by the recipient (s.9(3)/9(4) CGST Act, Rule
    46(p)): the supplier shows it and does not collect it ("" when there is none)."""
    rcm = sum(line.rcm_tax for line in doc.lines)
    if not rcm:
        return ""
    # the declaration Rule 46(p) asks for: in English, with the Hindi beside it on a Hindi paper
    return language.printed_legal(_RCM_NOTE).format(amount=format_money(rcm))


def _tax_cell(paid: int, rcm: int) -> str:
    """A line's tax cell: what is charged, or the recipient's tax marked RCM."""
    return f"{RCM_MARK}{money(rcm)}" if rcm else money(paid)


def _description(doc: DocumentView, text: str) -> str:
    """A line as typed; the one line the app itself writes on a debit memo or a financial
    credit note ("Cheque return charges") in the paper's language."""
    if gst_marks.special_title(doc) and text in APP_LINES:
        return language.printed(text)
    return text


def line_rows(doc: DocumentView) -> list[PrintLine]:
    rows = []
    for line in doc.lines:
        rows.append(
            PrintLine(
                number=str(line.line_no),
                description=_description(doc, line.description),
                hsn_sac=line.hsn_sac,
                qty=format_qty(line.qty_milli),
                unit=line.unit,
                rate=money(line.rate),
                discount=money(line.discount) if line.discount else "",
                taxable=money(line.taxable),
                gst_rate=rate_text(line.supply_type, line.gst_rate_bp),
                cgst=_tax_cell(line.cgst, line.rcm_cgst),
                sgst=_tax_cell(line.sgst, line.rcm_sgst),
                igst=_tax_cell(line.igst, line.rcm_igst),
                total=money(line.total),
            )
        )
    return rows


def tax_rows(doc: DocumentView) -> list[TaxRow]:
    return [
        TaxRow(
            rate=format_rate(r.gst_rate_bp),
            taxable=money(r.taxable),
            cgst=money(r.cgst),
            sgst=money(r.sgst),
            igst=money(r.igst),
            tax=money(r.cgst + r.sgst + r.igst),
            rcm=money(r.rcm_tax),
        )
        for r in doc.totals.by_rate
    ]


def total_rows(doc: DocumentView) -> list[tuple[str, str]]:
    """(label, amount) for the totals block, only the lines that apply; grand total last."""
    t = doc.totals
    rows = [("Taxable value", money(t.taxable))] if gst_marks.is_gst_document(doc) else []
    if doc.loyalty_in_lines:  # a discount at the time of supply, s.15(3)(a) CGST Act
        rows.insert(0, ("Points redeemed, before tax", f"-{money(doc.loyalty_in_lines)}"))
    for key, label in tax_columns(doc):
        paid_sez = key == "igst" and doc.sez_supply
        rows.append(("IGST (SEZ, paid)" if paid_sez else label, money(getattr(t, key))))
    if doc.tax_kind == "zero":  # to an SEZ unit without IGST, s.16(3)(a) IGST Act
        rows.append(("IGST (SEZ, under LUT)", money(0)))
    if t.loyalty_discount:
        rows.append(("Loyalty points redeemed", f"-{money(t.loyalty_discount)}"))
    if t.round_off:
        rows.append(("Round-off", money(t.round_off)))
    rows.append(("Grand total", format_money(t.grand_total)))
    if t.rcm_tax:  # shown, not collected: s.9(3)/9(4) CGST Act, Rule 46(p)
        rows.append((RCM_TOTAL, money(t.rcm_tax)))
    return rows


def payment_rows(doc: DocumentView) -> list[tuple[str, str]]:
    """Received and balance due, for invoices that are not cancelled."""
    if doc.kind != "invoice" or doc.status == "cancelled":
        return []
    return [
        ("Received", format_money(doc.received)),
        ("Balance due", format_money(doc.outstanding)),
    ]


def words(doc: DocumentView) -> str:
    """The grand total in words, in the screens' language (Settings › Language)."""
    return language.amount_in_words(doc.totals.grand_total)


def shop_lines(profile: ShopProfile | None) -> list[str]:
    """Address lines under the shop's name (the name itself is printed bigger)."""
    if profile is None:
        return []
    place = " ".join(p for p in (profile.city, profile.pin_code) if p)
    lines = [*(ln.strip() for ln in profile.address.splitlines() if ln.strip())]
    if place:
        lines.append(place)
    contact = " · ".join(
        p
        for p in (
            f"{language.printed('Ph')} {profile.phone}" if profile.phone else "",
            profile.email,
        )
        if p
    )
    if contact:
        lines.append(contact)
    lines.append(f"GSTIN: {profile.gstin or language.printed('Unregistered')}")
    lines.append(f"{language.printed('State')}: {state_text(profile.state_code)}")
    return lines


def document_facts(doc: DocumentView) -> list[tuple[str, str]]:
    """Number, dates, place of supply and references, in the order printed."""
    label = {
        "invoice": "Invoice No.",
        "credit_note": "Credit note No.",
        "debit_note": "Debit note No.",
    }
    number_label = gst_marks.number_label(doc) or label.get(doc.kind, "Number")
    facts = [(number_label, doc.number), ("Date", day_text(doc.doc_date))]
    if doc.due_date and doc.kind in ("invoice", "opening_bill"):
        facts.append(("Due date", day_text(doc.due_date)))
    if doc.kind != "opening_bill":  # not a supply made here: no place of supply
        place_name = doc.place_name or state_label(doc.place_of_supply)
        facts.append(("Place of supply", place_text(doc.place_of_supply, place_name)))
    facts += gst_marks.note_facts(doc)  # the invoice's number and date (Rule 53)
    if doc.order_number:
        facts.append(("Order No.", doc.order_number))
    reverse = gst_marks.reverse_charge(doc)
    if reverse:
        facts.append((gst_marks.REVERSE_CHARGE, reverse))
    return facts


def customer_lines(doc: DocumentView) -> list[str]:
    if doc.walk_in_name:  # a walk-in buyer named on the invoice (Rule 46(e))
        address = [ln.strip() for ln in doc.walk_in_address.splitlines() if ln.strip()]
        if doc.walk_in_state:  # in the paper's language, as the customer's state is
            address.append(f"{language.printed('State')}: {state_text(doc.walk_in_state)}")
        return address
    lines = [ln.strip() for ln in doc.customer_address.splitlines() if ln.strip()]
    if doc.customer_gstin:
        lines.append(f"GSTIN: {doc.customer_gstin}")
    elif doc.customer_code != "CASH" and not gst_marks.is_foreign(doc):
        lines.append(f"GSTIN: {language.printed('Unregistered')}")
    if doc.customer_country:
        lines.append(f"{language.printed('Country')}: {doc.customer_country}")
    if doc.customer_state:
        lines.append(f"{language.printed('State')}: {state_text(doc.customer_state)}")
    return lines


THIRD_PARTY = (
    "Goods delivered to a third party on the buyer's direction (bill to / ship to): the place "
    "of supply is the buyer's principal place of business (s.10(1)(b) IGST Act)."
)


def ship_to_heading(doc: DocumentView) -> str:
    return "Ship to (third party)" if doc.third_party_delivery else "Ship to"


def ship_to_lines(doc: DocumentView) -> list[str]:
    """The delivery address as issued, printed only where it differs from the billing address
    (Rule 46(o)), or always for a bill to / ship to supply, with its state."""
    if not doc.ships_elsewhere:
        return []
    lines = [ln.strip() for ln in doc.delivery_address.splitlines() if ln.strip()]
    if doc.third_party_delivery and doc.delivery_state:
        lines.append(f"{language.printed('State')}: {state_text(doc.delivery_state)}")
    return lines


# The endorsement Rule 46's proviso prescribes for a supply to an SEZ (as amended by Notification
# 3/2018-CT: "SUPPLY MEANT FOR EXPORT/SUPPLY TO SEZ UNIT OR SEZ DEVELOPER FOR AUTHORISED
# OPERATIONS ..."); zero-rated under s.16(1)(b) IGST Act, with IGST paid or under LUT (s.16(3)).
SEZ_NOTES = {
    "SEWP": "SUPPLY TO SEZ UNIT OR SEZ DEVELOPER FOR AUTHORISED OPERATIONS ON PAYMENT OF "
    "INTEGRATED TAX",
    "SEWOP": "SUPPLY TO SEZ UNIT OR SEZ DEVELOPER FOR AUTHORISED OPERATIONS UNDER BOND OR LETTER "
    "OF UNDERTAKING WITHOUT PAYMENT OF INTEGRATED TAX",
}


def export_note(doc: DocumentView) -> str:
    """The export endorsement in the words of Rule 46's proviso, then the LUT reference and the
    country of destination, one a line; for a supply to an SEZ unit, its zero-rating ("" for any
    other sale in India); for a deemed export (s.147 CGST Act), the line saying so."""
    if doc.sez_supply:
        return SEZ_NOTES[doc.sez_supply]
    if doc.deemed_export:
        return deemed_export.printed_line(doc.deemed_export)
    return "\n".join(gst_marks.export_lines(doc))
