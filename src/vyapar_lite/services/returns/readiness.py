"""What stops a period's GSTR-1 from being right ("not ready"), for the GUI and the CLI alike.

Checked on the documents as issued (`gstr1_documents`), before a return is exported:

- the shop itself: a return is filed under the shop's GSTIN, so a shop without one has none to
  file (s.37 CGST Act: every registered person); a composition taxable person files CMP-08 and
  GSTR-4, not GSTR-1 (s.10, Rule 62 CGST Rules). Both are `blocking`;
- a number longer than 16 characters (Rule 46(b)), which the portal refuses (`blocking`);
- a document without its parties as issued (`document_parties`): its buyer is not known as
  issued, and the return is never guessed from today's customer master (`blocking`);
- lines without an HSN/SAC code (Notification 78/2020-Central Tax: the HSN summary needs one),
  and documents kept without lines (imported history), whose summary row has no code;
- a buyer's GSTIN, as issued, that fails its check character: the portal rejects the invoice;
- documents issued while the shop was unregistered or under composition, left out of the return;
- documents in the period dated after the "books closed" date (`closed_books`): they can still
  be cancelled and more can be posted, so what is exported may not be what stays on the books.
"""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message, Word
from vyapar_lite.domain.words import counted
from vyapar_lite.services import closed_books, shop
from vyapar_lite.services.returns.gstr1_documents import IssuedDocument, issued_documents
from vyapar_lite.services.returns.period import ReturnPeriod

MAX_NUMBER = 16
KIND_WORDS = {
    "invoice": QT_TRANSLATE_NOOP("gst_returns", "invoice"),
    "credit_note": QT_TRANSLATE_NOOP("gst_returns", "credit note"),
    "debit_note": QT_TRANSLATE_NOOP("gst_returns", "debit note"),
}


@dataclass(frozen=True)
class NotReady:
    what: str  # 'shop' | 'number' | 'snapshot' | 'hsn' | 'gstin' | 'books_open' | 'scheme'
    message: str  # a Message: English as str, translated by the screens
    blocking: bool = False  # the return cannot be exported at all


def not_ready(
    period: ReturnPeriod, documents: list[IssuedDocument] | None = None
) -> list[NotReady]:
    """Every problem with the period's return, blocking ones first; [] when it is ready."""
    if documents is None:
        documents = issued_documents(period.start, period.end)
    found = _shop_problems()
    posted = [d for d in documents if d.posted]
    too_long = [d for d in documents if len(d.number) > MAX_NUMBER]
    if too_long:
        examples = ", ".join(f"{d.number} ({len(d.number)})" for d in too_long[:3])
        template = (
            QT_TRANSLATE_NOOP(
                "messages",
                "{documents} of the period has a number longer than {max} characters "
                "({examples}): Rule 46(b) allows 16 and the portal refuses a longer one",
            )
            if len(too_long) == 1
            else QT_TRANSLATE_NOOP(
                "messages",
                "{documents} of the period have numbers longer than {max} characters "
                "({examples}): Rule 46(b) allows 16 and the portal refuses a longer one",
            )
        )
        more = ", …" if len(too_long) > 3 else ""
        message = Message(
            template,
            documents=counted(len(too_long), "document"),
            max=MAX_NUMBER,
            examples=examples + more,
        )
        found.append(NotReady("number", message, blocking=True))
    found += _missing_snapshots(documents)
    found += _at_most(_hsn_problems(posted), "document with lines without HSN/SAC")
    found += _at_most(_gstin_problems(posted), "customer whose GSTIN fails its check")
    found += _open_books(period, documents)
    found += _other_schemes(documents)
    return sorted(found, key=lambda p: not p.blocking)


LISTED = 20  # of each kind of problem; the rest are counted in one more line


def _at_most(problems: list[NotReady], noun: str) -> list[NotReady]:
    if len(problems) <= LISTED:
        return problems
    rest = len(problems) - LISTED
    more = NotReady(problems[0].what, Message(_MORE[noun][rest != 1], count=f"{rest:,}"))
    return [*problems[:LISTED], more]


_MORE = {  # "… and 3 more documents with lines without HSN/SAC", one and many
    "document with lines without HSN/SAC": (
        QT_TRANSLATE_NOOP("messages", "… and {count} more document with lines without HSN/SAC"),
        QT_TRANSLATE_NOOP("messages", "… and {count} more documents with lines without HSN/SAC"),
    ),
    "customer whose GSTIN fails its check": (
        QT_TRANSLATE_NOOP("messages", "… and {count} more customer whose GSTIN fails its check"),
        QT_TRANSLATE_NOOP("messages", "… and {count} more customers whose GSTIN fails its check"),
    ),
}


def blocking(problems: list[NotReady]) -> list[NotReady]:
    return [p for p in problems if p.blocking]


def _kind(d: IssuedDocument) -> str:
    return Word("gst_returns", KIND_WORDS[d.kind]) if d.kind in KIND_WORDS else d.kind


def _shop_problems() -> list[NotReady]:
    profile = shop.get_profile()
    if profile is None or not profile.gstin:
        return [
            NotReady(
                "shop",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The shop has no GSTIN: GSTR-1 is filed by a registered person under "
                        "its GSTIN. Enter it in Settings (Shop profile).",
                    )
                ),
                blocking=True,
            )
        ]
    if profile.composition:
        return [
            NotReady(
                "shop",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The shop is under the composition scheme: it files CMP-08 and GSTR-4, "
                        "not GSTR-1 (s.10 CGST Act).",
                    )
                ),
                blocking=True,
            )
        ]
    return []


