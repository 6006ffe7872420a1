"""A made-up corpus for the ingest tests: short Arabic news items composed from templates."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = ["سامر الخطيب", "ليلى حداد", "محمود العلي", "رنا يوسف", "خالد النجار", "منى الأحمد",
          "يوسف الحلبي", "هالة الصباغ", "عمر الديري", "نادر السعدي", "سلمى القاسم",
          "جمال الشامي"]
ORGS = ["نقابة المحامين", "الاتحاد العام للطلبة", "حزب العمل الديمقراطي", "المجلس المحلي",
        "جمعية الهلال الأحمر", "هيئة الإغاثة الإنسانية", "رابطة الصحفيين السوريين",
        "المجلس الوطني الكردي", "الائتلاف الوطني السوري", "هيئة التفاوض السورية"]
CITIES = ["دمشق", "حلب", "إسطنبول", "عمّان", "بيروت", "القاهرة", "غازي عنتاب", "الرياض"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
ROLES = ["رئيس", "نائب رئيس", "الأمين العام", "عضو الهيئة السياسية", "المتحدث الرسمي باسم"]

TEMPLATES = [
    "{city} - انتخبت {org} {person} رئيساً لها خلال اجتماع عقدته في {day} {month} {year}.",
    ("التقى {person} {role} {org} وفداً من {org2} في {city} يوم الاثنين، وبحث الجانبان "
     "الأوضاع الإنسانية."),
    "أعلن {person} استقالته من منصبه في {org}، وقال إن القرار جاء لأسباب شخصية.",
    "عيّنت {org} {person} أميناً عاماً لها خلفاً لـ{person2}.",
    "عقدت {org} اجتماعاً في {city} في {day} {month} {year} بحضور {person} و{person2}.",
    "تأسست {org} في {city} عام {year}، ويرأسها حالياً {person}.",
    "قال {person} {role} {org} إن {org2} ستعقد مؤتمرها العام في {city} الشهر المقبل.",
]


def article(rng: random.Random, n: int) -> dict[str, str]:
    """One article of one or two template sentences, with an id and a date."""
    sentences = []
    for _ in range(rng.choice((1, 2))):
        person, person2 = rng.sample(PEOPLE, 2)
        org, org2 = rng.sample(ORGS, 2)
        sentences.append(rng.choice(TEMPLATES).format(
            person=person, person2=person2, org=org, org2=org2, city=rng.choice(CITIES),
            role=rng.choice(ROLES), day=rng.randint(1, 28), month=rng.choice(MONTHS),
            year=rng.randint(2012, 2024)))
    return {"id": f"doc{n:04d}", "text": " ".join(sentences),
            "published": f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "source": "تجربة"}


def articles(count: int, seed: int = 7) -> list[dict[str, str]]:
    """``count`` articles, the same for the same seed."""
    rng = random.Random(seed)
    return [article(rng, n) for n in range(count)]


def write_jsonl(path: Path, items: list[dict[str, str]]) -> Path:
    """Write articles as JSON Lines; the path."""
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items),
                    encoding="utf-8")
    return path
