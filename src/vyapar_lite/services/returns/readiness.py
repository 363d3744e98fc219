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
from vyapar_lite.domain.words import counted
from vyapar_lite.services import closed_books, shop
from vyapar_lite.services.returns.gstr1_documents import IssuedDocument, issued_documents
from vyapar_lite.services.returns.period import ReturnPeriod

MAX_NUMBER = 16
KIND_WORDS = {"invoice": "invoice", "credit_note": "credit note", "debit_note": "debit note"}


@dataclass(frozen=True)
class NotReady:
    what: str  # 'shop' | 'number' | 'snapshot' | 'hsn' | 'gstin' | 'books_open' | 'scheme'
    message: str
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
        found.append(
            NotReady(
                "number",
                f"{counted(len(too_long), 'document')} of the period "
                f"{'has a number' if len(too_long) == 1 else 'have numbers'} longer than "
                f"{MAX_NUMBER} characters ({examples}{', …' if len(too_long) > 3 else ''}): "
                "Rule 46(b) allows 16 and the portal refuses a longer one",
                blocking=True,
            )
        )
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
    more = NotReady(problems[0].what, f"… and {rest:,} more {noun.split(' ', 1)[0]}"
                    f"{'s' * (rest != 1)} {noun.split(' ', 1)[1]}")  # fmt: skip
    return [*problems[:LISTED], more]


def blocking(problems: list[NotReady]) -> list[NotReady]:
    return [p for p in problems if p.blocking]


def _name(d: IssuedDocument) -> str:
    return f"{KIND_WORDS.get(d.kind, d.kind)} {d.number}"


def _shop_problems() -> list[NotReady]:
    profile = shop.get_profile()
    if profile is None or not profile.gstin:
        return [
            NotReady(
                "shop",
                "The shop has no GSTIN: GSTR-1 is filed by a registered person under its GSTIN. "
                "Enter it in Settings (Shop profile).",
                blocking=True,
            )
        ]
    if profile.composition:
        return [
            NotReady(
                "shop",
                "The shop is under the composition scheme: it files CMP-08 and GSTR-4, not "
                "GSTR-1 (s.10 CGST Act).",
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
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return [
        NotReady(
            "snapshot",
            f"{', '.join(missing[:3])}{more}: the buyer as issued (name, GSTIN, state) is not "
            "kept with the document; run Check (vyapar-lite-cli check) and restore a backup",
            blocking=True,
        )
    ]


def _hsn_problems(documents: list[IssuedDocument]) -> list[NotReady]:
    found = []
    for d in documents:
        if d.imported:
            found.append(
                NotReady(
                    "hsn",
                    f"{_name(d)} was imported without its lines: its HSN summary row has no "
                    "HSN/SAC code, quantity or unit",
                )
            )
            continue
        missing = [str(line.line_no) for line in d.lines if not line.hsn_sac]
        if missing:
            lines = f"line{'s' * (len(missing) > 1)} {', '.join(missing)}"
            found.append(
                NotReady(
                    "hsn",
                    f"{_name(d)} ({d.party_name}): {lines} without an HSN/SAC code; the HSN "
                    "summary needs one (Notification 78/2020-Central Tax)",
                )
            )
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
            f"customer {docs[0].customer_code} ({docs[0].party_name}): GSTIN {gstin} fails its "
            f"check, on {', '.join(d.number for d in docs)}; the portal rejects those documents "
            "(correct the GSTIN and issue a credit note and a new invoice)",
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
        where = f"No period's books are closed: the {documents_in} in the period"
    else:
        where = (
            f"{documents_in} in the period, dated after the books-closed date ({closed:%d-%m-%Y}),"
        )
    return [
        NotReady(
            "books_open",
            f"{where} can still be cancelled, and more can be posted. Close the books up to "
            f"{period.end:%d-%m-%Y} in Settings (Books closed up to) once the return is filed.",
        )
    ]


SCHEME_WORDS = {"composition": "under the composition scheme", "unregistered": "while unregistered"}


def _other_schemes(documents: list[IssuedDocument]) -> list[NotReady]:
    """Documents issued under another scheme (the shop registered or left composition in the
    period): left out of GSTR-1, said so the return is not read as the period's whole sales."""
    found = []
    for scheme, words in SCHEME_WORDS.items():
        issued = [d.number for d in documents if d.scheme == scheme]
        if issued:
            found.append(
                NotReady(
                    "scheme",
                    f"{counted(len(issued), 'document')} of the period ({issued[0]} to "
                    f"{issued[-1]}) {'was' if len(issued) == 1 else 'were'} issued {words}: "
                    "not in GSTR-1",
                )
            )
    return found
