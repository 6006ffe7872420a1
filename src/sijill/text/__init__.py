"""Cleaning with an offset map, matching-key normalisers, tokens with clitics, sentences."""
