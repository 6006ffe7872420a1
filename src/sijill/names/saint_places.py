"""Places named after a saint in a foreign language (سان فرانسيسكو، سانت بطرسبرغ، سانتا كروز).

The model often tags the saint's title and the name after it apart (سان | بطرسبورغ), leaves
the title out, or reads the two words as a person's name. The title is a word of the place's
name: the place runs from it to the end of the name after it, and a person's name it opens is
a place's.
"""

from __future__ import annotations

from sijill.doc import Doc, Span

#: The transliterated titles (San, Saint, Santa, Santo, São) as written in Arabic news.
_SAINTS = frozenset(("سان", "سانت", "سانتا", "سانتو", "ساو"))


def _saint(word: str) -> bool:
    return word in _SAINTS


def saint_places(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Mentions with each saint's title joined to the place name it opens."""
    out: list[Span] = []
    text = doc.text
    for m in sorted(mentions, key=lambda s: (s.start, s.end)):
        words = text[m.start : m.end].split(" ")
        if out and _saint(text[out[-1].start : out[-1].end]) and out[-1].end + 1 == m.start and \
                text[out[-1].end] == " " and m.label in ("LOC", "PERSON", "MISC"):
            prev = out.pop()  # سان | بطرسبورغ
            out.append(Span(prev.start, m.end, "LOC", m.value, m.data))
            continue
        if m.label == "LOC":
            before = text[: m.start].rstrip(" ")
            gap = m.start - len(before)
            last = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
            if gap == 1 and _saint(last) and not (out and out[-1].end > len(before) - len(last)):
                out.append(Span(len(before) - len(last), m.end, m.label, m.value, m.data))  # سان + بطرسبورغ
                continue
        if m.label == "PERSON" and len(words) == 2 and _saint(words[0]):
            out.append(Span(m.start, m.end, "LOC", m.value, m.data))  # سانت بطرسبرغ
            continue
        out.append(m)
    return out
