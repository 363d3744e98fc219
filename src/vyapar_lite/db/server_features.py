"""PostgreSQL's forms of what `sqlite_features` does with SQLite-only features.

`sqlite_features` hands each call here when the shop is on a server, so callers never ask
which store they are on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import peewee

# Customer search: PostgreSQL full-text search over the same columns as SQLite's FTS5 index,
# with prefix matching (`word:*`) on each typed word. The `simple` configuration keeps words as
# written (no stemming, no stop words), lower-cased, like FTS5's unicode61; the expression index
# below is kept in step by the server itself, so it never needs rebuilding or checking. A `+` is
# a space first, as unicode61 reads it: PostgreSQL's parser would keep "+971501234567" whole as
# a signed number, and "97150" (a phone typed as "+971 50") would not be its prefix.
CUSTOMER_SEARCH_COLUMNS = ("code", "name", "phone", "alt_phone", "gstin", "city")
SEARCH_TEXT = (
    "to_tsvector('simple', replace(" + " || ' ' || ".join(CUSTOMER_SEARCH_COLUMNS) + ", '+', ' '))"
)


def create_customer_search(db: peewee.Database) -> None:
    db.execute_sql(f"CREATE INDEX customer_search ON customer USING gin ({SEARCH_TEXT})")


def recreate_customer_search(db: peewee.Database) -> None:
    """The index again, over `SEARCH_TEXT` as it is now (a migration's step on a server)."""
    db.execute_sql("DROP INDEX IF EXISTS customer_search")
    create_customer_search(db)


def _prefix_query(word: str) -> str:
    """One typed word as a tsquery prefix term, quoted so `&`, `|`, `!`, `:` or `'` are text."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "':*"


def match_customer_search(query: Any, customer_id: peewee.Field, words: Sequence[str]) -> Any:
    """`query` narrowed to customers with a word starting with each of `words` (as FTS5's).

    The text is the index's own expression, written with literals (not parameters) so the
    planner uses the index, and with the query's alias for the customer table."""
    model = customer_id.model
    parts: list[Any] = []
    for name in CUSTOMER_SEARCH_COLUMNS:
        if parts:
            parts.append(peewee.SQL("|| ' ' ||"))
        parts.append(getattr(model, name))
    joined = peewee.fn.replace(peewee.NodeList(parts), peewee.SQL("'+'"), peewee.SQL("' '"))
    text = peewee.fn.to_tsvector(peewee.SQL("'simple'"), joined)
    wanted = " & ".join(_prefix_query(word) for word in words)
    return query.where(
        peewee.NodeList(
            (text, peewee.SQL("@@"), peewee.fn.to_tsquery(peewee.SQL("'simple'"), wanted))
        )
    )


def widen_check(db: peewee.Database, table: str, column: str, value: str) -> None:
    """`sqlite_features.allow_value` on a server: the CHECK constraint dropped and added again
    with one more value (PostgreSQL alters a constraint in place, no table rebuild)."""
    row = db.execute_sql(
        """SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
           WHERE c.conrelid = to_regclass(?) AND c.contype = 'c'
             AND pg_get_constraintdef(c.oid) LIKE ?""",
        (table, f"%({column} = ANY (ARRAY[%"),
    ).fetchone()
    if row is None:
        raise ValueError(f"{table}.{column} has no CHECK (... IN (...)) to widen")
    name, definition = str(row[0]), str(row[1])
    if f"'{value}'" in definition:
        return
    values = [part.split("'")[1] for part in definition.split("ARRAY[", 1)[1].split(",")]
    listed = ", ".join(f"'{v}'" for v in [*values, value])
    db.execute_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    db.execute_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" CHECK ({column} IN ({listed}))')


class Loading:
    """What `loading_new_database` set aside; `loaded(table)` makes that table's part again."""

    def __init__(
        self, db: peewee.Database, indexes: dict[str, list[str]], keys: list[_Key]
    ) -> None:
        self.db, self.indexes, self.keys = db, indexes, keys
        self.done: set[str] = set()

    def loaded(self, table: str) -> None:
        """`table`'s rows are all in: its indexes are made again (one sort each), its figures
        gathered for the planner (ANALYZE), and each foreign key whose two tables are now both
        loaded made again (checking every reference at once), while the caller may be reading
        the next table's rows: the keys made at the end took 3.9 s of the 1M-entry shop's move
        with nothing else to do meanwhile."""
        for definition in self.indexes.pop(table, []):
            self.db.execute_sql(definition)
        self.db.execute_sql(f'ANALYZE "{table}"')
        self.done.add(table)
        ready = [k for k in self.keys if {k.owner, k.references} <= self.done]
        for key in ready:
            self.db.execute_sql(key.made_again)
            self.keys.remove(key)


@dataclass(frozen=True)
class _Key:
    """A foreign key set aside: its table (as SQL names it), name, definition, and the names of
    its table and of the table it references (as the caller names them to `Loading.loaded`)."""

    table: str
    name: str
    definition: str
    owner: str
    references: str

    @property
    def made_again(self) -> str:
        return f'ALTER TABLE {self.table} ADD CONSTRAINT "{self.name}" {self.definition}'


@contextmanager
def loading_new_database(db: peewee.Database) -> Iterator[Loading]:
    """For a bulk load into the empty tables of a shop database no counter uses yet
    (`move-to-server`), inside the caller's transaction: every foreign key and every index that
    backs no primary key or UNIQUE constraint is dropped, and made again from its own definition
    (`pg_get_constraintdef`, `pg_get_indexdef`), so the schema comes back exactly as the
    migrations made it: a table's indexes when the caller says it is loaded
    (`Loading.loaded`, which also runs ANALYZE on it, so the first queries, the move's own
    checks, are planned on real figures), each foreign key as soon as both its tables are
    loaded, and the rest when the block ends.
    One sort per index and one join per foreign key are much cheaper than keeping them in step
    row by row, and rows may come in any order (a receipt's charge note before the note). When
    the block fails nothing is made again: the transaction must then be rolled back, which puts
    everything back.

    Not for a database counters are using: dropping an index locks its table until commit."""
    foreign = db.execute_sql(
        """SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid),
                  t.relname, r.relname
           FROM pg_constraint c
           JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
           WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
           ORDER BY 1, 2"""
    ).fetchall()
    indexes = db.execute_sql(
        """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), t.relname
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
           WHERE t.relnamespace = current_schema()::regnamespace
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                             AND c.contype IN ('p', 'u', 'x'))
           ORDER BY 1"""
    ).fetchall()
    # room to sort each index in memory rather than in temporary files (this transaction only)
    db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    keys = [_Key(str(t), str(n), str(d), str(o), str(r)) for t, n, d, o, r in foreign]
    for key in keys:
        db.execute_sql(f'ALTER TABLE {key.table} DROP CONSTRAINT "{key.name}"')
    by_table: dict[str, list[str]] = {}
    for name, definition, table in indexes:
        db.execute_sql(f"DROP INDEX {name}")
        by_table.setdefault(str(table), []).append(str(definition))
    loading = Loading(db, by_table, keys)
    yield loading
    for table in list(loading.indexes):
        loading.loaded(table)
    for key in loading.keys:  # any whose tables were not both said to be loaded
        db.execute_sql(key.made_again)


def room_for_checks(db: peewee.Database) -> None:
    """Give this transaction's queries room to hash and sort in memory (`work_mem`, default
    4 MB): the checks a move runs over a whole shop's tables just after loading it
    (`store_move`) group hundreds of thousands of documents with their ledger entries, and
    in 4 MB they spill to temporary files. And plan on a shop that is in memory: the move has
    just written every row, so an index's row costs about what a table's next row does
    (`random_page_cost` 1.1 rather than 4, PostgreSQL's advice for data in memory or on SSD);
    at 4 the kept open items' steps from one kept day to the next read the whole allocation
    table per step (a hash join: 43 ms on the 200,000-entry shop) instead of its index for a
    week's documents (2 ms). For this transaction only."""
    db.execute_sql("SET LOCAL work_mem = '256MB'")
    db.execute_sql("SET LOCAL random_page_cost = 1.1")


def first_found(sql: str, limit: int) -> str:
    """`sqlite_features.first_found` on a server: the whole query worked out first (a
    MATERIALIZED common table expression), then its first `limit` rows. A check expects to find
    nothing, so it reads every row whatever its plan; a plain LIMIT tells the planner that the
    first `limit` rows will come early, and it picks plans that start fast (a nested loop of
    index lookups per document) and are slow to the end: on the 1M-entry shop an invoice's
    ledger entries 5.0 s that way against 2.0 s by hash joins and aggregates, the invoices
    without their parties' snapshot 2.4 s against 0.65 s (issue 18, benchmarks/README.md)."""
    return f"WITH found AS MATERIALIZED ({sql}) SELECT * FROM found LIMIT {limit}"


def copy_rows(
    db: peewee.Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """`sqlite_features.insert_many` on a server: the rows through COPY (each formatted by
    psycopg in C), in the caller's transaction; a row the server refuses raises as peewee's
    errors do (its constraint's error, the whole COPY refused)."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    wrapper: Any = getattr(peewee, "__exception_wrapper__")  # noqa: B009
    with (
        wrapper,
        db.connection().cursor() as cursor,
        cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy,
    ):
        for row in rows:
            copy.write_row(row)


@contextmanager
def pipelined(db: peewee.Database) -> Iterator[None]:
    """Statements sent without waiting for each one's answer (psycopg's pipeline mode): the
    server gets them in order and runs each as it comes; the counter waits only where it reads
    a result (a `fetch`, a `RETURNING`) and at the block's end. On a LAN each answer waited for
    costs a round trip, and a posting's later statements (a number set, a ledger row, the
    audit rows, the COMMIT) read nothing back. An error is raised at the next wait."""
    with db.connection().pipeline():
        yield
