"""Invoice arithmetic: line amounts, the GST split, discounts, round-off and totals.

Everything is integer: money in paise, quantities in thousandths of a unit (`qty_milli`, 1.5 kg =
1500), rates and percentage discounts in basis points (18% = 1800). Every division rounds half-up
to the paisa (`money.divide_round`), once per amount, per line:

- gross = qty × rate; discount = a flat amount, or a percentage of gross;
- price excluding tax: taxable = gross − discount; intra-state: CGST = SGST = taxable × rate / 2;
  inter-state: IGST = taxable × rate; export and zero-rated (SEZ under LUT): none;
- price including tax (an MRP): the line's total is gross − discount exactly, so a bill of MRPs
  adds up to the MRPs; taxable = total × 10000 / (10000 + rate), rounded once; the tax is what is
  left (total − taxable), and intra-state its halves are CGST = tax / 2 rounded half up and SGST =
  the rest, so they always add up to the tax (s.15(1) CGST Act: the value is the price less the tax
  in it). A discount on such a line is a discount on the tax-inclusive price: it comes off the
  total first, and the taxable value and tax are taken out of what is left, so the line still
  totals exactly what the customer pays;
- the invoice total may be rounded to the rupee, the difference shown as its own round-off line.

Reverse charge (s.9(3)/9(4) CGST Act, s.5(3)/5(4) IGST Act; Rule 46(p) CGST Rules): on a line
whose tax is payable by the recipient the supplier does not collect the tax. The line keeps its
taxable value (gross − discount: the price cannot include a tax the supplier does not charge, so
"price includes tax" is not applied) and its rate, and the tax the recipient pays on it is worked
out as above but kept apart in `rcm_cgst` / `rcm_sgst` / `rcm_igst`, for information: its CGST,
SGST and IGST (output tax) are 0 and its total is its taxable value, so the invoice total, the
customer's ledger debit and every output-tax figure leave the reverse-charge tax out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import MAX_PAISE, divide_round, format_money

# "zero": a zero-rated supply to an SEZ unit without payment of IGST under LUT (s.16 IGST Act);
# it is stored as an inter-state document whose `sez_supply` is SEWOP (see services.sez_supply).
TaxKind = Literal["intra", "inter", "export", "zero"]
MILLI = 1000
MAX_QTY_MILLI = 10**9  # a million units: anything larger is a typing mistake
MAX_LINES = 500


@dataclass(frozen=True)
class LineInput:
    """One line as typed: what, how many, at what rate, with which discount and GST rate."""

    description: str
    qty_milli: int
    rate: int
    gst_rate_bp: int
    price_includes_tax: bool = False
    discount_bp: int = 0
    discount_amount: int = 0
    item_code: str = ""
    hsn_sac: str = ""
    unit: str = ""
    reverse_charge: bool = False  # tax payable by the recipient: printed "Yes" (Rule 46)
    supply_type: str = ""  # 'taxable' | 'nil' | 'exempt' | 'non_gst'; "" = the item's (`supply`)


@dataclass(frozen=True)
class LineAmounts:
    gross: int
    discount: int
    taxable: int
    gst_rate_bp: int
    cgst: int
    sgst: int
    igst: int
    # tax on a reverse-charge line, payable by the recipient: shown, never collected or totalled
    rcm_cgst: int = 0
    rcm_sgst: int = 0
    rcm_igst: int = 0

    @property
    def tax(self) -> int:
        return self.cgst + self.sgst + self.igst

    @property
    def rcm_tax(self) -> int:
        return self.rcm_cgst + self.rcm_sgst + self.rcm_igst

    @property
    def total(self) -> int:
        return self.taxable + self.tax


@dataclass(frozen=True)
class RateSummary:
    """Taxable value and tax of all lines at one GST rate (the invoice's tax breakup)."""

    gst_rate_bp: int
    taxable: int
    cgst: int
    sgst: int
    igst: int
    rcm_tax: int = 0  # payable by the recipient on the reverse-charge lines at this rate


@dataclass(frozen=True)
class Totals:
    taxable: int
    cgst: int
    sgst: int
    igst: int
    loyalty_discount: int
    round_off: int
    grand_total: int
    by_rate: tuple[RateSummary, ...]
    # tax payable by the recipient on reverse-charge lines: not in `tax` nor in `grand_total`
    rcm_cgst: int = 0
    rcm_sgst: int = 0
    rcm_igst: int = 0

    @property
    def tax(self) -> int:
        return self.cgst + self.sgst + self.igst

    @property
    def rcm_tax(self) -> int:
        return self.rcm_cgst + self.rcm_sgst + self.rcm_igst


def tax_on(taxable: int, gst_rate_bp: int, tax_kind: TaxKind) -> tuple[int, int, int]:
    """(CGST, SGST, IGST) on a taxable value."""
    if tax_kind in ("export", "zero"):
        return 0, 0, 0
    if tax_kind == "intra":
        half = divide_round(taxable * gst_rate_bp, 20000)
        return half, half, 0
    return 0, 0, divide_round(taxable * gst_rate_bp, 10000)


def line_amounts(line: LineInput, tax_kind: TaxKind) -> LineAmounts:
    """The amounts of one line (see the module docstring for the rules; a reverse-charge line,
    s.9(3)/9(4) CGST Act and Rule 46(p), keeps its tax apart as payable by the recipient)."""
    gross = divide_round(line.qty_milli * line.rate, MILLI)
    discount = line.discount_amount or divide_round(gross * line.discount_bp, 10000)
    net = gross - discount
    if line.reverse_charge and tax_kind in ("intra", "inter"):
        return reverse_charge_amounts(gross, discount, net, line.gst_rate_bp, tax_kind)
    if line.price_includes_tax and tax_kind in ("intra", "inter"):
        taxable, cgst, sgst, igst = tax_out_of(net, line.gst_rate_bp, tax_kind)
    else:
        taxable = net
        cgst, sgst, igst = tax_on(taxable, line.gst_rate_bp, tax_kind)
    return LineAmounts(gross, discount, taxable, line.gst_rate_bp, cgst, sgst, igst)


def reverse_charge_amounts(
    gross: int, discount: int, taxable: int, gst_rate_bp: int, tax_kind: TaxKind
) -> LineAmounts:
    """A reverse-charge line (s.9(3)/9(4) CGST Act, s.5(3)/5(4) IGST Act): no output tax, the
    total is the taxable value, and the tax the recipient pays on it (`tax_on`) kept apart."""
    cgst, sgst, igst = tax_on(taxable, gst_rate_bp, tax_kind)
    return LineAmounts(gross, discount, taxable, gst_rate_bp, 0, 0, 0, cgst, sgst, igst)


def tax_out_of(total: int, gst_rate_bp: int, tax_kind: TaxKind) -> tuple[int, int, int, int]:
    """(taxable, CGST, SGST, IGST) inside a tax-inclusive `total`, adding up to it exactly.

    taxable = total × 10000 / (10000 + rate) rounded half up (`money.divide_round`); the tax is
    total − taxable; intra-state CGST takes half of it rounded half up and SGST the rest.
    """
    if tax_kind in ("export", "zero"):
        return total, 0, 0, 0
    taxable = divide_round(total * 10000, 10000 + gst_rate_bp)
    tax = total - taxable
    if tax_kind == "intra":
        cgst = divide_round(tax, 2)
        return taxable, cgst, tax - cgst, 0
    return taxable, 0, 0, tax


def totals(lines: list[LineAmounts], *, round_to_rupee: bool, loyalty_discount: int = 0) -> Totals:
    """Sum the lines; take off a loyalty redemption; round to the rupee when asked."""
    by_rate: dict[int, list[int]] = {}
    for amounts in lines:
        acc = by_rate.setdefault(amounts.gst_rate_bp, [0, 0, 0, 0, 0])
        acc[0] += amounts.taxable
        acc[1] += amounts.cgst
        acc[2] += amounts.sgst
        acc[3] += amounts.igst
        acc[4] += amounts.rcm_tax
    taxable = sum(a.taxable for a in lines)
    cgst = sum(a.cgst for a in lines)
    sgst = sum(a.sgst for a in lines)
    igst = sum(a.igst for a in lines)
    before_round = taxable + cgst + sgst + igst - loyalty_discount
    grand_total = divide_round(before_round, 100) * 100 if round_to_rupee else before_round
    summaries = tuple(RateSummary(rate, *acc) for rate, acc in sorted(by_rate.items()))
    return Totals(
        taxable,
        cgst,
        sgst,
        igst,
        loyalty_discount,
        grand_total - before_round,
        grand_total,
        summaries,
        sum(a.rcm_cgst for a in lines),
        sum(a.rcm_sgst for a in lines),
        sum(a.rcm_igst for a in lines),
    )


def check_lines(lines: list[LineInput], *, allowed_rates: set[int] | None = None) -> None:
    """Raise ValidationError naming each bad line and field (`line 2 quantity`, ...)."""
    errors: list[FieldError] = []
    if not lines:
        errors.append(
            FieldError("lines", Message(QT_TRANSLATE_NOOP("messages", "Add at least one line")))
        )
    if len(lines) > MAX_LINES:
        errors.append(
            FieldError(
                "lines",
                Message(
                    QT_TRANSLATE_NOOP("messages", "An invoice can have at most {max_lines} lines"),
                    max_lines=MAX_LINES,
                ),
            )
        )
    worst_total = 0  # the bill's total before discounts: what the totals could come to
    for number, line in enumerate(lines, start=1):
        where = f"line {number}"
        if not line.description.strip():
            errors.append(
                FieldError(
                    f"{where} item",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Line {number}: choose an item or describe it"
                        ),
                        number=number,
                    ),
                )
            )
        if not 0 < line.qty_milli <= MAX_QTY_MILLI:
            errors.append(
                FieldError(
                    f"{where} quantity",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Line {number}: the quantity must be more than 0"
                        ),
                        number=number,
                    ),
                )
            )
        if not 0 <= line.rate <= MAX_PAISE:
            errors.append(
                FieldError(
                    f"{where} rate",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Line {number}: the rate cannot be negative"),
                        number=number,
                    ),
                )
            )
        if allowed_rates is not None and line.gst_rate_bp not in allowed_rates:
            errors.append(
                FieldError(
                    f"{where} GST",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Line {number}: choose a GST rate from the shop's list"
                        ),
                        number=number,
                    ),
                )
            )
        if not 0 <= line.discount_bp <= 10000:
            errors.append(
                FieldError(
                    f"{where} discount",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Line {number}: a discount is 0% to 100%"),
                        number=number,
                    ),
                )
            )
        if line.discount_amount and line.discount_bp:
            errors.append(
                FieldError(
                    f"{where} discount",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Line {number}: give the discount as a "
                            "percentage or an amount, not "
                            "both",
                        ),
                        number=number,
                    ),
                )
            )
        gross = divide_round(line.qty_milli * line.rate, MILLI) if line.qty_milli > 0 else 0
        with_tax = (
            gross
            if line.price_includes_tax
            else gross + max(divide_round(gross * max(line.gst_rate_bp, 0), 10000), 0)
        )
        if with_tax > MAX_PAISE:
            errors.append(
                FieldError(
                    f"{where} amount",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Line {number}: quantity × rate with tax comes "
                            "to more than "
                            "{max_paise}, the most one bill can hold: "
                            "check the quantity and the rate",
                        ),
                        number=number,
                        max_paise=format_money(MAX_PAISE),
                    ),
                )
            )
        worst_total += max(with_tax, 0)
        if not 0 <= line.discount_amount <= max(gross, 0):
            errors.append(
                FieldError(
                    f"{where} discount",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Line {number}: the discount cannot be more than the line's value "
                            "{gross}",
                        ),
                        number=number,
                        gross=format_money(gross),
                    ),
                )
            )
    if worst_total > MAX_PAISE and not errors:
        errors.append(
            FieldError(
                "lines",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The bill's total would be more than {max_paise}, "
                        "the most one bill can hold: split it into two bills",
                    ),
                    max_paise=format_money(MAX_PAISE),
                ),
            )
        )
    raise_if_any(errors)


