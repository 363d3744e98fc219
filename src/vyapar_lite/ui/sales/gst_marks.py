"""What the GST rules ask a printed sales document to say, beyond its lines and totals.

Plain strings (no Qt), arranged by `invoice_html`:

- the copy it is (Rule 48(1) CGST Rules: goods invoices in triplicate, ORIGINAL FOR RECIPIENT,
  DUPLICATE FOR TRANSPORTER, TRIPLICATE FOR SUPPLIER), printed one or all three into one PDF;
- "Whether tax is payable on reverse charge" (Rule 46(p)): Yes when a line was issued so;
- for a note, the invoice's number and date and the reason (Rule 53(1A)), and the note's own
  title and footer (a credit note is never called an invoice);
- an export's endorsement in the words of Rule 46's proviso, the LUT reference and the country
  of destination; a foreign buyer has no "GSTIN: Unregistered" line;
- a walk-in buyer of ₹50,000 or more named, with address and state (Rule 46(e));
- a debit memo (a bounced cheque's bank charge) and a financial credit note say they are not GST
  documents (`services.non_gst`);
- an opening bill is not a supply billed in the app (`services.opening_bills`: its GST was on the
  original bill, s.39 CGST Act): no tax, place of supply or reverse-charge line, and it says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vyapar_lite.domain import gst
from vyapar_lite.domain.invoice import MILLI
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import divide_round, format_money
from vyapar_lite.ui.language import customer_name, printed
from vyapar_lite.ui.sales.labels import day_text

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocLine, DocumentView

COPIES = ("ORIGINAL FOR RECIPIENT", "DUPLICATE FOR TRANSPORTER", "TRIPLICATE FOR SUPPLIER")
COPY_CHOICES: dict[str, tuple[str, ...]] = {
    "Original for recipient": COPIES[:1],
    "Original and duplicate": COPIES[:2],
    "All three copies": COPIES,
    "Without a copy mark": (),
}
EXPORT_UNDER_LUT = (
    "SUPPLY MEANT FOR EXPORT UNDER BOND OR LETTER OF UNDERTAKING WITHOUT PAYMENT OF INTEGRATED TAX"
)
EXPORT_WITH_IGST = "SUPPLY MEANT FOR EXPORT ON PAYMENT OF INTEGRATED TAX"
REVERSE_CHARGE = "Whether tax is payable on reverse charge"
# printed as the law's reason in English, with the Hindi beside it in Hindi (`printed_legal`)
MEMO_NOTE = QT_TRANSLATE_NOOP(
    "printed",
    "Bank charges for a dishonoured cheque: not consideration for a supply, no GST charged "
    "(CBIC Circular 178/10/2022-GST).",
)
FINANCIAL_NOTE = QT_TRANSLATE_NOOP(
    "printed", "A financial credit note: it does not reduce GST (s.34(2) CGST Act)."
)
OPENING_NOTE = QT_TRANSLATE_NOOP(
    "printed",
    "An amount owed from before the shop's books were kept in Vyapar Lite, brought forward: "
    "not a supply billed by this document, so no GST is charged on it.",
)
_TITLES = {"bounce": "DEBIT MEMO", "financial": "CREDIT NOTE (FINANCIAL, WITHOUT GST)"}
_WORDS = {"invoice": "invoice", "credit_note": "credit note", "debit_note": "debit note"}


def is_gst_document(doc: DocumentView) -> bool:
    return doc.kind != "opening_bill" and doc.note_reason not in _TITLES


def special_title(doc: DocumentView) -> str:
    """The title of a non-GST document ("" for a GST document: its usual title)."""
    return _TITLES.get(doc.note_reason, "")


def number_label(doc: DocumentView) -> str:
    """The number's label on a non-GST document ("" for a GST document: its usual label)."""
    return {"bounce": "Debit memo No.", "financial": "Credit note No."}.get(doc.note_reason, "")


