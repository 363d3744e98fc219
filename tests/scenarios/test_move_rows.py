"""`store_rows.read_ahead`: a file's rows as COPY text, formatted on a thread of its own while
the move's connection loads what came before (issue 18, move-to-server)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from pg_cluster import Cluster
from vyapar_lite.services import store_rows

ODD = [
    (1, "Shop 4\\N, Gala\t2\nNear C:\\Depot\r\nPune", 0, 1),  # COPY's specials
    (2, None, None, None),  # NULLs, not the text \N
    (3, "\\N", -(2**62), 0),  # a literal \N; big whole numbers (paise)
    (4, "राम किराना भंडार, पुणे", 2**62 + 12345, 1),  # Devanagari
    (5, "", 0, None),  # empty text is not NULL
]


def _file(folder: Path, rows: int) -> Path:
    path = folder / "rows.vyapar"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE odd (id INTEGER PRIMARY KEY, note TEXT, paise INTEGER, flag INTEGER)")
    con.execute("CREATE TABLE many (id INTEGER PRIMARY KEY, note TEXT)")
    con.executemany("INSERT INTO odd VALUES (?, ?, ?, ?)", ODD)
    con.executemany(
        "INSERT INTO many VALUES (?, ?)", ((i, f"line {i} \\ टैब\t") for i in range(1, rows + 1))
    )
    con.commit()
    con.close()
    return path


@pytest.fixture
def server(shop_server: Cluster) -> psycopg.Connection:
    shop_server.admin("DROP DATABASE IF EXISTS move_rows")
    shop_server.admin("CREATE DATABASE move_rows")
    address = shop_server.address("move_rows")
    conn = psycopg.connect(host=address.host, user=address.user, dbname="move_rows")
    conn.execute("CREATE TABLE odd (id bigint, note text, paise bigint, flag boolean)")
    conn.execute("CREATE TABLE many (id bigint, note text)")
    yield conn
    conn.close()
    shop_server.drop(address)


def test_every_value_arrives_as_the_file_holds_it(
    server: psycopg.Connection, tmp_path: Path
) -> None:
    many = 60_000  # more than one chunk of COPY data
    path = _file(tmp_path, many)
    tables = ["odd", "many"]  # odd's flag is 0/1 in the file, a boolean on the server
    ended = []
    with server.cursor() as formats:
        for chunk in store_rows.read_ahead(path, tables, formats):
            if chunk.last:
                ended.append(chunk.table)
                continue
            with server.cursor() as cur, cur.copy(f"COPY {chunk.table} FROM STDIN") as copy:
                copy.write(chunk.data)
    assert ended == ["odd", "many"]
    got = server.execute("SELECT id, note, paise, flag FROM odd ORDER BY id").fetchall()
    flags = {0: False, 1: True, None: None}
    assert got == [(i, note, paise, flags[flag]) for i, note, paise, flag in ODD]
    assert server.execute("SELECT COUNT(*), MAX(id) FROM many").fetchone() == (many, many)
    assert server.execute("SELECT note FROM many WHERE id = 777").fetchone() == (
        "line 777 \\ टैब\t",
    )


def test_a_file_that_cannot_be_read_says_so_and_the_reader_stops(
    server: psycopg.Connection, tmp_path: Path
) -> None:
    path = _file(tmp_path, 10)
    tables = ["odd", "gone"]
    seen = []
    with server.cursor() as formats, pytest.raises(sqlite3.OperationalError, match="gone"):
        for chunk in store_rows.read_ahead(path, tables, formats):
            seen.append((chunk.table, chunk.last))
    assert seen[-1] == ("odd", True)


def test_leaving_early_stops_the_reading_thread(
    server: psycopg.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader waits for room (here two chunks); a move that fails on the server's side
    leaves the loop, and the reader must stop rather than wait for ever."""
    import threading

    monkeypatch.setattr(store_rows, "AHEAD_BYTES", 2 * store_rows.CHUNK_BYTES)
    path = _file(tmp_path, 100_000)  # about 3 MB of COPY data a table
    tables = ["many"] * 10
    with server.cursor() as formats:
        chunks = store_rows.read_ahead(path, tables, formats)
        assert next(chunks).table == "many"
        reading = [t for t in threading.enumerate() if t.name == "move-read"]
        assert reading and reading[0].is_alive()  # held back: no room for more
        chunks.close()
    assert not reading[0].is_alive()
