"""Register views of an organisation: its structure as a tree (parents, sub-bodies, members,
each edge with its claims), its size over time and its decisions log, and `sijill org
--structure / --decisions` that print them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.extract import make_doc
from sijill.pipeline import Pipeline
from sijill.read.article import Article
from sijill.register.db import Database
from sijill.register.queries import resolve_entity
from sijill.register.resolve import resolve_pending
from sijill.register.store import extraction_version, store_doc
from sijill.register.structure import decisions_log, structure

PARTY = "حزب النهضة الوطني"
FORUM = "منبر الجمعيات السورية"
DOCS = {
    "s1": ("عقد حزب النهضة الوطني مؤتمره السنوي في إدلب. وقدم المكتب المالي للحزب تقريره.",
           "2021-01-10"),
    "s2": ("ويضم منبر الجمعيات السورية 42 منظمة.", "2021-02-01"),
    "s3": ("وتعد رابطة الصحفيين السوريين من مكونات منبر الجمعيات السورية.", "2021-03-01"),
    "s4": (("عقدت الهيئة التنفيذية لحزب النهضة الوطني اجتماعها الدوري يوم 3 أيار 2021، وخرج "
           "المجتمعون بمجموعة من القرارات أهمها:\n- عقد سلسلة من الاجتماعات مع الهيئات في "
           "المدن.\n- تطوير الحلقات التدريبية في المناطق."), "2021-05-04"),
    "s5": ("اجتمع المكتب المالي لحزب النهضة الوطني في حلب.", "2021-06-01"),
    "s6": ("ويضم منبر الجمعيات السورية 35 منظمة.", "2020-06-01"),
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _build(db: Database, pipeline: Pipeline) -> None:
    version = extraction_version(pipeline.names)
    for doc_id, (text, published) in DOCS.items():
        store_doc(db, pipeline(make_doc(Article(doc_id, text, published))), version)
    resolve_pending(db)


def _org(db: Database, name: str) -> str:
    return resolve_entity(db, name, ("ORG",)).id


def test_sub_bodies_named_in_several_articles_are_one_entity(db: Database,
                                                             pipeline: Pipeline) -> None:
    _build(db, pipeline)
    tree = structure(db, _org(db, PARTY))
    assert tree.entity.name == PARTY
    assert [(e.type, e.entity.name) for e in tree.children] == [
        ("PART_OF", "المكتب المالي"), ("PART_OF", "الهيئة التنفيذية")]
    office = tree.children[0]
    assert [c.doc for c in office.claims] == ["s1", "s5"]
    assert (office.first_seen, office.last_seen) == ("2021-01-10", "2021-06-01")
    assert "المكتب المالي" in office.claims[0].evidence
    assert tree.parents == [] and tree.members == []


def test_a_sub_body_has_its_parent(db: Database, pipeline: Pipeline) -> None:
    _build(db, pipeline)
    tree = structure(db, _org(db, "الهيئة التنفيذية"))
    [parent] = tree.parents
    assert (parent.type, parent.entity.name) == ("PART_OF", PARTY)
    assert parent.claims[0].doc == "s4" and parent.claims[0].said_on == "2021-05-04"


def test_members_and_size_over_time(db: Database, pipeline: Pipeline) -> None:
    _build(db, pipeline)
    tree = structure(db, _org(db, FORUM))
    [member] = tree.members
    assert (member.type, member.entity.name) == ("MEMBER_OF", "رابطة الصحفيين السوريين")
    assert member.claims[0].doc == "s3"
    assert [(s.value, s.unit, s.date, s.doc) for s in tree.sizes] == [
        (35, "منظمة", "2020-06-01", "s6"), (42, "منظمة", "2021-02-01", "s2")]
    assert "42" in tree.sizes[1].evidence


def test_the_tree_goes_down_several_levels(db: Database, pipeline: Pipeline) -> None:
    _build(db, pipeline)
    store_doc(db, pipeline(make_doc(Article(
        "s7", "وتعد منظمة الحرية من مكونات رابطة الصحفيين السوريين.", "2021-07-01"))),
        extraction_version(pipeline.names))
    resolve_pending(db)
    [member] = structure(db, _org(db, FORUM)).members
    assert [e.entity.name for e in member.below] == ["منظمة الحرية"]
    assert structure(db, _org(db, FORUM), depth=1).members[0].below == []


def test_decisions_log_of_the_body_and_of_the_party(db: Database, pipeline: Pipeline) -> None:
    _build(db, pipeline)
    for name in (PARTY, "الهيئة التنفيذية"):
        log = decisions_log(db, _org(db, name))
        assert [d.text for d in log] == ["عقد سلسلة من الاجتماعات مع الهيئات في المدن.",
                                         "تطوير الحلقات التدريبية في المناطق."]
        first = log[0]
        assert (first.kind, first.date, first.doc, first.said_on) == (
            "DECISION", "2021-05-03", "s4", "2021-05-04")
        assert first.body is not None and first.body.name == "الهيئة التنفيذية"
        assert first.event == "s4/event/0"
        assert DOCS["s4"][0][first.start:first.end] == first.text
    assert decisions_log(db, _org(db, FORUM)) == []


def test_decisions_are_in_date_order(db: Database, pipeline: Pipeline) -> None:
    _build(db, pipeline)
    store_doc(db, pipeline(make_doc(Article("s0", DOCS["s4"][0].replace("2021", "2019"),
                                            "2019-05-04"))), extraction_version(pipeline.names))
    resolve_pending(db)
    log = decisions_log(db, _org(db, PARTY))
    assert [d.doc for d in log] == ["s0", "s0", "s4", "s4"]
    assert [d.date for d in log] == ["2019-05-03", "2019-05-03", "2021-05-03", "2021-05-03"]


# -- the command -------------------------------------------------------------------------------


def _run(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["org", *args, "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.output


def test_org_structure_and_decisions_command(db: Database, db_url: str,
                                             pipeline: Pipeline) -> None:
    _build(db, pipeline)
    text = _run(db_url, PARTY, "--structure")
    assert "Sub-bodies (2)" in text and "  المكتب المالي (PART_OF" in text
    assert "s5 2021-06-01" in text
    data = json.loads(_run(db_url, FORUM, "--structure", "--json"))
    assert data["members"][0]["entity"]["name"] == "رابطة الصحفيين السوريين"
    assert [s["value"] for s in data["sizes"]] == [35, 42]
    text = _run(db_url, PARTY, "--decisions")
    assert "Decisions (2" in text and "تطوير الحلقات التدريبية في المناطق." in text
    data = json.loads(_run(db_url, PARTY, "--decisions", "--json"))
    assert [d["date"] for d in data] == ["2021-05-03", "2021-05-03"]
    both = json.loads(_run(db_url, PARTY, "--structure", "--decisions", "--json"))
    assert set(both) == {"structure", "decisions"}
    assert "Board" in _run(db_url, PARTY)  # without the flags, the page as before


def test_org_structure_of_an_unknown_name_fails(db_url: str) -> None:
    result = CliRunner().invoke(main, ["org", "زيد عمرو", "--structure", "--db", db_url])
    assert result.exit_code != 0
