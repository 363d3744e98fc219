"""Shared fixtures. Qt runs offscreen; settings and data go to a temporary home, not the user's."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Generator, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="vyapar-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

import pytest  # noqa: E402

from vyapar_lite.db import close_data_file, open_data_file  # noqa: E402
from vyapar_lite.domain.shop import ShopProfile  # noqa: E402
from vyapar_lite.services import counters, document_dates, shop  # noqa: E402
from vyapar_lite.services.sample_shop import SHOP  # noqa: E402

pytest_plugins = ["programs", "pg_cluster"]  # programs outside Python: skip, or fail in CI

# A registered shop (GSTIN), so its invoices charge GST; an unregistered one issues bills of supply.
TEST_SHOP = ShopProfile(
    name="Test Traders",
    state_code="27",
    city="Pune",
    phone="9822000000",
    gstin="27AAPFU0939F1ZV",
)
REAL_DATE_CHECK = document_dates.check


@pytest.fixture(autouse=True)
def _documents_dated_freely(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests post documents on fixed dates over several years, whatever today is; the check of
    unusual dates is tested on its own with a fixed today (the `date_check` fixture)."""
    monkeypatch.setattr(document_dates, "check", lambda on, *, confirmed, field: None)


@pytest.fixture(autouse=True)
def _no_counter_named() -> Iterator[None]:
    """Each test starts with no counter named (services/counters.py is one per process) and
    leaves none behind."""
    counters.set_current(None)
    yield
    counters.set_current(None)


@pytest.fixture(autouse=True)
def _statement_hook_left_as_found() -> Iterator[None]:
    """Starting the app (or the CLI) registers the payable side with customer statements for
    the process (`supplier_side.install`); a test that does so must not change what later tests'
    statements show."""
    from vyapar_lite.services import statement

    previous = statement.set_supplier_side_source(None)
    statement.set_supplier_side_source(previous)
    yield
    statement.set_supplier_side_source(previous)


@pytest.fixture
def date_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real unusual-date check, with today fixed at 1 December 2026 (financial year 2026-27)."""
    monkeypatch.setattr(document_dates, "check", REAL_DATE_CHECK)
    monkeypatch.setattr(document_dates, "today", lambda: date(2026, 12, 1))


@pytest.fixture
def data_file(tmp_path: Path) -> Iterator[Path]:
    """A new, empty shop file, open for the test (no shop profile yet)."""
    path = tmp_path / "shop.vyapar"
    open_data_file(path)
    yield path
    close_data_file()


@pytest.fixture
def shop_file(data_file: Path) -> Path:
    """An open shop file with a shop profile (Maharashtra), ready for customers and sales."""
    shop.save_profile(TEST_SHOP)
    return data_file


@pytest.fixture
def shop_path(tmp_path: Path) -> Path:
    """A set-up shop file (the sample shop's profile), closed: for commands that open it."""
    path = tmp_path / "shop.vyapar"
    open_data_file(path)
    shop.save_profile(SHOP)
    close_data_file()
    return path


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    result = yield from _forms_made_clean()
    _delete_left_windows()
    return result


def _delete_left_windows() -> None:
    """After pytest-qt's own teardown: the app's windows a test left open without handing them
    to qtbot (a draft offered back on a "next start" opens its form or dialog) are deleted here,
    on the GUI thread. Left alone, Python's garbage collector could free one later from a
    worker thread (a report or the dashboard working something out), which crashes Qt."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    left = [w for w in QApplication.topLevelWidgets() if type(w).__module__.startswith("vyapar_")]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    if left:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _forms_made_clean() -> Generator[None, object, object]:
    """Before pytest-qt closes a test's widgets: a form a test left with typed work would ask
    "Keep this invoice?" on closing, with no one to answer. Each is made clean first, as if
    discarded (the shop file is still open then: fixtures are torn down later)."""
    kinds = ("draft_form", "checked_form", "guarded_dialog")
    if not any(m.rsplit(".", 1)[-1] in kinds for m in sys.modules if m.startswith("vyapar_lite")):
        return (yield)  # no form of those kinds was ever made (a customer or item form is one)
    from PySide6.QtWidgets import QApplication, QWidget

    from vyapar_lite.ui.checked_form import CheckedForm
    from vyapar_lite.ui.drafts.draft_form import DraftForm
    from vyapar_lite.ui.drafts.guarded_dialog import GuardedDialog

    if QApplication.instance() is not None:
        # Free what the test dropped now, on the GUI thread: left to the garbage collector, a
        # widget could be freed later from a worker thread, which crashes Qt.
        gc.collect()
        forms: list[QWidget] = []
        for window in QApplication.topLevelWidgets():
            forms.append(window)
            forms.extend(window.findChildren(QWidget))
        for widget in forms:
            if isinstance(widget, DraftForm):
                widget.keeper.timer.stop()
                widget.busy = lambda: False  # type: ignore[method-assign]
            elif isinstance(widget, CheckedForm):
                widget.dirty = False
            elif isinstance(widget, GuardedDialog):
                widget.changed_since_opened = lambda: False  # type: ignore[method-assign]
                keeper = getattr(widget, "keeper", None)
                if keeper is not None:
                    keeper.timer.stop()
    return (yield)
