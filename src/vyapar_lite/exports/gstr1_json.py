"""GSTR-1 as the JSON the GST portal's offline tool takes, from `services.returns.gstr1`.

The keys are the portal's (`gstin`, `fp`, `b2b`, `b2cl`, `b2cs`, `cdnr`, `cdnur`, `exp`, `nil`,
`hsn` with `hsn_b2b` / `hsn_b2c`, `doc_issue`); a table with nothing in it is left out. Amounts
are written as numbers with exactly two decimals (`1234.50`), converted from integer paise as
text, never through a float; rates as the percent (`18`, `0.25`); dates dd-mm-yyyy; quantities
with at most two decimals (rounded half up from thousandths). Tax heads follow the supply: IGST
(`iamt`) for an inter-state one, CGST and SGST (`camt`, `samt`) for an intra-state one, and cess
(`csamt`, always 0: the app charges none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.exports.user_files import write_text
from vyapar_lite.services.returns.gstr1 import (
    Amounts,
    Gstr1,
    HsnRow,
    RatePart,
    ReturnDocument,
)

MAX_NUMBER = 16  # Rule 46(b): a document's number has at most 16 characters


@dataclass(frozen=True)
class Money:
    """Paise, written as a number with two decimals."""

    paise: int


@dataclass(frozen=True)
class Exact:
    """A number written exactly as this text (a rate, a quantity)."""

    text: str


def day(on: date) -> str:
    return f"{on:%d-%m-%Y}"


def rate(bp: int) -> Exact:
    value = Decimal(bp).scaleb(-2).normalize()
    return Exact(format(value, "f"))


def quantity(milli: int) -> Exact:
    value = Decimal(milli).scaleb(-3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return Exact(format(value, "f"))


def gstr1_json(g: Gstr1, gstin: str) -> dict[str, Any]:
    """The return as a structure of dicts, lists, text, ints, `Money` and `Exact`."""
    _check_numbers(g)
    doc: dict[str, Any] = {"gstin": gstin, "fp": g.period.fp}
    tables: dict[str, Any] = {
        "b2b": _by_party(g.b2b, "ctin", "inv", _b2b_invoice),
        "b2cl": _b2cl(g.b2cl),
        "b2cs": [_b2cs(r) for r in g.b2cs],
        "cdnr": _by_party(g.cdnr, "ctin", "nt", _cdnr_note),
        "cdnur": [_cdnur_note(n) for n in g.cdnur],
        "exp": _exports(g.exp),
        "nil": {"inv": [_nil(r) for r in g.nil]} if any(r.total for r in g.nil) else None,
        "hsn": _hsn(g.hsn_b2b, g.hsn_b2c),
        "doc_issue": _doc_issue(g),
    }
    doc.update({key: value for key, value in tables.items() if value})
    return doc


def write_gstr1_json(path: Path, g: Gstr1, gstin: str) -> int:
    """Write the JSON to `path` (beside it first, then replaced: never half a file); returns how
    many documents and summary rows it holds."""
    text = dumps(gstr1_json(g, gstin)) + "\n"
    write_text(Path(path), text)
    return entries(g)


def entries(g: Gstr1) -> int:
    documents = len(g.b2b) + len(g.b2cl) + len(g.cdnr) + len(g.cdnur) + len(g.exp)
    return documents + len(g.b2cs) + len(g.hsn_b2b) + len(g.hsn_b2c)


def dumps(value: Any, indent: int = 0) -> str:
    """JSON text, with `Money` and `Exact` written as the numbers they stand for."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, Money):
        sign = "-" if value.paise < 0 else ""
        rupees, paise = divmod(abs(value.paise), 100)
        return f"{sign}{rupees}.{paise:02d}"
    if isinstance(value, Exact):
        return value.text
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_string(k)}: {dumps(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, indent + 1) for v in value) + f"\n{pad}]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    raise TypeError(f"cannot write {type(value).__name__} in the GSTR-1 JSON")


def _string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _check_numbers(g: Gstr1) -> None:
    """The portal refuses a number over 16 characters: name the first few, say how many."""
    too_long = [
        d.number
        for table in (g.b2b, g.b2cl, g.cdnr, g.cdnur, g.exp)
        for d in table
        if len(d.number) > MAX_NUMBER
    ]
    if too_long:
        more = f" and {len(too_long) - 3} more" if len(too_long) > 3 else ""
        raise ValidationError(
            FieldError(
                "number",
                f"{', '.join(too_long[:3])}{more}: a number in the return may have at most "
                f"{MAX_NUMBER} characters (Rule 46(b))",
            )
        )


def _tax(amounts: Amounts, inter: bool, *, igst_only: bool = False) -> dict[str, Any]:
    heads: dict[str, Any] = {"txval": Money(amounts.taxable)}
    if inter or igst_only:
        heads["iamt"] = Money(amounts.igst)
    else:
        heads["camt"] = Money(amounts.cgst)
        heads["samt"] = Money(amounts.sgst)
    heads["csamt"] = Money(amounts.cess)
    return heads


def _items(parts: Iterable[RatePart], inter: bool, *, igst_only: bool = False) -> list[Any]:
    return [
        {
            "num": n,
            "itm_det": {"rt": rate(p.rate_bp), **_tax(p.amounts, inter, igst_only=igst_only)},
        }
        for n, p in enumerate(parts, start=1)
    ]


