"""The customers sheet: its columns, reading a row into a customer, and writing one out.

The same columns serve the template, the import and the export, so an exported file imports back
unchanged. Reading checks every cell and every customer rule (through `clean_customer`) and
collects every problem as a RowError naming the row and the column's header, never stopping at
the first. Checks that need the shop's data (codes already used) belong to the import service.

Every field of the customer form is a column, the SEZ flag (s.16 IGST Act), the composition
dealer flag (s.10 CGST Act; GSTR-3B Table 3.2) and a foreign buyer's country (printed on exports,
Rule 46's proviso) among them. Columns added after the first template (`ADDED_LATER`) may be
missing from a file made with an older template: their cells read as blank (the form's defaults).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vyapar_lite.domain import gst, money
from vyapar_lite.domain.category import clean_category_name
from vyapar_lite.domain.customer import (
    CASH_CODE,
    CUSTOMER_TYPES,
    PREFERRED_CONTACTS,
    CustomerDetails,
    OpeningBalance,
    OpeningKind,
    clean_customer,
    clean_opening,
)
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.sheet import (
    Column,
    Kind,
    Reading,
    Row,
    RowError,
    RowReader,
    is_blank,
    is_number,
    number_text,
    read_date,
    read_money,
    read_rows,
    read_text,
    read_whole_number,
    read_yes_no,
    repeats_within,
    sort_row_errors,
    yes_no,
)

COLUMNS: tuple[Column, ...] = (
    Column("Code", Kind.TEXT, 10, "Leave blank for the next code in the series (C0001, C0002 …). "
           "Or type your own: 1-20 letters, digits, '-', '/' or '_'. CASH is not allowed."),
    Column("Name", Kind.TEXT, 28, "Required. The customer's or business's name."),
    Column("Phone", Kind.TEXT, 14, "Mobile (98220 12345), landline with STD code "
           "(020-2445 1234), or + and the country code."),
    Column("Alternate phone", Kind.TEXT, 14, "Optional: a second number, written as Phone."),
    Column("Email", Kind.TEXT, 24, "Optional, like name@example.com."),
    Column("Preferred contact", Kind.TEXT, 10, "Phone, SMS, WhatsApp or Email (blank: Phone)."),
    Column("GSTIN", Kind.TEXT, 17, "15 characters, for registered customers; must match the "
           "State. The PAN is taken from it when PAN is blank."),
    Column("PAN", Kind.TEXT, 12, "10 characters, like ABCDE1234F."),
    Column("State", Kind.TEXT, 16, "The state's name (Maharashtra) or two-digit GST code (27); "
           "Foreign for customers outside India."),
    Column("Country", Kind.TEXT, 16, "Only for a customer outside India (State: Foreign): the "
           "country printed on export invoices, like United Arab Emirates."),
    Column("SEZ unit", Kind.YES_NO, 8, "Yes for a unit or developer in a Special Economic Zone "
           "(needs its GSTIN; sales to it are zero-rated); blank: No."),
    Column("Composition dealer", Kind.YES_NO, 11, "Yes for a buyer under the composition "
           "scheme (s.10 CGST Act; needs its GSTIN; GSTR-3B Table 3.2 lists inter-state sales "
           "to it); blank: No."),
    Column("Type", Kind.TEXT, 11, "General, Dealer, Wholesaler or Distributor (blank: General)."),
    Column("Category", Kind.TEXT, 14, "Any group name; a new one is created when needed."),
    Column("Credit limit", Kind.MONEY, 13, "Rupees, for example 50000 or 50000.50 (blank: 0)."),
    Column("Check credit limit", Kind.YES_NO, 10, "Yes or No (also Y/N, TRUE/FALSE; blank: No)."),
    Column("Stop sales", Kind.YES_NO, 10, "Yes or No (blank: No)."),
    Column("Payment terms (days)", Kind.WHOLE, 10, "Days to pay an invoice, 0 to 365 (blank: 0)."),
    Column("Opening balance", Kind.MONEY, 14, "What the account stood at when you started: "
           "rupees, blank or 0 for none."),
    Column("Opening balance type", Kind.TEXT, 12, "Receivable (they owe you) or Advance (you "
           "hold their money). Needed with an opening balance."),
    Column("Opening balance date", Kind.DATE, 12, "dd-mm-yyyy, like 01-04-2026. Needed with an "
           "opening balance."),
    Column("Billing address", Kind.TEXT, 30, "Several lines allowed (Alt+Enter in Excel)."),
    Column("Shipping address", Kind.TEXT, 30, "Blank: same as the billing address."),
    Column("City", Kind.TEXT, 14, "Optional."),
    Column("PIN code", Kind.TEXT, 9, "6 digits, not starting with 0."),
    Column("Also supplier", Kind.YES_NO, 9, "Yes if you also buy from them (blank: No)."),
    Column("Transporter", Kind.TEXT, 16, "Optional: the transporter you send their goods by."),
    Column("Notes", Kind.TEXT, 30, "Anything else, up to 4000 characters."),
)  # fmt: skip
HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
# columns the first template did not have: a file made with it still imports without them
ADDED_LATER = frozenset(
    {"Alternate phone", "Preferred contact", "Country", "Transporter", "Composition dealer"}
)

# clean_customer's and clean_opening's field names -> the sheet's headers
FIELD_HEADERS: dict[str, str] = {
    "code": "Code",
    "name": "Name",
    "phone": "Phone",
    "alt_phone": "Alternate phone",
    "email": "Email",
    "preferred_contact": "Preferred contact",
    "country": "Country",
    "transporter": "Transporter",
    "gstin": "GSTIN",
    "pan": "PAN",
    "state": "State",
    "state_code": "State",
    "is_sez": "SEZ unit",
    "is_composition": "Composition dealer",
    "customer_type": "Type",
    "category": "Category",
    "credit_limit": "Credit limit",
    "check_credit_limit": "Check credit limit",
    "stop_sales": "Stop sales",
    "payment_terms_days": "Payment terms (days)",
    "opening_amount": "Opening balance",
    "opening_kind": "Opening balance type",
    "opening_date": "Opening balance date",
    "billing_address": "Billing address",
    "shipping_address": "Shipping address",
    "city": "City",
    "pin_code": "PIN code",
    "also_supplier": "Also supplier",
    "notes": "Notes",
}


@dataclass(frozen=True)
class SheetCustomer:
    """A valid row: the customer's cleaned details (blank code = next in series) and opening."""

    row_number: int
    details: CustomerDetails
    opening: OpeningBalance | None


