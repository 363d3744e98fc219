"""The app's own money accounts' names in the screens' language: "Cash" and "Bank (not yet
set)", made by the app (db/money_backfill.py), are shown translated; the stored names stay as
they are, and an account the shop named itself is shown as it was named."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.money_accounts import Account

DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("account_names", "Cash"),
    QT_TRANSLATE_NOOP("account_names", "Bank (not yet set)"),
)


def shown_name(name: str) -> str:
    """An account's name as shown: the app's default names translated, any other as it is."""
    return QCoreApplication.translate("account_names", name) if name in DEFAULT_NAMES else name


def shown_label(account: Account) -> str:
    """`Account.label` (the name, and a bank's last digits) with the name as shown."""
    return account.label.replace(account.name, shown_name(account.name), 1)


def stored_name(shown: str) -> str:
    """The stored name of an account shown as `shown` (a default name back in English)."""
    for english in DEFAULT_NAMES:
        if shown == shown_name(english):
            return english
    return shown
