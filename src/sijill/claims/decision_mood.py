"""The mood of a decision verb: one in the imperfect after أن، لن، كي tells what is expected,
asked or hoped (من المتوقع أن تقرر اللجنة، طالب بأن تقرر الحكومة، لن يوافق المجلس), no decision
taken; after بعد أن the verb is in the past (بعد أن أقر المجلس) and states one."""

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
