"""The text stages: tokens and sentences."""

from __future__ import annotations

from sijill.doc import Doc
from sijill.pipeline import stage
from sijill.text.sentences import split_sentences
from sijill.text.tokens import tokenize


@stage("tokens", needs=("text",), adds=("tokens",))
def add_tokens(doc: Doc) -> Doc:
    """Split the cleaned text into tokens that know their proclitics."""
    doc.tokens = tokenize(doc.text)
    return doc


@stage("sentences", needs=("tokens",), adds=("sentences",))
def add_sentences(doc: Doc) -> Doc:
    """Group tokens into sentences; abbreviations like د. do not end one."""
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc
