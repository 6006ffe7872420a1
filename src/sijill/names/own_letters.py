"""Whether a word's initial و or ل is its own letter (وزراء، لجان) or a clitic (وأعضاء).

The tokenizer marks such a letter as a possible clitic (``Token.maybe``). Where the grammar
leaves a single reading likely (the genitive right after an indefinite head: مجلس وزراء
الداخلية), the word is read whole when news writes it more often than what the clitic would
leave (وزراء, not زراء; but أعضاء before وأعضاء).
"""

from __future__ import annotations

from sijill.doc import Doc, Token


def letter_is_own(doc: Doc, tok: Token) -> bool:
    """Whether ``tok``'s possible clitic belongs to the word, by the news vectors' ranks."""
    from sijill.names.stages import word_rank  # the stages module imports the orgs one

    if not tok.maybe or tok.proclitics:
        return False
    whole = word_rank(doc.text[tok.start : tok.end])
    if whole is None:
        return False
    rest = word_rank(doc.text[tok.start + len(tok.maybe) : tok.end])
    return rest is None or whole < rest
