"""The headings printed on sales documents, marked for translation (context "printed").

The HTML builders print `language.printed(heading)` for each heading they write in English, so
a document prints in the screens' language or with bilingual headings (Settings › Language);
this list is what puts those headings into the .ts files (pyside6-lupdate reads the marks).
Legal endorsements whose wording a Rule prescribes (Rule 46's SEZ and export texts, Rule 48's
copy labels) print as the Rule words them.
"""

from __future__ import annotations

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

HEADINGS = (
    QT_TRANSLATE_NOOP("printed", "TAX INVOICE"),
    QT_TRANSLATE_NOOP("printed", "BILL OF SUPPLY"),
    QT_TRANSLATE_NOOP("printed", "INVOICE-CUM-BILL OF SUPPLY"),
    QT_TRANSLATE_NOOP("printed", "CREDIT NOTE"),
    QT_TRANSLATE_NOOP("printed", "DEBIT NOTE"),
    QT_TRANSLATE_NOOP("printed", "CANCELLED"),
    QT_TRANSLATE_NOOP("printed", "Bill to"),
    QT_TRANSLATE_NOOP("printed", "Ship to"),
    QT_TRANSLATE_NOOP("printed", "Ship to (third party)"),
    QT_TRANSLATE_NOOP("printed", "Amount in words"),
    QT_TRANSLATE_NOOP("printed", "Description"),
    QT_TRANSLATE_NOOP("printed", "Qty"),
    QT_TRANSLATE_NOOP("printed", "Rate"),
    QT_TRANSLATE_NOOP("printed", "Rate incl. tax"),
    QT_TRANSLATE_NOOP("printed", "Disc."),
    QT_TRANSLATE_NOOP("printed", "Taxable"),
    QT_TRANSLATE_NOOP("printed", "GST %"),
    QT_TRANSLATE_NOOP("printed", "Total"),
    QT_TRANSLATE_NOOP("printed", "Value"),
    QT_TRANSLATE_NOOP("printed", "GST rate"),
    QT_TRANSLATE_NOOP("printed", "Tax"),
    QT_TRANSLATE_NOOP("printed", "RCM (by recipient)"),
    QT_TRANSLATE_NOOP("printed", "Tax breakup"),
    QT_TRANSLATE_NOOP("printed", "GST breakup"),
    QT_TRANSLATE_NOOP("printed", "Taxable value"),
    QT_TRANSLATE_NOOP("printed", "Points redeemed, before tax"),
    QT_TRANSLATE_NOOP("printed", "Loyalty points redeemed"),
    QT_TRANSLATE_NOOP("printed", "Round-off"),
    QT_TRANSLATE_NOOP("printed", "Grand total"),
    QT_TRANSLATE_NOOP("printed", "Tax payable by recipient (RCM)"),
    QT_TRANSLATE_NOOP("printed", "Received"),
    QT_TRANSLATE_NOOP("printed", "Balance due"),
    QT_TRANSLATE_NOOP("printed", "Invoice No."),
    QT_TRANSLATE_NOOP("printed", "Credit note No."),
    QT_TRANSLATE_NOOP("printed", "Debit note No."),
    QT_TRANSLATE_NOOP("printed", "Date"),
    QT_TRANSLATE_NOOP("printed", "Due date"),
    QT_TRANSLATE_NOOP("printed", "Place of supply"),
    QT_TRANSLATE_NOOP("printed", "Order No."),
    QT_TRANSLATE_NOOP("printed", "Whether tax is payable on reverse charge"),
    QT_TRANSLATE_NOOP("printed", "Yes"),
    QT_TRANSLATE_NOOP("printed", "No"),
    QT_TRANSLATE_NOOP("printed", "This is a computer generated invoice."),
    QT_TRANSLATE_NOOP("printed", "This is a computer generated credit note."),
    QT_TRANSLATE_NOOP("printed", "This is a computer generated debit note."),
    QT_TRANSLATE_NOOP("printed", "This is a computer generated debit memo."),
    QT_TRANSLATE_NOOP("printed", "This is a computer generated bill of supply."),
    QT_TRANSLATE_NOOP("printed", "Value of supply"),
    QT_TRANSLATE_NOOP("printed", "Bill No."),
    QT_TRANSLATE_NOOP("printed", "Notes"),
    QT_TRANSLATE_NOOP("printed", "Reason"),
    QT_TRANSLATE_NOOP("printed", "For"),
    QT_TRANSLATE_NOOP("printed", "Authorised signatory"),
    QT_TRANSLATE_NOOP("printed", "Thank you for your business!"),
)
