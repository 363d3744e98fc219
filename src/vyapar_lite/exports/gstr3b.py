"""GSTR-3B's outward tables as the portal's JSON and as a workbook (`services.returns.gstr3b`).

The JSON has the GST portal's keys for the tables the app works out: `gstin`, `ret_period`
(MMYYYY), `sup_details` with `osup_det`, `osup_zero`, `osup_nil_exmp` and `osup_nongst`, each
{`txval`, `iamt`, `camt`, `samt`, `csamt`}, and `inter_sup` with `unreg_details`,
`comp_details` and `uin_details`, each a list of {`pos`, `txval`, `iamt`}. Amounts are numbers
with exactly two decimals, written from integer paise as text (`gstr1_json.dumps`), never
through a float. Inward supplies (3.1 (d), Table 4) are not in it: the app does not work them out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vyapar_lite.domain import gst
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports import workbook
from vyapar_lite.exports.gstr1_json import Money, dumps
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.exports.user_files import write_text
from vyapar_lite.services.returns.gstr1 import Amounts
from vyapar_lite.services.returns.gstr3b import (
    INWARD_NOT_COVERED,
    REVERSE_CHARGE,
    ROWS,
    Gstr3b,
    PlaceRow,
)

TABLE_31 = "3.1 Outward supplies"
TABLE_32 = "3.2 Inter-state"
REPORT = "GSTR-3B: outward supplies (Tables 3.1 and 3.2)"
COLUMNS_31 = (
    ReportColumn("Table", Kind.TEXT, 8),
    ReportColumn("Nature of supplies", Kind.TEXT, 60),
    ReportColumn("Total taxable value", Kind.MONEY, 18, total=True),
    ReportColumn("Integrated tax", Kind.MONEY, 16, total=True),
    ReportColumn("Central tax", Kind.MONEY, 16, total=True),
    ReportColumn("State/UT tax", Kind.MONEY, 16, total=True),
    ReportColumn("Cess", Kind.MONEY, 12, total=True),
)
COLUMNS_32 = (
    ReportColumn("Supplies made to", Kind.TEXT, 30),
    ReportColumn("Place of supply", Kind.TEXT, 22),
    ReportColumn("Total taxable value", Kind.MONEY, 18, total=True),
    ReportColumn("Integrated tax", Kind.MONEY, 16, total=True),
)
COMPOSITION_NOTE = QT_TRANSLATE_NOOP(
    "gst_returns",
    'Composition taxable persons: buyers marked "Composition dealer" when the document was '
    "issued. UIN holders are not recorded on customers, so none are listed",
)


def gstr3b_json(r: Gstr3b, gstin: str) -> dict[str, Any]:
    return {
        "gstin": gstin,
        "ret_period": r.period.fp,
        "sup_details": {key: _heads(a) for key, a in r.table_31.items()},
        "inter_sup": {
            "unreg_details": [_place(p) for p in r.unregistered],
            "comp_details": [_place(p) for p in r.composition],
            "uin_details": [_place(p) for p in r.uin_holders],
        },
    }


def write_gstr3b_json(path: Path, r: Gstr3b, gstin: str) -> int:
    """Write the JSON to `path` (beside it first, then replaced: never half a file); returns the
    number of Table 3.2 rows."""
    text = dumps(gstr3b_json(r, gstin)) + "\n"
    write_text(Path(path), text)
    return len(r.unregistered)


def export_gstr3b(path: Path, r: Gstr3b, *, progress: Progress | None = None) -> int:
    """The workbook: sheet 3.1 (the four rows and their SUM, the reverse-charge supplies below
    it) and sheet 3.2 (by place of supply); returns the rows written."""
    start, end = r.period.start, r.period.end
    details = (("Not covered", INWARD_NOT_COVERED),)
    with workbook.writing(path) as wb:
        sheet = ReportSheet(
            wb, TABLE_31, shop_heading(REPORT, start=start, end=end, details=details), COLUMNS_31
        )
        for key, amounts in r.table_31.items():
            table, _, words = ROWS[key].partition(") ")
            sheet.row([table + ")", words, *_cells(amounts)])
        sheet.total_row()
        sheet.after_row(["", REVERSE_CHARGE, *_cells(r.reverse_charge)], bold=False)
        sheet.finish()
        count = sheet.count
        places = ReportSheet(wb, TABLE_32, shop_heading(REPORT, start=start, end=end), COLUMNS_32)
        for p in r.unregistered:
            places.row(["Unregistered persons", _state(p.place), p.taxable, p.igst])
        places.total_row()
        places.after_row([COMPOSITION_NOTE], bold=False)
        places.finish()
        if progress is not None:
            progress(1, 1, "GSTR-3B")
        return count + places.count


def _heads(a: Amounts) -> dict[str, Money]:
    return {
        "txval": Money(a.taxable),
        "iamt": Money(a.igst),
        "camt": Money(a.cgst),
        "samt": Money(a.sgst),
        "csamt": Money(a.cess),
    }


def _place(p: PlaceRow) -> dict[str, Any]:
    return {"pos": p.place, "txval": Money(p.taxable), "iamt": Money(p.igst)}


def _cells(a: Amounts) -> list[int]:
    return [a.taxable, a.igst, a.cgst, a.sgst, a.cess]


def _state(code: str) -> str:
    name = gst.STATES.get(code, "")
    return f"{code}-{name}" if name else code
