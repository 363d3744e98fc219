"""The Tally XML file (`xml_file.write_tally_xml`) from `services.tally.books.tally_books`."""
