"""Stage one: find direct identifiers (names, contacts, dates, addresses, IDs, notes, coordinates) and remove them."""
