"""Readers' review: unsure entity pairs, claims marked wrong, claims added; every view follows
the corrections, and a re-ingest of the document keeps them."""

from __future__ import annotations

import pytest

from sijill.read.article import Article
from sijill.register.db import Database
from sijill.register.ingest import ingest
from sijill.register.queries import find_events, resolve_entity
from sijill.register.review import (
    ReviewError,
    add_claim,
    corrections,
    document_claims,
    keep_apart,
    mark_claim_wrong,
    merge,
    reviewed_documents,
    unmark,
    unsure_pairs,
)
from sijill.register.seats import board, person_tenures
from sijill.register.structure import decisions_log

from .review_corpus import COALITION, article, build, entity

KHOJA_POST = "v2/position/0"


@pytest.fixture
def register(db: Database) -> Database:
    return build(db)


def holders(db: Database, on: str) -> list[str]:
    org = resolve_entity(db, COALITION, ("ORG",)).id
    return [t.person.name for t in board(db, org, on)]


def nashar_post(db: Database) -> str:
    return add_claim(db, "v7", "position",
                     {"person": entity(db, "v7", "سمير نشار"), "role": "عضو الهيئة السياسية",
                      "org": entity(db, "v7", COALITION), "status": "current"}, 4, 13)


# -- unsure pairs ----------------------------------------------------------------------------


def test_unsure_pairs_are_a_weak_link_and_a_shared_name(register: Database) -> None:
    pairs = unsure_pairs(register)
    assert [(p.a_name, p.b_name, p.reason, p.joined) for p in pairs] == [
        ("أحمد معاذ الخطيب", "معاذ الخطيب", "short form", True),
        ("الخطيب", "الخطيب", "same name, kept apart", False)]
    weak, shared = pairs
    assert weak.a_canonical == weak.b_canonical and weak.score is not None and weak.score < 1
    assert shared.a_canonical != shared.b_canonical and shared.type == "PERSON"
    assert (shared.a_documents, shared.b_documents) == (1, 1)
    assert unsure_pairs(register, limit=1, offset=1) == [shared]


def test_generic_bodies_kept_apart_on_purpose_are_not_unsure(register: Database) -> None:
    assert register.scalar("SELECT COUNT(*) FROM canonical_entities WHERE name = ?",
                           ("الهيئة العامة",)) == 2
    assert not [p for p in unsure_pairs(register) if "الهيئة العامة" in (p.a_name, p.b_name)]


def test_keep_apart_takes_a_pair_out_and_splits_it(register: Database) -> None:
    weak = unsure_pairs(register)[0]
    keep_apart(register, weak.a, weak.b)
    assert [p.reason for p in unsure_pairs(register)] == ["same name, kept apart"]
    ids = register.query("SELECT entity_id, canonical_id FROM entity_canonical "
                         "WHERE entity_id IN (?, ?)", (weak.a, weak.b))
    assert len({c for _, c in ids}) == 2


def test_merge_joins_a_shared_name_and_confirms_a_weak_link(register: Database) -> None:
    weak, shared = unsure_pairs(register)
    merge(register, shared.a, shared.b)
    merge(register, weak.a, weak.b)
    assert unsure_pairs(register) == []
    assert register.scalar("SELECT COUNT(*) FROM canonical_entities WHERE name = ?",
                           ("الخطيب",)) == 1
    ids = register.query("SELECT canonical_id FROM entity_canonical WHERE entity_id IN (?, ?)",
                         (weak.a, weak.b))
    assert len({c for (c,) in ids}) == 1


def test_a_bad_page_is_refused(register: Database) -> None:
    with pytest.raises(ReviewError, match="negative"):
        unsure_pairs(register, limit=-1)


# -- claims marked wrong -----------------------------------------------------------------------


