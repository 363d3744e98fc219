"""A shop on a server is backed up with pg_dump and restored with pg_restore (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TEST_SHOP
from factories import make_customer
from payment_builders import invoice, receive
from pg_cluster import Cluster
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry, SalesDoc
from vyapar_lite.services import audit_chain, health, server_backups, shop
from vyapar_lite.services.backup_files import BackupError


def _books() -> tuple[int, int, int, int, list[str]]:
    return (
        Customer.select().count(),
        SalesDoc.select().count(),
        LedgerEntry.select().count(),
        AuditEntry.select().count(),
        sorted(d.number for d in SalesDoc.select()),
    )


def test_a_dump_restored_into_an_empty_database_is_the_same_shop(
    shop_server: Cluster, tmp_path: Path
) -> None:
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    code = make_customer("Kulkarni Stores").code
    invoice(code, 250000)
    receive(code, 100000)
    before = _books()
    close_data_file()
    dump = server_backups.back_up(address, tmp_path)
    assert dump.suffix == ".pgdump" and dump.stat().st_mode & 0o777 == 0o600

    shop_server.admin("CREATE DATABASE restored_here")
    target = shop_server.address("restored_here")
    try:
        server_backups.restore(dump, target)
        open_data_file(target, create=False)
        assert _books() == before
        assert audit_chain.verify() is None
        result = health.check()
        assert result.ok, result.problems
        close_data_file()
        with pytest.raises(BackupError, match="restored_here is not empty"):
            server_backups.restore(dump, target)  # never over a shop
    finally:
        close_data_file()
        shop_server.drop(target)
        shop_server.drop(address)


def test_without_postgresqls_tools_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(server_backups, "_FOLDERS", "/nonexistent/*/bin")
    with pytest.raises(
        BackupError, match=r"pg_dump is not installed on this PC.*postgresql-client"
    ):
        server_backups.program("pg_dump")
