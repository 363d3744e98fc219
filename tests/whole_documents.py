"""What a whole document is, as SQL: each query lists the documents that are not whole (the kill
tests run them after every kill; all must come back empty)."""

from __future__ import annotations

# Each query lists documents that are not whole; all must be empty.
INCOMPLETE = {
    "sales document without lines": """
        SELECT d.number FROM sales_doc d
        WHERE NOT EXISTS (SELECT 1 FROM sales_doc_line l WHERE l.doc_id = d.id)""",
    "sales document whose lines do not add up to its totals": """
        SELECT d.number FROM sales_doc d JOIN sales_doc_line l ON l.doc_id = d.id
        GROUP BY d.id
        HAVING SUM(l.taxable) <> d.taxable_total OR SUM(l.cgst) <> d.cgst_total
            OR SUM(l.sgst) <> d.sgst_total OR SUM(l.igst) <> d.igst_total""",
    "sales document without ledger entries": """
        SELECT d.number FROM sales_doc d
        WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e
                          WHERE e.doc_type = 'sales_doc' AND e.doc_id = d.id)""",
    "sales document without its audit row": """
        SELECT d.number FROM sales_doc d
        WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.record_type = 'sales_doc'
                          AND a.record_id = d.id AND a.action = 'post')""",
    "cancelled invoice without its audit row": """
        SELECT d.number FROM sales_doc d WHERE d.status = 'cancelled'
        AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.record_type = 'sales_doc'
                        AND a.record_id = d.id AND a.action = 'cancel')""",
    "receipt without ledger entries": """
        SELECT r.number FROM receipt r
        WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e
                          WHERE e.doc_type = 'receipt' AND e.doc_id = r.id)""",
    "receipt without its audit row (a contra's own receipt is logged as the contra)": """
        SELECT r.number FROM receipt r
        WHERE NOT EXISTS (SELECT 1 FROM contra c WHERE c.receipt_id = r.id)
        AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.record_type = 'receipt'
                          AND a.record_id = r.id)""",
    "receipt allocated more than its amount": """
        SELECT r.number FROM receipt r JOIN allocation a ON a.receipt_id = r.id
        GROUP BY r.id HAVING SUM(a.amount) > r.amount""",
    "invoice settled more than its total": """
        SELECT d.number FROM sales_doc d JOIN allocation a ON a.doc_id = d.id
        GROUP BY d.id HAVING SUM(a.amount) > d.grand_total""",
    "contra without its receipt, payment or audit row": """
        SELECT c.number FROM contra c
        LEFT JOIN receipt r ON r.id = c.receipt_id
        LEFT JOIN payment_out p ON p.id = c.payment_id
        WHERE r.id IS NULL OR p.id IS NULL OR r.amount <> c.amount OR p.amount <> c.amount
           OR NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.record_type = 'contra'
                          AND a.record_id = c.id)""",
    "purchase bill without payable entries": """
        SELECT b.number FROM purchase_bill b
        WHERE NOT EXISTS (SELECT 1 FROM payable_entry e
                          WHERE e.doc_type = 'purchase_bill' AND e.doc_id = b.id)""",
}
