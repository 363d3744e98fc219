"""GST returns worked out from the documents as issued.

- `period`: a return period, a month (`2026-04`) or a quarter of the financial year (`2026-Q1`);
- `gstr1`: the one classification of a period's documents into GSTR-1's tables (the public API
  every GST return, report and export reads);
- `gstr1_documents`: reading the period's documents, their snapshots and lines as issued;
- `readiness`: what stops a period's return from being right ("not ready").
"""
