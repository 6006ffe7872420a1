"""The edges of people's names: words the model runs a name into, clitics it cuts."""

from __future__ import annotations

import pytest

from sijill.names.people import is_given_name, is_object_after_surname, is_run_on, opens_phrase
from sijill.names.stages import tagger, word_rank


def _gaz() -> dict[str, dict[str, float]]:
    return tagger().features.gazetteers


def _ranks() -> dict[str, int]:
    return tagger().features.emb_words


@pytest.mark.parametrize("word", ["نائباً", "نائبا", "لرئاسة", "بحضور", "لمنصب", "للعلوم"])
def test_a_common_word_after_a_name_is_no_part_of_it(word: str) -> None:
    assert word_rank(word) is not None
    assert is_run_on(word, _gaz(), _ranks())


@pytest.mark.parametrize("word", ["الحربي", "المطيري", "ساويش", "بلال", "كامل", "سمرقندي",
                                  "لطفي", "لبيب", "بترجي"])
def test_surnames_and_rare_words_stay_in_a_name(word: str) -> None:
    assert not is_run_on(word, _gaz(), _ranks())


@pytest.mark.parametrize(("word", "opens"), [
    ("بأسمى", True), ("بخالص", True), ("ببالغ", True), ("بتوجيهات", True),
    ("بكر", False), ("بدر", False), ("بسام", False), ("بلال", False), ("لطفي", False), ("بن", False),
])
def test_a_preposition_before_a_common_word_opens_a_phrase(word: str, opens: bool) -> None:
    assert opens_phrase(word, _gaz(), _ranks()) is opens


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("وبعث عادل بن يوسف المنصوري بأسمى آيات التهاني إلى الرئيس التونسي.",
     "عادل بن يوسف المنصوري بأسمى آيات", "عادل بن يوسف المنصوري"),
    ("وتقدم كريم الساعدي بخالص العزاء إلى أسرة الفقيد في البصرة.",
     "كريم الساعدي بخالص العزاء", "كريم الساعدي"),
    ("وقال أبو بكر البغدادي إن الأمر انتهى.", "أبو بكر البغدادي", "أبو بكر البغدادي"),
])
def test_a_name_run_on_into_a_preposition_phrase_ends_before_it(text: str, tagged: str, name: str) -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _spans
    from sijill.text.tokens import tokenize

    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tokens = tokenize(text)
    start, end = text.index(tagged), text.index(tagged) + len(tagged)
    inside = [start <= t.start and t.end <= end for t in tokens]
    tags = ["O" if not a else "I-PERS" if i and inside[i - 1] else "B-PERS"
            for i, a in enumerate(inside)]
    assert [text[s.start : s.end] for s in _spans(doc, tokens, tags)] == [name]


@pytest.mark.parametrize(("word", "given"), [("باسم", True), ("وائل", True), ("ومحمد", False)])
def test_a_given_name_that_begins_like_a_clitic_is_read_whole(word: str, given: bool) -> None:
    assert is_given_name(word, _gaz()) is given


@pytest.mark.parametrize(("text", "name"), [
    ("وانتخب المجلس خالد بن سعود الحربي نائباً للرئيس.", "خالد بن سعود الحربي"),
    ("وقرر المجلس ترشيح سامي الأحمد نائباً له.", "سامي الأحمد"),
])
def test_a_person_named_before_an_accusative_post(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert name in people
    assert not any(p.endswith(("نائباً", "نائبا")) for p in people)


@pytest.mark.parametrize(("text", "name"), [
    ("وضم المجلس سمير الحداد رئيساً، وباسم بن عادل الفارس أمين الصندوق.", "باسم بن عادل الفارس"),
    ("وعين المجلس وائل حمدان أمين السر.", "وائل حمدان"),
])
def test_a_name_ends_where_a_post_begins_and_keeps_its_first_letter(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert name in people


def test_an_honorific_inside_a_name_does_not_cut_it(run) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run("والتقى الوزير عبدالرحمن بن خالد آل الشيخ في الرياض.").entities
              if e.type == "PERSON"]
    assert not any(p.endswith(" آل") for p in people)


def test_two_halves_of_a_long_name_side_by_side_are_one_person() -> None:
    from sijill.doc import Doc, OffsetMap, Span
    from sijill.names.stages import _join_adjacent_people

    text = "وقال سامر عبدالحميد عبدالكريم الزهراني إن الشركة ستتوسع، ووافق خالد العمر وسعد الفهد."
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))

    def at(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), "PERSON")

    spans = [at("سامر عبدالحميد"), at("عبدالكريم الزهراني"), at("خالد العمر"), at("سعد الفهد")]
    joined = [text[s.start : s.end] for s in _join_adjacent_people(doc, spans)]
    assert joined == ["سامر عبدالحميد عبدالكريم الزهراني", "خالد العمر", "سعد الفهد"]


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("وقال فهد بن سعد العنزي إن العمل بدأ.", "فهد بن سعد", "فهد بن سعد العنزي"),
    ("وقال ماجد بن علي الغامدي إن العمل بدأ.", "ماجد بن علي", "ماجد بن علي الغامدي"),
    ("وكان فهد بن سعد الذي وصل أمس حاضراً.", "فهد بن سعد", "فهد بن سعد"),
    ("وقال فهد بن سعد العنزي إن العمل بدأ.", "فهد بن", "فهد بن"),
])
def test_a_name_ended_at_the_father_takes_the_family_name(text: str, tagged: str, name: str) -> None:
    from sijill.doc import Doc, OffsetMap, Span
    from sijill.names.stages import _family_names

    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    start = text.index(tagged)
    (span,) = _family_names(doc, [Span(start, start + len(tagged), "PERSON")])
    assert text[span.start : span.end] == name


