"""The indexes the claim stages keep for speed answer as the tests they replace."""

from __future__ import annotations

from sijill.claims.event_triggers import _any_cue
from sijill.claims.lexicon import Forms, keys, lexicon
from sijill.doc import Doc, OffsetMap, Token


def _trigger_forms() -> list[Forms]:
    lex = lexicon()
    return [*lex.verbs.values(), *lex.nouns.values(), lex.new_adjectives, lex.dissolve,
            lex.hold_verbs, *(pair.words for pair in lex.paired)]


def test_every_trigger_form_passes_the_combined_test() -> None:
    union = _any_cue(lexicon())
    for forms in _trigger_forms():
        for word in forms.words:
            assert union.match((word,)), word
        for prefix in forms.prefixes:
            assert union.match((prefix + "ات",)), prefix


def test_the_combined_test_rejects_words_of_no_cue() -> None:
    union = _any_cue(lexicon())
    plain = ("الطقس", "جميل", "سيارة")
    assert not any(union.match((w,)) for w in plain)
    assert not any(f.match((w,)) for f in _trigger_forms() for w in plain)


def test_keys_of_one_word_follow_its_clitic_analysis() -> None:
    """The same written word gets its own keys for each clitic analysis, also when asked again."""
    text = "للمجلس للمجلس"
    doc = Doc(id="t", raw=text, text=text, offsets=OffsetMap.identity(len(text)))
    as_written = Token(0, 6, "word")
    with_article = Token(7, 13, "word", proclitics="ل", article=True, stem=9)
    first = (keys(doc, as_written), keys(doc, with_article))
    assert first == (keys(doc, as_written), keys(doc, with_article))
    assert first[0] == ("للمجلس",)
    assert "المجلس" in first[1]