def footer(doc: DocumentView) -> str:
    word = "debit memo" if doc.note_reason == "bounce" else _WORDS.get(doc.kind, "document")
    return f"This is a computer generated {word}."


def reverse_charge(doc: DocumentView) -> str:
    """ "Yes" when any line was issued under reverse charge, else "No" ("" on a non-GST one)."""
    if not is_gst_document(doc):
        return ""
    return "Yes" if any(line.reverse_charge for line in doc.lines) else "No"


def note_facts(doc: DocumentView) -> list[tuple[str, str]]:
    """The original invoice's number and date, for a credit or debit note."""
    if not doc.against_number:
        return []
    facts = [("Against invoice", doc.against_number)]
    if doc.against_date is not None:
        facts.append(("Invoice date", day_text(doc.against_date)))
    return facts


def non_gst_line(doc: DocumentView) -> str:
    if doc.kind == "opening_bill":
        return OPENING_NOTE
    return {"bounce": MEMO_NOTE, "financial": FINANCIAL_NOTE}.get(doc.note_reason, "")


def is_foreign(doc: DocumentView) -> bool:
    return gst.FOREIGN in {doc.customer_state, doc.place_of_supply}


def export_lines(doc: DocumentView) -> list[str]:
    """The endorsement of an export invoice (Rule 46 proviso), with the LUT and the country
    kept on the invoice when it was issued."""
    if doc.kind != "invoice" or not is_foreign(doc):
        return []
    if doc.tax_kind == "export":
        lines = [EXPORT_UNDER_LUT]
        if doc.lut_reference:
            lines.append(f"LUT: {doc.lut_reference}")
    else:
        lines = [EXPORT_WITH_IGST]
    # the particulars' names in the paper's language (printed_words); the endorsement above
    # as the Rule words it, the country, numbers and codes as kept
    if doc.customer_country:
        lines.append(f"{printed('Country of destination')}: {doc.customer_country}")
    if doc.shipping_bill_number:
        bill = f"{printed('Shipping bill')}: {doc.shipping_bill_number}"
        if doc.shipping_bill_date:
            bill += f" {printed('dated')} {doc.shipping_bill_date:%d-%m-%Y}"
        if doc.port_code:
            bill += f", {printed('port code')} {doc.port_code}"
        lines.append(bill)
    elif doc.port_code:
        lines.append(f"{printed('Port code')}: {doc.port_code}")
    return lines


def buyer_name(doc: DocumentView) -> str:
    """Who is billed: the walk-in buyer named on a CASH invoice, else the customer."""
    return doc.walk_in_name or customer_name(doc.customer_name, doc.customer_code)


def prices_include_tax(doc: DocumentView) -> bool:
    """Whether any line's quantity × rate less discount is not its taxable value: its rate was
    typed with the tax in it, so a "Rate incl. tax" column is added and Rate is the rate before
    tax (`rate_cells`), so the columns reconcile with the taxable value."""
    return any(line.qty_milli and not _reconciles(line) for line in doc.lines)


def rate_cells(line: DocLine, rate: str, discount: str) -> tuple[str, str, str]:
    """(Rate, Rate incl. tax, Disc.) of a line on an invoice with tax-inclusive prices.

    A line priced before tax keeps its rate and discount ("" incl. tax). A line priced with the
    tax in it shows the taxable value of one unit as its Rate (after its discount, so
    Qty x Rate is its taxable value to the paisa a unit), and the rate as typed, less the
    discount typed with it, under "Rate incl. tax"."""
    if not line.qty_milli or _reconciles(line):
        return rate, "", discount
    per_unit = divide_round(line.taxable * MILLI, line.qty_milli)
    with_tax = f"{rate} less {discount}" if discount else rate
    return format_money(per_unit, symbol=False), with_tax, ""


def _reconciles(line: DocLine) -> bool:
    return divide_round(line.qty_milli * line.rate, MILLI) - line.discount == line.taxable
