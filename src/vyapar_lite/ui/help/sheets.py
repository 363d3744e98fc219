"""The keyboard-shortcut sheet for each screen and the getting-started page (issue 15 item 8):
plain text, offline, inside the app. F1 shows the sheet of the screen on show; Help lists both.

Keep these in step with the keys the screens set (docs/USING.md says the same in prose).
"""

from __future__ import annotations

from html import escape

Keys = tuple[tuple[str, str], ...]  # (keys, what they do)

EVERYWHERE: Keys = (
    ("F1", "This sheet: the keys of the screen you are on"),
    (
        "Ctrl+1 … Ctrl+9",
        "Dashboard, Customers, Items, Sales, Payments, Reports, Audit, Settings, Money",
    ),
    ("Ctrl+I or F8", "New invoice (from a customer's page: for that customer)"),
    ("Ctrl+Shift+O or Alt+F8", "New sale order"),
    ("Ctrl+R or F9", "New receipt (from a customer's page: from that customer)"),
    ("Ctrl+Shift+R", "Refund an advance"),
    ("Ctrl+Shift+B / Ctrl+Shift+P", "Purchase bill / payment out (suppliers)"),
    ("Ctrl+Shift+D", "Post-dated cheque register"),
    ("Ctrl+Shift+F / Ctrl+Shift+Y", "Find a sales document / a payment"),
    ("Ctrl+O", "Open another shop file"),
    ("Ctrl+Q", "Quit (a backup is taken on closing)"),
)

SCREENS: dict[str, tuple[str, Keys]] = {
    "dashboard": (
        "Dashboard",
        (("F5", "Work the figures out again"), ("Click a card or chart", "Open what is behind it")),
    ),
    "customers": (
        "Customers",
        (
            ("Ctrl+F", "Search by code, name, phone (any form), GSTIN or city"),
            ("Down", "From the search box into the list"),
            ("Enter", "Open the customer's page"),
            ("Ctrl+N", "New customer"),
            ("F2", "Edit the customer (on their page)"),
            ("Alt+Left", "Back to the list (on a customer's page)"),
            ("Ctrl+I / Ctrl+R", "Invoice / receipt for the customer whose page is open"),
            ("Esc", "On a form: close (asks first if something is not saved)"),
        ),
    ),
    "items": (
        "Items",
        (
            ("Ctrl+F", "Search by code, name or HSN"),
            ("Down", "From the search box into the list"),
            ("Ctrl+N", "New item"),
            ("Enter", "Open the item"),
        ),
    ),
    "sales": (
        "Sales (and the invoice window)",
        (
            ("Ctrl+F", "Search by number or customer"),
            ("Enter", "Open the document"),
            ("Customer box", "Type 2-3 letters; Up/Down choose; Enter takes the match"),
            ("Item cell", "Type a code or name; Enter takes the suggestion"),
            (
                "Enter",
                "(HSN/SAC on a free-text line) → Qty → Rate → Disc % → Disc ₹ → GST % → next line",
            ),
            ("Ctrl+Enter", "Next line"),
            ("Ctrl+Del", "Remove the line"),
            ("F6 / F7", "Received / points to redeem"),
            ("Ctrl+S", "Save the invoice"),
            ("Ctrl+P / Ctrl+Shift+S", "Print (A4) / Save PDF"),
        ),
    ),
    "payments": (
        "Payments (and the receipt window)",
        (
            ("Ctrl+F", "Search by number, reference or customer"),
            ("Enter", "Open the payment"),
            ("F3 / F6 / F7 / F4", "Customer / amount / mode / the open invoices"),
            ("Space", "Pay the invoice row in full"),
            ("Delete", "Clear the row"),
            ("F5", "Back to the automatic split"),
            ("Ctrl+S", "Save the receipt"),
            ("Ctrl+P / Ctrl+Shift+S", "Print (A4) / Save PDF"),
        ),
    ),
    "reports": (
        "Reports",
        (
            ("Ctrl+6", "Reports, with the keyboard in the report's first box"),
            ("F5", "Work the report out again (Refresh)"),
            ("Double-click a row", "Open its document"),
            ("Export / Print / Save PDF", "Always written from the books as they are now"),
        ),
    ),
    "audit": (
        "Audit",
        (
            ("Record type, customer, dates", "Filter the changes"),
            ("Export to Excel…", "Write them out"),
        ),
    ),
    "settings": (
        "Settings",
        (("Tab / Shift+Tab", "Move between fields"), ("Save", "Keep the shop's settings")),
    ),
    "money": (
        "Money",
        (
            ("Expense / Contra / Money accounts", "The first tabs: spend, move money, accounts"),
            ("Daily closing: Day", "The day whose cash drawer is counted"),
            ("Note counts, Coins", "How many of each note and the coins' amount; adds up as typed"),
            ("Close the day", "Post any short/excess with its reason and close the day"),
            ("Bank reconciliation: Import statement…", "Read the bank's CSV or Excel statement"),
            ("Mark matched as reconciled", "Tick the pairs the statement and the books share"),
            ("Tick selected as in the passbook", "Tick the chosen entries by hand"),
        ),
    ),
}

