"""The GSTR-1 JSON (exports/gstr1_json.py, written by `vyapar-lite-cli export gstr1`): valid
against the JSON Schema kept beside this test (names, types, lengths, patterns for GSTINs, dates
and state codes), amounts with exactly two decimals, and its totals equal the register's."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cli_runs import in_shop
from factories import make_customer
from programs import in_ci
from return_builders import (
    MAY,
    ReturnShop,
    recipients_tax,
    return_shop_file,
    total_recipients_tax,
)
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.exports.gstr1_json import dumps, gstr1_json
from vyapar_lite.services import sales, sales_register
from vyapar_lite.services.returns import gstr1
from vyapar_lite.services.returns.period import of_month

try:
    import jsonschema
except ImportError:  # `pip install -e .[test]` brings it; CI must have it
    if in_ci():
        raise
    pytest.skip("jsonschema is not installed (pip install -e .[test])", allow_module_level=True)

SCHEMA = json.loads((Path(__file__).parent / "gstr1.schema.json").read_text(encoding="utf-8"))
AMOUNT_KEYS = {"val", "txval", "iamt", "camt", "samt", "csamt", "nil_amt", "expt_amt", "ngsup_amt"}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReturnShop, str]:
    folder = tmp_path_factory.mktemp("gstr1")
    path, shop = return_shop_file(folder)
    out = folder / "may.json"
    from vyapar_lite import cli

    assert cli.main(["export", "gstr1", "--data", str(path), "--period", "2026-05",
                     "--out", str(out)]) == 0  # fmt: skip
    return path, shop, out.read_text(encoding="utf-8")


def _walk(value: Any, key: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _walk(v, k)]
    if isinstance(value, list):
        return [pair for v in value for pair in _walk(v, key)]
    return [(key, value)]


def test_the_json_is_valid_against_the_schema(written: tuple[Path, ReturnShop, str]) -> None:
    _, _, text = written
    document = json.loads(text)
    jsonschema.validate(document, SCHEMA)
    assert (document["gstin"], document["fp"]) == ("27AAPFU0939F1ZV", "052026")
    expected = {"b2b", "b2cl", "b2cs", "cdnr", "cdnur", "exp", "nil", "hsn", "doc_issue"}
    assert set(document) == {"gstin", "fp"} | expected
    assert set(document["hsn"]) == {"hsn_b2b", "hsn_b2c"}


@pytest.mark.parametrize(
    ("where", "bad"),
    [
        (("b2b", 0, "ctin"), "27AAACR5055K1Z"),  # 14 characters
        (("b2b", 0, "inv", 0, "idt"), "2026-05-05"),  # not dd-mm-yyyy
        (("b2b", 0, "inv", 0, "pos"), "99"),  # not a state
        (("b2cl", 0, "inv", 0, "inum"), "INV/2026-27/000001"),  # 18 characters
        (("b2b", 0, "inv", 0, "val"), "100.00"),  # a string, not a number
        (("exp", 0, "exp_typ"), "WPAYX"),
        (("hsn", "hsn_b2b", 0, "uqc"), "KILO"),
    ],
)
def test_the_schema_refuses_what_the_portal_would(
    written: tuple[Path, ReturnShop, str], where: tuple[Any, ...], bad: Any
) -> None:
    document = json.loads(written[2])
    target = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


def test_amounts_are_numbers_with_two_decimals(written: tuple[Path, ReturnShop, str]) -> None:
    raw = json.loads(written[2], parse_float=lambda text: ("number", text))
    amounts = [value for key, value in _walk(raw) if key in AMOUNT_KEYS]
    assert len(amounts) > 50
    for value in amounts:
        assert isinstance(value, tuple), value  # a JSON number with a decimal point
        whole, _, cents = value[1].lstrip("-").partition(".")
        assert whole.isdigit() and len(cents) == 2, value
    assert dumps({"a": [1, "x"]}) == '{\n  "a": [\n    1,\n    "x"\n  ]\n}'


def _rupees(rows: list[dict[str, Any]], key: str) -> Decimal:
    return sum((Decimal(str(r.get(key, 0))) for r in rows), Decimal(0))


def _items(document: dict[str, Any], table: str, inner: str) -> list[dict[str, Any]]:
    return [
        item["itm_det"] for party in document.get(table, []) for doc in party[inner]
        for item in doc["itms"]
    ]  # fmt: skip


def test_the_jsons_totals_equal_the_registers(written: tuple[Path, ReturnShop, str]) -> None:
    path, shop, text = written
    document = json.loads(text, parse_float=Decimal)
    net = in_shop(path, lambda: sales_register.register_summary(*MAY).net)
    # the tax on reverse-charge lines is reported with the invoice (table 4B); the register keeps
    # it apart from its tax columns
    rcm = in_shop(path, lambda: total_recipients_tax(*MAY))
    notes = {"C": -1, "D": 1}

    def signed(table: str, parties: bool) -> dict[str, Decimal]:
        totals = dict.fromkeys(("txval", "iamt", "camt", "samt"), Decimal(0))
        rows = document[table]
        notes_of = [n for p in rows for n in p["nt"]] if parties else rows
        for note in notes_of:
            for item in note["itms"]:
                for key in totals:
                    totals[key] += notes[note["ntty"]] * Decimal(item["itm_det"].get(key, 0))
        return totals

    rows = _items(document, "b2b", "inv") + _items(document, "b2cl", "inv") + document["b2cs"]
    rows += [i for e in document["exp"] for inv in e["inv"] for i in inv["itms"]]
    cdnr, cdnur = signed("cdnr", True), signed("cdnur", False)
    nil = document["nil"]["inv"]
    taxable = _rupees(rows, "txval") + cdnr["txval"] + cdnur["txval"]
    taxable += _rupees(nil, "nil_amt") + _rupees(nil, "expt_amt") + _rupees(nil, "ngsup_amt")
    assert taxable == Decimal(net.taxable) / 100
    assert (
        _rupees(rows, "iamt") + cdnr["iamt"] + cdnur["iamt"] == Decimal(net.igst + rcm.igst) / 100
    )
    assert _rupees(rows, "camt") + cdnr["camt"] == Decimal(net.cgst + rcm.cgst) / 100
    assert _rupees(rows, "samt") + cdnr["samt"] == Decimal(net.sgst + rcm.sgst) / 100
    hsn = document["hsn"]["hsn_b2b"] + document["hsn"]["hsn_b2c"]
    assert _rupees(hsn, "txval") == Decimal(net.taxable) / 100
    tax = sum((_rupees(hsn, k) for k in ("iamt", "camt", "samt", "csamt")), Decimal(0))
    assert tax == Decimal(net.igst + net.cgst + net.sgst + rcm.tax) / 100
    # one invoice as issued, with its reverse charge
    b2b = {inv["inum"]: inv for p in document["b2b"] for inv in p["inv"]}
    on_rcm = b2b[shop.numbers["b2b_inter_rcm"]]
    # its value is what the buyer pays the shop: the recipient's tax is not in it
    assert (on_rcm["rchrg"], on_rcm["pos"], on_rcm["idt"], on_rcm["val"]) == (
        "Y", "29", "05-05-2026", Decimal("1524.00")
    )  # fmt: skip
    # an export with its shipping bill, one without
    exported = {inv["inum"]: inv for e in document["exp"] for inv in e["inv"]}
    with_bill = exported[shop.numbers["export_igst"]]
    assert (with_bill["sbnum"], with_bill["sbdt"], with_bill["sbpcode"]) == (
        "1234567", "10-05-2026", "INNSA1"
    )  # fmt: skip
    assert "sbnum" not in exported[shop.numbers["export_lut"]]


def test_documents_issued_match_the_documents(written: tuple[Path, ReturnShop, str]) -> None:
    _, shop, text = written
    details = json.loads(text)["doc_issue"]["doc_det"]
    n = shop.numbers
    listed = {d["doc_num"]: (d["doc_typ"], d["docs"]) for d in details}
    assert listed[1] == (
        "Invoices for outward supply",
        [{"num": 1, "from": n["b2b_intra"], "to": n["cancelled"], "totnum": 12, "cancel": 1,
          "net_issue": 11}],
    )  # fmt: skip
    assert listed[5][1][0]["totnum"] == 4 and listed[4][1][0]["totnum"] == 2


def _register_rows(path: Path) -> dict[str, dict[int, tuple[int, int, int, int]]]:
    """The register's posted rows of May: number -> rate -> (taxable, igst, cgst, sgst)."""

    def read() -> dict[str, dict[int, tuple[int, int, int, int]]]:
        found: dict[str, dict[int, tuple[int, int, int, int]]] = {}
        for row in sales_register.iter_register(*MAY):
            if row.status == "posted":
                found.setdefault(row.number, {})[row.rate_bp] = (
                    abs(row.taxable), abs(row.igst), abs(row.cgst), abs(row.sgst)
                )  # fmt: skip
        for number, rates in recipients_tax(*MAY).items():  # reported with the invoice (4B)
            for rate, tax in rates.items():
                t, i, c, g = found[number][rate]
                found[number][rate] = (t, i + abs(tax.igst), c + abs(tax.cgst), g + abs(tax.sgst))
        return found

    return in_shop(path, read)


