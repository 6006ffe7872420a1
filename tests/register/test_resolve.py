"""Cross-document resolution: variant spellings join, namesakes stay apart, people's decisions
hold, and the register does not depend on the order documents came in."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from sijill.cli import main
from sijill.register.db import Database, Row
from sijill.register.resolution.decisions import ResolutionError, distinct, merge, split
from sijill.register.resolution.grouping import canonical_id
from sijill.register.resolve import requeue_all, resolve_pending
from sijill.register.store import delete_document, store_record

Ent = tuple[Any, ...]  # (type, name) or (type, name, aliases) or (type, name, aliases, latin)


def record(doc_id: str, text: str, *entities: Ent,
           posts: tuple[tuple[int, int], ...] = ()) -> dict[str, Any]:
    """A record of one short text whose entities (and posts: person index, org index) are given."""
    ents = []
    for i, (etype, name, *rest) in enumerate(entities, 1):
        start = max(text.find(name), 0)
        ent: dict[str, Any] = {"id": f"e{i}", "type": etype, "name": name,
                               "aliases": list(rest[0]) if rest else [],
                               "mentions": [{"start": start, "end": start + len(name)}]}
        if len(rest) > 1:
            ent["latin"] = rest[1]
        ents.append(ent)
    positions = [{"person": f"e{p + 1}", "org": f"e{o + 1}", "role": "رئيس", "status": "current",
                  "evidence": {"start": 0, "end": len(text)}} for p, o in posts]
    return {"id": doc_id, "published": "2024-05-01", "text": text, "entities": ents,
            "positions": positions, "events": []}


def store(db: Database, *records: dict[str, Any]) -> None:
    for rec in records:
        store_record(db, rec, version="test", digest=rec["id"])


def canonical_of(db: Database, entity_id: str) -> str:
    return str(db.scalar("SELECT canonical_id FROM entity_canonical WHERE entity_id = ?",
                         (entity_id,)))


def same(db: Database, *entity_ids: str) -> bool:
    return len({canonical_of(db, e) for e in entity_ids}) == 1


def state(db: Database) -> tuple[list[Row], ...]:
    """Everything resolution writes, without the times decisions were taken."""
    return (db.query("SELECT id, type, name, name_key, latin FROM canonical_entities ORDER BY id"),
            db.query("SELECT entity_id, canonical_id FROM entity_canonical ORDER BY entity_id"),
            db.query("SELECT left_id, right_id, verdict, decided_by, reason, score "
                     "FROM resolution_decisions ORDER BY left_id, right_id, decided_by"))


COALITION = [
    record("a1", "اجتمع الائتلاف الوطني لقوى الثورة والمعارضة السورية في إسطنبول.",
           ("ORG", "الائتلاف الوطني لقوى الثورة والمعارضة السورية"), ("LOC", "إسطنبول")),
    record("a2", "قال الائتلاف الوطني السوري في بيان إن الحل سياسي.",
           ("ORG", "الائتلاف الوطني السوري")),
    record("a3", "رحب الائتلاف السوري المعارض بالقرار.", ("ORG", "الائتلاف السوري المعارض")),
]

KHOJA = [
    record("k1", "قال خالد خوجة رئيس الائتلاف الوطني السوري إن الوفد جاهز.",
           ("PERSON", "خالد خوجة"), ("ORG", "الائتلاف الوطني السوري"), posts=((0, 1),)),
    record("k2", "التقى خالد خوجه وزير الخارجية التركي في أنقرة.",
           ("PERSON", "خالد خوجه"), ("LOC", "أنقرة")),
    record("k3", "وصل خالد خوجا إلى جنيف.", ("PERSON", "خالد خوجا"), ("LOC", "جنيف")),
]


def test_names_of_one_organisation_become_one_canonical_entity(db: Database) -> None:
    store(db, *COALITION)
    resolve_pending(db)
    assert same(db, "a1/e1", "a2/e1", "a3/e1")
    reasons = {r[0] for r in db.query("SELECT reason FROM resolution_decisions")}
    assert reasons == {"gazetteer"}
    assert db.scalar("SELECT COUNT(*) FROM canonical_entities WHERE type = 'ORG'") == 1


@pytest.mark.parametrize(("first", "second"), [
    ("خالد خوجة", "خالد خوجه"),  # ta marbuta
    ("خالد خوجة", "خالد خوجا"),  # final alef
    ("عبد الرحمن الحاج", "عبدالرحمن الحاج"),  # عبد ال joined
    ("أنس العبدة", "انس العبدة"),  # hamza on alef
    ("محمد حسام الحافظ", "محمد حسام حافظ"),  # optional article on the family name
    ("مصطفى الدروبي", "مصطفي الدروبي"),  # alef maqsura
])
def test_spellings_of_one_name_join(db: Database, first: str, second: str) -> None:
    store(db, record("p1", f"قال {first} إن الاجتماع انتهى.", ("PERSON", first)),
          record("p2", f"وصل {second} إلى الدوحة.", ("PERSON", second)))
    resolve_pending(db)
    assert same(db, "p1/e1", "p2/e1")


def test_one_person_in_many_articles_is_one_entity(db: Database) -> None:
    store(db, *KHOJA)
    resolve_pending(db)
    assert same(db, "k1/e1", "k2/e1", "k3/e1")
    cid = canonical_of(db, "k1/e1")
    assert cid == canonical_id("PERSON", "خالد خوجه")
    assert db.scalar("SELECT name FROM canonical_entities WHERE id = ?", (cid,)) in {
        "خالد خوجة", "خالد خوجه", "خالد خوجا"}


def test_latin_spelling_is_a_second_key(db: Database) -> None:
    store(db, record("m1", "قال ميشيل كيلو إن المعارضة موحدة.",
                     ("PERSON", "ميشيل كيلو", (), "Michel Kilo")),
          record("m2", "كتب ميشال كيلو مقالاً جديداً.", ("PERSON", "ميشال كيلو", (), "Michel Kilo")))
    resolve_pending(db)
    assert same(db, "m1/e1", "m2/e1")
    assert db.scalar("SELECT reason FROM resolution_decisions") == "latin"


def test_a_surname_alone_never_joins_documents(db: Database) -> None:
    store(db, record("s1", "قال الحريري إن الوفد مستعد.", ("PERSON", "الحريري")),
          record("s2", "رد الحريري على الأسئلة.", ("PERSON", "الحريري")))
    resolve_pending(db)
    assert not same(db, "s1/e1", "s2/e1")


def test_people_sharing_a_surname_stay_apart(db: Database) -> None:
    platform = ("ORG", "منبر الجمعيات السورية")
    store(db, record("d1", "انتخب منبر الجمعيات السورية عائشة الدبس رئيسة لمجلس الإدارة.",
                     ("PERSON", "عائشة الدبس"), platform, posts=((0, 1),)),
          record("d2", "وقال راتب الدبس رئيس لجنة في منبر الجمعيات السورية إن العمل مستمر.",
                     ("PERSON", "راتب الدبس"), platform, posts=((0, 1),)))
    resolve_pending(db)
    assert same(db, "d1/e2", "d2/e2")
    assert not same(db, "d1/e1", "d2/e1")


def test_a_short_form_of_a_person_needs_context(db: Database) -> None:
    platform = ("ORG", "منبر الجمعيات السورية")
    store(db, record("y1", "قال محمد يحيى مكتبي منسق منبر الجمعيات السورية إن العمل مستمر.",
                     ("PERSON", "محمد يحيى مكتبي"), platform, posts=((0, 1),)),
          record("y2", "وأكد يحيى مكتبي من منبر الجمعيات السورية أهمية الحوار.",
                     ("PERSON", "يحيى مكتبي"), platform, posts=((0, 1),)),
          record("y3", "وصل يحيى مكتبي إلى بيروت.", ("PERSON", "يحيى مكتبي"), ("LOC", "بيروت")))
    resolve_pending(db)
    assert same(db, "y1/e1", "y2/e1", "y3/e1")  # y3 joins y2 by its full name key
    reason, score = db.query("SELECT reason, score FROM resolution_decisions "
                             "WHERE left_id = 'y1/e1'")[0]
    assert reason == "short form" and 0 < score < 1


def test_a_fuzzy_person_without_context_stays_apart(db: Database) -> None:
    store(db, record("f1", "قال محمد يحيى مكتبي إن العمل مستمر.", ("PERSON", "محمد يحيى مكتبي")),
          record("f2", "وصل يحيى مكتبي إلى بيروت.", ("PERSON", "يحيى مكتبي")))
    resolve_pending(db)
    assert not same(db, "f1/e1", "f2/e1")


def test_generic_organisation_names_need_context(db: Database) -> None:
    store(db, record("g1", "قالت وزارة الخارجية الأمريكية في واشنطن إن وزارة الخارجية تتابع.",
                     ("ORG", "وزارة الخارجية")),
          record("g2", "أصدرت وزارة الخارجية في دمشق بياناً.", ("ORG", "وزارة الخارجية")),
          record("g3", "قالت وزارة الخارجية السورية إن الوفد وصل.",
                 ("ORG", "وزارة الخارجية السورية")),
          record("g4", "نفت وزارة الخارجية السورية الخبر.", ("ORG", "وزارة الخارجية السورية")))
    resolve_pending(db)
    assert not same(db, "g1/e1", "g2/e1")
    assert not same(db, "g1/e1", "g3/e1")
    assert same(db, "g3/e1", "g4/e1")


def test_a_generic_body_of_one_parent_joins(db: Database) -> None:
    def body(doc_id: str) -> dict[str, Any]:
        rec = record(doc_id, "عقد المكتب التنفيذي لحزب العمل الديمقراطي اجتماعاً.",
                     ("ORG", "المكتب التنفيذي"), ("ORG", "حزب العمل الديمقراطي"))
        rec["relations"] = [{"type": "PART_OF", "child": "e1", "parent": "e2",
                             "evidence": {"start": 0, "end": 10}}]
        return rec

    store(db, body("b1"), body("b2"),
          record("b3", "عقد المكتب التنفيذي اجتماعاً.", ("ORG", "المكتب التنفيذي")))
    resolve_pending(db)
    assert same(db, "b1/e1", "b2/e1")
    assert not same(db, "b1/e1", "b3/e1")


def test_aliases_count_as_names(db: Database) -> None:
    store(db, record("l1", "أعلن تجمع مصير الوطني أن تجمع مصير سيعقد مؤتمره.",
                     ("ORG", "تجمع مصير الوطني", ["تجمع مصير"])),
          record("l2", "قال تجمع مصير إن المؤتمر أجل.", ("ORG", "تجمع مصير")))
    resolve_pending(db)
    assert same(db, "l1/e1", "l2/e1")
    assert db.scalar("SELECT reason FROM resolution_decisions") == "alias"


def test_canonical_name_is_the_most_frequent(db: Database) -> None:
    store(db, *COALITION, record("a4", "قال الائتلاف الوطني السوري إن الوفد جاهز.",
                                 ("ORG", "الائتلاف الوطني السوري")))
    resolve_pending(db)
    cid = canonical_of(db, "a1/e1")
    assert db.scalar("SELECT name FROM canonical_entities WHERE id = ?", (cid,)) == \
        "الائتلاف الوطني السوري"
    assert cid == canonical_id("ORG", "ايتلاف وطني سوري")


def test_resolution_does_not_depend_on_order_or_batches(db: Database) -> None:
    docs = [*COALITION, *KHOJA]
    for rec in docs:
        store(db, rec)
        resolve_pending(db)
    first = state(db)
    for rec in docs:
        delete_document(db, rec["id"])
    resolve_pending(db)
    assert state(db) == ([], [], [])
    store(db, *reversed(docs[3:]))
    resolve_pending(db, batch=2)
    store(db, docs[1], docs[2], docs[0])
    resolve_pending(db)
    assert state(db) == first


def test_nothing_changes_on_a_second_pass(db: Database) -> None:
    store(db, *COALITION, *KHOJA)
    assert resolve_pending(db).changed > 0
    before = state(db)
    assert resolve_pending(db).changed == 0
    assert requeue_all(db) > 0
    assert resolve_pending(db).changed == 0
    assert state(db) == before


def test_a_replaced_document_leaves_its_old_group(db: Database) -> None:
    store(db, *KHOJA)
    resolve_pending(db)
    store(db, record("k3", "وصل نصر الحريري إلى جنيف.", ("PERSON", "نصر الحريري")))
    stats = resolve_pending(db)
    assert stats.canonical == 1 and same(db, "k1/e1", "k2/e1")
    assert not same(db, "k1/e1", "k3/e1")
    delete_document(db, "k3")
    resolve_pending(db)
    names = {r[0] for r in db.query("SELECT name FROM canonical_entities")}
    assert "نصر الحريري" not in names


def test_people_merge_and_it_survives_reingest(db: Database) -> None:
    store(db, record("u1", "قال أبو محمد الجولاني إن الهجوم بدأ.", ("PERSON", "أبو محمد الجولاني")),
          record("u2", "ظهر أحمد الشرع في دمشق.", ("PERSON", "أحمد الشرع")))
    resolve_pending(db)
    lines = merge(db, "u1/e1", canonical_of(db, "u2/e1"))
    assert lines[0].startswith("merged") and same(db, "u1/e1", "u2/e1")
    store(db, record("u2", "ظهر أحمد الشرع في دمشق.", ("PERSON", "أحمد الشرع")))
    resolve_pending(db)
    assert same(db, "u1/e1", "u2/e1")
    requeue_all(db)
    resolve_pending(db)
    assert same(db, "u1/e1", "u2/e1")
    assert db.scalar("SELECT COUNT(*) FROM resolution_decisions WHERE decided_by = 'user'") == 1


def test_a_decision_sleeps_while_its_entity_names_someone_else(db: Database) -> None:
    jolani = record("u1", "قال أبو محمد الجولاني إن الهجوم بدأ.", ("PERSON", "أبو محمد الجولاني"))
    sharaa = record("u2", "ظهر أحمد الشرع في دمشق.", ("PERSON", "أحمد الشرع"))
    store(db, jolani, sharaa)
    resolve_pending(db)
    merge(db, "u1/e1", "u2/e1")
    store(db, record("u2", "وصل نصر الحريري إلى جنيف.", ("PERSON", "نصر الحريري")))
    resolve_pending(db)
    assert not same(db, "u1/e1", "u2/e1")
    store(db, sharaa)
    resolve_pending(db)
    assert same(db, "u1/e1", "u2/e1")


def test_people_keep_apart_what_rules_would_join(db: Database) -> None:
    store(db, *KHOJA)
    resolve_pending(db)
    lines = distinct(db, "k1/e1", "k3/e1")
    assert lines[0].startswith("separated")
    assert not same(db, "k1/e1", "k3/e1")
    store(db, KHOJA[0], record("k4", "قال خالد خوجة إن الوفد وصل.", ("PERSON", "خالد خوجة")))
    resolve_pending(db)
    assert not same(db, "k1/e1", "k3/e1")
    assert same(db, "k1/e1", "k4/e1") or same(db, "k3/e1", "k4/e1")
    # a later merge by a person overrides their earlier distinct
    assert merge(db, "k1/e1", "k3/e1")[0].startswith("merged")
    assert same(db, "k1/e1", "k3/e1")


def test_split_keeps_members_apart_from_each_other(db: Database) -> None:
    store(db, *KHOJA)
    resolve_pending(db)
    cid = canonical_of(db, "k1/e1")
    assert "into 3 canonical entities" in split(db, cid)[0]
    assert len({canonical_of(db, f"k{i}/e1") for i in (1, 2, 3)}) == 3
    store(db, KHOJA[1], record("k4", "قال خالد خوجة إن الوفد وصل.", ("PERSON", "خالد خوجة")))
    requeue_all(db)
    resolve_pending(db)
    assert len({canonical_of(db, f"k{i}/e1") for i in (1, 2, 3)}) == 3
    merged = merge(db, "k1/e1", "k2/e1")
    assert merged[0].startswith("merged") and same(db, "k1/e1", "k2/e1")
    assert not same(db, "k1/e1", "k3/e1")


@pytest.mark.parametrize(("first", "second", "message"), [
    ("c000000000000", "k1/e1", "no entity 'c000000000000'"),
    ("k1/e1", "k9/e1", "no entity 'k9/e1'"),
    ("k1/e1", "k2/e2", "of type PERSON and k2/e2 of type LOC"),
])
def test_decisions_about_unknown_or_mismatched_entities_are_clear_errors(
        db: Database, first: str, second: str, message: str) -> None:
    store(db, *KHOJA)
    with pytest.raises(ResolutionError) as err:
        merge(db, first, second)
    assert message in err.value.message


def test_commands_print_what_changed(db_url: str) -> None:
    db = Database(db_url)
    try:
        store(db, *KHOJA)
        resolve_pending(db)
        cid = canonical_of(db, "k1/e1")
    finally:
        db.close()
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(main, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        return result.output

    assert "k2/e1 خالد خوجه" in run("decisions", cid)
    assert "separated" in run("distinct", "k1/e1", "k2/e1")
    assert "merged" in run("merge", "k1/e1", "k2/e1")
    assert "canonical entities" in run("split", "k1/e1")
    assert "0 linked or moved" in run("resolve")
    assert "entities queued" in run("resolve", "--all")
    bad = runner.invoke(main, ["split", "nowhere/e1", "--db", db_url])
    assert bad.exit_code == 1 and "no entity 'nowhere/e1'" in bad.output


PIPELINE_TEXTS = [
    ("إسطنبول - عقد الائتلاف الوطني لقوى الثورة والمعارضة السورية اجتماعاً يوم الاثنين، "
     "وقال رئيس الائتلاف خالد خوجة إن المرحلة تتطلب العمل."),
    "قال رئيس الائتلاف الوطني السوري خالد خوجة إن الوفد سيتوجه إلى جنيف الأسبوع المقبل.",
    "رحب الائتلاف السوري المعارض بالقرار، وقال رئيسه خالد خوجه إنه خطوة مهمة.",
    "وقال عائشة الدبس رئيسة منبر الجمعيات السورية إن العمل مستمر.",
    "وقال راتب الدبس رئيس لجنة العلاقات في منبر الجمعيات السورية إن اللجنة اجتمعت.",
]


def test_extracted_documents_resolve_end_to_end(db: Database) -> None:
    from sijill.extract import make_doc
    from sijill.pipeline import Pipeline
    from sijill.read.article import Article
    from sijill.register.store import extraction_version, store_doc

    pipeline = Pipeline()
    for i, text in enumerate(PIPELINE_TEXTS):
        store_doc(db, pipeline(make_doc(Article(f"x{i}", text, "2015-03-01"))),
                  extraction_version(pipeline.names))
    resolve_pending(db)

    def canonicals(name_like: str) -> set[str]:
        return {str(r[0]) for r in db.query(
            "SELECT c.canonical_id FROM entities e JOIN entity_canonical c "
            "ON c.entity_id = e.id WHERE e.name LIKE ?", (name_like,))}

    assert len(canonicals("الائتلاف %")) == 1
    assert len(canonicals("خالد خوج%")) == 1
    assert len(canonicals("منبر الجمعيات السورية")) == 1
    assert len(canonicals("% الدبس")) == 2
