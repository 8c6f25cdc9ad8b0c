"""One-word chunks that are plain words in their place (audit U50): a definite plural of a nisba
is a group of people, no person ("الاتحاديين", "الاكتواريون"); بنين beside بنات is boys, not
Benin; الاتحاد before a country's adjective is a federation with a nationality (SPEC 2.1)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"بنين": "LOCB", "الكويتي": "NAT", "الأوروبي": "NAT"}


def test_a_plural_nisba_is_no_person():
    doc = run("وخيبت النتيجة آمال الهلاليين في الموسم الماضي", {"الهلاليين": "B-PER"}, _NAMES)
    assert mentions(doc) == []
    doc = run("وقدر الخبراء المحاسبيون الخسائر", {"المحاسبيون": "B-PER"}, _NAMES)
    assert mentions(doc) == []


def test_a_listed_group_and_a_name_stay():  # must not fire: the movement, a name in -ين
    doc = run("وهاجم الحوثيين مواقع الجيش", {"الحوثيين": "B-ORG"}, _NAMES)
    assert mentions(doc) == [("الحوثيين", "ORG")]
    doc = run("وصل الأمين إلى المدينة", {"الأمين": "B-PER"}, _NAMES)
    assert mentions(doc) == [("الأمين", "PER")]


def test_boys_beside_girls_are_no_country():
    doc = run("وشارك طلاب المدارس ( بنين - بنات ) في المسابقة", {"بنين": "B-LOC"}, _NAMES)
    assert mentions(doc) == []
    doc = run("ووصل الرئيس إلى بنين أمس", {"بنين": "B-LOC"}, _NAMES)  # must not fire
    assert mentions(doc) == [("بنين", "LOC")]


def test_the_federation_with_a_nationality_is_no_name():
    doc = run("وقال أمين سر الاتحاد الكويتي إن الملعب جاهز", {"الاتحاد": "B-ORG"}, _NAMES)
    assert mentions(doc) == []
    doc = run("وقال أمين عام الاتحاد الكويتي إن الملعب جاهز", {"الاتحاد": "B-LOC", "الكويتي": "I-LOC"}, _NAMES)
    assert mentions(doc) == []
    doc = run("وقرر الاتحاد الأوروبي فرض عقوبات", {"الاتحاد": "B-ORG"}, _NAMES)  # must not fire
    assert mentions(doc) == [("الاتحاد", "ORG")]
    doc = run("وقرر الاتحاد الأوروبي فرض عقوبات", {"الاتحاد": "B-ORG", "الأوروبي": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("الاتحاد الأوروبي", "ORG")]


def test_always_is_no_town():
    names = dict(_NAMES, **{"دوما": "LOCB"})
    doc = run("وقال الوزير إننا نقف دوما مع أشقائنا", {"دوما": "B-LOC"}, names)
    assert mentions(doc) == []
    doc = run("وكانوا دوما يرددون الشعار نفسه", {"دوما": "B-LOC"}, names)
    assert mentions(doc) == []
    # must not fire: the town after a preposition, before في, or as a verb's subject
    for text in ("وخرج المقاتلون من دوما مع عائلاتهم", "وتقع دوما في الغوطة الشرقية",
                 "وتعرضت دوما الخاضعة للمعارضة لغارات"):
        assert mentions(run(text, {"دوما": "B-LOC"}, names)) == [("دوما", "LOC")]


def test_a_name_after_a_stadium_word_is_the_stadium():
    doc = run("وتقام المباراة على ملعب سانتياجو برنابيو مساء", {"سانتياجو": "B-MISC", "برنابيو": "I-MISC"}, _NAMES)
    assert mentions(doc) == [("سانتياجو برنابيو", "LOC")]
    # must not fire: a club after the word, a man's name (a place would be any village so named)
    doc = run("وافتتح ستاد جابر الدولي أمس", {"جابر": "B-PER"}, _NAMES)
    assert mentions(doc) == [("جابر", "PER")]
    doc = run("وتدرب الفريق في استاد نادي الكويت", {"نادي": "B-ORG", "الكويت": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("نادي الكويت", "ORG")]
    doc = run("وقال جابر إن الملعب جاهز", {"جابر": "B-PER"}, _NAMES)
    assert mentions(doc) == [("جابر", "PER")]


def test_a_word_before_a_plural_nisba_is_no_name_either():
    doc = run("فهل تتحقق أماني الهلاليين هذا الموسم", {"أماني": "B-PER", "الهلاليين": "I-PER"}, _NAMES)
    assert mentions(doc) == []
