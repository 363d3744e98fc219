"""Reaching a shop server before it is opened: off the UI thread (a server that does not answer
takes up to its 10 s timeout), with progress, asking for the password while the server wants
one (`password_dialog.py`; kept in memory by `passwords.py`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from vyapar_lite.db import DataFileError
from vyapar_lite.db.connection import reach_server
from vyapar_lite.db.store import ServerAddress
from vyapar_lite.ui.server import passwords
from vyapar_lite.ui.server.password_dialog import ask_password
from vyapar_lite.ui.tasks import Progress, run_task

NO_PASSWORD = "no password supplied"  # libpq's words when it had none to give


def reach(parent: QWidget | None, address: ServerAddress) -> None:
    """Return once the server answers and accepts this user (the password typed, if one was
    needed, kept for this run); DataFileError saying why not, also when the shopkeeper cancels
    the password. A wrong password is asked again with the server's reason."""
    while True:
        password = passwords.kept(address)
        problem = try_once(parent, address, password)
        if problem is None:
            return
        if problem.kind != "password":
            raise problem
        passwords.forget(address)
        reason = "" if NO_PASSWORD in problem.detail else problem.detail
        typed = ask_password(parent, address, reason)
        if typed is None:
            raise problem
        passwords.keep(address, typed)


def try_once(
    parent: QWidget | None, address: ServerAddress, password: str | None
) -> DataFileError | None:
    """Connect once on a worker thread, the window repainting meanwhile (a progress dialog
    shows when it takes more than a moment): None when the server accepted."""
    outcome: list[DataFileError | None] = []
    loop = QEventLoop()

    def work(_progress: Progress) -> DataFileError | None:
        try:
            reach_server(address, password)
        except DataFileError as exc:
            return exc
        return None

    def done(result: object) -> None:
        outcome.append(result if isinstance(result, DataFileError) else None)
        loop.quit()

    def failed(message: str) -> None:
        outcome.append(DataFileError("unreachable", Path(address.dbname), message))
        loop.quit()

    title = QCoreApplication.translate("reaching", "Connecting to the shop server at {host}…")
    task = run_task(parent, title.format(host=address.host), work, cancellable=False)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    if not outcome:
        loop.exec()
    return outcome[0]