def _missing_snapshots(documents: list[IssuedDocument]) -> list[NotReady]:
    """Without its parties as issued a document's buyer (GSTIN, registered or not) is unknown:
    the return would have to guess from today's customer master, so it is not written."""
    missing = [d.number for d in documents if not d.has_snapshot]
    if not missing:
        return []
    numbers = ", ".join(missing[:3])
    template = (
        QT_TRANSLATE_NOOP(
            "messages",
            "{numbers} and {more} more: the buyer as issued (name, GSTIN, state) is not kept "
            "with the document; run Check (vyapar-lite-cli check) and restore a backup",
        )
        if len(missing) > 3
        else QT_TRANSLATE_NOOP(
            "messages",
            "{numbers}: the buyer as issued (name, GSTIN, state) is not kept with the "
            "document; run Check (vyapar-lite-cli check) and restore a backup",
        )
    )
    message = Message(template, numbers=numbers, more=len(missing) - 3)
    return [NotReady("snapshot", message, blocking=True)]


def _hsn_problems(documents: list[IssuedDocument]) -> list[NotReady]:
    found = []
    for d in documents:
        if d.imported:
            found.append(
                NotReady(
                    "hsn",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{kind} {number} was imported without its lines: its HSN summary "
                            "row has no HSN/SAC code, quantity or unit",
                        ),
                        kind=_kind(d),
                        number=d.number,
                    ),
                )
            )
            continue
        missing = [str(line.line_no) for line in d.lines if not line.hsn_sac]
        if missing:
            template = (
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{kind} {number} ({party}): lines {lines} without an HSN/SAC code; the HSN "
                    "summary needs one (Notification 78/2020-Central Tax)",
                )
                if len(missing) > 1
                else QT_TRANSLATE_NOOP(
                    "messages",
                    "{kind} {number} ({party}): line {lines} without an HSN/SAC code; the HSN "
                    "summary needs one (Notification 78/2020-Central Tax)",
                )
            )
            message = Message(
                template,
                kind=_kind(d),
                number=d.number,
                party=d.party_name,
                lines=", ".join(missing),
            )
            found.append(NotReady("hsn", message))
    return found


def _gstin_problems(documents: list[IssuedDocument]) -> list[NotReady]:
    bad: dict[str, list[IssuedDocument]] = {}
    for d in documents:
        if not d.gstin:
            continue
        try:
            gst.validate_gstin(d.gstin)
        except ValidationError:
            bad.setdefault(d.gstin, []).append(d)
    return [
        NotReady(
            "gstin",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "customer {code} ({party}): GSTIN {gstin} fails its check, on {numbers}; the "
                    "portal rejects those documents (correct the GSTIN and issue a credit note "
                    "and a new invoice)",
                ),
                code=docs[0].customer_code,
                party=docs[0].party_name,
                gstin=gstin,
                numbers=", ".join(d.number for d in docs),
            ),
        )
        for gstin, docs in sorted(bad.items())
    ]


def _open_books(period: ReturnPeriod, documents: list[IssuedDocument]) -> list[NotReady]:
    closed = closed_books.closed_up_to()
    if closed is not None and closed >= period.end:
        return []
    after = [d for d in documents if closed is None or d.doc_date > closed]
    if not after:
        return []
    documents_in = counted(len(after), "document")
    if closed is None:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "No period's books are closed: the {documents} in the period can still be "
                "cancelled, and more can be posted. Close the books up to {end} in Settings "
                "(Books closed up to) once the return is filed.",
            ),
            documents=documents_in,
            end=f"{period.end:%d-%m-%Y}",
        )
    else:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{documents} in the period, dated after the books-closed date ({closed}), can "
                "still be cancelled, and more can be posted. Close the books up to {end} in "
                "Settings (Books closed up to) once the return is filed.",
            ),
            documents=documents_in,
            closed=f"{closed:%d-%m-%Y}",
            end=f"{period.end:%d-%m-%Y}",
        )
    return [NotReady("books_open", message)]


SCHEME_WORDS = {  # "{documents} of the period ({first} to {last}) were issued ...: not in GSTR-1"
    "composition": (
        QT_TRANSLATE_NOOP(
            "messages",
            "{documents} of the period ({first} to {last}) was issued under the composition "
            "scheme: not in GSTR-1",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "{documents} of the period ({first} to {last}) were issued under the composition "
            "scheme: not in GSTR-1",
        ),
    ),
    "unregistered": (
        QT_TRANSLATE_NOOP(
            "messages",
            "{documents} of the period ({first} to {last}) was issued while unregistered: not "
            "in GSTR-1",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "{documents} of the period ({first} to {last}) were issued while unregistered: "
            "not in GSTR-1",
        ),
    ),
}


def _other_schemes(documents: list[IssuedDocument]) -> list[NotReady]:
    """Documents issued under another scheme (the shop registered or left composition in the
    period): left out of GSTR-1, said so the return is not read as the period's whole sales."""
    found = []
    for scheme, (one, many) in SCHEME_WORDS.items():
        issued = [d.number for d in documents if d.scheme == scheme]
        if issued:
            message = Message(
                one if len(issued) == 1 else many,
                documents=counted(len(issued), "document"),
                first=issued[0],
                last=issued[-1],
            )
            found.append(NotReady("scheme", message))
    return found