GETTING_STARTED = (
    (
        "Your shop",
        "Settings holds the shop's name, address, state and GSTIN: the state decides "
        "CGST+SGST or IGST on every invoice. Set the backup folder there too (a USB drive or a "
        "synced folder) and an app password if others use this computer.",
    ),
    (
        "Customers and items",
        "Ctrl+2, then Ctrl+N adds a customer (phone: a mobile, a landline "
        "with its STD code, or + and the country code). Ctrl+3, then Ctrl+N adds an item with its "
        "HSN, unit, price and GST rate. Both can be imported from Excel.",
    ),
    (
        "Your first sale",
        "Ctrl+I opens a new invoice. Type a few letters of the customer and "
        "press Enter, then each item and its quantity; Ctrl+S saves. Print with Ctrl+P. A saved "
        "invoice is never edited: cancel it or raise a credit note.",
    ),
    (
        "Money received",
        "Ctrl+R opens a receipt: customer, amount, mode; the amount is spread "
        "over the oldest invoices first. Ctrl+S saves.",
    ),
    (
        "What is owed",
        "Ctrl+6 opens the reports: statements, outstanding invoices, ageing, "
        "balances, the sales register and the accountant's pack, each with Export and PDF.",
    ),
    (
        "Closing the day",
        "Ctrl+9 opens Money; its Daily closing tab counts the drawer note by note and closes "
        "the day (a short or excess is posted with its reason); Bank reconciliation ticks each "
        "bank against its statement.",
    ),
    (
        "Safe keeping",
        "A backup is taken on closing and on the schedule in Settings; Audit lists "
        "every change ever saved.",
    ),
)


def shortcuts_html(screen: str) -> str:
    """The sheet for `screen` (a main-window key), then the keys that work everywhere."""
    title, keys = SCREENS.get(screen, ("This screen", ()))
    parts = [f"<h2>Keys: {escape(title)}</h2>"]
    if keys:
        parts.append(_table(keys))
    parts.append("<h3>Everywhere</h3>")
    parts.append(_table(EVERYWHERE))
    return "".join(parts)


def getting_started_html() -> str:
    parts = ["<h2>Getting started</h2>"]
    for number, (title, text) in enumerate(GETTING_STARTED, start=1):
        parts.append(f"<h3>{number}. {escape(title)}</h3><p>{escape(text)}</p>")
    parts.append("<p>F1 on any screen shows its keys.</p>")
    return "".join(parts)


def _table(keys: Keys) -> str:
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(what)}</td></tr>"
        for k, what in keys
    )
    return f"<table cellspacing='2'>{rows}</table>"
