"""The learned claim decision: features of candidate positions, labels from gold, the JSON
model, the stage hook and `sijill train-claims`, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sijill.claims.learned import (
    SHIPPED,
    ClaimModel,
    active_model,
    decide,
    keep_positions,
    readings,
    use_model,
)
from sijill.claims.model import sentence_views
from sijill.claims.train import DocExamples, f1_at, fit, label_positions
from sijill.cli import main
from sijill.doc import Doc
from sijill.errors import ConfigError
from sijill.evaluate import ScoredDoc


@pytest.fixture()
def rules_only():  # type: ignore[no-untyped-def]
    """The rules' candidates, whatever model is shipped."""
    use_model(None)
    yield
    use_model(False)


def _features_of(doc: Doc, person: str, expected: tuple[str, ...]) -> dict[str, float]:
    """The features of the reading of a title for ``person`` that has the ``expected`` ones."""
    found, feats, _, _ = readings(doc, sentence_views(doc), doc.claims["positions"], True)
    mine = [f for p, f in zip(found, feats) if p.person.name == person]
    assert mine, [p.person.name for p in found]
    fits = [f for f in mine if all(name in f for name in expected)]
    assert fits, [sorted(f) for f in mine]
    return fits[0]


@pytest.mark.parametrize(("text", "person", "expected", "absent"), [
    ("وقال رئيس المجلس الوطني الكردي إبراهيم برو إن الاجتماع كان مثمراً.", "إبراهيم برو",
     ("side=after", "role=HEAD"), ("side=before",)),
    ("وصرّح إبراهيم برو، رئيس المجلس الوطني الكردي، بأن الاجتماع كان مثمراً.", "إبراهيم برو",
     ("side=before", "tp_comma", "role=HEAD"), ("side=after",)),
    ("وأكد الأمين العام لحزب الأمة القومي سارة نقد الله أن الحزب سيشارك في الحوار.",
     "سارة نقد الله", ("side=after", "role=SECRETARY_GENERAL"), ("no_title",)),
])
def test_features_say_where_the_person_stands(run, rules_only, text: str, person: str,  # type: ignore[no-untyped-def]
                                              expected: tuple[str, ...],
                                              absent: tuple[str, ...]) -> None:
    feats = _features_of(run(text), person, expected)
    for name in absent:
        assert name not in feats, sorted(feats)


def _gold(positions: list[dict[str, Any]]) -> ScoredDoc:
    return ScoredDoc.of({"doc": "g", "entities": [
        {"id": "p1", "type": "PERSON", "name": "منى العلي"},
        {"id": "o1", "type": "ORG", "name": "اتحاد الكتاب"},
        {"id": "l1", "type": "LOC", "name": "الأردن"},
    ], "positions": positions})


def _record(positions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "g", "entities": [
        {"id": "e1", "type": "PERSON", "name": "منى العلي"},
        {"id": "e2", "type": "ORG", "name": "اتحاد الكتاب"},
        {"id": "e3", "type": "LOC", "name": "الأردن"},
    ], "positions": positions}


@pytest.mark.parametrize(("gold", "system", "labels"), [
    # same person, role class and organisation
    ([{"person": "p1", "role": "رئيسة", "org": "o1"}],
     [{"person": "e1", "role": "رئيس", "org": "e2"}, {"person": "e1", "role": "نائب رئيس", "org": "e2"}],
     [True, False]),
    # a country as organisation counts as none
    ([{"person": "p1", "role": "رئيس", "org": None}], [{"person": "e1", "role": "رئيس", "org": "e3"}],
     [True]),
    # a minister's organisation is not compared
    ([{"person": "p1", "role": "وزير الثقافة", "org": "l1"}],
     [{"person": "e1", "role": "وزيرة الثقافة", "org": "e2"}], [True]),
    # one gold position matches one candidate only
    ([{"person": "p1", "role": "رئيس", "org": "o1"}],
     [{"person": "e1", "role": "رئيس", "org": "e2"}, {"person": "e1", "role": "رئيس", "org": "e2"}],
     [True, False]),
    # the wrong organisation is wrong
    ([{"person": "p1", "role": "عضو", "org": "o1"}], [{"person": "e1", "role": "عضو", "org": None}],
     [False]),
])
def test_labels_follow_the_scorer(gold: list[dict[str, Any]], system: list[dict[str, Any]],
                                  labels: list[bool]) -> None:
    assert label_positions(_record(system), _gold(gold)) == labels


def test_model_round_trip_and_score(tmp_path: Path) -> None:
    model = ClaimModel({"side=after": 2.0, "tp_comma": -1.5}, -0.5, 0.6, card={"docs": 3})
    path = tmp_path / "m.json"
    model.save(path)
    back = ClaimModel.load(path)
    assert back.to_json() == model.to_json()
    assert back.score({"side=after": 1.0}) == pytest.approx(0.8176, abs=1e-3)
    assert back.keeps({"side=after": 1.0}) and not back.keeps({"tp_comma": 1.0})
    assert ClaimModel(back.weights, -9.0, 0.6, enabled=False).keeps({})


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": "other"}),
                                     json.dumps({"format": "sijill-claims-logistic/1"})])