def test_each_tables_totals_equal_the_registers_rows_for_its_documents(
    written: tuple[Path, ReturnShop, str],
) -> None:
    """Per table: the JSON's taxable value and tax of its documents equal the register's rows of
    the same documents (without their 0% rows of nil/exempt/non-GST lines, which are table 8's,
    except on zero-rated supplies: exports and SEZ)."""
    path, shop, text = written
    document = json.loads(text, parse_float=Decimal)
    register = _register_rows(path)
    n = shop.numbers
    zero_rated = {n[w] for w in ("export_lut", "export_igst", "sez_igst", "sez_lut", "cn_export")}
    tables = {
        "b2b": [inv for p in document["b2b"] for inv in p["inv"]],
        "b2cl": [inv for p in document["b2cl"] for inv in p["inv"]],
        "cdnr": [nt for p in document["cdnr"] for nt in p["nt"]],
        "cdnur": document["cdnur"],
        "exp": [inv for e in document["exp"] for inv in e["inv"]],
    }
    for table, docs in tables.items():
        numbers = {d.get("inum") or d["nt_num"] for d in docs}
        sums = [Decimal(0)] * 4
        for number in numbers:
            for rate, amounts in register[number].items():
                if rate or number in zero_rated:
                    sums = [a + Decimal(b) / 100 for a, b in zip(sums, amounts, strict=True)]
        items = [i.get("itm_det", i) for d in docs for i in d["itms"]]
        mine = [_rupees(items, k) for k in ("txval", "iamt", "camt", "samt")]
        assert mine == sums, table
        assert sums[0] > 0, table


