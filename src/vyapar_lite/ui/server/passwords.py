"""Server passwords the shopkeeper typed, kept in this process's memory only.

When neither the PostgreSQL password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf) nor
PGPASSWORD gives libpq a password the server accepts, the app asks once and keeps the answer
here until it closes: never in QSettings, a file or the log."""

from __future__ import annotations

from vyapar_lite.db.store import ServerAddress

_kept: dict[tuple[str, str, int], str] = {}


def _key(address: ServerAddress) -> tuple[str, str, int]:
    return (address.user, address.host, address.port)


def kept(address: ServerAddress) -> str | None:
    """The password typed for this user on this server in this run of the app, if any."""
    return _kept.get(_key(address))


def keep(address: ServerAddress, password: str) -> None:
    _kept[_key(address)] = password


def forget(address: ServerAddress) -> None:
    """The server refused it: ask again next time."""
    _kept.pop(_key(address), None)


def forget_all() -> None:
    _kept.clear()