def test_a_file_that_is_no_model_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="m.json"):
        ClaimModel.load(path)


def test_the_hook_drops_what_the_model_rejects(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    text = ("والتقى رئيس الهيئة العليا للمفاوضات رياض حجاب بالمبعوث الأممي، "
            "وحضر اللقاء سمير نشار، عضو الائتلاف الوطني السوري.")
    doc = run(text)
    views = sentence_views(doc)
    # Every reading of the titles, as if the rules had proposed them all.
    found = readings(doc, views, doc.claims["positions"], True)[0]
    pairs = {(p.person.name, p.role) for p in found}
    assert {("رياض حجاب", "رئيس"), ("سمير نشار", "المبعوث الأممي"), ("سمير نشار", "عضو")} <= pairs
    # A title that reaches its person across a comma and a new clause (وحضر) names someone else.
    use_model(ClaimModel({"tp_wa": -20.0}, 5.0, 0.5))
    kept = {(p.person.name, p.role) for p in keep_positions(doc, views, found)}
    assert ("رياض حجاب", "رئيس") in kept and ("سمير نشار", "عضو") in kept
    assert ("سمير نشار", "المبعوث الأممي") not in kept
    use_model(ClaimModel({"side=after": -20.0}, 5.0, 0.5))
    kept = {(p.person.name, p.role) for p in keep_positions(doc, views, found)}
    assert ("سمير نشار", "عضو") in kept and ("رياض حجاب", "رئيس") not in kept
    use_model(ClaimModel({"side=after": -20.0}, 5.0, 0.5, enabled=False))
    assert keep_positions(doc, views, found) == found


def test_environment_chooses_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.json"
    ClaimModel({"role=HEAD": 1.0}, 0.0, 0.5).save(path)
    monkeypatch.setenv("SIJILL_CLAIMS_MODEL", str(path))
    assert active_model() is not None and active_model().weights == {"role=HEAD": 1.0}  # type: ignore[union-attr]
    monkeypatch.setenv("SIJILL_CLAIMS_MODEL", "off")
    assert active_model() is None


def _examples(n: int, signal: bool) -> list[DocExamples]:
    """Documents whose candidates are right exactly when ``side=after`` (or at random); each
    right candidate matches its own gold position, and one gold position is never found."""
    out = []
    for k in range(n):
        feats: list[dict[str, float]] = []
        matches: list[list[int]] = []
        for j in range(6):
            after = (j + k) % 2 == 0
            feats.append({"side=after" if after else "side=before": 1.0, f"n={j % 3}": 1.0})
            right = after if signal else (j * 7 + k * 3) % 5 == 0
            matches.append([len([m for m in matches if m])] if right else [])
        gold = sum(1 for m in matches if m) + 1
        out.append(DocExamples(f"d{k:02d}", feats, matches, gold))
    return out


def test_fit_learns_a_real_signal_and_is_deterministic() -> None:
    docs = _examples(10, signal=True)
    model = fit(docs, seed=3, alternatives=False)
    assert model.enabled
    assert model.score({"side=after": 1.0}) > model.threshold > model.score({"side=before": 1.0})
    assert fit(list(reversed(docs)), seed=3, alternatives=False).to_json() == model.to_json()
    scores = [[model.score(f) for f in d.features] for d in docs]
    assert f1_at(docs, scores, model.threshold) > f1_at(docs, scores, None)


def test_fit_without_signal_ships_disabled() -> None:
    model = fit(_examples(10, signal=False), seed=3)
    assert not model.enabled


@pytest.mark.parametrize(("scores", "groups", "rules", "keys", "kept"), [
    # the best reading of a title wins over the rules' when it passes its own bar
    ([0.3, 0.9, 0.4], [0, 0, 0], [True, False, False], [(1, 1, "a"), (1, 2, "a"), (2, 1, "a")],
     [False, True, False]),
    # a new reading below its bar does not replace the rules' reading
    ([0.3, 0.6, 0.4], [0, 0, 0], [True, False, False], [(1, 1, "a"), (1, 2, "a"), (2, 1, "a")],
     [True, False, False]),
    # the rules' readings of one title for one person in two organisations both stay
    ([0.5, 0.4], [0, 0], [True, True], [(1, 1, "a"), (1, 2, "a")], [True, True]),
    # a list under one title: a better reading replaces one person's, the other person's stays
    ([0.5, 0.4, 0.9], [0, 0, 0], [True, True, False], [(1, 1, "a"), (2, 1, "a"), (1, 2, "a")],
     [False, True, True]),
    # the same position from two titles is kept once; a candidate with no title by its score
    ([0.5, 0.5, 0.05], [0, 1, -1], [True, True, True], [(1, 1, "a"), (1, 1, "a"), (3, 0, "b")],
     [True, False, False]),
])
def test_decide_keeps_the_best_reading_of_each_title(scores: list[float], groups: list[int],
                                                     rules: list[bool],
                                                     keys: list[tuple[int, int, str]],
                                                     kept: list[bool]) -> None:
    assert decide(scores, groups, rules, keys, 0.2, 0.8) == kept


def test_alternative_readings_of_a_title(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال وزير الإعلام في الحكومة الليبية المؤقتة عمر القويري إن الحكومة ستعقد "
              "اجتماعاً مع مجلس النواب.")
    views = sentence_views(doc)
    found, feats, groups, rules = readings(doc, views, doc.claims["positions"], True)
    assert sum(rules) == len(doc.claims["positions"])
    readings_of = {(p.person.name, p.org.name if p.org else None) for p in found}
    assert ("عمر القويري", None) in readings_of
    assert ("عمر القويري", "مجلس النواب") in readings_of
    alt = [f for f, r in zip(feats, rules) if not r]
    assert alt and all(any(k.startswith("reading_org=") for k in f) for f in alt)
    assert len(set(groups)) == 1


def test_a_verb_between_marks_a_new_clause(run, rules_only) -> None:  # type: ignore[no-untyped-def]
    doc = run("واستقبل المحافظ يوسف البدري وفداً من التجار، وقال رئيس غرفة التجارة إن اللقاء "
              "كان مثمراً.")
    found, feats, _, _ = readings(doc, sentence_views(doc), doc.claims["positions"], True)
    back = [f for p, f in zip(found, feats) if p.person.name == "يوسف البدري" and "side=before" in f]
    assert back and all("tp_verb" in f for f in back)


def test_shipped_model_loads_when_present() -> None:
    if not SHIPPED.exists():
        pytest.skip("no shipped model in this checkout")
    model = ClaimModel.load(SHIPPED)
    assert model.card.get("docs", 0) > 0


def _write_corpus(tmp: Path) -> tuple[Path, Path]:
    texts = {
        "a1": "وقال رئيس اتحاد الطلبة الأحرار ماجد الحسن إن الانتخابات ستجري في موعدها.",
        "a2": "وأعلنت سلمى الخطيب، رئيسة جمعية حماية البيئة، عن حملة تشجير جديدة.",
        "a3": "والتقى الأمين العام لنقابة المهندسين عمر الراشد بوفد من رابطة الصحفيين.",
        "a4": "وصرح نائب رئيس مجلس إدارة غرفة التجارة فهد العتيبي بأن الغرفة ستفتتح فرعاً جديداً.",
        "a5": "وقالت ليلى منصور، عضو الهيئة الإدارية لنادي الشباب، إن النادي يستعد للموسم.",
    }
    golds = {
        "a1": ("ماجد الحسن", "رئيس", "اتحاد الطلبة الأحرار"),
        "a2": ("سلمى الخطيب", "رئيسة", "جمعية حماية البيئة"),
        "a3": ("عمر الراشد", "الأمين العام", "نقابة المهندسين"),
        "a4": ("فهد العتيبي", "نائب رئيس مجلس الإدارة", "غرفة التجارة"),
        "a5": ("ليلى منصور", "عضو الهيئة الإدارية", "نادي الشباب"),
    }
    articles = tmp / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n"
                                for k, v in texts.items()), encoding="utf-8")
    gold_dir = tmp / "gold"
    gold_dir.mkdir()
    for k, (person, role, org) in golds.items():
        (gold_dir / f"{k}.json").write_text(json.dumps({
            "doc": k, "entities": [{"id": "p", "type": "PERSON", "name": person},
                                   {"id": "o", "type": "ORG", "name": org}],
            "positions": [{"person": "p", "role": role, "org": "o", "status": "current"}],
        }, ensure_ascii=False), encoding="utf-8")
    return gold_dir, articles


