"""The grammar of news text: sentences, numbers, dates and periods, and what each is about (its
clause, subject, place, event and speaker), with the lexicon of words it reads them by."""
