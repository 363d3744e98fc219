"""Which copies an A4 print or PDF of a sales document carries (Rule 48 CGST Rules).

One combo for the invoice form's saved bar and the document window: the original for the
recipient (the usual), original and duplicate, or all three copies at once in one print/PDF
(ORIGINAL FOR RECIPIENT, DUPLICATE FOR TRANSPORTER, TRIPLICATE FOR SUPPLIER).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.ui.sales.gst_marks import COPY_CHOICES

# gst_marks.COPY_CHOICES' names, marked for translation (the copies themselves print as Rule 48
# words them)
_CHOICE_WORDS = (
    QT_TRANSLATE_NOOP("copies_choice", "Original for recipient"),
    QT_TRANSLATE_NOOP("copies_choice", "Original and duplicate"),
    QT_TRANSLATE_NOOP("copies_choice", "All three copies"),
    QT_TRANSLATE_NOOP("copies_choice", "Without a copy mark"),
)


class CopiesCombo(QComboBox):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(
            QCoreApplication.translate(
                "copies_choice",
                "Which copies to print (Rule 48): all three go into one print or PDF",
            )
        )
        for label in COPY_CHOICES:  # shown in the screens' language, kept in English
            self.addItem(QCoreApplication.translate("copies_choice", label), label)

    def copies(self) -> tuple[str, ...]:
        return COPY_CHOICES[str(self.currentData())]

    def choose(self, label: str) -> None:
        self.setCurrentIndex(self.findData(label))
