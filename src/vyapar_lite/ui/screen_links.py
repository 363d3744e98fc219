"""How the main window's screens keep each other current, wired as each one is first built.

Sales move balances (the customer screens refresh); Settings change the shop's name (the window
title) and the customer categories (the customer list's filter); an order converted from a
customer's page is invoiced on the Sales screen. Payments are wired in `ui/payments/links.py`.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtWidgets import QWidget


class Window(Protocol):
    def refresh_shop(self) -> None: ...

    def show_screen(self, key: str) -> None: ...

    def page(self, key: str) -> QWidget: ...


def link(window: Window, key: str, built: dict[str, QWidget]) -> None:
    """Connect the screen just built (`key`) with every screen built before it."""
    if key == "dashboard":
        from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage
        from vyapar_lite.ui.dashboard.links import open_target

        dashboard = built[key]
        if isinstance(dashboard, DashboardPage):
            dashboard.open_requested.connect(partial(open_target, window))
        return
    if key not in ("settings", "customers", "sales", "payments"):
        return  # nothing to link, and nothing more to import (the first screen opens fast)
    from vyapar_lite.ui.payments.links import link_payments

    link_payments(key, built)
    if key not in ("settings", "customers", "sales"):
        return
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen
    from vyapar_lite.ui.settings.settings_page import SettingsPage

    settings = built.get("settings")
    customers = built.get("customers")
    sales = built.get("sales")
    if key == "settings" and isinstance(settings, SettingsPage):
        settings.profile_saved.connect(window.refresh_shop)
    if (
        key in ("settings", "customers")
        and isinstance(settings, SettingsPage)
        and isinstance(customers, CustomersScreen)
    ):
        settings.customer_settings.changed.connect(customers.list_page.refresh)
    if key == "customers" and isinstance(customers, CustomersScreen):
        customers.customer_page.statement_requested.connect(partial(_open_statement, window, built))
    if (
        key in ("sales", "customers")
        and sales is not None
        and isinstance(customers, CustomersScreen)
    ):
        from vyapar_lite.ui.sales.sales_screen import SalesScreen, connect_customers

        if isinstance(sales, SalesScreen):
            connect_customers(sales, customers, partial(window.show_screen, "sales"))


def _open_statement(window: Window, built: dict[str, QWidget], code: str) -> None:
    """Show the Reports screen (`built` is the window's own dict, so it holds the screen once
    shown) with `code`'s statement."""
    from vyapar_lite.ui.reports.reports_screen import ReportsScreen

    window.show_screen("reports")
    reports = built.get("reports")
    if isinstance(reports, ReportsScreen):
        reports.open_statement(code)
