"""Which store holds the open shop: a SQLite file (the default) or a PostgreSQL server.

`--data` takes either a file path or a server address, `postgresql://user@host:port/dbname`
(`data_location()` tells them apart). A password is never part of what the app keeps: it comes
from the standard PostgreSQL password file (`~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf` on
Windows) or the `PGPASSWORD` variable, which libpq reads itself; an address that carries one
is refused with a message saying where to put it instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """A shop on a PostgreSQL server: `postgresql://user@host:port/dbname` (no password)."""

    user: str
    host: str
    port: int
    dbname: str

    @property
    def url(self) -> str:
        user = f"{self.user}@" if self.user else ""
        if self.host.startswith("/"):  # a Unix socket's folder
            return f"postgresql://{user}/{self.dbname}?host={self.host}&port={self.port}"
        return f"postgresql://{user}{self.host}:{self.port}/{self.dbname}"

    @property
    def name(self) -> str:
        """How messages name the shop (the way a file's name is used)."""
        return f"the shop database {self.dbname} on {self.host}"

    def __str__(self) -> str:
        return self.url

    def connect_params(self) -> dict[str, str | int]:
        """psycopg's keywords; libpq itself finds a password in the password file/PGPASSWORD."""
        params: dict[str, str | int] = {"host": self.host, "port": self.port, "dbname": self.dbname}
        if self.user:
            params["user"] = self.user
        return params


DataLocation = Path | ServerAddress


def is_server_address(text: str) -> bool:
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def server_address(text: str) -> ServerAddress:
    """Parse `postgresql://user@host:port/dbname`; ValidationError naming what is wrong.

    `host` may be a folder (a Unix socket's directory), written percent-encoded or as
    `postgresql://user@/dbname?host=/run/postgresql`."""
    parts = urlsplit(text)
    if parts.scheme.lower() not in SCHEMES:
        raise _bad(f"a server address starts with postgresql:// (got {text!r})")
    if parts.password is not None:
        raise _bad(
            "a password does not belong in the address: Vyapar Lite never stores one. Put it in "
            "the PostgreSQL password file (~/.pgpass) or the PGPASSWORD variable"
        )
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    host = query.get("host") or _unquote(parts.hostname or "")
    dbname = _unquote(parts.path.lstrip("/"))
    if not host:
        raise _bad("the address names no server: postgresql://user@host:port/dbname")
    if not dbname or "/" in dbname:
        raise _bad("the address names no shop database: postgresql://user@host:port/dbname")
    try:
        port = str(parts.port or int(query.get("port", DEFAULT_PORT)))
    except ValueError:
        raise _bad("the port after the server's name must be a number, e.g. :5432") from None
    problems = address_problems(host, port, dbname, _unquote(parts.username or ""))
    if problems:
        raise _bad("; ".join(p.message for p in problems).rstrip("."))
    return ServerAddress(_unquote(parts.username or ""), host, int(port), dbname)


_HOST = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.\-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+")
_NAME = re.compile(r"[^\s/@:?#]+")


def address_problems(host: str, port: str, dbname: str, user: str) -> list[FieldError]:
    """What is wrong with a server address given in parts (the connect dialog's fields: "host",
    "port", "dbname", "user"); [] when it is a valid address. The one definition of a valid
    address: `server_address()` holds a typed URL to it too."""
    problems = []
    host, port, dbname, user = host.strip(), port.strip(), dbname.strip(), user.strip()
    if not host:
        problems.append(
            _field(
                "host",
                QT_TRANSLATE_NOOP(
                    "messages", "Type the server PC's name or IP address, e.g. 192.168.1.10"
                ),
            )
        )
    elif not (host.startswith("/") or _HOST.fullmatch(host)):
        problems.append(
            _field(
                "host",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A server's name has letters, digits, dots and dashes only, e.g. shop-pc",
                ),
            )
        )
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        problems.append(
            _field(
                "port",
                QT_TRANSLATE_NOOP(
                    "messages", "The port is a number from 1 to 65535 (usually 5432)"
                ),
            )
        )
    if not dbname:
        problems.append(
            _field(
                "dbname",
                QT_TRANSLATE_NOOP("messages", "Type the shop database's name, e.g. sharma_store"),
            )
        )
    elif not _NAME.fullmatch(dbname) or len(dbname) > 63:
        problems.append(
            _field(
                "dbname",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A database name has no spaces or / @ : ? # and at most 63 characters",
                ),
            )
        )
    if user and not _NAME.fullmatch(user):
        problems.append(
            _field("user", QT_TRANSLATE_NOOP("messages", "A user name has no spaces or / @ : ? #"))
        )
    return problems


def address_from_parts(host: str, port: str, dbname: str, user: str) -> ServerAddress:
    """The connect dialog's fields as an address; ValidationError naming each bad field."""
    problems = address_problems(host, port, dbname, user)
    if problems:
        raise ValidationError(problems)
    return ServerAddress(user.strip(), host.strip(), int(port.strip()), dbname.strip())


def _field(name: str, english: str) -> FieldError:
    return FieldError(name, Message(english))


def data_location(text: str) -> DataLocation:
    """What `--data` names: a server address, or a shop file's path (argparse's `type`)."""
    if is_server_address(text):
        try:
            return server_address(text)
        except ValidationError as exc:
            import argparse

            raise argparse.ArgumentTypeError(str(exc)) from None
    return Path(text)


def server_argument(text: str) -> ServerAddress:
    """A server address as argparse's `type` (a bad one: the message, never a traceback)."""
    import argparse

    try:
        return server_address(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)


def _bad(message: str) -> ValidationError:
    return ValidationError(FieldError("data", f"Shop server address: {message}."))
