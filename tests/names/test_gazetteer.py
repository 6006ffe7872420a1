"""The organisation gazetteer: variants, clitics, the لل form, quotes, longest match."""

from __future__ import annotations

from itertools import pairwise

import pytest

from sijill.names.gazetteer import OrgGazetteer, canonical

COALITION = "الائتلاف الوطني لقوى الثورة والمعارضة السورية"


@pytest.fixture(scope="module")
def gazetteer() -> OrgGazetteer:
    return OrgGazetteer.load()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اجتمع الائتلاف الوطني السوري أمس", [("الائتلاف الوطني السوري", COALITION)]),
        ("وجه الوفد رسالة للائتلاف الوطني السوري",
         [("لائتلاف الوطني السوري", COALITION)]),
        ("وقالت هيئة التفاوض في بيان", [("هيئة التفاوض", "هيئة التفاوض السورية")]),
        ("وأعلنت الهيئة العليا للمفاوضات", [("الهيئة العليا للمفاوضات", "هيئة التفاوض السورية")]),
        ("بدعم من الحكومة السورية الموقتة",
         [("الحكومة السورية الموقتة", "الحكومة السورية المؤقتة")]),
        ("اشتبكت قسد مع فصائل", [("قسد", "قوات سوريا الديمقراطية")]),
        ("وبحث الوفد مع مسد", [("مسد", "مجلس سوريا الديمقراطية")]),
        ("وصلت فرق الخوذ البيضاء", [("الخوذ البيضاء", "الدفاع المدني السوري")]),
        ("وللجنة الدستورية جلسة", [("لجنة الدستورية", "اللجنة الدستورية")]),
        ("صرح لـ\"إيلاف\" مصدر", [("إيلاف", "إيلاف")]),
        ("نقلت «الجزيرة» عن مصدر", [("الجزيرة", "قناة الجزيرة")]),
        ("وفق الأُمَمِ المُتَّحِدَةِ فإن", [("الأُمَمِ المُتَّحِدَةِ", "الأمم المتحدة")]),
        # longest wins: the UN children's fund, not the UN inside it
        ("دعت منظمة الأمم المتحدة للطفولة إلى",
         [("منظمة الأمم المتحدة للطفولة", "منظمة الأمم المتحدة للطفولة")]),
        ("بحث مع الاتحاد الأوروبي ومجلس الأمن",
         [("الاتحاد الأوروبي", "الاتحاد الأوروبي"), ("مجلس الأمن", "مجلس الأمن الدولي")]),
        # national news agencies and their acronyms; the ambiguous ones only in quotes
        ("عمّان 3 مارس واس", [("واس", "وكالة الأنباء السعودية")]),
        ("ونقلت «وفا» عن الوزير", [("وفا", "وكالة الأنباء والمعلومات الفلسطينية")]),
        ("وذكرت وكالة الصحافة الفرنسية أن", [("وكالة الصحافة الفرنسية", "وكالة فرانس برس")]),
        # bodies Arab news of any country names, by their other names and spellings
        ("رحبت حركة حماس بالمبادرة", [("حركة حماس", "حركة المقاومة الإسلامية")]),
        ("قمة منظمة المؤتمر الإسلامي في الرباط",
         [("منظمة المؤتمر الإسلامي", "منظمة التعاون الإسلامي")]),
        ("مناورات حلف شمال الأطلنطي قرب البحر",
         [("حلف شمال الأطلنطي", "حلف شمال الأطلسي")]),
        ("وقال قيادي في الحشد الشعبي إن", [("الحشد الشعبي", "هيئة الحشد الشعبي")]),
        ("وأعلنت كتائب القسام مسؤوليتها", [("كتائب القسام", "كتائب عز الدين القسام")]),
    ],
)
def test_find(gazetteer: OrgGazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s:e], name) for s, e, name in gazetteer.find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "زار الوفد منطقة الجزيرة السورية",  # a region, not the channel (unquoted)
        "تحدث باللغة العربية",
        "قسدي ومسدود",  # acronyms inside longer words
        "جمعية أهلية صغيرة في القرية",
        "إن شعبا واع لا يقبل ذلك وسافر إلى بترا",  # words and a city, unquoted
    ],
)
def test_no_match(gazetteer: OrgGazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("الائتلاف السوري", COALITION),
        ("للائتلاف الوطني السوري", COALITION),
        ("\"عنب بلدي\"", "عنب بلدي"),
        ("المفوضية السامية لشؤون اللاجئين",
         "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
        ("الامم المتحده", "الأمم المتحدة"),
        ("جمعية البيت", None),
        ("الائتلاف الوطني السوري والمجلس", None),
    ],
)
def test_canonical(name: str, expected: str | None) -> None:
    assert canonical(name) == expected


def test_matches_do_not_overlap(gazetteer: OrgGazetteer) -> None:
    text = "الائتلاف الوطني السوري وهيئة التنسيق الوطنية لقوى التغيير الديمقراطي والأمم المتحدة"
    found = gazetteer.find(text)
    assert [n for _, _, n in found] == [
        COALITION, "هيئة التنسيق الوطنية لقوى التغيير الديمقراطي", "الأمم المتحدة"]
    assert all(a[1] <= b[0] for a, b in pairwise(found))


def test_find_remembers_a_document_and_answers_the_same(gazetteer: OrgGazetteer) -> None:
    """The titles and entities stages both ask for one document's matches: the second answer
    is the first one, a name asked in between does not replace it, and another text gets its own."""
    doc = "اجتمع الائتلاف الوطني السوري أمس مع ممثلي مجلس الأمن. " * 8
    first = gazetteer.find(doc)
    first.append((0, 1, "changed by a caller"))  # a caller's change must not leak into the next
    assert gazetteer.canonical("هيئة التفاوض") == "هيئة التفاوض السورية"
    again = gazetteer.find(doc)
    assert again == first[:-1] and [c for _, _, c in again][:2] == [COALITION, "مجلس الأمن الدولي"]
    other = doc.replace("مجلس الأمن", "الاتحاد الأوروبي")
    assert "الاتحاد الأوروبي" in {c for _, _, c in gazetteer.find(other)}