def test_train_claims_writes_a_model(tmp_path: Path) -> None:
    gold_dir, articles = _write_corpus(tmp_path)
    out = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train-claims", str(gold_dir), str(articles), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "model written to" in result.output
    model = ClaimModel.load(out)
    assert model.card["docs"] == 5 and model.card["gold_positions"] == 5


@pytest.mark.parametrize(("case", "message"), [
    ("no_gold", "gold folder not found"),
    ("no_match", "no article has a gold file"),
    ("unreadable", "no such file"),
    ("no_folder", "does not exist"),
])
def test_train_claims_says_what_is_wrong(tmp_path: Path, case: str, message: str) -> None:
    gold_dir, articles = _write_corpus(tmp_path)
    out = tmp_path / "model.json"
    if case == "no_gold":
        gold_dir = tmp_path / "missing"
    elif case == "no_match":
        articles.write_text(json.dumps({"id": "zz", "text": "نص لا علاقة له."}) + "\n", encoding="utf-8")
    elif case == "unreadable":
        articles = tmp_path / "nowhere.jsonl"
    else:
        out = tmp_path / "nowhere" / "model.json"
    result = CliRunner().invoke(main, ["train-claims", str(gold_dir), str(articles), "-o", str(out)])
    assert result.exit_code != 0
    assert message in result.output
    assert not out.exists()
