"""Latin spellings come from the romanizer running its ONNX models on one thread."""

from __future__ import annotations

from sijill.names.latin import _romanizer, latin_many


def test_the_romanizer_runs_on_one_thread() -> None:
    model = _romanizer().model
    for session in (model.backend.encoder, model.backend.decoder):
        assert session.get_session_options().intra_op_num_threads == 1


def test_a_batch_spells_like_one_by_one() -> None:
    names = ["هادي البحرة", "عبد الرحمن بن عبد العزيز", "Smith"]
    batch = latin_many(names)
    assert batch[2] is None and batch[0] is not None and batch[0].lower().startswith("hadi")
    assert batch == [latin_many([n])[0] for n in names]