@pytest.mark.parametrize(("previous", "word", "cut"), [
    ("الراشد", "التهاني", True),
    ("المنصور", "البروفيسور", True),
    ("محمد", "الحمام", False),   # a common word as the only surname stays
    ("الحربي", "العبيدي", False),  # a known surname is no object
])
def test_a_common_word_after_a_family_name_is_an_object(previous: str, word: str, cut: bool) -> None:
    assert is_object_after_surname(previous, word, _gaz(), _ranks()) is cut


def _first_token_start(text: str, word: str, counts: dict[str, int]) -> str:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _mention_start
    from sijill.text.tokens import tokenize

    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    (tok,) = [t for t in tokenize(text) if t.text(doc) == word]
    return text[_mention_start(doc, tok, "PERS", counts) : tok.end]


@pytest.mark.parametrize(("word", "counts", "name"), [
    ("وبارتوميو", {"بارتوميو": 3, "وبارتوميو": 1}, "بارتوميو"),  # the text writes it bare
    ("بادي", {"بادي": 4}, "بادي"),  # the text repeats it whole, never ادي
    ("ومحمد", {"ومحمد": 1}, "محمد"),  # a common word after و
    ("وعمر", {"وعمر": 1}, "عمر"),
])
def test_a_person_s_first_letter_is_a_clitic_as_the_text_writes_the_name(
        word: str, counts: dict[str, int], name: str) -> None:
    assert _first_token_start(f"وقال {word} الكبير إن الوفد وصل.", word, counts) == name


