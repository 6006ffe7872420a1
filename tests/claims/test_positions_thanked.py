"""A title whose name is not given is not held by the person thanked or met further on, in
sentences written for these tests; a title carrying the preposition itself keeps its holder."""

from __future__ import annotations

from typing import Any


def _holders(doc: Any, role: str) -> set[str]:
    return {p.person.name for p in doc.claims["positions"] if p.role == role}


def test_the_one_thanked_after_a_phrase_is_not_the_titles_holder(run: Any) -> None:
    doc = run("وعبر رئيس لجنة الحكام نيابة عن أعضاء اللجنة عن امتنانه للأمير فيصل بن خالد على دعمه.",
              published="2022-03-01")
    assert "فيصل بن خالد" not in _holders(doc, "رئيس")


def test_a_title_with_the_preposition_on_it_keeps_its_holder(run: Any) -> None:
    doc = run("والتقى الوفد المبعوث الخاص للرئيس الفرنسي إيمانويل ماكرون إلى لبنان.",
              published="2022-03-01")
    assert "إيمانويل ماكرون" in _holders(doc, "الرئيس")
