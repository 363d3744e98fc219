"""The keyboard-shortcut sheet for each screen and the getting-started page (issue 15 item 8):
plain text, offline, inside the app, in the screens' language (context "help"). F1 shows the
sheet of the screen on show; Help lists both.

Keep these in step with the keys the screens set (docs/USING.md says the same in prose).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

Keys = tuple[tuple[str, str], ...]  # (keys, what they do)

EVERYWHERE: Keys = (
    ("F1", QT_TRANSLATE_NOOP("help", "This sheet: the keys of the screen you are on")),
    (
        "Ctrl+1 … Ctrl+9",
        QT_TRANSLATE_NOOP(
            "help", "Dashboard, Customers, Items, Sales, Payments, Reports, Audit, Settings, Money"
        ),
    ),
    (
        "Ctrl+I or F8",
        QT_TRANSLATE_NOOP("help", "New invoice (from a customer's page: for that customer)"),
    ),
    ("Ctrl+Shift+O or Alt+F8", QT_TRANSLATE_NOOP("help", "New sale order")),
    (
        "Ctrl+R or F9",
        QT_TRANSLATE_NOOP("help", "New receipt (from a customer's page: from that customer)"),
    ),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("help", "Refund an advance")),
    (
        "Ctrl+Shift+B / Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("help", "Purchase bill / payment out (suppliers)"),
    ),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("help", "Post-dated cheque register")),
    ("Ctrl+Shift+F / Ctrl+Shift+Y", QT_TRANSLATE_NOOP("help", "Find a sales document / a payment")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("help", "Open another shop file")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("help", "Quit (a backup is taken on closing)")),
)

SCREENS: dict[str, tuple[str, Keys]] = {
    "dashboard": (
        QT_TRANSLATE_NOOP("help", "Dashboard"),
        (
            ("F5", QT_TRANSLATE_NOOP("help", "Work the figures out again")),
            (
                QT_TRANSLATE_NOOP("help", "Click a card or chart"),
                QT_TRANSLATE_NOOP("help", "Open what is behind it"),
            ),
        ),
    ),
    "customers": (
        QT_TRANSLATE_NOOP("help", "Customers"),
        (
            (
                "Ctrl+F",
                QT_TRANSLATE_NOOP("help", "Search by code, name, phone (any form), GSTIN or city"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Down"),
                QT_TRANSLATE_NOOP("help", "From the search box into the list"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Enter"),
                QT_TRANSLATE_NOOP("help", "Open the customer's page"),
            ),
            ("Ctrl+N", QT_TRANSLATE_NOOP("help", "New customer")),
            ("F2", QT_TRANSLATE_NOOP("help", "Edit the customer (on their page)")),
            ("Alt+Left", QT_TRANSLATE_NOOP("help", "Back to the list (on a customer's page)")),
            (
                "Ctrl+I / Ctrl+R",
                QT_TRANSLATE_NOOP("help", "Invoice / receipt for the customer whose page is open"),
            ),
            (
                "Esc",
                QT_TRANSLATE_NOOP(
                    "help", "On a form: close (asks first if something is not saved)"
                ),
            ),
        ),
    ),
    "items": (
        QT_TRANSLATE_NOOP("help", "Items"),
        (
            ("Ctrl+F", QT_TRANSLATE_NOOP("help", "Search by code, name or HSN")),
            (
                QT_TRANSLATE_NOOP("help", "Down"),
                QT_TRANSLATE_NOOP("help", "From the search box into the list"),
            ),
            ("Ctrl+N", QT_TRANSLATE_NOOP("help", "New item")),
            (QT_TRANSLATE_NOOP("help", "Enter"), QT_TRANSLATE_NOOP("help", "Open the item")),
        ),
    ),
    "sales": (
        QT_TRANSLATE_NOOP("help", "Sales (and the invoice window)"),
        (
            ("Ctrl+F", QT_TRANSLATE_NOOP("help", "Search by number or customer")),
            (QT_TRANSLATE_NOOP("help", "Enter"), QT_TRANSLATE_NOOP("help", "Open the document")),
            (
                QT_TRANSLATE_NOOP("help", "Customer box"),
                QT_TRANSLATE_NOOP(
                    "help", "Type 2-3 letters; Up/Down choose; Enter takes the match"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Item cell"),
                QT_TRANSLATE_NOOP("help", "Type a code or name; Enter takes the suggestion"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Enter"),
                QT_TRANSLATE_NOOP(
                    "help",
                    "(HSN/SAC on a free-text line) → Qty → Rate → Disc % → Disc ₹ → GST % → "
                    "next line",
                ),
            ),
            ("Ctrl+Enter", QT_TRANSLATE_NOOP("help", "Next line")),
            ("Ctrl+Del", QT_TRANSLATE_NOOP("help", "Remove the line")),
            ("F6 / F7", QT_TRANSLATE_NOOP("help", "Received / points to redeem")),
            ("Ctrl+S", QT_TRANSLATE_NOOP("help", "Save the invoice")),
            ("Ctrl+P / Ctrl+Shift+S", QT_TRANSLATE_NOOP("help", "Print (A4) / Save PDF")),
        ),
    ),
    "payments": (
        QT_TRANSLATE_NOOP("help", "Payments (and the receipt window)"),
        (
            ("Ctrl+F", QT_TRANSLATE_NOOP("help", "Search by number, reference or customer")),
            (QT_TRANSLATE_NOOP("help", "Enter"), QT_TRANSLATE_NOOP("help", "Open the payment")),
            (
                "F3 / F6 / F7 / F4",
                QT_TRANSLATE_NOOP("help", "Customer / amount / mode / the open invoices"),
            ),
            ("Space", QT_TRANSLATE_NOOP("help", "Pay the invoice row in full")),
            ("Delete", QT_TRANSLATE_NOOP("help", "Clear the row")),
            ("F5", QT_TRANSLATE_NOOP("help", "Back to the automatic split")),
            ("Ctrl+S", QT_TRANSLATE_NOOP("help", "Save the receipt")),
            ("Ctrl+P / Ctrl+Shift+S", QT_TRANSLATE_NOOP("help", "Print (A4) / Save PDF")),
        ),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("help", "Reports"),
        (
            (
                "Ctrl+6",
                QT_TRANSLATE_NOOP("help", "Reports, with the keyboard in the report's first box"),
            ),
            ("F5", QT_TRANSLATE_NOOP("help", "Work the report out again (Refresh)")),
            (
                QT_TRANSLATE_NOOP("help", "Double-click a row"),
                QT_TRANSLATE_NOOP("help", "Open its document"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Export / Print / Save PDF"),
                QT_TRANSLATE_NOOP("help", "Always written from the books as they are now"),
            ),
        ),
    ),
    "audit": (
        QT_TRANSLATE_NOOP("help", "Audit"),
        (
            (
                QT_TRANSLATE_NOOP("help", "Record type, customer, dates"),
                QT_TRANSLATE_NOOP("help", "Filter the changes"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Export to Excel…"),
                QT_TRANSLATE_NOOP("help", "Write them out"),
            ),
        ),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("help", "Settings"),
        (
            ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("help", "Move between fields")),
            (
                QT_TRANSLATE_NOOP("help", "Save"),
                QT_TRANSLATE_NOOP("help", "Keep the shop's settings"),
            ),
        ),
    ),
    "money": (
        QT_TRANSLATE_NOOP("help", "Money"),
        (
            (
                QT_TRANSLATE_NOOP("help", "Expense / Contra / Money accounts"),
                QT_TRANSLATE_NOOP("help", "The first tabs: spend, move money, accounts"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Daily closing: Day"),
                QT_TRANSLATE_NOOP("help", "The day whose cash drawer is counted"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Note counts, Coins"),
                QT_TRANSLATE_NOOP(
                    "help", "How many of each note and the coins' amount; adds up as typed"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Close the day"),
                QT_TRANSLATE_NOOP(
                    "help", "Post any short/excess with its reason and close the day"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Bank reconciliation: Import statement…"),
                QT_TRANSLATE_NOOP("help", "Read the bank's CSV or Excel statement"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Mark matched as reconciled"),
                QT_TRANSLATE_NOOP("help", "Tick the pairs the statement and the books share"),
            ),
            (
                QT_TRANSLATE_NOOP("help", "Tick selected as in the passbook"),
                QT_TRANSLATE_NOOP("help", "Tick the chosen entries by hand"),
            ),
        ),
    ),
}

GETTING_STARTED = (
    (
        QT_TRANSLATE_NOOP("help", "Your shop"),
        QT_TRANSLATE_NOOP(
            "help",
            "Settings holds the shop's name, address, state and GSTIN: the state decides "
            "CGST+SGST or IGST on every invoice. Set the backup folder there too (a USB drive or a "
            "synced folder) and an app password if others use this computer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Customers and items"),
        QT_TRANSLATE_NOOP(
            "help",
            "Ctrl+2, then Ctrl+N adds a customer (phone: a mobile, a landline "
            "with its STD code, or + and the country code). Ctrl+3, then Ctrl+N adds an item "
            "with its HSN, unit, price and GST rate. Both can be imported from Excel.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Your first sale"),
        QT_TRANSLATE_NOOP(
            "help",
            "Ctrl+I opens a new invoice. Type a few letters of the customer and "
            "press Enter, then each item and its quantity; Ctrl+S saves. Print with Ctrl+P. "
            "A saved invoice is never edited: cancel it or raise a credit note.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Money received"),
        QT_TRANSLATE_NOOP(
            "help",
            "Ctrl+R opens a receipt: customer, amount, mode; the amount is spread "
            "over the oldest invoices first. Ctrl+S saves.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "What is owed"),
        QT_TRANSLATE_NOOP(
            "help",
            "Ctrl+6 opens the reports: statements, outstanding invoices, ageing, "
            "balances, the sales register and the accountant's pack, each with Export and PDF.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Closing the day"),
        QT_TRANSLATE_NOOP(
            "help",
            "Ctrl+9 opens Money; its Daily closing tab counts the drawer note by note and closes "
            "the day (a short or excess is posted with its reason); Bank reconciliation ticks "
            "each bank against its statement.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Safe keeping"),
        QT_TRANSLATE_NOOP(
            "help",
            "A backup is taken on closing and on the schedule in Settings; Audit lists "
            "every change ever saved.",
        ),
    ),
)


def shortcuts_html(screen: str) -> str:
    """The sheet for `screen` (a main-window key), then the keys that work everywhere."""
    title, keys = SCREENS.get(screen, (QT_TRANSLATE_NOOP("help", "This screen"), ()))
    heading = _tr("Keys: {screen}").format(screen=_tr(title))
    parts = [f"<h2>{escape(heading)}</h2>"]
    if keys:
        parts.append(_table(keys))
    parts.append(f"<h3>{escape(_tr('Everywhere'))}</h3>")
    parts.append(_table(EVERYWHERE))
    return "".join(parts)


def getting_started_html() -> str:
    parts = [f"<h2>{escape(_tr('Getting started'))}</h2>"]
    for number, (title, text) in enumerate(GETTING_STARTED, start=1):
        parts.append(f"<h3>{number}. {escape(_tr(title))}</h3><p>{escape(_tr(text))}</p>")
    parts.append(f"<p>{escape(_tr('F1 on any screen shows its keys.'))}</p>")
    return "".join(parts)


def _table(keys: Keys) -> str:
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(_tr(k))}</b></td>"
        f"<td>{escape(_tr(what))}</td></tr>"
        for k, what in keys
    )
    return f"<table cellspacing='2'>{rows}</table>"


def _tr(english: str) -> str:
    """A sheet's text in the screens' language (marked QT_TRANSLATE_NOOP("help", ...) above;
    key names such as Ctrl+S have no entry and stay as they are)."""
    return QCoreApplication.translate("help", english)


# the headings the functions above write, for pyside6-lupdate
_HEADINGS = (
    QT_TRANSLATE_NOOP("help", "Keys: {screen}"),
    QT_TRANSLATE_NOOP("help", "Everywhere"),
    QT_TRANSLATE_NOOP("help", "Getting started"),
    QT_TRANSLATE_NOOP("help", "F1 on any screen shows its keys."),
)
