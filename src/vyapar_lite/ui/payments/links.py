"""How the Payments screen keeps the others current (wired by `ui/screen_links.py` as each screen
is first built): receipts move balances and what invoices owe (the customer screens and the sales
list refresh); sales bring counter receipts (the payments list refreshes); an invoice saved for a
customer holding an advance offers it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def link_payments(key: str, built: dict[str, QWidget]) -> None:
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen
    from vyapar_lite.ui.payments.payments_screen import PaymentsScreen
    from vyapar_lite.ui.sales.sales_screen import SalesScreen

    payments = built.get("payments")
    customers = built.get("customers")
    sales = built.get("sales")
    if key == "sales" and isinstance(sales, SalesScreen):
        _offer_advances(sales)
    if not isinstance(payments, PaymentsScreen):
        return
    if key in ("payments", "customers") and isinstance(customers, CustomersScreen):
        payments.changed.connect(_refresher(customers))
        customers.customer_page.changed.connect(payments.list_page.refresh)
    if key in ("payments", "sales") and isinstance(sales, SalesScreen):
        payments.changed.connect(sales.list_page.refresh)
        sales.changed.connect(payments.list_page.refresh)


def _refresher(customers: QWidget) -> Callable[[], None]:
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen

    assert isinstance(customers, CustomersScreen)
    page = customers.customer_page

    def refresh() -> None:
        customers.list_page.refresh()
        if page.account is not None:
            page.refresh()

    return refresh


def _offer_advances(sales: QWidget) -> None:
    from vyapar_lite.services import sales as sales_service
    from vyapar_lite.services.sales import DocumentView
    from vyapar_lite.ui.payments.advance_offer import offer_advance
    from vyapar_lite.ui.sales.sales_screen import SalesScreen

    assert isinstance(sales, SalesScreen)
    form = sales.invoice_form

    def saved(doc: DocumentView) -> None:
        def applied() -> None:
            form.saved_bar.show_saved(sales_service.get_document(doc.number))
            sales.list_page.refresh()
            sales.changed.emit()

        offer_advance(form, doc, applied)

    form.saved.connect(saved)