def test_a_claim_marked_wrong_leaves_the_board_and_comes_back_unmarked(
        register: Database) -> None:
    assert holders(register, "2015-02-01") == ["خالد خوجة"]
    mark_claim_wrong(register, KHOJA_POST, note="Khoja was elected later")
    assert "خالد خوجة" not in holders(register, "2015-02-01")
    [c] = corrections(register)
    assert (c.doc_id, c.kind, c.action, c.claim_id, c.note) == (
        "v2", "position", "wrong", KHOJA_POST, "Khoja was elected later")
    assert reviewed_documents(register) == ["v2"]
    unmark(register, KHOJA_POST)
    assert holders(register, "2015-02-01") == ["خالد خوجة"]
    assert corrections(register) == []


def test_reingesting_the_document_keeps_the_claim_marked_wrong(register: Database) -> None:
    mark_claim_wrong(register, KHOJA_POST)
    stats = ingest(register, [article("v2")], reextract=True)
    assert stats.replaced == 1
    [c] = corrections(register)
    assert c.claim_id == KHOJA_POST  # attached to the claim as extracted again
    assert "خالد خوجة" not in holders(register, "2015-02-01")
    assert register.scalar("SELECT COUNT(*) FROM claims WHERE id = ?", (KHOJA_POST,)) == 1


def test_an_event_marked_wrong_leaves_the_events(register: Database) -> None:
    org = resolve_entity(register, COALITION, ("ORG",)).id
    before = [e.claim for e in find_events(register, participant=org)]
    assert "v7/event/0" in before
    mark_claim_wrong(register, "v7/event/0")
    assert [e.claim for e in find_events(register, participant=org)] == [
        c for c in before if c != "v7/event/0"]


def test_marking_an_unknown_claim_says_what_to_give(register: Database) -> None:
    with pytest.raises(ReviewError, match="no claim 'v2/position/9'"):
        mark_claim_wrong(register, "v2/position/9")
    with pytest.raises(ReviewError, match="no correction"):
        unmark(register, KHOJA_POST)


# -- claims added ------------------------------------------------------------------------------


def test_an_added_position_is_a_tenure_marked_corrected(register: Database) -> None:
    claim_id = nashar_post(register)
    assert claim_id.startswith("v7/position/added-")
    person = resolve_entity(register, "سمير نشار", ("PERSON",)).id
    [t] = person_tenures(register, person)
    assert (t.role, t.org and t.org.name, t.corrected) == ("عضو الهيئة السياسية", COALITION, True)
    assert [(r.claim, r.corrected, r.evidence) for r in t.claims] == [
        (claim_id, True, "حضر سمير نشار اجتماع الائتلاف الوطني السوري في إسطنبول يوم 3 آب 2014.")]
    [c] = corrections(register, "v7")
    assert (c.action, c.claim_id, c.start, c.end) == ("added", claim_id, 4, 13)
    # the machine's own tenures stay uncorrected
    khoja = resolve_entity(register, "خالد خوجة", ("PERSON",)).id
    assert not any(t.corrected for t in person_tenures(register, khoja))


def test_reingesting_the_document_keeps_the_added_claim(register: Database) -> None:
    claim_id = nashar_post(register)
    assert nashar_post(register) == claim_id  # adding it twice adds it once
    ingest(register, [article("v7")], reextract=True)
    person = resolve_entity(register, "سمير نشار", ("PERSON",)).id
    assert [t.corrected for t in person_tenures(register, person)] == [True]
    unmark(register, claim_id)
    assert person_tenures(register, person) == []
    assert corrections(register) == []


def test_marking_an_added_claim_wrong_takes_it_back(register: Database) -> None:
    claim_id = nashar_post(register)
    mark_claim_wrong(register, claim_id)
    assert register.scalar("SELECT COUNT(*) FROM claims WHERE id = ?", (claim_id,)) == 0
    assert corrections(register) == []


