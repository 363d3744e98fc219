"""The Hindi translation: finished, compiled, current with the code; every literal shown by a
widget in ui/ goes through Qt's translation; the app started in Hindi shows Hindi."""

from __future__ import annotations

import importlib.util
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.ui import language

ROOT = Path(__file__).resolve().parent.parent.parent
UI = ROOT / "src" / "vyapar_lite" / "ui"
HINDI_TS = language.TRANSLATIONS / "vyapar_lite_hi.ts"

# Screens another change is reworking at the moment, their strings wrapped once that lands;
# nothing else may show an unwrapped literal. Empty: every screen is wrapped (issue 20).
PENDING: set[str] = set()


def ui_strings() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ui_strings", ROOT / "build_scripts" / "ui_strings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_every_hindi_entry_is_finished_and_keeps_its_placeholders() -> None:
    found = messages(HINDI_TS)
    assert len(found) > 300
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        assert (translation.text or "").strip(), where
        assert fields(translation.text or "") == fields(source), where
        assert (translation.text or "").count("<") == source.count("<"), where


def test_an_unfinished_entry_is_caught(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    text = HINDI_TS.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("<translation>", '<translation type="unfinished">', 1), encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        for _context, _source, message in messages(broken):
            assert message.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]


def test_the_ts_holds_every_text_in_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate over src/ finds exactly the texts the committed .ts has: run
    `dev.py translations` after changing a text."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "vyapar_lite").rglob("*.py"))
    listing = tmp_path / "sources.txt"
    listing.write_text("\n".join(sources), encoding="utf-8")
    # pyside6-lupdate's own entry point, run by this Python (PySide6 ships the program)
    lupdate = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"
    subprocess.run(
        [sys.executable, "-c", lupdate, "-locations", "none", f"@{listing}", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _m in messages(fresh)}
    committed = {(c, s) for c, s, _m in messages(HINDI_TS)}
    assert sorted(in_code - committed) == []
    assert sorted(committed - in_code) == []


def test_the_qm_is_compiled_from_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(language.translation_file("hi")))
    for context, source, message in messages(HINDI_TS):
        assert translator.translate(context, source) == message.findtext("translation")


def test_no_unwrapped_literal_is_shown_by_a_widget() -> None:
    scan = ui_strings()
    found = [
        f"{literal.path.relative_to(UI)}:{literal.line}: {literal.text}"
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI).as_posix() not in PENDING
        for literal in scan.unwrapped(path)
    ]
    assert found == []
    assert all((UI / name).is_file() for name in PENDING)  # the list names real files


# Tables of words in ui/ that are not shown as they are (ui_strings.word_tables): file -> names
NOT_SHOWN_TABLES = {
    "document_window.py": {"TONES"},  # style sheets
    "language.py": {"LANGUAGES", "PRINT_FONTS"},  # a language's own name, font families
    "payments/allocation_table.py": {"_FIELDS"},  # field-name prefixes of the errors
    # the footer's words: the whole sentences are marked in the "printed" context
    "sales/gst_marks.py": {"_WORDS"},
}


def test_no_table_of_words_shows_an_unmarked_literal() -> None:
    """Words a screen shows from a table (a dict of labels, (label, value) pairs for a combo
    box, a help sheet) are never an argument of a widget's call: each must be marked with
    QT_TRANSLATE_NOOP where the table is, and translated where it is shown."""
    scan = ui_strings()
    found = [
        f"{literal.path.relative_to(UI)}:{literal.line}: {literal.call}: {literal.text}"
        for path in sorted(UI.rglob("*.py"))
        for literal in scan.word_tables(path)
        if literal.call not in NOT_SHOWN_TABLES.get(path.relative_to(UI).as_posix(), set())
    ]
    assert found == []
    assert all((UI / name).is_file() for name in NOT_SHOWN_TABLES)  # the list names real files


