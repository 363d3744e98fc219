"""The shop server this PC last opened, kept in the app's settings (this computer's QSettings,
like the language): the app reopens it on the next start instead of the default shop file, and
the connect dialog starts from it. Only the address is kept, never a password."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from vyapar_lite.db.store import DataLocation, ServerAddress, server_address
from vyapar_lite.domain.errors import ValidationError

LAST_SERVER_SETTING = "shop/last_server"


def last_server() -> ServerAddress | None:
    """The server to reopen at start-up; None when the last shop opened was a file."""
    text = str(QSettings().value(LAST_SERVER_SETTING, "") or "")
    if not text:
        return None
    try:
        return server_address(text)
    except ValidationError:  # edited by hand into something else: start on the file
        return None


def remember(location: DataLocation) -> None:
    """`location` was opened: a server is reopened next time, a file forgets the server."""
    settings = QSettings()
    if isinstance(location, ServerAddress):
        settings.setValue(LAST_SERVER_SETTING, location.url)
    else:
        settings.remove(LAST_SERVER_SETTING)
