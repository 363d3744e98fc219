"""Which store holds the open shop: a SQLite file (the default) or a PostgreSQL server.

`--data` takes either a file path or a server address, `postgresql://user@host:port/dbname`
(`data_location()` tells them apart). A password is never part of what the app keeps: it comes
from the standard PostgreSQL password file (`~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf` on
Windows) or the `PGPASSWORD` variable, which libpq reads itself; an address that carries one
is refused with a message saying where to put it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from vyapar_lite.domain.errors import FieldError, ValidationError

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
        port = parts.port or int(query.get("port", DEFAULT_PORT))
    except ValueError:
        raise _bad("the port after the server's name must be a number, e.g. :5432") from None
    return ServerAddress(_unquote(parts.username or ""), host, port, dbname)


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
