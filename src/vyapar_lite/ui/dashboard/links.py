"""Where each dashboard card and chart leads: a report with its period, or another screen."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget


class Window(Protocol):
    def show_screen(self, key: str) -> None: ...

    def page(self, key: str) -> QWidget: ...


def open_target(window: Window, target: str, today: date | None = None) -> QWidget:
    """Show what `target` names (see dashboard_page.CARDS); returns the page shown."""
    today = today or date.today()
    if target in ("payments", "backups", "low_stock"):
        key = {"payments": "payments", "backups": "settings", "low_stock": "items"}[target]
        window.show_screen(key)
        page = window.page(key)
        if target == "low_stock":
            page.list_page.low_filter.setChecked(True)  # type: ignore[attr-defined]
        return page
    from vyapar_lite.ui.reports.reports_screen import ReportsScreen

    window.show_screen("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsScreen)
    if target.startswith("register_"):
        # here, not at import: the main window imports this module before its first paint,
        # and services.dashboard brings the registers and returns with it (issue 21)
        from vyapar_lite.services.dashboard import first_charted_month

        start = {
            "register_today": today,
            "register_month": today.replace(day=1),
            "register_year": first_charted_month(today),
        }[target]
        register: Any = reports.show_report("register")
        register.period.set_period(start, today)
        register.load()
        return register  # type: ignore[no-any-return]
    report = {"over_limit": "balances", "insights": "insights"}.get(target, target)
    if report not in reports.keys:
        report = "balances"
    return reports.show_report(report)
