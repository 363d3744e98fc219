"""Bank reconciliation screen: import the bank's statement, see what matched and what did not on
either side, and mark entries reconciled (services.bank_reconciliation).

Reading and matching a statement runs off the UI thread (`tasks.run_task`); nothing is written
until "Mark matched as reconciled" or "Tick selected" is pressed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import bank_reconciliation as rec
from vyapar_lite.services import money_accounts
from vyapar_lite.services.bank_reconciliation import BookItem, StatementMatch
from vyapar_lite.ui import tasks
from vyapar_lite.ui.closing.entry_tables import fill as _fill
from vyapar_lite.ui.closing.entry_tables import money as _money
from vyapar_lite.ui.closing.entry_tables import table as _table
from vyapar_lite.ui.closing.untick_dialog import UntickDialog
from vyapar_lite.ui.language import stored_text
from vyapar_lite.ui.money.account_names import shown_label

ERROR_COLOUR = "#b00020"
LIST_AT_MOST = 2000
STATEMENT_FILES = "Bank statements (*.csv *.xlsx *.xlsm *.xls);;All files (*)"


NO_STATEMENT = QT_TRANSLATE_NOOP(
    "reconciliation_page",
    "Import the bank's statement (CSV or Excel) to see what it shows that the books do not: "
    "bank charges, interest, a payment not entered.",
)


def _statement_words(narration: str, reference: str) -> str:
    if reference and reference in narration:
        return narration
    return " ".join(f"{narration} {reference}".split())


@dataclass(frozen=True)
class _Loaded:
    account_id: int
    position: rec.Position
    items: list[BookItem]
    total: int  # entries not reconciled in all (0: `items` is the statement's unmatched)


class ReconciliationPage(QWidget):
    loaded = Signal()  # the tables are filled in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankReconciliation")
        self.match: StatementMatch | None = None
        self.book_items: list[BookItem] = []
        self._task: tasks.Task | None = None
        # Each refresh's number: a slower, older read (the list before a statement was matched)
        # must not fill the tables over a newer one.
        self._asked = 0

        self.account = QComboBox()
        self.account.setObjectName("reconcile.account")
        self.import_button = QPushButton(
            QCoreApplication.translate("reconciliation_page", "Import statement…")
        )
        self.import_button.setObjectName("reconcile.import")
        self.import_button.clicked.connect(self.choose_file)
        self.reconciled_button = QPushButton(
            QCoreApplication.translate("reconciliation_page", "Reconciled entries (un-tick)…")
        )
        self.reconciled_button.setObjectName("reconcile.reconciled_entries")
        self.reconciled_button.clicked.connect(self.open_reconciled)
        self.position = QLabel()
        self.position.setObjectName("reconcile.position")
        self.message = QLabel()
        self.message.setObjectName("reconcile.message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("reconciliation_page", "Bank account")))
        top.addWidget(self.account)
        top.addWidget(self.import_button)
        top.addWidget(self.reconciled_button)
        top.addSpacing(16)
        top.addWidget(self.position, 1)

        self.matched = _table(
            "reconcile.matched",
            [
                QCoreApplication.translate("reconciliation_page", "Bank date"),
                QCoreApplication.translate("reconciliation_page", "Statement says"),
                QCoreApplication.translate("reconciliation_page", "Amount"),
                QCoreApplication.translate("reconciliation_page", "Book date"),
                QCoreApplication.translate("reconciliation_page", "Document"),
            ],
            1,
        )
        self.accept_button = QPushButton(
            QCoreApplication.translate("reconciliation_page", "Mark matched as reconciled")
        )
        self.accept_button.setObjectName("reconcile.accept")
        self.accept_button.clicked.connect(self.accept_matched)
        self.accept_button.setEnabled(False)
        self.matched_box = QGroupBox(
            QCoreApplication.translate(
                "reconciliation_page", "Matched: in the statement and in the books"
            )
        )
        matched_column = QVBoxLayout(self.matched_box)
        matched_column.addWidget(self.matched)
        matched_column.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)

        self.books_only = _table(
            "reconcile.books_only",
            [
                QCoreApplication.translate("reconciliation_page", "Date"),
                QCoreApplication.translate("reconciliation_page", "Document"),
                QCoreApplication.translate("reconciliation_page", "Description"),
                QCoreApplication.translate("reconciliation_page", "In"),
                QCoreApplication.translate("reconciliation_page", "Out"),
            ],
            2,
        )
        self.books_only.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tick_button = QPushButton(
            QCoreApplication.translate("reconciliation_page", "Tick selected as in the passbook")
        )
        self.tick_button.setObjectName("reconcile.tick")
        self.tick_button.clicked.connect(self.tick_selected)
        self.books_box = QGroupBox(
            QCoreApplication.translate("reconciliation_page", "In the books, not reconciled")
        )
        books_column = QVBoxLayout(self.books_box)
        books_column.addWidget(self.books_only)
        books_column.addWidget(self.tick_button, 0, Qt.AlignmentFlag.AlignRight)

        self.statement_only = _table(
            "reconcile.statement_only",
            [
                QCoreApplication.translate("reconciliation_page", "Date"),
                QCoreApplication.translate("reconciliation_page", "Narration"),
                QCoreApplication.translate("reconciliation_page", "Reference"),
                QCoreApplication.translate("reconciliation_page", "Withdrawal"),
                QCoreApplication.translate("reconciliation_page", "Deposit"),
            ],
            1,
        )
        self.statement_box = QGroupBox(
            QCoreApplication.translate("reconciliation_page", "In the statement, not in the books")
        )
        statement_column = QVBoxLayout(self.statement_box)
        self.statement_hint = QLabel(
            QCoreApplication.translate("reconciliation_page", NO_STATEMENT)
        )
        self.statement_hint.setWordWrap(True)
        statement_column.addWidget(self.statement_hint)
        statement_column.addWidget(self.statement_only)

        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.books_box)
        sides.addWidget(self.statement_box)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.matched_box, 2)
        column.addWidget(sides, 3)

        self.account.currentIndexChanged.connect(self._account_changed)
        self._fill_accounts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_accounts()

    def _fill_accounts(self) -> None:
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for account in money_accounts.accounts(kind="bank"):
            self.account.addItem(shown_label(account), account.id)
        index = self.account.findData(chosen)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)
        self._account_changed()

    def account_id(self) -> int | None:
        value = self.account.currentData()
        return int(value) if value is not None else None

    def _account_changed(self, *_args: object) -> None:
        self.match = None
        self.statement_hint.setText(QCoreApplication.translate("reconciliation_page", NO_STATEMENT))
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        """The account's position and what is not reconciled (or the statement's match), read
        off the UI thread; `loaded` when the tables are filled in."""
        account_id = self.account_id()
        has_bank = account_id is not None
        self.import_button.setEnabled(has_bank)
        self.reconciled_button.setEnabled(has_bank)
        self.tick_button.setEnabled(has_bank)
        if account_id is None:
            self.position.setText(
                QCoreApplication.translate(
                    "reconciliation_page", "Add a bank account in Settings › Money accounts first."
                )
            )
            for table in (self.matched, self.books_only, self.statement_only):
                table.setRowCount(0)
            return
        match = self.match
        self._asked += 1
        asked = self._asked

        def work(_progress: tasks.Progress) -> _Loaded:
            where = rec.position(account_id)
            if match is not None:
                return _Loaded(account_id, where, list(match.unmatched_items), 0)
            latest = rec.items(account_id, reconciled=False, latest=LIST_AT_MOST)
            return _Loaded(account_id, where, latest, rec.count(account_id, reconciled=False))

        task = tasks.run_in_background(work)
        task.succeeded.connect(lambda loaded: self._show(loaded) if asked == self._asked else None)
        task.failed.connect(self._failed)
        self._task = task

    def _show(self, loaded: _Loaded) -> None:
        if loaded.account_id != self.account_id():
            return  # another bank was chosen meanwhile
        where = loaded.position
        self.position.setText(
            QCoreApplication.translate(
                "reconciliation_page",
                "Book balance {0} · not reconciled: {1} in, {2} out · reconciled balance {3}",
            ).format(
                format_money(where.book_balance),
                format_money(where.not_reconciled_in),
                format_money(where.not_reconciled_out),
                format_money(where.bank_should_show),
            )
        )
        match = self.match
        self.book_items = loaded.items
        _fill(
            self.books_only,
            [
                (
                    f"{i.on:%d-%m-%Y}",
                    i.doc_number,
                    stored_text(i.description, contra=i.contra),
                    _money(max(i.amount, 0)),
                    _money(max(-i.amount, 0)),
                )
                for i in self.book_items
            ],
            frozenset({3, 4}),
        )
        if match is not None:
            self.books_box.setTitle(
                QCoreApplication.translate(
                    "reconciliation_page", "In the books, not in the statement ({0})"
                ).format(len(self.book_items))
            )
        elif loaded.total > len(self.book_items):
            self.books_box.setTitle(
                QCoreApplication.translate(
                    "reconciliation_page",
                    "In the books, not reconciled: the latest {0:,} of {total:,}",
                ).format(len(self.book_items), total=loaded.total)
            )
        else:
            self.books_box.setTitle(
                QCoreApplication.translate(
                    "reconciliation_page", "In the books, not reconciled ({0})"
                ).format(len(self.book_items))
            )
        pairs = match.pairs if match is not None else ()
        _fill(
            self.matched,
            [
                (
                    f"{line.on:%d-%m-%Y}",
                    _statement_words(line.narration, line.reference),
                    format_money(line.amount),
                    f"{item.on:%d-%m-%Y}",
                    item.doc_number,
                )
                for line, item in pairs
            ],
            frozenset({2}),
        )
        self.matched_box.setTitle(
            QCoreApplication.translate(
                "reconciliation_page", "Matched: in the statement and in the books ({0})"
            ).format(len(pairs))
        )
        self.accept_button.setEnabled(bool(pairs))
        lines = match.unmatched_lines if match is not None else ()
        _fill(
            self.statement_only,
            [
                (
                    f"{x.on:%d-%m-%Y}",
                    x.narration,
                    x.reference,
                    _money(x.debit),
                    _money(x.credit),
                )
                for x in lines
            ],
            frozenset({3, 4}),
        )
        self.statement_box.setTitle(
            QCoreApplication.translate(
                "reconciliation_page", "In the statement, not in the books ({0})"
            ).format(len(lines))
        )
        self.loaded.emit()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("reconciliation_page", "Import the bank's statement"),
            "",
            STATEMENT_FILES,
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> tasks.Task | None:
        """Read and match the statement off the UI thread; nothing is written."""
        account_id = self.account_id()
        if account_id is None:
            return None
        from vyapar_lite.exports.statement_file import read_statement_file

        def work(progress: tasks.Progress) -> StatementMatch:
            progress(
                0,
                2,
                QCoreApplication.translate("reconciliation_page", "Reading {name}…").format(
                    name=path.name
                ),
            )
            sheet = read_statement_file(path)
            progress(
                1,
                2,
                QCoreApplication.translate("reconciliation_page", "Matching it with the books…"),
            )
            return rec.match_statement(account_id, sheet)

        self.message.clear()
        task = tasks.run_task(
            self, QCoreApplication.translate("reconciliation_page", "Importing the statement"), work
        )
        task.succeeded.connect(self._matched)
        task.failed.connect(self._failed)
        self._task = task
        return task

    def _matched(self, match: StatementMatch) -> None:
        self.match = match
        self.statement_hint.setText(
            QCoreApplication.translate(
                "reconciliation_page", "{file_name}: columns read: {0}"
            ).format(", ".join(match.columns.values()), file_name=match.file_name)
        )
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate(
                "reconciliation_page",
                "{file_name}: {0} transactions read; {1} matched, {2} only in the "
                "statement, {3} only in the books.",
            ).format(
                len(match.lines),
                len(match.pairs),
                len(match.unmatched_lines),
                len(match.unmatched_items),
                file_name=match.file_name,
            )
        )
        self.refresh()

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(
            QCoreApplication.translate("reconciliation_page", "Nothing imported. {message}").format(
                message=message
            )
        )

    def accept_matched(self) -> None:
        account_id = self.account_id()
        if self.match is None or account_id is None:
            return
        marked = rec.reconcile(account_id, self.match.pairs)
        self.match = StatementMatch(
            self.match.file_name,
            self.match.columns,
            self.match.lines,
            (),
            self.match.unmatched_lines,
            self.match.unmatched_items,
        )
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate(
                "reconciliation_page", "{marked} entries marked reconciled."
            ).format(marked=marked)
        )
        self.refresh()

    def tick_selected(self) -> None:
        account_id = self.account_id()
        rows = sorted({index.row() for index in self.books_only.selectionModel().selectedRows()})
        if account_id is None or not rows:
            self.message.setText(
                QCoreApplication.translate(
                    "reconciliation_page", "Select the entries the passbook shows, then tick them."
                )
            )
            return
        chosen = [self.book_items[r] for r in rows]
        marked = rec.tick(account_id, [(i.entry_id, i.on, "ticked by hand") for i in chosen])
        if self.match is not None:
            ids = {i.entry_id for i in chosen}
            self.match = StatementMatch(
                self.match.file_name,
                self.match.columns,
                self.match.lines,
                self.match.pairs,
                self.match.unmatched_lines,
                tuple(i for i in self.match.unmatched_items if i.entry_id not in ids),
            )
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate(
                "reconciliation_page", "{marked} entries ticked as in the passbook."
            ).format(marked=marked)
        )
        self.refresh()

    def open_reconciled(self) -> UntickDialog | None:
        """The account's reconciled entries, to un-tick one ticked by mistake."""
        account_id = self.account_id()
        if account_id is None:
            return None
        dialog = UntickDialog(account_id, self.account.currentText(), self)
        dialog.unticked.connect(self._unticked)
        dialog.open()
        return dialog

    def _unticked(self, items: list[BookItem]) -> None:
        """Entries un-ticked: not reconciled again, so back in the books' unmatched list."""
        if self.match is not None:
            back = {i.entry_id: replace(i, bank_date=None) for i in items}
            kept = [i for i in self.match.unmatched_items if i.entry_id not in back]
            self.match = replace(
                self.match,
                unmatched_items=tuple(
                    sorted([*kept, *back.values()], key=lambda i: (i.on, i.entry_id))
                ),
            )
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate(
                "reconciliation_page", "{count} entries un-ticked: not reconciled again."
            ).format(count=len(items))
        )
        self.refresh()
