"""The app's language: English or हिन्दी, chosen in Settings › Language, applied at start-up.

The choice is kept in the app's QSettings (this computer's, not the shop file's: it is needed
before the shop file is open, and two people may share one shop file). `start(app)` registers
the bundled Devanagari font and installs the chosen language's translator
(resources/translations/vyapar_lite_<code>.qm, compiled by `dev.py translations`); a new
choice takes effect on the next start, which the settings screen says.

Dates stay dd-mm-yyyy and amounts ₹1,24,000.00 with Western digits in every language (as Indian
bills print them); amounts in words follow the language (`amount_in_words`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.hindi_words import amount_in_hindi_words
from vyapar_lite.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, Word
from vyapar_lite.domain.money import Paise
from vyapar_lite.domain.money import amount_in_words as english_words
from vyapar_lite.domain.words import counted as counted_words
from vyapar_lite.exports import header_words

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
LANGUAGES = {"en": "English", "hi": "हिन्दी"}
LANGUAGE_SETTING = "ui/language"
# printed documents' headings: in the app's language, or both English and Hindi
BILINGUAL_SETTING = "print/bilingual_headings"
# Latin, digits and ₹ from DejaVu Sans (as before); Devanagari from the bundled Noto font
PRINT_FONTS = ("DejaVu Sans", "Noto Sans Devanagari")
PRINT_FONT_CSS = ", ".join(f'"{family}"' for family in PRINT_FONTS) + ", sans-serif"

# Devanagari's vowel signs rise above the headline, higher than Latin capitals: a tab sized for
# the Latin font cut them off (seen on the Reports tabs), so tabs get room above and below
HINDI_STYLE = "\nQTabBar::tab { padding: 6px 10px; }"
PRINTED = "printed"  # the translation context of printed documents' headings
# Excel exports' header rows in Hindi (whatever the screens' language), off by default
EXCEL_HEADERS_SETTING = "export/hindi_headers"


def print_font(points: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The font printed documents use: DejaVu Sans for Latin, the bundled Devanagari font for
    Hindi, so a PDF looks the same on every PC."""
    font = QFont()
    font.setFamilies(list(PRINT_FONTS))
    font.setPointSize(points)
    font.setWeight(weight)
    return font


# Qt's own standard buttons (Save, Cancel, Yes, No in every QDialogButtonBox and QMessageBox)
# take their text from Qt's "QPlatformTheme" context; marked here so the app's translation
# file carries them (Qt ships no Hindi translation of its own)
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator
_started: list[str] = []  # the language this run started in


def chosen() -> str:
    """The language code chosen in Settings ("en" unless हिन्दी was chosen)."""
    code = str(QSettings().value(LANGUAGE_SETTING, "en"))
    return code if code in LANGUAGES else "en"


