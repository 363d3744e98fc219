"""Which counter this process is: the name every audit row and document posted from now on carries
(issue 18, "who did it").

One place for the whole process, not a parameter threaded through every service: the GUI sets it
when a shop opens (the name kept on this PC for that server or file), the CLI from `--counter`
(by default the PC's host name). `audit.record` and each document's posting read `current()`.
None (nothing set) leaves the `counter` columns NULL, as rows written before migration 26 are.
"""

from __future__ import annotations

import re
import socket

from vyapar_lite.db import database
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_LENGTH = 30
SUGGESTED = "Counter {number}"  # the first free one is offered at the first connection
_current: str | None = None


def current() -> str | None:
    """The counter this process posts as (None: not named)."""
    return _current


def set_current(name: str | None) -> None:
    """From now on audit rows and documents carry `name` (checked by `checked_name`)."""
    global _current  # noqa: PLW0603
    _current = None if name is None else checked_name(name)


def checked_name(text: str) -> str:
    """A counter's name, trimmed; ValidationError (field "counter") when empty or too long."""
    name = " ".join(str(text).split())
    if not name:
        raise ValidationError(
            FieldError(
                "counter",
                Message(QT_TRANSLATE_NOOP("messages", "Give this counter a name, e.g. Counter 1")),
            )
        )
    if len(name) > MAX_LENGTH:
        raise ValidationError(
            FieldError(
                "counter",
                Message(
                    QT_TRANSLATE_NOOP("messages", "A counter's name is at most {limit} characters"),
                    limit=MAX_LENGTH,
                ),
            )
        )
    return name


def host_name() -> str:
    """This PC's name as a counter's name (the CLI's default, and a shop file's PC until named
    in Settings): trimmed to MAX_LENGTH."""
    return " ".join(socket.gethostname().split())[:MAX_LENGTH].strip() or "This PC"


def names_used() -> list[str]:
    """The counters that have written to the open shop (its audit log), by name."""
    rows = database.execute_sql(
        "SELECT DISTINCT counter FROM audit_entry WHERE counter IS NOT NULL"
    ).fetchall()
    return sorted(str(row[0]) for row in rows)


def suggested_name(used: list[str] | None = None) -> str:
    """ "Counter N": the first N no counter of the open shop (or `used`) has taken."""
    taken = set(names_used() if used is None else used)
    numbers = {int(m.group(1)) for n in taken if (m := re.fullmatch(r"Counter (\d+)", n))}
    number = 1
    while number in numbers or SUGGESTED.format(number=number) in taken:
        number += 1
    return SUGGESTED.format(number=number)


def name_counter(name: str) -> str:
    """This counter takes `name` (its first connection to a server, or a new name in Settings):
    set for this process and written to the audit log (one row: the name before and after), so
    the next new counter is offered a free name and the log says who was who. Returns it."""
    from vyapar_lite.services import audit

    name = checked_name(name)
    before = _current
    with database.atomic():
        set_current(name)
        audit.record(
            "name",
            "counter",
            None,
            label=name,
            before={"counter": before} if before else None,
            after={"counter": name},
        )
    return name
