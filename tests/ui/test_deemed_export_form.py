"""The invoice form's "Deemed export (s.147)" choice, and the line the tax invoice prints for it
(read back from the PDF with pypdfium2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from factories import make_customer
from pdf_pages import page_png, pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales
from vyapar_lite.ui.sales import invoice_print
from vyapar_lite.ui.sales.invoice_form import InvoiceForm

SCREENSHOT = Path("/tmp/deemed-export-form.png")
ALMIRAH = LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403")


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def make_form(qtbot: QtBot) -> InvoiceForm:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_the_choice_shows_for_registered_buyers_and_saves_the_kind(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    sez = make_customer("Pune SEZ Unit", gstin="27AAPFU0939F2ZU", is_sez=True).code
    walk_in = make_customer("Asha Verma", state_code="27").code
    form = make_form(qtbot)
    field = form.deemed_export
    assert not field.isVisibleTo(form)  # CASH, as it starts
    for code in (stocked.foreign, sez, walk_in):
        assert form.picker.set_code(code)
        assert not field.isVisibleTo(form), code

    assert form.picker.set_code(stocked.outstation)  # Karnataka, with a GSTIN
    assert field.isVisibleTo(form)
    assert not field.box.isChecked() and not field.kind_combo.isEnabled()
    form.grid.set_lines([ALMIRAH])
    field.box.setChecked(True)
    assert field.kind_combo.isEnabled()
    field.kind_combo.setCurrentIndex(field.kind_combo.findData("EOU"))
    form.refresh_preview()
    assert form.messages.text() == ""
    assert form.totals.values["igst"].text() == "₹180.00"  # taxed as usual
    form.grab().save(str(SCREENSHOT))
    doc = form.save()

    assert doc is not None and (doc.deemed_export, doc.totals.igst) == ("EOU", 18000)
    assert sales.get_document(doc.number).deemed_export == "EOU"
    form.new_invoice()
    assert not field.isVisibleTo(form) and not field.box.isChecked()


def test_a_service_line_is_refused_beside_the_choice(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    assert form.picker.set_code(stocked.outstation)
    form.grid.set_lines([ALMIRAH, LineInput("Fitting", 1000, 20000, 1800, hsn_sac="995461")])
    form.deemed_export.box.setChecked(True)
    form.refresh_preview()
    assert "Deemed exports are supplies of goods (s.147): line 2 is a service" in (
        form.messages.text()
    )
    assert "#b00020" in form.deemed_export.box.styleSheet()
    assert not form.save_button.isEnabled()


def test_the_tax_invoice_says_it_is_a_deemed_export(stocked: SalesShop, tmp_path: Path) -> None:
    draft = sales.InvoiceDraft(stocked.outstation, date(2026, 5, 5), [ALMIRAH], deemed_export="AA")
    doc = sales.post_invoice(draft)
    plain = sales.post_invoice(sales.InvoiceDraft(stocked.outstation, date(2026, 5, 5), [ALMIRAH]))

    a4_pdf = invoice_print.save_pdf(doc, tmp_path / "de.pdf")
    page_png(a4_pdf, Path("/tmp/deemed-export-a4.png"))
    a4 = " ".join(pdf_text(a4_pdf).split())
    slip = " ".join(pdf_text(invoice_print.save_pdf(doc, tmp_path / "de80.pdf", "thermal")).split())
    other = " ".join(pdf_text(invoice_print.save_pdf(plain, tmp_path / "plain.pdf")).split())

    line = (
        "DEEMED EXPORT under section 147 of the CGST Act (Notification 48/2017-Central Tax, "
        "para 1): Supply of goods against an Advance Authorisation"
    )
    assert line in a4 and line in slip
    assert "TAX INVOICE" in a4.upper() and "IGST" in a4
    assert "DEEMED EXPORT" not in other
