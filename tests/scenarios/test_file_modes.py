"""Who may read what on a shared PC: exported workbooks and PDFs get the user's normal file mode
(the umask decides, as for any program's new file), while the shop file, its lock file and the
backups stay owner-only (0600) whatever the umask."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import draft, stock_items
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.exports.balances import export_balances
from vyapar_lite.exports.customers import export_customers
from vyapar_lite.services import backups, balances, customer_export, sales

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX file modes: Windows keeps access in ACLs, not modes"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o027, 0o000])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The process umask for the test (restored after)."""
    before = os.umask(request.param)
    try:
        yield int(request.param)
    finally:
        os.umask(before)


def normal(umask: int) -> int:
    return 0o666 & ~umask


def test_exported_workbooks_get_the_users_normal_mode(
    shop_file: Path, tmp_path: Path, umask: int
) -> None:
    make_customer("Asha Verma")
    out = tmp_path / "out"
    out.mkdir()
    report = out / "balances.xlsx"
    export_balances(report, balances.balances(date(2026, 6, 30)))
    table = out / "customers.xlsx"
    export_customers(table, customer_export.customer_rows())
    assert (mode(report), mode(table)) == (normal(umask), normal(umask))
    assert sorted(p.name for p in out.iterdir()) == ["balances.xlsx", "customers.xlsx"]


def test_pdfs_get_the_users_normal_mode(
    qapp: object, shop_file: Path, tmp_path: Path, umask: int
) -> None:
    from vyapar_lite.ui.sales import invoice_print

    stock_items()
    doc = sales.post_invoice(draft(make_customer("Asha Verma").code))
    pdf = invoice_print.save_pdf(doc, tmp_path / "invoice.pdf", "a4")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert mode(pdf) == normal(umask)


def test_the_shop_file_its_lock_and_backups_stay_owner_only(tmp_path: Path, umask: int) -> None:
    shop = tmp_path / "shop.vyapar"
    open_data_file(shop)
    try:
        make_customer("Asha Verma")
        lock = shop.with_name(shop.name + ".lock")
        wal = shop.with_name(shop.name + "-wal")
        assert (mode(shop), mode(lock)) == (0o600, 0o600)
        if wal.exists():
            assert mode(wal) == 0o600
        plain = backups.back_up().info.path
        encrypted = backups.back_up(password="chai & samosa").info.path
        assert (mode(plain), mode(encrypted)) == (0o600, 0o600)
        assert stat.S_IMODE(plain.parent.stat().st_mode) == 0o700 & ~umask
    finally:
        close_data_file()


def test_a_lock_file_left_readable_by_an_older_version_is_made_owner_only(
    tmp_path: Path,
) -> None:
    shop = tmp_path / "shop.vyapar"
    lock = shop.with_name(shop.name + ".lock")
    lock.write_text("")
    lock.chmod(0o644)
    open_data_file(shop)
    try:
        assert mode(lock) == 0o600
    finally:
        close_data_file()