class SheetReading(Reading[SheetCustomer]):
    """Everything read from a customers sheet. Any error means nothing may be imported."""

    @property
    def customers(self) -> list[SheetCustomer]:
        return self.records


def sort_errors(errors: list[RowError]) -> list[RowError]:
    """Row order, then the sheet's column order."""
    return sort_row_errors(errors, HEADERS)


def read_sheet(rows: Iterable[Row]) -> SheetReading:
    """Read every row after the header row and check codes, phones and GSTINs across rows."""
    customers, errors, found = read_rows(rows, HEADERS, "customers", read_row, optional=ADDED_LATER)
    repeats, warnings = _repeats_within(customers)
    errors += repeats
    return SheetReading(customers, sort_errors(errors), sort_errors(warnings), found)


def read_row(
    row_number: int, cells: Mapping[str, object]
) -> tuple[SheetCustomer | None, list[RowError]]:
    """One row's cells (by header) -> the customer, or None and every problem in the row."""
    reader = RowReader(row_number, cells)
    cell, text = reader.cell, reader.text
    billing, shipping = text("Billing address"), text("Shipping address")
    same_address = not shipping.strip() or shipping.strip() == billing.strip()
    details = CustomerDetails(
        name=text("Name"),
        code=text("Code"),
        phone=cell("Phone", _read_phone, ""),
        alt_phone=cell("Alternate phone", _read_phone, ""),
        email=text("Email"),
        preferred_contact=cell("Preferred contact", _read_preferred_contact, "Phone"),
        gstin=text("GSTIN"),
        pan=text("PAN"),
        state_code=cell("State", _read_state, ""),
        is_sez=cell("SEZ unit", read_yes_no, False),
        is_composition=cell("Composition dealer", read_yes_no, False),
        country=text("Country"),
        customer_type=cell("Type", _read_customer_type, "General"),
        category=text("Category"),
        credit_limit=cell("Credit limit", read_money, 0),
        check_credit_limit=cell("Check credit limit", read_yes_no, False),
        stop_sales=cell("Stop sales", read_yes_no, False),
        payment_terms_days=cell("Payment terms (days)", read_whole_number, 0),
        billing_address=billing,
        shipping_address="" if same_address else shipping,
        shipping_same_as_billing=same_address,
        city=text("City"),
        pin_code=text("PIN code"),
        also_supplier=cell("Also supplier", read_yes_no, False),
        transporter=text("Transporter"),
        notes=text("Notes"),
    )
    amount = cell("Opening balance", read_money, 0)
    kind = cell("Opening balance type", _read_opening_kind, "")
    as_of = cell("Opening balance date", read_date, None)
    errors = reader.errors
    if is_blank(cells.get("Opening balance")) and (kind or as_of is not None):
        errors.append(
            RowError(
                row_number,
                "Opening balance",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Enter the amount: the opening balance's type or date is filled in, "
                        "so a blank amount would be taken as 0",
                    )
                ),
            )
        )

    clean: CustomerDetails | None = None
    try:
        clean = clean_customer(details)
    except ValidationError as exc:
        reader.rule_errors(exc, FIELD_HEADERS)
    if clean is not None and clean.code == CASH_CODE:
        errors.append(
            RowError(
                row_number,
                "Code",
                Message(QT_TRANSLATE_NOOP("messages", "CASH is the walk-in customer's code")),
            )
        )
    if clean is not None and clean.category:
        try:
            clean_category_name(clean.category, field="category")
        except ValidationError as exc:
            reader.rule_errors(exc, FIELD_HEADERS)
    opening = None
    if "Opening balance" not in reader.unreadable:
        try:
            opening = clean_opening(amount, kind, as_of)
        except ValidationError as exc:
            reader.rule_errors(exc, FIELD_HEADERS)
    if errors or clean is None:
        return None, sort_errors(errors)
    return SheetCustomer(row_number, clean, opening), []


