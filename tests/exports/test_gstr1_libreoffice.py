"""The GSTR-1 workbook in the offline tool's layout, recomputed by LibreOffice: every summary
figure in row 3 (counts of recipients and documents, total values, taxable values, tax) equals
the same figure worked out from the JSON of the same period."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from programs import needs_program
from report_sheets import convert_with_libreoffice
from return_builders import return_shop_file
from vyapar_lite import cli

pytestmark = needs_program("soffice")


def _sum(rows: list[dict[str, Any]], *keys: str) -> Decimal:
    return sum((Decimal(str(r.get(k, 0))) for r in rows for k in keys), Decimal(0))


def _items(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i.get("itm_det", i) for d in docs for i in d["itms"]]


def _expected(document: dict[str, Any]) -> dict[str, dict[str, Decimal]]:
    """Sheet -> cell in row 3 -> the figure, from the JSON."""
    b2b = [inv for p in document["b2b"] for inv in p["inv"]]
    b2cl = [inv for p in document["b2cl"] for inv in p["inv"]]
    cdnr = [n for p in document["cdnr"] for n in p["nt"]]
    exports = [inv for e in document["exp"] for inv in e["inv"]]
    nil = document["nil"]["inv"]
    found = {
        "b2b,sez,de": {"A3": Decimal(len(document["b2b"])), "C3": Decimal(len(b2b)),
                       "E3": _sum(b2b, "val"), "L3": _sum(_items(b2b), "txval"),
                       "M3": _sum(_items(b2b), "csamt")},
        "b2cl": {"A3": Decimal(len(b2cl)), "C3": _sum(b2cl, "val"),
                 "G3": _sum(_items(b2cl), "txval")},
        "b2cs": {"E3": _sum(document["b2cs"], "txval"), "F3": _sum(document["b2cs"], "csamt")},
        "cdnr": {"A3": Decimal(len(document["cdnr"])), "C3": Decimal(len(cdnr)),
                 "I3": _sum(cdnr, "val"), "L3": _sum(_items(cdnr), "txval")},
        "cdnur": {"B3": Decimal(len(document["cdnur"])), "F3": _sum(document["cdnur"], "val"),
                  "I3": _sum(_items(document["cdnur"]), "txval")},
        "exp": {"B3": Decimal(len(exports)), "D3": _sum(exports, "val"),
                "F3": Decimal(sum(1 for e in exports if "sbnum" in e)),
                "I3": _sum(_items(exports), "txval")},
        "exemp": {"B3": _sum(nil, "nil_amt"), "C3": _sum(nil, "expt_amt"),
                  "D3": _sum(nil, "ngsup_amt")},
    }  # fmt: skip
    for tab, sheet in (("hsn_b2b", "hsn(b2b)"), ("hsn_b2c", "hsn(b2c)")):
        rows = document["hsn"][tab]
        found[sheet] = {
            "A3": Decimal(len({r["hsn_sc"] for r in rows})),
            "E3": _sum(rows, "txval", "iamt", "camt", "samt", "csamt"),
            "G3": _sum(rows, "txval"), "H3": _sum(rows, "iamt"), "I3": _sum(rows, "camt"),
            "J3": _sum(rows, "samt"), "K3": _sum(rows, "csamt"),
        }  # fmt: skip
    docs = [d for nature in document["doc_issue"]["doc_det"] for d in nature["docs"]]
    found["docs"] = {"D3": Decimal(sum(d["totnum"] for d in docs)),
                     "E3": Decimal(sum(d["cancel"] for d in docs))}  # fmt: skip
    return found


def _cell(rows: list[list[str]], ref: str) -> Decimal:
    column, row = ord(ref[0]) - ord("A"), int(ref[1:]) - 1
    return Decimal(rows[row][column])


def test_libreoffice_recomputes_the_summaries_to_the_jsons_totals(tmp_path: Path) -> None:
    path, _ = return_shop_file(tmp_path)
    common = ["export", "gstr1", "--data", str(path), "--period", "2026-05"]
    assert cli.main([*common, "--out", str(tmp_path / "may.json")]) == 0
    assert cli.main([*common, "--format", "xlsx", "--out", str(tmp_path / "may.xlsx")]) == 0
    document = json.loads((tmp_path / "may.json").read_text(encoding="utf-8"), parse_float=Decimal)
    sheets = convert_with_libreoffice([tmp_path / "may.xlsx"], tmp_path / "csv", shown=False)
    expected = _expected(document)
    checked = 0
    for sheet, cells in expected.items():
        rows = sheets[f"may-{sheet}"]
        for ref, figure in cells.items():
            assert _cell(rows, ref) == figure, (sheet, ref)
            checked += 1
    assert checked == 40
    assert _cell(sheets["may-exp"], "F3") == 1  # one shipping bill
    # the figures are not all nothing: every table of the test shop has rows
    assert all(any(v for v in cells.values()) for cells in expected.values())
