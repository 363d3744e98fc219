"""The Tally export: the period's books as TallyPrime vouchers and ledger masters.

`names` holds the ledger names (a settings group), `vouchers` the plain voucher shapes,
`sales_vouchers` and `money_vouchers` turn documents into vouchers, `books` reads a period and
puts it all together; `exports.tally` writes the XML file TallyPrime's Import Data takes.
"""
