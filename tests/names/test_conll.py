"""Tests for CoNLL reading/writing and Arabic normalisation."""

from __future__ import annotations

from pathlib import Path

from sijill.names.ner.conll import WOJOOD_TYPE_MAP, read_conll, write_conll
from sijill.names.ner.normalize import normalize, strip_clitics


def test_read_two_column(tmp_path: Path) -> None:
    """Blank lines split sentences; stray I- tags are repaired to B-."""
    f = tmp_path / "a.txt"
    f.write_text("زار B-PERS\nأحمد I-PERS\nدمشق B-LOC\n\n\nقال O\nI-x I-ORG\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["زار", "أحمد", "دمشق"], ["B-PERS", "I-PERS", "B-LOC"]),
                     (["قال", "I-x"], ["O", "B-ORG"])]


def test_read_wojood(tmp_path: Path) -> None:
    """Multi-column lines use the first tag; $#$ ends a sentence; GPE maps to LOC."""
    f = tmp_path / "w.txt"
    f.write_text("وزير B-OCC\nخارجية I-OCC B-GPE\nمصر B-GPE\n$#$ O\nشركة B-ORG\n",
                 encoding="utf-8")
    sents = read_conll(f, WOJOOD_TYPE_MAP)
    assert sents == [(["وزير", "خارجية", "مصر"], ["O", "O", "B-LOC"]), (["شركة"], ["B-ORG"])]


def test_write_roundtrip(tmp_path: Path) -> None:
    """What write_conll writes, read_conll reads back."""
    sents = [(["في", "بيروت"], ["O", "B-LOC"]), (["مرحبا"], ["O"])]
    f = tmp_path / "out.txt"
    write_conll(f, sents)
    assert read_conll(f) == sents


def test_normalize() -> None:
    """Alef/hamza, alef maqsura, ta marbuta, diacritics and tatweel are folded."""
    assert normalize("إِسْرائيل") == normalize("اسرائيل")
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("مدرسـة") == "مدرسه"
    assert strip_clitics(normalize("وبالقاهرة")) == "قاهره"