@pytest.mark.parametrize(("doc", "kind", "data", "span", "message"), [
    ("v99", "position", {}, (0, 1), "no document 'v99'"),
    ("v7", "quote", {}, (0, 1), "cannot add a claim of kind 'quote'"),
    ("v7", "position", {"person": "e1", "role": "عضو"}, (0, 500), "outside the text"),
    ("v7", "position", {"person": "e1", "role": "عضو"}, (5, 5), "outside the text"),
    ("v7", "position", {"person": "e42", "role": "عضو"}, (0, 5), "no entity 'e42'"),
    ("v7", "position", {"person": "e2", "role": "عضو"}, (0, 5), "is a ORG, not a PERSON"),
    ("v7", "position", {"person": "e1"}, (0, 5), "needs a role"),
    ("v7", "position", {"person": "e1", "role": "عضو", "status": "maybe"}, (0, 5), "status"),
    ("v7", "position", {"person": "e1", "role": "عضو", "rank": 1}, (0, 5), "unknown field"),
    ("v7", "event", {"type": "PARTY", "participants": ["e1"]}, (0, 5), "event type"),
    ("v7", "event", {"type": "MEETING", "participants": ["e1"], "date": "3 آب"}, (0, 5),
     "not a date"),
    ("v7", "relation", {"type": "PART_OF", "child": "e2", "parent": "e2"}, (0, 5), "two entities"),
    ("v7", "decision", {"kind": "DECISION"}, (0, 5), "needs its text"),
])
def test_a_claim_that_cannot_be_added_is_refused_with_a_reason(
        register: Database, doc: str, kind: str, data: dict[str, object],
        span: tuple[int, int], message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        add_claim(register, doc, kind, data, *span)
    assert corrections(register) == []


def test_a_claim_the_register_has_is_not_added_again(register: Database) -> None:
    with pytest.raises(ReviewError, match="already: v2/position/0"):
        add_claim(register, "v2", "position",
                  {"person": "e3", "role": "رئيس", "org": "e2", "status": "current"}, 44, 69)


def test_an_added_event_is_listed_as_corrected(register: Database) -> None:
    claim_id = add_claim(register, "v4", "event",
                         {"type": "MEETING", "participants": ["e2", "v4/e3"], "date": "2013-03"},
                         0, 10)
    org = resolve_entity(register, COALITION, ("ORG",)).id
    added = [e for e in find_events(register, participant=org) if e.claim == claim_id]
    assert [(e.type, e.date, e.corrected) for e in added] == [("MEETING", "2013-03", True)]


def test_a_documents_claims_say_which_were_corrected(register: Database) -> None:
    mark_claim_wrong(register, KHOJA_POST)
    added = add_claim(register, "v2", "event",
                      {"type": "APPOINTMENT", "participants": ["e3", "e2"]}, 44, 69)
    listed = {c.id: c.status for c in document_claims(register, "v2")}
    assert listed == {KHOJA_POST: "wrong", "v2/event/0": "extracted",
                      "v2/relation/0": "extracted", added: "added"}


def test_a_correction_waits_while_the_document_no_longer_gives_its_claim(
        register: Database) -> None:
    mark_claim_wrong(register, KHOJA_POST)
    changed = Article("v2", "انتخبت الهيئة العامة للائتلاف الوطني السوري خالد خوجة نائباً للرئيس.",
                      "2015-01-05", {})
    ingest(register, [changed])
    [waiting] = corrections(register)
    assert waiting.claim_id is None and waiting.kind == "position"
    ingest(register, [article("v2")])
    [back] = corrections(register)
    assert back.claim_id == KHOJA_POST
    assert "خالد خوجة" not in holders(register, "2015-02-01")


def test_decisions_follow_the_corrections(register: Database) -> None:
    org = resolve_entity(register, COALITION, ("ORG",)).id
    log = decisions_log(register, org)
    assert [d.text for d in log] == ["تأجيل انتخابات الرئاسة إلى الشهر المقبل.",
                                     "تشكيل لجنة للعضوية."]
    mark_claim_wrong(register, log[0].claim)
    added = add_claim(register, "v8", "decision",
                      {"kind": "RECOMMENDATION", "body": entity(register, "v8", COALITION),
                       "text": "دعوة الهيئة العامة إلى الانعقاد."}, 0, 10)
    ingest(register, [article("v8")], reextract=True)
    assert [(d.claim, d.text, d.corrected) for d in decisions_log(register, org)] == [
        (added, "دعوة الهيئة العامة إلى الانعقاد.", True),  # its evidence comes first
        ("v8/decision/1", "تشكيل لجنة للعضوية.", False)]