def _by_party(docs: Iterable[ReturnDocument], key: str, inner: str, one: Any) -> list[Any]:
    grouped: dict[str, list[Any]] = {}
    for d in docs:
        grouped.setdefault(d.gstin, []).append(one(d))
    return [{key: gstin, inner: listed} for gstin, listed in sorted(grouped.items())]


def _b2b_invoice(d: ReturnDocument) -> dict[str, Any]:
    return {
        "inum": d.number,
        "idt": day(d.doc_date),
        "val": Money(d.value),
        "pos": d.place,
        "rchrg": "Y" if d.reverse_charge else "N",
        "inv_typ": d.invoice_type,
        "itms": _items(d.parts, d.inter_state),
    }


def _b2cl(docs: Iterable[ReturnDocument]) -> list[Any]:
    grouped: dict[str, list[Any]] = {}
    for d in docs:
        invoice = {"inum": d.number, "idt": day(d.doc_date), "val": Money(d.value),
                   "itms": _items(d.parts, True, igst_only=True)}  # fmt: skip
        grouped.setdefault(d.place, []).append(invoice)
    return [{"pos": pos, "inv": listed} for pos, listed in sorted(grouped.items())]


def _b2cs(r: Any) -> dict[str, Any]:
    return {
        "sply_ty": r.supply,
        "pos": r.place,
        "typ": "OE",
        "rt": rate(r.rate_bp),
        **_tax(r.amounts, r.supply == "INTER"),
    }


def _cdnr_note(d: ReturnDocument) -> dict[str, Any]:
    return {
        "ntty": d.note_type,
        "nt_num": d.number,
        "nt_dt": day(d.doc_date),
        "val": Money(d.value),
        "pos": d.place,
        "rchrg": "Y" if d.reverse_charge else "N",
        "inv_typ": d.invoice_type,
        "itms": _items(d.parts, d.inter_state),
    }


def _cdnur_note(d: ReturnDocument) -> dict[str, Any]:
    note: dict[str, Any] = {
        "typ": d.ur_type,
        "ntty": d.note_type,
        "nt_num": d.number,
        "nt_dt": day(d.doc_date),
        "val": Money(d.value),
    }
    if d.ur_type == "B2CL":
        note["pos"] = d.place
    note["itms"] = _items(d.parts, True, igst_only=True)
    return note


def _exports(docs: Iterable[ReturnDocument]) -> list[Any]:
    grouped: dict[str, list[Any]] = {}
    for d in docs:
        invoice: dict[str, Any] = {"inum": d.number, "idt": day(d.doc_date), "val": Money(d.value)}
        if d.port_code:
            invoice["sbpcode"] = d.port_code
        if d.shipping_bill_number:
            invoice["sbnum"] = d.shipping_bill_number
        if d.shipping_bill_date:
            invoice["sbdt"] = day(d.shipping_bill_date)
        invoice["itms"] = [
            {
                "txval": Money(p.amounts.taxable),
                "rt": rate(p.rate_bp),
                "iamt": Money(p.amounts.igst),
                "csamt": Money(p.amounts.cess),
            }
            for p in d.parts
        ]
        grouped.setdefault(d.export_type, []).append(invoice)
    return [{"exp_typ": kind, "inv": listed} for kind, listed in sorted(grouped.items())]


def _nil(r: Any) -> dict[str, Any]:
    return {
        "sply_ty": r.supply,
        "nil_amt": Money(r.nil),
        "expt_amt": Money(r.exempt),
        "ngsup_amt": Money(r.non_gst),
    }


def _hsn_rows(rows: Iterable[HsnRow]) -> list[Any]:
    return [
        {
            "num": n,
            "hsn_sc": r.hsn,
            "desc": r.description[:30],
            "uqc": r.uqc,
            "qty": quantity(r.qty_milli),
            "rt": rate(r.rate_bp),
            "txval": Money(r.amounts.taxable),
            "iamt": Money(r.amounts.igst),
            "camt": Money(r.amounts.cgst),
            "samt": Money(r.amounts.sgst),
            "csamt": Money(r.amounts.cess),
        }
        for n, r in enumerate(rows, start=1)
    ]


def _hsn(b2b: tuple[HsnRow, ...], b2c: tuple[HsnRow, ...]) -> dict[str, Any] | None:
    tabs = {"hsn_b2b": _hsn_rows(b2b), "hsn_b2c": _hsn_rows(b2c)}
    found = {key: rows for key, rows in tabs.items() if rows}
    return found or None


def _doc_issue(g: Gstr1) -> dict[str, Any] | None:
    natures: dict[int, list[Any]] = {}
    for row in g.doc_issue:
        listed = natures.setdefault(row.nature, [])
        listed.append({"num": len(listed) + 1, "from": row.first, "to": row.last,
                       "totnum": row.total, "cancel": row.cancelled,
                       "net_issue": row.net_issued})  # fmt: skip
    if not natures:
        return None
    labels = {row.nature: row.label for row in g.doc_issue}
    return {
        "doc_det": [
            {"doc_num": nature, "doc_typ": labels[nature], "docs": docs}
            for nature, docs in sorted(natures.items())
        ]
    }
