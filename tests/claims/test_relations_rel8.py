"""Relations on shapes the annotated articles showed the rules misreading, in sentences
written for these tests (Iraqi, Moroccan, Yemeni, Lebanese, Egyptian, Sudanese, Gulf)."""

from __future__ import annotations

import pytest

from sijill.doc import Doc


def _relations(doc: Doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.child.name, r.parent.name) for r in doc.claims["relations"]}


def _parents(doc: Doc, child: str) -> set[str]:
    return {p for t, c, p in _relations(doc) if t == "PART_OF" and c == child}


@pytest.mark.parametrize(("text", "field"), [
    # A college or office named by its field in construct: the field is no parent.
    ("وحصل الوزير على الماجستير من كلية الإدارة والاقتصاد بجامعة البصرة عام 1998.",
     "الإدارة والاقتصاد"),
    ("وعين الشاب مديرا لمكتب إدارة الأزمات في محافظة عدن قبل عامين.", "إدارة الأزمات"),
])
def test_a_field_in_construct_after_a_body_head_is_no_parent(  # type: ignore[no-untyped-def]
        run, text: str, field: str) -> None:
    doc = run(text)
    assert all(p != field for _, _, p in _relations(doc))
    assert field not in {e.name for e in doc.entities}


def test_an_organisation_in_construct_still_is_the_parent(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واجتمع مجلس إدارة نادي الرجاء البيضاوي مساء الأحد لدراسة ميزانية الموسم.")
    assert "نادي الرجاء البيضاوي" in _parents(doc, "مجلس إدارة نادي الرجاء البيضاوي")


@pytest.mark.parametrize("text", [
    ("قال رئيس جامعة الخرطوم إن الامتحانات ستبدأ الشهر المقبل. وأكد رئيس جامعة الخرطوم جاهزية "
     "القاعات. وأصدر الوزير قرارا بتكليف فلان برئاسة الهيئة العامة للاستثمار والمناطق الحرة."),
    ("عقد مجلس إدارة الصندوق اجتماعه في الدوحة. وناقش مجلس إدارة الصندوق الميزانية. "
     "وحضر الاجتماع رئيس الهيئة العامة للاعلام السمعي والبصري."),
])
def test_an_authority_named_by_its_field_is_guessed_under_no_body(  # type: ignore[no-untyped-def]
        run, text: str) -> None:
    """An authority whose name goes on with its field (الهيئة العامة للإعلام ...) is one in its
    own right, however much of its name the names stage keeps: no guessed parent."""
    doc = run(text)
    assert not {c for t, c, _ in _relations(doc) if t == "PART_OF" and c.startswith("الهيئة العامة")}


def test_a_general_assembly_still_takes_its_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلن نادي الوحدات الأردني موعد انتخاباته. وقال نادي الوحدات الأردني إن الجمعية "
              "العمومية ستنعقد الشهر المقبل.")
    assert _parents(doc, "الجمعية العمومية") == {"نادي الوحدات الأردني"}


@pytest.mark.parametrize(("text", "child"), [
    # A state's own agency, its nationality after its field: no organisation's body.
    (("أعلنت الخطوط الجوية الكويتية تأخر رحلاتها. وقالت الخطوط الجوية الكويتية إن السبب فني. "
      "وبدأ مكتب التحقيقات البريطاني فحص الطائرة."), "مكتب التحقيقات البريطاني"),
    (("ذكرت شركة سوناطراك الجزائرية أن إنتاجها ارتفع. وأكدت شركة سوناطراك الجزائرية أن "
      "مركز الإحصاءات الفيدرالي نشر أرقاما مختلفة."), "مركز الإحصاءات الفيدرالي"),
])
def test_a_national_body_is_guessed_under_no_organisation(  # type: ignore[no-untyped-def]
        run, text: str, child: str) -> None:
    doc = run(text)
    assert child in {e.name for e in doc.entities}
    assert _parents(doc, child) == set()


def test_a_body_with_its_organisation_after_a_nationality_still_takes_it(run) -> None:  # type: ignore[no-untyped-def]
    """لجنة الحكام بالاتحاد القطري: the nationality is the parent's, written after the link."""
    doc = run("وأعلنت لجنة الحكام بالاتحاد القطري لكرة القدم أسماء حكام الجولة الأولى.")
    assert any(p.startswith("الاتحاد القطري") for p in _parents(doc, "لجنة الحكام"))


@pytest.mark.parametrize(("text", "child"), [
    ("قال مانشستر يونايتد إن اللاعب سيغيب. وأكدت لجنة الانضباط أنها ستنظر في الحالة.",
     "لجنة الانضباط"),
    ("صرح أوبك بلس بأن الإنتاج سيزيد. وقالت اللجنة الفنية إن القرار نهائي.", "اللجنة الفنية"),
])
def test_no_guess_into_a_name_the_model_alone_gave_once(  # type: ignore[no-untyped-def]
        run, text: str, child: str) -> None:
    """A parent named once, by the model alone and with no organisation's head, is too weak
    evidence for a guess (rel6 found guesses right 46% on the annotated set)."""
    assert _parents(run(text), child) == set()


@pytest.mark.parametrize(("text", "child"), [
    # Lebanese politics: "out of the circle of accountability".
    (("قال نائب في البرلمان اللبناني إن الوزير السابق لن يبقى خارج دائرة المساءلة. وطالب "
      "البرلمان اللبناني بفتح التحقيق."), "دائرة المساءلة"),
    # Moroccan football: a coach "entered the circle of danger".
    (("أعلن نادي الرجاء البيضاوي تعاقده مع لاعب جديد. وقال نادي الرجاء البيضاوي إن مدربه دخل "
      "دائرة الخطر بعد الهزيمة."), "دائرة الخطر"),
])
def test_a_circle_in_an_idiom_is_guessed_under_no_organisation(  # type: ignore[no-untyped-def]
        run, text: str, child: str) -> None:
    assert _parents(run(text), child) == set()


def test_a_department_named_after_a_title_is_still_guessed(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("عقد الاتحاد الأردني لكرة القدم اجتماعه. وقرر الاتحاد الأردني لكرة القدم تعيين حكم "
              "دولي سابق رئيسا لدائرة الحكام.")
    assert _parents(doc, "دائرة الحكام") == {"الاتحاد الأردني لكرة القدم"}


def test_a_members_party_is_no_body_of_the_parliament(run) -> None:  # type: ignore[no-untyped-def]
    """النائب عن الحزب في البرلمان: the party is his, an organisation in its own right."""
    doc = run("وقال النائب عن تيار المستقبل في البرلمان اللبناني، أحمد فتفت، إن الجلسة تأجلت.")
    assert "تيار المستقبل" in {e.name for e in doc.entities}
    assert _parents(doc, "تيار المستقبل") == set()


def test_a_bloc_in_the_parliament_still_is_its_body(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال النائب عن كتلة الأحرار في البرلمان العراقي، حاكم الزاملي، إن التصويت سيجري غدا.")
    assert _parents(doc, "كتلة الأحرار") == {"البرلمان العراقي"}


def test_a_circle_after_a_verb_with_a_conjunction_is_an_idiom(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("سيطر الجيش السوداني على البلدة. وأعلن الجيش السوداني تقدمه. واتسعت دائرة المواجهات "
              "في الإقليم خلال الليل.")
    assert _parents(doc, "دائرة المواجهات") == set()
