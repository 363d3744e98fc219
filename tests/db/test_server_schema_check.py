"""`check` on a PostgreSQL server (issue 18): nothing foreign in the schema, compared with what
the migrations make on that same server; the database still marked as a shop's and not newer.
One throwaway server (the session's), one shop per test, opened and checked through `health`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pg_cluster import Cluster
from vyapar_lite.db import close_data_file, database, migrations, open_data_file, server_schema
from vyapar_lite.services import health, schema_check


@pytest.fixture
def server_shop(shop_server: Cluster) -> Iterator[Cluster]:
    address = shop_server.new_shop()
    open_data_file(address)
    try:
        yield shop_server
    finally:
        close_data_file()
        shop_server.drop(address)


def _schema_lines() -> list[str]:
    return [p for p in health.check().problems if p.startswith("schema:")]


def test_an_untouched_server_shop_has_nothing_foreign(server_shop: Cluster) -> None:
    assert _schema_lines() == []
    objects = server_schema.schema_objects(database)
    assert ("table", "customer") in objects
    assert ("index", "customer_search") in objects  # the server's own search index
    assert objects["column", "customer.code"].startswith("text")
    # the scratch schema of the expected one was rolled back: nothing of it is left
    scratch = database.execute_sql(
        "SELECT count(*) FROM pg_namespace WHERE nspname = ?", (server_schema.SCRATCH,)
    ).fetchone()[0]
    assert scratch == 0


def test_a_foreign_table_trigger_and_column_are_named(server_shop: Cluster) -> None:
    sql = database.execute_sql
    with database.atomic():
        sql("CREATE TABLE notes_on_the_side (id INTEGER, text TEXT)")
        sql("ALTER TABLE customer ADD COLUMN nickname TEXT")
        sql(
            "CREATE FUNCTION quiet() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RETURN NULL; END $$"
        )
        sql(
            "CREATE TRIGGER quiet BEFORE INSERT ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION quiet()"
        )
    lines = _schema_lines()
    version = migrations.LATEST
    never = "that Vyapar Lite never made (data version {}): it was added outside the app"
    assert any(
        line.startswith(f"schema: a table 'notes_on_the_side' {never.format(version)}")
        for line in lines
    ), lines
    assert any(
        line.startswith(f"schema: a column 'customer.nickname' {never.format(version)}")
        for line in lines
    ), lines
    assert any(
        line.startswith(f"schema: a trigger 'audit_entry.quiet' {never.format(version)}")
        and "CREATE TRIGGER quiet BEFORE INSERT ON audit_entry" in line
        for line in lines
    ), lines
    assert any(line.startswith("schema: a function 'quiet()'") for line in lines), lines


def test_a_dropped_index_and_a_changed_column_are_named(server_shop: Cluster) -> None:
    with database.atomic():
        database.execute_sql("DROP INDEX reminder_customer")
        database.execute_sql("ALTER TABLE customer ALTER COLUMN notes DROP NOT NULL")
    lines = _schema_lines()
    assert "schema: the index 'reminder_customer' is missing: it was dropped outside the app" in (
        lines
    )
    assert any(
        line.startswith("schema: the column 'customer.notes' differs from what data version")
        for line in lines
    ), lines


def test_a_database_unmarked_or_newer_is_named(server_shop: Cluster) -> None:
    with database.atomic():
        database.execute_sql("COMMENT ON TABLE schema_version IS NULL")
        database.execute_sql(
            "INSERT INTO schema_version (version, description, applied_at) "
            "VALUES (?, 'from the future', '2030-01-01 00:00:00')",
            (migrations.LATEST + 1,),
        )
    assert schema_check.problems() == [
        "schema: this database is not marked as a Vyapar Lite shop's",
        f"schema: data version {migrations.LATEST + 1} is newer than this program's "
        f"({migrations.LATEST}); use the newer Vyapar Lite on every counter",
    ]


def test_a_user_who_may_not_make_the_scratch_schema_is_told(
    server_shop: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema_check._made_on_server.cache_clear()
    monkeypatch.setattr(server_schema, "SCRATCH", "pg_not_allowed")  # pg_ names are reserved
    try:
        (line,) = schema_check.problems()
    finally:
        schema_check._made_on_server.cache_clear()
    assert line.startswith("schema: not compared: the expected schema could not be made")
    assert "unacceptable schema name" in line, line
    assert migrations.current_version(database) == migrations.LATEST  # still usable
