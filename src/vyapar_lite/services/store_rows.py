"""A shop file's rows read ahead as COPY data, for `move-to-server` (`store_move`).

A thread of its own reads the file, table by table in the order it is given, through a
read-only connection it opens itself, and formats each row as a line of COPY's text format
(psycopg's `Copy` with a `Writer` of ours, as its documentation offers for COPY data made
without a server: each row formatted in C, NULL as \\N, backslash, tab and newlines escaped).
Values go as the file holds them: a boolean's 0 or 1 is what the server's boolean input reads
as false or true, so no row is remade in Python on the way (anything else in a boolean column,
a damaged file, is refused by the server and the move says so).
The lines are handed over in chunks of about a megabyte through a queue that holds at most
`AHEAD_BYTES`, so the file's reading and formatting go on while the server is busy with
something else on the move's one connection: loading the chunks before, or building the
indexes of the table just loaded. Reading the file (SQLite's steps, with Python's lock let go)
and waiting for the server overlap instead of taking turns.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psycopg import Copy
from psycopg.copy import Writer

from vyapar_lite.db import sqlite_features

CHUNK_BYTES = 1 << 20
AHEAD_BYTES = 128 << 20  # read ahead at most this much (memory), about a million ledger rows
WAIT_SECONDS = 1  # how often a reader kept waiting for room looks whether the move has stopped
BATCH = 5000


@dataclass(frozen=True)
class Chunk:
    table: str
    data: bytes  # COPY text lines
    rows: int  # rows in `data` (near enough: for progress)
    last: bool = False  # no data: the table's rows are all given


class _Stopped(Exception):
    """The reader was told to stop (the move failed on the server's side)."""


class _Chunks(Writer):
    """psycopg's formatted COPY data gathered into chunks and put in the queue."""

    def __init__(self, ahead: _Ahead, table: str) -> None:
        self.ahead, self.table = ahead, table
        self.buffer = bytearray()
        self.rows = 0

    def write(self, data: Any) -> None:
        self.buffer += data
        if len(self.buffer) >= CHUNK_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.ahead.put(Chunk(self.table, bytes(self.buffer), self.rows))
            self.buffer = bytearray()
            self.rows = 0


class _Ahead:
    """The queue, bounded by bytes, that the reading thread fills and the move empties."""

    def __init__(self) -> None:
        self.items: queue.Queue[Chunk | BaseException] = queue.Queue()
        self.room = threading.Semaphore(AHEAD_BYTES // CHUNK_BYTES)
        self.stopped = threading.Event()

    def put(self, item: Chunk | BaseException) -> None:
        while not self.room.acquire(timeout=WAIT_SECONDS):
            if self.stopped.is_set():
                raise _Stopped
        self.items.put(item)

    def get(self) -> Chunk | BaseException:
        item = self.items.get()
        self.room.release()
        return item


def read_ahead(source: Path, tables: Sequence[str], cursor: Any) -> Generator[Chunk, None, None]:
    """Every row of `tables` in `source`, as COPY text chunks in table order; after each
    table's last chunk, a `Chunk` marked `last`, with no data. `cursor`: a cursor of the server's
    connection, only asked how to format values (never used to talk to the server). An error
    reading the file is raised here; leaving the loop early stops the reading thread."""
    ahead = _Ahead()
    thread = threading.Thread(
        target=_read, args=(source, tables, cursor, ahead), name="move-read", daemon=True
    )
    thread.start()
    try:
        done = 0
        while done < len(tables):
            item = ahead.get()
            if isinstance(item, BaseException):
                raise item
            if item.last:
                done += 1
            yield item
    finally:
        ahead.stopped.set()
        thread.join()


def _read(source: Path, tables: Sequence[str], cursor: Any, ahead: _Ahead) -> None:
    try:
        reader = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            for table in tables:
                _read_table(reader, table, cursor, ahead)
        finally:
            reader.close()
    except _Stopped:
        return
    except BaseException as exc:  # handed to the move, which says what failed
        try:
            ahead.put(exc)
        except _Stopped:
            return


def _read_table(reader: sqlite3.Connection, table: str, cursor: Any, ahead: _Ahead) -> None:
    rows_of = sqlite_features.rows_in_stored_order(reader, table)
    chunks = _Chunks(ahead, table)
    copy = Copy(cursor, binary=False, writer=chunks)
    while rows := rows_of.fetchmany(BATCH):
        for row in rows:
            copy.write_row(row)
        chunks.rows += len(rows)
    copy.finish(None)  # the last lines into the buffer
    chunks.flush()
    ahead.put(Chunk(table, b"", 0, last=True))
