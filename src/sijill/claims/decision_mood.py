"""The mood of a decision verb: one in the imperfect after أن، لن، كي tells what is expected,
asked or hoped (من المتوقع أن تقرر اللجنة، طالب بأن تقرر الحكومة، لن يوافق المجلس), no decision
taken; after بعد أن the verb is in the past (بعد أن أقر المجلس) and states one. Also whether
أقر admits rather than approves (``admits``)."""

from __future__ import annotations

from sijill.claims.decision_text import Text
from sijill.doc import Token
from sijill.text.normalize import match_key

_SUBJUNCTIVE = frozenset(match_key(w) for w in ("أن", "بأن", "لن", "كي", "لكي"))


def _imperfect(t: Text, tok: Token) -> bool:
    """Whether a verb is written in the imperfect (يقرر، تقرر، توافق، تبني), not in the past
    (تبنى، تبنت، تم)."""
    word = t.doc.text[tok.start : tok.end]
    return word[:1] == "ي" or (word[:1] == "ت" and not word.endswith(("ت", "ى", "وا"))
                               and word not in ("تم", "تمت"))


def expected(t: Text, before: tuple[str, ...], tok: Token) -> bool:
    """Whether the verb ``tok``, after the word of keys ``before``, is expected, not taken."""
    return bool(_SUBJUNCTIVE.intersection(before)) and _imperfect(t, tok)


def admits(t: Text, toks: list[Token], i: int, as_verb: tuple[str, ...]) -> bool:
    """Whether a verb of ``admit_verbs`` admits: the word after its subject (an organisation
    or a body's common noun) carries بـ and says no manner nor place (أقر الحزب بالهزيمة، أقرت
    الوزارة بحدوث خلل; not أقر المجلس بالإجماع الموازنة)."""
    if not t.cue.admit_verbs.match(as_verb) or i + 1 >= len(toks):
        return False
    subject = next((m for m in t.mentions_in(toks[i + 1].start, toks[i + 1].end)), None)
    after = [x for x in toks[i + 2 :] if subject is None or x.start >= subject[1]]
    # Past the adjectives of an unnamed subject (أقر الحزب الحاكم بالهزيمة).
    words = [match_key(t.doc.text[x.start : x.end]) for x in after[:3] if x.kind == "word"]
    word = next((w for w in words if not w.startswith("ال")), "")
    return word.startswith("ب") and len(word) > 3 and word not in t.cue.admit_manner
