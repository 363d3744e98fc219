"""This PC's counter name, per shop server (and one for shop files), kept in the app's settings
(this computer's QSettings): asked at the first connection to a server, changed in Settings ›
This counter, handed to `services.counters` each time a shop opens."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from vyapar_lite.db.store import DataLocation, ServerAddress
from vyapar_lite.services import counters

NAMES_SETTING = "counter/names"
FILE_KEY = "file"  # a shop file's PC: one name for every file


def key(location: DataLocation | None) -> str:
    """Which remembered name: one per server shop, one for shop files."""
    if isinstance(location, ServerAddress):
        return f"{location.user}@{location.host}:{location.port}/{location.dbname}"
    return FILE_KEY


def _all() -> dict[str, str]:
    saved = QSettings().value(NAMES_SETTING)
    return {str(k): str(v) for k, v in saved.items()} if isinstance(saved, dict) else {}


def remembered(location: DataLocation | None) -> str | None:
    return _all().get(key(location))


def remember(location: DataLocation | None, name: str) -> None:
    names = _all()
    names[key(location)] = name
    QSettings().setValue(NAMES_SETTING, names)


def default_name() -> str:
    """A shop file's PC before it is named in Settings: the PC's name (as the CLI's default)."""
    return counters.host_name()


def take_name(parent: QWidget | None, location: DataLocation) -> str:
    """The name this PC posts under on `location`, set in `services.counters`: the one kept for
    it; at the first connection to a server, the one the shopkeeper gives ("Counter N", the next
    free one on that server, suggested; also kept when the question is closed)."""
    name = remembered(location)
    if name is None and isinstance(location, ServerAddress):
        from vyapar_lite.ui.counters.counter_dialog import CounterNameDialog

        dialog = CounterNameDialog(parent, counters.names_used())
        dialog.exec()
        name = dialog.name if dialog.result() == QDialog.DialogCode.Accepted else dialog.suggested
        counters.name_counter(name)  # the audit log says which counter joined
        remember(location, name)
    counters.set_current(name or default_name())
    return counters.current() or ""