def sheet_row(
    code: str, details: CustomerDetails, opening: OpeningBalance | None
) -> tuple[object, ...]:
    """A customer as the sheet's cell values, in column order (for the export).

    Money is Decimal rupees, dates are dates, yes/no columns are "Yes"/"No", the state is its name.
    """
    state = gst.state_name(details.state_code) if details.state_code else ""
    return (
        code,
        details.name,
        details.phone,
        details.alt_phone,
        details.email,
        details.preferred_contact,
        details.gstin,
        details.pan,
        state,
        details.country,
        yes_no(details.is_sez),
        yes_no(details.is_composition),
        details.customer_type,
        details.category,
        money.to_decimal_rupees(details.credit_limit),
        yes_no(details.check_credit_limit),
        yes_no(details.stop_sales),
        details.payment_terms_days,
        money.to_decimal_rupees(opening.amount) if opening else None,
        opening.kind.value if opening else None,
        opening.as_of if opening else None,
        details.billing_address,
        details.shipping_address,
        details.city,
        details.pin_code,
        yes_no(details.also_supplier),
        details.transporter,
        details.notes,
    )


def _read_phone(value: object, *, column: str) -> str:
    """Phones Excel turned into numbers still work: 9822012345, and 919822012345 (+91 lost)."""
    if is_number(value):
        digits = number_text(value)
        if len(digits) == 12 and digits.startswith("91"):
            return "+" + digits
        return digits
    return read_text(value, column=column)


def _read_state(value: object, *, column: str) -> str:
    if is_blank(value):
        return ""
    return gst.parse_state(read_text(value, column=column), field=column)


def _read_preferred_contact(value: object, *, column: str) -> str:
    text = " ".join(read_text(value, column=column).split())
    if not text:
        return "Phone"
    by_word = {c.lower().replace("-", ""): c for c in PREFERRED_CONTACTS}
    by_word["e-mail"] = "Email"
    return by_word.get(text.lower(), text)  # anything else is refused by clean_customer


def _read_customer_type(value: object, *, column: str) -> str:
    text = " ".join(read_text(value, column=column).split())
    if not text:
        return "General"
    by_word = {t.lower(): t for t in CUSTOMER_TYPES}
    return by_word.get(text.lower(), text)  # an unknown type is refused by clean_customer


def _read_opening_kind(value: object, *, column: str) -> str:
    text = read_text(value, column=column).strip()
    by_word = {k.value.lower(): k.value for k in OpeningKind}
    return by_word.get(text.lower(), text)  # anything else is refused by clean_opening


def _repeats_within(customers: list[SheetCustomer]) -> tuple[list[RowError], list[RowError]]:
    """Codes, phones and GSTINs used twice in the file are errors; a shared e-mail a warning."""
    errors = repeats_within(
        [
            (c.row_number, header, value, value)
            for c in customers
            for header, value in (
                ("Code", c.details.code),
                ("Phone", c.details.phone),
                ("GSTIN", c.details.gstin),
            )
        ]
    )
    warnings = repeats_within(
        [(c.row_number, "Email", c.details.email.lower(), c.details.email) for c in customers]
    )
    return errors, warnings
