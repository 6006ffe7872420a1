"""Posts in shapes of other countries' news (Yemeni, Iraqi, Libyan, Sudanese, Gulf): a title
word inside a compound name, ...; sentences written for these tests."""

from __future__ import annotations

from sijill.doc import Doc
from sijill.names.titles import find_titles


def _held(doc: Doc) -> set[tuple[str, str, str | None, str]]:
    return {(p.person.name, p.role, p.org.name if p.org is not None else None, p.status)
            for p in doc.claims["positions"]}


def test_a_title_word_inside_a_compound_name_is_no_title() -> None:
    # عبد الملك، وعبد الأمير: a person's name; الملك and الأمير alone are titles
    text = "وقال الشيخ عبد الملك الزبيدي وعبد الأمير الساعدي إن الملك سلمان وصل."
    roles = [text[t.start : t.end] for t in find_titles(text)]
    assert roles.count("الملك") == 1, roles


def test_a_leader_named_abd_al_malik_is_no_king(run) -> None:  # type: ignore[no-untyped-def]
    held = _held(run("وقال زعيم جماعة أنصار الشريعة اليمنية عبد الملك الريمي إن الجماعة لن تفاوض."))
    assert not any(r == "الملك" for _, r, _, _ in held), held
    assert any(p == "عبد الملك الريمي" and r == "زعيم" for p, r, _, _ in held), held