# credit control and counter sales


@dataclass(frozen=True)
class CreditCheck:
    """What the credit limit says about a sale: `over_by` paise above it (0 when within)."""

    over_by: int
    blocked: bool
    message: str


def check_credit(
    *, balance: int, unpaid: int, credit_limit: int, check_limit: bool, stop_sales: bool
) -> CreditCheck:
    """Balance + the unpaid part of this sale against the limit ("stop sales" blocks the sale)."""
    if not (check_limit or stop_sales) or unpaid <= 0:
        return CreditCheck(0, False, "")
    over = balance + unpaid - credit_limit
    if over <= 0:
        return CreditCheck(0, False, "")
    text = (
        f"This sale takes the customer {format_money(over)} over their credit limit of "
        f"{format_money(credit_limit)} (balance {format_money(balance)} + unpaid "
        f"{format_money(unpaid)})."
    )
    if stop_sales:
        return CreditCheck(over, True, text + " Sales to this customer stop at the limit.")
    return CreditCheck(over, False, text)


def check_payment(*, is_cash_customer: bool, grand_total: int, received: int) -> None:
    """Received must be 0..total; a walk-in (CASH) sale must be paid in full."""
    if received < 0:
        raise ValidationError(
            FieldError(
                "received",
                Message(QT_TRANSLATE_NOOP("messages", "The amount received cannot be negative")),
            )
        )
    if received > grand_total:
        raise ValidationError(
            FieldError(
                "received",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "More than the invoice total {grand_total} was entered as received; "
                        "take the rest as a separate receipt (an advance)",
                    ),
                    grand_total=format_money(grand_total),
                ),
            )
        )
    if is_cash_customer and received != grand_total:
        raise ValidationError(
            FieldError(
                "received",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A walk-in (CASH) sale must be paid in full: {grand_total}"
                    ),
                    grand_total=format_money(grand_total),
                ),
            )
        )


