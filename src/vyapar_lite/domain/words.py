"""Small wording helpers for what the app says: "1 customer", "2 customers", never "1 customers".

A counted noun is a `Message` (domain/messages.py): its key is the English template of the
singular or the plural ("{count} customers"), so the screens say it in their language through
`ui/language.counted` (Hindi has no -s plural: "3 ग्राहक"), and the CLI and logs keep the
English. Every noun counted anywhere is listed in `NOUNS`, both forms marked for lupdate.
"""

from __future__ import annotations

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

# noun -> (singular, plural) templates, the keys of the "messages" translation context
NOUNS: dict[str, tuple[str, str]] = {
    "customer": (
        QT_TRANSLATE_NOOP("messages", "{count} customer"),
        QT_TRANSLATE_NOOP("messages", "{count} customers"),
    ),
    "item": (
        QT_TRANSLATE_NOOP("messages", "{count} item"),
        QT_TRANSLATE_NOOP("messages", "{count} items"),
    ),
    "invoice": (
        QT_TRANSLATE_NOOP("messages", "{count} invoice"),
        QT_TRANSLATE_NOOP("messages", "{count} invoices"),
    ),
    "document": (
        QT_TRANSLATE_NOOP("messages", "{count} document"),
        QT_TRANSLATE_NOOP("messages", "{count} documents"),
    ),
    "line": (
        QT_TRANSLATE_NOOP("messages", "{count} line"),
        QT_TRANSLATE_NOOP("messages", "{count} lines"),
    ),
    "change": (
        QT_TRANSLATE_NOOP("messages", "{count} change"),
        QT_TRANSLATE_NOOP("messages", "{count} changes"),
    ),
    "group": (
        QT_TRANSLATE_NOOP("messages", "{count} group"),
        QT_TRANSLATE_NOOP("messages", "{count} groups"),
    ),
    "expense": (
        QT_TRANSLATE_NOOP("messages", "{count} expense"),
        QT_TRANSLATE_NOOP("messages", "{count} expenses"),
    ),
    "row": (
        QT_TRANSLATE_NOOP("messages", "{count} row"),
        QT_TRANSLATE_NOOP("messages", "{count} rows"),
    ),
    "entry": (
        QT_TRANSLATE_NOOP("messages", "{count} entry"),
        QT_TRANSLATE_NOOP("messages", "{count} entries"),
    ),
    "movement": (
        QT_TRANSLATE_NOOP("messages", "{count} movement"),
        QT_TRANSLATE_NOOP("messages", "{count} movements"),
    ),
    "ledger entry": (
        QT_TRANSLATE_NOOP("messages", "{count} ledger entry"),
        QT_TRANSLATE_NOOP("messages", "{count} ledger entries"),
    ),
    "category": (
        QT_TRANSLATE_NOOP("messages", "{count} category"),
        QT_TRANSLATE_NOOP("messages", "{count} categories"),
    ),
    "day": (
        QT_TRANSLATE_NOOP("messages", "{count} day"),
        QT_TRANSLATE_NOOP("messages", "{count} days"),
    ),
    "match": (
        QT_TRANSLATE_NOOP("messages", "{count} match"),
        QT_TRANSLATE_NOOP("messages", "{count} matches"),
    ),
}


def counted(n: int, noun: str) -> Message:
    """`counted(1, "customer")` -> "1 customer"; `counted(1200, "entry")` -> "1,200 entries".
    `noun` is one of `NOUNS` (a KeyError otherwise: a new noun is added there, translated)."""
    singular, plural = NOUNS[noun]
    return Message(singular if n == 1 else plural, count=f"{n:,}")
