"""Extraction: an article in, an analysis out. Pure: no database, no network. Heavy models are
loaded once (:mod:`dabir.extract.nlp`) and passed in."""