def test_the_scan_catches_a_table_of_words(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text(
        "KINDS = (('Note', 'note'), (QT_TRANSLATE_NOOP('screen', 'Complaint'), 'complaint'))\n"
        "HINTS = {'upi': 'UPI transaction id', 'card': QT_TRANSLATE_NOOP('screen', 'Card slip')}\n"
        "KEYS = (('Ctrl+Shift+R', 'Esc'), ('Tab / Shift+Tab', 'Ctrl+I or F8'))\n"
        "CODES = ('cash', 'follow_up', 'GSTIN', 'report.day_book.period')\n"
        "__all__ = ['ScreenPage']\n"
        "TITLE = 'A plain string, not a table'\n"
        "class Page:\n"
        "    FACTS = [('Bill number', 'x')]\n"
        "def build():\n"
        "    self.set_facts([('Paid from', account), ('Amount', money)])\n"
        "    h.heading('As a supplier', '(purchases and payments to them)')\n"
        "    h.facts([('Period', period), ('Generated', when)])\n"
        "    self.heading('receiptView')\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert [(x.line, x.call, x.text) for x in scan.word_tables(screen)] == [
        (1, "KINDS", "'Note'"),
        (2, "HINTS", "'UPI transaction id'"),
        (8, "FACTS", "'Bill number'"),
    ]
    # (label, value) rows handed to a document window's facts are seen as the labels they are,
    # and so are a printout's headings and facts (a document window's heading is its name)
    assert [(x.line, x.text) for x in scan.unwrapped(screen)] == [
        (10, "'Paid from'"),
        (10, "'Amount'"),
        (11, "'As a supplier'"),
        (11, "'(purchases and payments to them)'"),
        (12, "'Period'"),
        (12, "'Generated'"),
    ]


def test_the_scan_catches_an_unwrapped_literal(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "label = QLabel('Customers')\n"
        "label.setToolTip(f'{n} customers')\n"
        "box.addItem(QCoreApplication.translate('screen', 'Cash'), 'cash')\n"
        "label.setObjectName('customers.label')\n"
        "QMessageBox.warning(self, 'Not saved', text)\n"
        "COLUMNS = [Column('Due date', f)]\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert [(x.line, x.text) for x in scan.unwrapped(screen)] == [
        (2, "'Customers'"),
        (3, "f'{n} customers'"),
        (6, "'Not saved'"),
        (7, "'Due date'"),
    ]
    assert scan.wrap(screen) == 4
    assert list(scan.unwrapped(screen)) == []
    wrapped = screen.read_text(encoding="utf-8")
    assert "QCoreApplication.translate('screen', 'Customers')" in wrapped.replace('"', "'")
    assert "translate('screen', '{n} customers').format(n=n)" in wrapped.replace('"', "'")
    # a report column keeps its English header, marked, and is translated where it is shown
    assert "Column(QT_TRANSLATE_NOOP('columns', 'Due date'), f)" in wrapped.replace('"', "'")
    assert "from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP" in wrapped


def test_every_translated_text_is_one_lupdate_can_read() -> None:
    """A translate()/tr() whose text is in parentheses of its own, an f-string or a `+` is not
    seen by pyside6-lupdate: its text would never reach the .ts and stay English."""
    scan = ui_strings()
    found = [
        f"{literal.path.relative_to(ROOT)}:{literal.line}: {literal.text}"
        for path in sorted((ROOT / "src" / "vyapar_lite").rglob("*.py"))
        for literal in scan.unreadable(path)
    ]
    assert found == []


def test_the_scan_catches_a_text_lupdate_cannot_read(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "a = QCoreApplication.translate('screen', ('Keep ' 'this'))\n"
        "b = QCoreApplication.translate(\n    'screen',\n    (\n"
        "        'Two '\n        'lines'\n    ),\n)\n"
        "c = QCoreApplication.translate('screen', f'{n} rows')\n"
        "d = self.tr('Open ' + name)\n"
        "e = QCoreApplication.translate('screen', 'plain ' 'joined')\n"
        "f = QCoreApplication.translate(\n    'screen',\n    'split '\n    'over lines',\n)\n"
        "g = QCoreApplication.translate('columns', header)\n"
        "h = painter.translate(x, y - 2)\n"
        "i = QCoreApplication.translate(CONTEXT, 'Context in a name')\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert [x.line for x in scan.unreadable(screen)] == [2, 6, 10, 11, 20]
    # lupdate skips the texts in parentheses, and takes an f-string's or a `+`'s first piece
    # ("{n} rows", "Open "): a key the running code never asks for
    fresh = tmp_path / "fresh.ts"
    lupdate = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"
    subprocess.run(
        [sys.executable, "-c", lupdate, "-locations", "none", str(screen), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = {s for _c, s, _m in messages(fresh)}
    assert {"plain joined", "split over lines"} <= extracted
    assert not {"Keep this", "Two lines", "Context in a name"} & extracted


def test_the_scan_sees_both_sides_of_a_choice_and_the_forms_builders(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text(
        "button.setText('Reactivate' if off else 'Deactivate…')\n"
        "label.setText(name or 'Unregistered')\n"
        "form = self.tab('&Stock', names)\n"
        "self.add(form, 'opening', 'Opening stock', edit)\n"
        "edit = self.line('name', 'As it should appear on invoices')\n"
        "grid.addWidget(QLabel(f'<b>{header}</b>'), 0, 1)\n"
        "self.add('paid from', 'Paid from', self.account)\n"
        "seen.add('paid from')\n"
        "self.export_button = self._button('export', 'Export to Excel…', self.export)\n"
        "self.add_input('Customer', self.customer)\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert [(x.line, x.text) for x in scan.unwrapped(screen)] == [
        (1, "'Reactivate'"),
        (1, "'Deactivate…'"),
        (2, "'Unregistered'"),
        (3, "'&Stock'"),
        (4, "'Opening stock'"),
        (5, "'As it should appear on invoices'"),
        (7, "'Paid from'"),
        (9, "'Export to Excel…'"),
        (10, "'Customer'"),
    ]


@pytest.fixture
def in_hindi(qapp: QApplication):  # type: ignore[no-untyped-def]
    assert language.start(qapp, "hi") == "hi"
    yield qapp
    language.start(qapp, "en")


def test_started_in_hindi_the_screens_and_messages_are_hindi(in_hindi: QApplication) -> None:
    from vyapar_lite.ui.reports.balances_page import COLUMNS

    assert COLUMNS[0].header == "Code" and COLUMNS[0].title == "कोड"
    assert QCoreApplication.translate("settings_page", "Save shop profile") == (
        "दुकान की जानकारी सहेजें"
    )
    assert language.amount_in_words(193500) == "एक हज़ार नौ सौ पैंतीस रुपये मात्र"
    assert "Noto Sans Devanagari" in QFontDatabase.families()
    # a service's message with its parameters: an untranslated key stays English, filled in
    message = Message(QT_TRANSLATE_NOOP("messages", "Row {row}: enter a name"), row=7)
    assert language.shown(message) == "Row 7: enter a name"


def test_english_is_the_default_and_amounts_in_words_stay_english(qapp: QApplication) -> None:
    assert language.start(qapp) == "en"
    assert language.chosen() == "en"
    assert QCoreApplication.translate("settings_page", "Save shop profile") == "Save shop profile"
    assert language.amount_in_words(193500) == "One Thousand Nine Hundred Thirty-Five Rupees Only"


def test_a_missing_translation_file_starts_in_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(language, "TRANSLATIONS", tmp_path)
    assert language.start(qapp, "hi") == "en"
    assert QCoreApplication.translate("settings_page", "Save shop profile") == "Save shop profile"


def test_a_service_message_is_shown_in_hindi_with_its_parameters(in_hindi: QApplication) -> None:
    from vyapar_lite.domain.errors import ValidationError
    from vyapar_lite.domain.shop import ShopProfile, clean_shop_profile

    with pytest.raises(ValidationError) as caught:
        clean_shop_profile(ShopProfile(name="x" * 201, state_code="99"))
    name, state = caught.value.for_field("name"), caught.value.for_field("state_code")
    assert name == "The shop's name can have at most 200 characters"  # the CLI's English
    assert name is not None and state is not None
    assert language.shown(name) == "दुकान के नाम में ज़्यादा से ज़्यादा 200 अक्षर हो सकते हैं"
    assert language.shown(state) == "सूची से कोई भारतीय राज्य या केंद्र शासित प्रदेश चुनें"


def test_counted_words_are_said_in_hindi(in_hindi: QApplication) -> None:
    """Hindi has no -s plural: "3 customers" is "3 ग्राहक"; the CLI keeps the English."""
    from vyapar_lite.domain.words import NOUNS, counted

    assert counted(3, "customer") == "3 customers" and counted(1, "customer") == "1 customer"
    assert language.counted(3, "customer") == "3 ग्राहक"
    assert language.counted(1, "customer") == "1 ग्राहक"
    assert language.counted(1200, "entry") == "1,200 प्रविष्टियाँ"
    for noun in NOUNS:  # every noun counted anywhere is translated
        for n in (1, 2):
            assert language.counted(n, noun) != str(counted(n, noun)), (noun, n)


def test_the_question_before_discarding_is_asked_in_hindi(in_hindi: QApplication) -> None:
    from vyapar_lite.ui.drafts.ask import NOUNS, discard_box
    from vyapar_lite.ui.drafts.recovery import offer_box

    box = discard_box(None, "receipt")
    assert box.windowTitle() == "यह रसीद रखें?"
    assert box.text() == "रसीद: जो लिखा जा रहा है, वह सहेजा नहीं गया है।"
    assert "हमेशा के लिए" in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"रखें (&K)", "हटा दें (&D)"}
    # the buttons keep their object names in every language (tests and shortcuts find them)
    assert {b.objectName() for b in box.buttons()} == {"drafts.ask.keep", "drafts.ask.discard"}
    box.deleteLater()
    for noun in NOUNS:
        assert QCoreApplication.translate("ask", noun) != noun, noun

    from datetime import datetime

    from vyapar_lite.services.drafts import KeptDraft

    draft = KeptDraft("invoice", "an invoice (2 lines)", {}, datetime(2026, 1, 5, 10, 30))
    offer = offer_box(None, draft)
    assert offer.windowTitle() == "पिछली बार का काम सहेजा नहीं गया"
    assert "10:30" in offer.informativeText() and "खोलें" in offer.text()
    offer.deleteLater()


def test_the_services_messages_a_shopkeeper_meets_are_shown_in_hindi(
    in_hindi: QApplication,
) -> None:
    """Items, numbering and the cash count raise Messages: the CLI and the existing tests keep
    the English, the screens show Hindi with the same parameters."""
    from vyapar_lite.domain.doc_numbers import clean_prefix
    from vyapar_lite.domain.errors import ValidationError
    from vyapar_lite.domain.item import clean_hsn_sac, parse_qty

    def refusal(call) -> str:  # type: ignore[no-untyped-def]
        with pytest.raises(ValidationError) as caught:
            call()
        return caught.value.errors[0].message

    hsn = refusal(lambda: clean_hsn_sac("12AB"))
    assert hsn == "An HSN/SAC code has only digits"
    assert language.shown(hsn) == "HSN/SAC कोड में सिर्फ़ अंक होते हैं"
    prefix = refusal(lambda: clean_prefix("#INV", field="prefix"))
    assert "'#INV' cannot be used" in prefix
    assert language.shown(prefix).endswith("'#INV' नहीं चल सकता")
    qty = refusal(lambda: parse_qty("-2", field="qty"))
    assert language.shown(qty) == "मात्रा ऋणात्मक नहीं हो सकती"
    # a refusal shown whole (a message box) is Hindi too, joined as str() joins the English
    with pytest.raises(ValidationError) as caught:
        clean_hsn_sac("99")
    assert str(caught.value).startswith("A SAC (services) code")
    assert language.said(caught.value).startswith("SAC (सेवा) कोड में")


def test_qts_own_standard_buttons_are_hindi(in_hindi: QApplication) -> None:
    """Save/Cancel of every button box and Yes/No of every question come from Qt's
    "QPlatformTheme" context, carried by the app's own translation (language.QT_BUTTONS)."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in box.buttons()) == sorted(["सहेजें", "रद्द करें"])
    question = QMessageBox()
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(b.text() for b in question.buttons()) == sorted(["हाँ (&Y)", "नहीं (&N)"])
    box.deleteLater()
    question.deleteLater()


def test_the_scan_sees_fstrings_through_names_helpers_boxes_and_loops(tmp_path: Path) -> None:
    """The shapes the scan once missed (issue 20): an f-string or literal given to a name that
    a widget then shows, a message box built whole or given its informative text, a button
    box's own button, a file dialog's caption, a background task's title and progress, the
    module's own helper that puts a parameter on screen, and the words of a table a loop walks
    to make buttons; what is not user text (a field's name, words translated in the loop, a
    key) stays out."""
    screen = tmp_path / "screen.py"
    screen.write_text(
        "def build(self, n, path):\n"
        "    summary = f'<b>{n} customers</b> are ready'\n"
        "    if n:\n"
        "        summary += f'<br>{n} warnings'\n"
        "    self.summary = QLabel(summary)\n"
        "    box = QMessageBox(QMessageBox.Icon.Question, 'Use the advance?', f'Put {n}?')\n"
        "    box.setInformativeText('Nothing is saved')\n"
        "    buttons.addButton('Restore', QDialogButtonBox.ButtonRole.AcceptRole)\n"
        "    QFileDialog.getSaveFileName(self, f'Export {n} items', '', XLSX)\n"
        "    run_task(self, 'Checking the file', work)\n"
        "    progress(0, 0, f'Reading {path.name}…')\n"
        "    self._tell('Import failed', message)\n"
        "    for text, slot in (('Open receipt', self.open), ('Ctrl+P', self.p)):\n"
        "        QPushButton(text)\n"
        "    actions = [('Print…', self.print_), ('PDF', self.pdf)]\n"
        "    for text, slot in actions:\n"
        "        menu.addAction(text, slot)\n"
        "    for field in ('supplier gstin', 'bill number'):\n"
        "        boxes[field].hide()\n"
        "    for head in ('Settled', 'Date'):\n"
        "        cells.append(printed(head))\n"
        "    name = 'kept as typed'\n"
        "    self.setObjectName(name)\n"
        "\n"
        "def _tell(self, title, message):\n"
        "    QMessageBox(QMessageBox.Icon.Information, title, message).open()\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert sorted((x.line, x.text) for x in scan.unwrapped(screen)) == [
        (2, "f'<b>{n} customers</b> are ready'"),
        (4, "f'<br>{n} warnings'"),
        (6, "'Use the advance?'"),
        (6, "f'Put {n}?'"),
        (7, "'Nothing is saved'"),
        (8, "'Restore'"),
        (9, "f'Export {n} items'"),
        (10, "'Checking the file'"),
        (11, "f'Reading {path.name}…'"),
        (12, "'Import failed'"),
        (13, "'Open receipt'"),
        (15, "'Print…'"),
    ]
    # and `wrap` makes each a translated template, after which nothing is left
    assert scan.wrap(screen) == 12
    assert list(scan.unwrapped(screen)) == []
    wrapped = screen.read_text(encoding="utf-8").replace('"', "'")
    assert "translate('screen', 'Reading {name}…').format(name=path.name)" in wrapped


def test_the_scan_sees_words_given_to_a_module_level_call(tmp_path: Path) -> None:
    """An import's preview headers are handed to a dataclass, never to a widget's call."""
    screen = tmp_path / "screen.py"
    screen.write_text(
        "CUSTOMERS = SheetKind(noun='customers', key='customer', file_name='customers.xlsx',\n"
        "    preview_headers=('Row', QT_TRANSLATE_NOOP('excel_transfer', 'Code'), 'Name'))\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert [(x.line, x.call, x.text) for x in scan.word_tables(screen)] == [
        (2, "CUSTOMERS", "'Row'"),
        (2, "CUSTOMERS", "'Name'"),
    ]


def test_the_scan_sees_a_dialog_s_text_given_to_its_class_or_by_keyword(tmp_path: Path) -> None:
    """A dialog class whose __init__ shows a parameter, called by the class's name, and a helper
    given its text by keyword; and rows made for a table in a comprehension."""
    screen = tmp_path / "screen.py"
    screen.write_text(
        "class DateDialog(QDialog):\n"
        "    def __init__(self, title, question, parent=None):\n"
        "        self.setWindowTitle(title)\n"
        "        QLabel(question)\n"
        "def ask(parent, title, question):\n"
        "    return DateDialog(title, question, parent)\n"
        "def deposit(what):\n"
        "    ask(None, 'Cheque deposited', f'{what}: deposited on?')\n"
        "def make(*, title, head):\n"
        "    box.setWindowTitle(title)\n"
        "def for_receipt(number):\n"
        "    return make(title=f'Re-allocate {number}', head=number)\n"
        "def rows(preview):\n"
        "    return [(n, 'Sales (they owe us)', a) for n, a in preview.items()]\n"
        "def keys(preview):\n"
        "    return [(n, 'cash', a) for n, a in preview.items()]\n",
        encoding="utf-8",
    )
    scan = ui_strings()
    assert sorted((x.line, x.text) for x in scan.unwrapped(screen)) == [
        (8, "'Cheque deposited'"),
        (8, "f'{what}: deposited on?'"),
        (12, "f'Re-allocate {number}'"),
        (14, "'Sales (they owe us)'"),
    ]
