"""The Payments screen: receipts and their allocation, cheques, refunds, and the supplier side."""