# loyalty


def points_earned(amount: int, earn_per_paise: int) -> int:
    """Whole points for an amount spent (e.g. 1 point per ₹100 = earn_per_paise 10000)."""
    if earn_per_paise <= 0 or amount <= 0:
        return 0
    return amount // earn_per_paise


def redemption_value(points: int, *, balance: int, point_value_paise: int, limit: int) -> int:
    """The discount for redeeming `points`; raises when they are not there or worth too much."""
    if points < 0:
        raise ValidationError(
            FieldError(
                "points",
                Message(QT_TRANSLATE_NOOP("messages", "Points to redeem cannot be negative")),
            )
        )
    if points > balance:
        raise ValidationError(
            FieldError(
                "points",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The customer has {balance:,} points; {points:,} cannot be redeemed",
                    ),
                    balance=balance,
                    points=points,
                ),
            )
        )
    value = points * point_value_paise
    if value > limit:
        raise ValidationError(
            FieldError(
                "points",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{points:,} points are worth {value}, more than the bill {limit}",
                    ),
                    points=points,
                    value=format_money(value),
                    limit=format_money(limit),
                ),
            )
        )
    return value


# numbers and dates


def financial_year(day: date) -> str:
    """April to March: 22-11-2026 → `2026-27`; 15-03-2027 → `2026-27`."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def document_number(prefix: str, year: str, number: int, width: int = doc_numbers.WIDTH) -> str:
    """`INV/26-27/00001`: at most 16 characters (Rule 46(b)); see `domain.doc_numbers`."""
    return doc_numbers.document_number(prefix, year, number, width)


def qty_text(qty_milli: int) -> str:
    """1500 → `1.5`, 2000 → `2` (quantities are thousandths; no float involved)."""
    whole, part = divmod(abs(qty_milli), MILLI)
    sign = "-" if qty_milli < 0 else ""
    return f"{sign}{whole}" + (f".{part:03d}".rstrip("0") if part else "")


def due_date(doc_date: date, terms_days: int) -> date:
    return doc_date + timedelta(days=terms_days)


# returns and corrections (credit notes)


def returned_part(
    original: LineAmounts, qty_milli: int, *, already: int, returning: int
) -> LineAmounts:
    """The amounts for returning `returning` of a line's `qty_milli`, `already` returned before.

    Each amount is the line's amount for everything returned so far minus the same for what was
    returned before, so returning a whole line in any number of parts gives back exactly its
    amounts, never a paisa more or less.
    """
    if not 0 < returning <= qty_milli - already:
        raise ValidationError(
            FieldError(
                "quantity",
                Message(
                    QT_TRANSLATE_NOOP("messages", "At most {value} can still be returned"),
                    value=qty_text(qty_milli - already),
                ),
            )
        )

    def part(amount: int) -> int:
        done = already + returning
        return divide_round(amount * done, qty_milli) - divide_round(amount * already, qty_milli)

    return LineAmounts(
        gross=part(original.gross),
        discount=part(original.discount),
        taxable=part(original.taxable),
        gst_rate_bp=original.gst_rate_bp,
        cgst=part(original.cgst),
        sgst=part(original.sgst),
        igst=part(original.igst),
        rcm_cgst=part(original.rcm_cgst),
        rcm_sgst=part(original.rcm_sgst),
        rcm_igst=part(original.rcm_igst),
    )


def price_correction(
    taxable_reduction: int, gst_rate_bp: int, tax_kind: TaxKind, *, reverse_charge: bool = False
) -> LineAmounts:
    """A credit (or debit) on price alone: the taxable value changes by this much, GST with it
    (on a reverse-charge line the recipient's tax, kept apart: s.9(3) CGST Act, Rule 46(p))."""
    if taxable_reduction <= 0:
        raise ValidationError(
            FieldError(
                "amount",
                Message(QT_TRANSLATE_NOOP("messages", "Enter the amount of the price correction")),
            )
        )
    if reverse_charge and tax_kind in ("intra", "inter"):
        return reverse_charge_amounts(
            taxable_reduction, 0, taxable_reduction, gst_rate_bp, tax_kind
        )
    cgst, sgst, igst = tax_on(taxable_reduction, gst_rate_bp, tax_kind)
    return LineAmounts(taxable_reduction, 0, taxable_reduction, gst_rate_bp, cgst, sgst, igst)


IMPLIED_RATE_TOLERANCE = 100  # paise each tax may differ from the slab's (per-line rounding)


def implied_rate(taxable: int, cgst: int, sgst: int, igst: int, slabs: Iterable[int]) -> int | None:
    """The GST slab (basis points) a document's own taxable value and tax were charged at, for a
    document that carries no lines (brought in by the transactions import); None when no slab
    fits or two fit equally.

    The split decides what fits (s.8 IGST Act; the CGST and SGST/UTGST rates are each half of
    the GST rate, Notification 1/2017-Central Tax (Rate)): an intra-state document's CGST and
    SGST must each be half the slab's tax, an inter-state one's IGST the whole of it, and a
    document with both is at no single slab. Each tax may differ from the slab's, rounded to the
    paisa, by at most IMPLIED_RATE_TOLERANCE: the other app rounded per line, or split an odd
    paisa unevenly."""
    taxable, cgst, sgst, igst = (abs(a) for a in (taxable, cgst, sgst, igst))
    if taxable == 0 or ((cgst or sgst) and igst):
        return None
    fits: list[tuple[int, int]] = []  # (how far off, slab)
    for slab in slabs:
        if igst:
            off = abs(igst - divide_round(taxable * slab, 10000))
            if cgst or sgst:
                continue
        else:
            half = divide_round(taxable * slab, 20000)
            off = max(abs(cgst - half), abs(sgst - half))
        if off <= IMPLIED_RATE_TOLERANCE:
            fits.append((off, slab))
    fits.sort()
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    return fits[0][1]