@pytest.mark.parametrize(("text", "names"), [
    ("وقال سراج الدين حقاني نجل جلال الدين حقاني إن الحركة مستمرة.",
     ["سراج الدين حقاني", "جلال الدين حقاني"]),
    ("وحضرت سلمى الحسن زوجة خالد المراد الحفل.", ["سلمى الحسن", "خالد المراد"]),
])
def test_a_word_of_kinship_stands_between_two_names(run, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert all(name in people for name in names)
    assert not any(w in p for p in people for w in ("نجل", "زوجة"))


@pytest.mark.parametrize("word", ["يشغل", "مجاورة"])
def test_a_lone_frequent_word_is_no_person(word: str) -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _spans
    from sijill.text.tokens import tokenize

    text = f"وقال {word} إن الأمر انتهى."
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tokens = tokenize(text)
    tags = ["B-PERS" if t.text(doc) == word else "O" for t in tokens]
    assert _spans(doc, tokens, tags) == []


@pytest.mark.parametrize(("text", "label", "counts", "start"), [
    ("بابل", "LOC", {"بابل": 1}, 0),  # a known city, and ابل no place
    ("كابل", "LOC", {"كابل": 1}, 0),
    ("بادي", "PERS", {"بادي": 3}, 0),  # a surname written whole again and again, never ادي
    ("ودارفور", "LOC", {"ودارفور": 2}, None),  # a place listed after و: left to frequency
    ("وحلب", "LOC", {"وحلب": 1, "حلب": 2}, 1),  # the text writes حلب bare
    ("وبارتوميو", "PERS", {"وبارتوميو": 1, "بارتوميو": 1}, 1),
])
def test_where_a_name_starts_in_a_word_that_begins_like_a_clitic(
        text: str, label: str, counts: dict[str, int], start: int | None) -> None:
    from sijill.names.stages import _kept_whole

    assert _kept_whole(text, text[:1], label, counts) == start


@pytest.mark.parametrize("word", ["إسبانياً", "فرنسياً", "مدربٌ", "جديدٍ"])
def test_a_word_with_its_indefinite_case_ending_is_no_part_of_a_name(word: str) -> None:
    assert is_run_on(word, _gaz(), _ranks())


@pytest.mark.parametrize(("text", "name"), [
    ("وجاء الإعلان بعدما دعا آية الله علي السيستاني الحكومة إلى الإصلاح.", "علي السيستاني"),
    ("وقال آية الله محمد باقر الحكيم إن المرجعية تدعم الحكومة.", "محمد باقر الحكيم"),
    ("ودعا المرجع الديني آية الله علي السيستاني إلى الإصلاح.", "علي السيستاني"),
    ("وقال رئيس الوزراء علي الأديب إلى جانب الوزير إن الحكومة ستجتمع.", "علي الأديب"),
])
def test_a_name_after_a_rank_of_two_words_or_before_a_preposition(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in run(text).entities if e.type == "PERSON"]
    assert people == [name]


@pytest.mark.parametrize(("before", "word", "name"), [
    ("البروفيسور", "ويدي", "ويدي"),  # no conjunction follows a title
    ("الدكتور", "وداد", "وداد"),
    ("مدينة", "باغا", "باغا"),  # a place word takes its genitive as it is
    ("بمحافظة", "لحج", "لحج"),
    ("في", "بنزرت", "بنزرت"),  # no second preposition after one
    ("وفي", "بريدة", "بريدة"),
    ("ولاية", "كاليفورنيا", "كاليفورنيا"),  # no common word after كال
    ("ومحافظة", "بالمملكة", "المملكة"),  # the preposition and a common definite word
    ("علي", "ومحمد", "محمد"),  # علي is a name, not the preposition على
    ("قال", "ومحمد", "محمد"),
])
def test_a_name_after_a_preposition_title_or_place_word_keeps_its_first_letter(
        before: str, word: str, name: str) -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _mention_start
    from sijill.text.tokens import tokenize

    text = f"وصل {before} {word} الكبير أمس."
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    (tok,) = [t for t in tokenize(text) if t.text(doc) == word]
    assert text[_mention_start(doc, tok, "PERS", {word: 1}, before) : tok.end] == name


def test_a_name_the_text_writes_after_a_preposition_keeps_its_first_letter_elsewhere() -> None:
    from sijill.names.people import written_whole

    whole = written_whole([["هاجم", "المسلحون", "قرى", "قريبة", "من", "باغا"], ["ثم", "وليد", "وسامي"]])
    assert "باغا" in whole
    assert "وسامي" not in whole


def test_a_title_between_two_tagged_names_opens_the_second() -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _spans
    from sijill.text.tokens import tokenize

    text = "استقبل مدير الجامعة بصنعاء الدكتور وليد الشامي أمس."
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tokens = tokenize(text)
    words = [t.text(doc) for t in tokens]
    tags = ["O"] * len(tokens)
    tags[words.index("بصنعاء")], tags[words.index("الدكتور")] = "B-PERS", "I-PERS"
    tags[words.index("وليد")], tags[words.index("الشامي")] = "B-PERS", "I-PERS"
    names = [text[s.start : s.end] for s in _spans(doc, tokens, tags)]
    assert "وليد الشامي" in names
    assert not any("الدكتور" in n for n in names)


def test_a_place_word_after_a_place_word_loses_its_preposition() -> None:
    from sijill.names.people import keeps_first_letter

    assert not keeps_first_letter("منطقة", "بإقليم", "ب", frozenset())
    assert keeps_first_letter("منطقة", "باغا", "ب", frozenset())
    assert keeps_first_letter("شمال", "باغا", "ب", frozenset({"باغا"}))
    assert not keeps_first_letter("ومحافظة", "بالمملكة", "ب", frozenset(), article=True)
    assert not keeps_first_letter("ودولة", "كالكويت", "ك", frozenset())


def test_a_title_that_is_also_a_name_part_stays_in_the_name() -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _spans
    from sijill.text.tokens import tokenize

    text = "وقال عزت الشيخ سعيد إن الوفد وصل."
    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tokens = tokenize(text)
    words = [t.text(doc) for t in tokens]
    tags = ["O"] * len(tokens)
    tags[words.index("عزت")], tags[words.index("الشيخ")], tags[words.index("سعيد")] = "B-PERS", "I-PERS", "B-PERS"
    assert [text[s.start : s.end] for s in _spans(doc, tokens, tags)] == ["عزت الشيخ سعيد"]


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("وفرقت المباراة بين عمر الشريف ومدربه.", "بين عمر الشريف", "عمر الشريف"),
    ("وأفاد بأن دي ميستورا سيصل إلى بيروت.", "بأن دي ميستورا", "دي ميستورا"),
    ("وقال علي حسن إن الوفد وصل.", "علي حسن", "علي حسن"),  # علي is a name, not على
])
def test_a_particle_the_model_took_in_is_no_part_of_the_name(text: str, tagged: str, name: str) -> None:
    from sijill.doc import Doc, OffsetMap
    from sijill.names.stages import _spans
    from sijill.text.tokens import tokenize

    doc = Doc("t", text, text, OffsetMap.identity(len(text)))
    tokens = tokenize(text)
    start = text.index(tagged)
    tags = ["O"] * len(tokens)
    inside = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= start + len(tagged)]
    for n, k in enumerate(inside):
        tags[k] = "I-PERS" if n else "B-PERS"
    assert [text[s.start : s.end] for s in _spans(doc, tokens, tags)] == [name]