def test_a_deemed_export_and_its_note_are_de_in_b2b_and_cdnr(shop_file: Path) -> None:
    """s.147 CGST Act: b2b `inv_typ` DE (table 6C), its credit note in cdnr with DE; taxed as
    usual, so its items carry IGST; the schema accepts it."""
    holder = make_customer("Bengaluru Exporter", gstin="29AAGCB7383J1Z4").code
    line = LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403")
    draft = sales.InvoiceDraft(holder, date(2026, 5, 5), [line], deemed_export="EOU")
    invoice = sales.post_invoice(draft).number
    note = sales.post_credit_note(invoice, doc_date=date(2026, 5, 20), returns={1: 500},
                                  reason="Half returned").number  # fmt: skip

    document = json.loads(dumps(gstr1_json(gstr1.gstr1(of_month(2026, 5)), "27AAPFU0939F1ZV")))

    jsonschema.validate(document, SCHEMA)
    (b2b,) = document["b2b"]
    assert (b2b["ctin"], [(i["inum"], i["inv_typ"]) for i in b2b["inv"]]) == (
        "29AAGCB7383J1Z4",
        [(invoice, "DE")],
    )
    assert b2b["inv"][0]["itms"][0]["itm_det"]["iamt"] == 180.0
    (cdnr,) = document["cdnr"]
    assert [(n["nt_num"], n["ntty"], n["inv_typ"]) for n in cdnr["nt"]] == [(note, "C", "DE")]
    assert "exp" not in document