def choose(code: str) -> None:
    """Keep `code` for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    QSettings().setValue(LANGUAGE_SETTING, code)


def current() -> str:
    """The language the screens are showing (the one chosen when this run started)."""
    return _started[0] if _started else "en"


def translation_file(code: str) -> Path:
    return TRANSLATIONS / f"vyapar_lite_{code}.qm"


def start(app: QCoreApplication, code: str | None = None) -> str:
    """Register the bundled fonts and install `code`'s translator (default: the chosen one).
    Returns the language started in; English when the .qm file is missing or unreadable."""
    register_fonts()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = chosen() if code is None else code
    if code != "en":
        translator = QTranslator(app)
        if translator.load(str(translation_file(code))) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            code = "en"
    _started[:] = [code]
    apply_excel_headers()
    if isinstance(app, QApplication):
        plain = app.styleSheet().replace(HINDI_STYLE, "")
        app.setStyleSheet(plain + HINDI_STYLE if code == "hi" else plain)
    return code


def register_fonts() -> list[str]:
    """Add the bundled fonts (resources/fonts/*.ttf) to Qt's font database, once; the families."""
    families: set[str] = set()
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def shown(text: str) -> str:
    """A message from `domain`/`services` in the screens' language: a `Message`'s template is
    translated and filled with its parameters (those that are words, a `Word` or a nested
    `Message`, translated too); plain text is looked up as it is."""
    if isinstance(text, Word):
        word = QCoreApplication.translate(text.context, text.english)
        return word.lower() if text.lowered else word
    if isinstance(text, Message):
        template = QCoreApplication.translate(CONTEXT, text.template)
        params = {
            k: shown(v) if isinstance(v, Message | Word) else v for k, v in text.params.items()
        }
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
            return str(text)
    return QCoreApplication.translate(CONTEXT, text)


def stored_text(text: str, *, contra: bool = False) -> str:
    """Words a service stored in English when a document was posted (a ledger or money entry's
    description, an audit note) in the screens' language: a `Message` or `Word` is shown; stored
    text is read by `services.entry_words.described` and shown when it reads as one of the
    services' patterns; anything else (what a user typed) as it is. English: as stored."""
    if isinstance(text, Message | Word):
        return shown(text)
    if current() == "en":
        return text
    # imported here: it reads the sales and expense services, which the first paint does not need
    from vyapar_lite.services.entry_words import described

    words = described(text, contra=contra)
    return shown(words) if isinstance(words, Message) else text


def customer_name(name: str, code: str) -> str:
    """A customer's name as shown or printed: the walk-in customer's name as the app created it
    ("Cash sale (walk-in)", the app's words) in the screens' language; any name a user typed, a
    renamed walk-in's too, as typed."""
    from vyapar_lite.domain.customer import CASH_CODE, WALK_IN_NAME  # not at start (issue 21)

    if code != CASH_CODE or name != WALK_IN_NAME or current() == "en":
        return name
    return QCoreApplication.translate("customers", WALK_IN_NAME)


def head_name(name: str) -> str:
    """An expense head as shown: the heads the app made with the shop file ("Rent", "Wages", ...)
    in the screens' language, a head the shop added as named."""
    if current() == "en":
        return name
    from vyapar_lite.services.expenses import DEFAULT_HEADS  # not on the first paint's path

    if name not in DEFAULT_HEADS:
        return name
    return QCoreApplication.translate("expense_heads", name)


def counted(n: int, noun: str) -> str:
    """ "3 customers" in the screens' language ("3 ग्राहक"): `domain.words.counted` shown."""
    return shown(counted_words(n, noun))


def said(exc: Exception) -> str:
    """A refusal in the screens' language: a ValidationError's messages (`shown`), joined as
    `str(exc)` joins them in English; an error raised with one Message (a backup's) shown; any
    other error as it says itself."""
    if isinstance(exc, ValidationError):
        return "; ".join(shown(e.message) for e in exc.errors)
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):  # BackupError(Message(...))
        return shown(exc.args[0])
    return str(exc)


def amount_in_words(paise: Paise) -> str:
    """Words for an amount in the screens' language."""
    return amount_in_hindi_words(paise) if current() == "hi" else english_words(paise)


_hindi: list[QTranslator] = []  # for bilingual headings while the screens are in English


def printed(english: str) -> str:
    """A printed document's heading ("TAX INVOICE", "Place of supply") in the screens' language,
    or "English / हिन्दी" when Settings › Language asks for bilingual headings. Codes, numbers
    and GSTINs are never passed here: they print as they are."""
    if not bilingual_headings():
        return QCoreApplication.translate(PRINTED, english) if current() != "en" else english
    hindi = hindi_translator().translate(PRINTED, english)
    return f"{english} / {hindi}" if hindi and hindi != english else english


def printed_legal(english: str) -> str:
    """A row a Rule lists (Rule 50's receipt voucher particulars): in English, or "English /
    हिन्दी" when the screens are in Hindi or bilingual headings are on, so the prescribed
    English wording is always on the paper."""
    if current() == "en" and not bilingual_headings():
        return english
    hindi = hindi_translator().translate(PRINTED, english)
    return f"{english} / {hindi}" if hindi and hindi != english else english


def hindi_translator() -> QTranslator:
    """The Hindi translations, loaded once, for text wanted in Hindi whatever the screens'
    language (bilingual headings, Excel headers)."""
    if not _hindi:
        translator = QTranslator()
        translator.load(str(translation_file("hi")))
        _hindi.append(translator)
    return _hindi[0]


def excel_headers_in_hindi() -> bool:
    return str(QSettings().value(EXCEL_HEADERS_SETTING, "0")) == "1"


def apply_excel_headers() -> None:
    """Give exports/ the Hindi header words when Settings › Language asks for them (exports/
    is Qt-free: it gets a plain function), else English headers."""
    if not excel_headers_in_hindi():
        header_words.use(None)
        return
    translator = hindi_translator()
    header_words.use(lambda english: translator.translate(header_words.CONTEXT, english) or english)


def bilingual_headings() -> bool:
    return str(QSettings().value(BILINGUAL_SETTING, "0")) == "1"


def set_flag(key: str, on: bool) -> None:
    QSettings().setValue(key, "1" if on else "0")
