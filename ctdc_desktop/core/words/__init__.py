"""Word lists and how words are compared (letter case, accents, punctuation, word order, known misspellings): used
by Load to recognise columns, by Recode to propose sources and place values, and by replays to pair renamed columns."""
