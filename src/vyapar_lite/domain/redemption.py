"""Loyalty points redeemed on a bill: a discount known at the time of supply.

A discount given before or at the time of supply and recorded in the invoice is not part of the
value of supply (s.15(3)(a) CGST Act), so points redeemed reduce the taxable value of the lines,
not the bill after tax. The redemption's value (what the points are worth, tax included, so the
bill falls by exactly that much) is spread over the lines in proportion to each line's total by
the largest-remainder method: each line first takes the whole paise of its exact share, and the
paise left over go one each to the lines with the largest fractions (the earlier line on a tie),
so the shares add up to the redemption exactly.

Each line then totals its old total less its share, and its taxable value and tax are taken out
of that as for a tax-inclusive price (`invoice.tax_out_of`): the line still adds up exactly, and
its tax stays within a paisa of the rate on its new taxable value. A reverse-charge line (s.9(3)
CGST Act) has no tax in its total: its share comes off its taxable value, and the recipient's tax
is worked out again on what is left (`invoice.tax_on`).
"""

from __future__ import annotations

from dataclasses import replace

from vyapar_lite.domain.invoice import LineAmounts, TaxKind, reverse_charge_amounts, tax_out_of


def spread(value: int, weights: list[int]) -> list[int]:
    """`value` paise in proportion to non-negative `weights`, adding up to `value` exactly."""
    whole = sum(weights)
    if value <= 0 or whole <= 0:
        return [0] * len(weights)
    shares = [value * w // whole for w in weights]
    remainders = [value * w % whole for w in weights]
    left = value - sum(shares)
    by_largest = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in by_largest[:left]:
        shares[i] += 1
    return shares


def redeem_on_lines(
    lines: list[LineAmounts], value: int, tax_kind: TaxKind
) -> tuple[list[LineAmounts], list[int]]:
    """The lines after `value` paise of points come off them before tax, and each line's share.

    The new lines' totals add up to the old ones' less `value`, to the paisa; no line gives more
    than its total (the caller has checked `value` is not more than the bill).
    """
    if value > sum(a.total for a in lines):
        raise ValueError(f"cannot take {value} off lines totalling {sum(a.total for a in lines)}")
    shares = spread(value, [a.total for a in lines])
    reduced = []
    for amounts, share in zip(lines, shares, strict=True):
        if not share:
            reduced.append(amounts)
            continue
        if amounts.rcm_tax:
            left = amounts.taxable - share
            reduced.append(
                reverse_charge_amounts(
                    amounts.gross, amounts.discount, left, amounts.gst_rate_bp, tax_kind
                )
            )
            continue
        taxable, cgst, sgst, igst = tax_out_of(amounts.total - share, amounts.gst_rate_bp, tax_kind)
        reduced.append(replace(amounts, taxable=taxable, cgst=cgst, sgst=sgst, igst=igst))
    return reduced, shares
