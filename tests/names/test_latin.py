"""Latin spellings come from the romanizer running its ONNX models on one thread."""

from __future__ import annotations

import pytest

from sijill.names import latin as latin_module
from sijill.names.latin import _romanizer, _spell_many, latin_many


def test_the_romanizer_runs_on_one_thread() -> None:
    model = _romanizer().model
    for session in (model.backend.encoder, model.backend.decoder):
        assert session.get_session_options().intra_op_num_threads == 1


def test_a_batch_spells_like_one_by_one() -> None:
    names = ["هادي البحرة", "عبد الرحمن بن عبد العزيز", "Smith"]
    batch = latin_many(names)
    assert batch[2] is None and batch[0] is not None and batch[0].lower().startswith("hadi")
    _forget()  # one by one from the model again, not from the caches
    assert batch == [latin_many([n])[0] for n in names]


def _forget() -> None:
    """Drop the spellings of names and the decoded name parts kept so far."""
    latin_module._SPELLED.clear()
    _romanizer().model._decoded.clear()


def test_a_part_is_decoded_once_across_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name part the model decoded in one name is not decoded again in another, and is
    spelled as a fresh process spells it."""
    _forget()
    model = _romanizer().model
    latin_many(["سيرغي كاكوه"])
    decoded: list[str] = []
    real = model._decode

    def spy(units: list[str], *args: object) -> object:
        decoded.extend(units)
        return real(units, *args)

    monkeypatch.setattr(model, "_decode", spy)
    again = latin_many(["أحمد كاكوه"])[0]
    assert again is not None and "كاكوه" not in decoded
    _forget()
    assert latin_many(["أحمد كاكوه"])[0] == again
    assert "كاكوه" in decoded


@pytest.mark.parametrize("part", ["كاكوه", "أوغلو", "زيدان"])
def test_a_part_spells_the_same_beside_parts_of_other_lengths(part: str) -> None:
    # Unseen parts of other lengths in one call once padded the batch and shifted the beam
    # (كاكوه came out Kakou beside longer parts, Kakouh alone).
    others = ["بوغدانوفيتش", "تشيلينجاروف", "فيليبوفيتش غالاتاسراي", "قرقاش"]
    alone = _spell_many([part], "SY")[0]
    assert alone is not None
    assert _spell_many([*others, part], "SY")[-1] == alone


def test_dictionary_answers_are_kept_and_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """The attested-spellings dictionary is asked once per name part; a kept answer is what
    the SQLite file gives, and a caller changing its copy changes nothing kept."""
    index = _romanizer().index
    assert isinstance(index, latin_module._RememberedIndex)
    sqlite = index._index
    asked: list[str] = []
    real = sqlite.lookup_unit

    def spy(key: str, *args: object) -> object:
        asked.append(key)
        return real(key, *args)

    monkeypatch.setattr(sqlite, "lookup_unit", spy)
    key = "زهيرالمحفوظي"  # a key no other test asks for
    first = index.lookup_unit(key, "SY", "given")
    first.append("changed")
    again = index.lookup_unit(key, "SY", "given")
    assert asked == [key]
    assert again == real(key, "SY", "given")
    assert index.lookup_full("محمد", "SY") == sqlite.lookup_full("محمد", "SY")


def test_parts_of_several_lengths_are_decoded_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document's unseen parts of different lengths go to the model together (a decoder step
    costs about as much for one part as for several), each spelled as it is alone."""
    parts = ["كاكوه", "بوغدانوفيتش", "قرقاشي"]
    _forget()
    alone = [_spell_many([p], "SY")[0] for p in parts]
    _forget()
    model = _romanizer().model
    batches: list[list[str]] = []
    real = model._model.transliterate_units

    def spy(units: list[str], *args: object, **kwargs: object) -> object:
        batches.append(list(units))
        return real(units, *args, **kwargs)

    monkeypatch.setattr(model._model, "transliterate_units", spy)
    assert _spell_many(parts, "SY") == alone
    assert len(batches) == 1 and sorted(batches[0]) == sorted(parts)
