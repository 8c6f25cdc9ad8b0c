"""Counts of people: groups after من, vague counts after a verb, breakdowns and combined totals; one invented sentence each.

Case: (text, span, value, qualifier, category).
"""
from __future__ import annotations

import pytest

# "من + group" with ة (the view keeps it; the lists are spelled with ه) and definite heads
GROUPS = [
    ("وقتل 2 من المقاومة في المواجهات", "2 من المقاومة", 2, "exact", "killed"),
    ("وقتل 5 من الشرطة في الهجوم", "5 من الشرطة", 5, "exact", "killed"),
    ("وقتل 5 من قادة الحركة في الغارة", "5 من قادة الحركة", 5, "exact", "killed"),
    ("أصيب 12 من الأهالي في القصف", "12 من الأهالي", 12, "exact", "injured"),
    ("واعتقل 7 من السكان بعد المداهمة", "7 من السكان", 7, "exact", "arrested"),
]


def _check(run_quantities, text, span, value, qualifier, category):
    found = [q for q in run_quantities(text) if q.text == span]
    assert found, f"{span!r} not found in {[q.text for q in run_quantities(text)]}"
    assert (found[0].value, found[0].qualifier, found[0].category) == (value, qualifier, category)


@pytest.mark.parametrize("text,span,value,qualifier,category", GROUPS)
def test_group_after_min(run_quantities, text, span, value, qualifier, category):
    _check(run_quantities, text, span, value, qualifier, category)


@pytest.mark.parametrize("text", [
    "وقتل 3 من أصل 10 في القرية",  # أصل is no person head
    "واعتقل 5 من الأعضاء في الحزب",  # member counts stay out
    "وقتل 5 من الجيزة و11 من البحيرة",  # places, not groups
])
def test_no_group_count(run_quantities, text):
    assert [q.text for q in run_quantities(text) if q.category != "other"] == []


# a definite vague number right after its verb counts whatever word follows; تجمع/خرج
# count protesters right after the verb, near a protest word
VAGUE_AFTER_VERB = [
    ("وقتل 4 جنود وأصيب العشرات فيما فر الباقون", "العشرات", 10, "vague", "injured"),
    ("بعدما نزح العشرات عن منازلهم في القرية", "العشرات", 10, "vague", "displaced"),
    ("كما أصيب المئات من الطرفين", "المئات", 100, "vague", "injured"),
    ("وتشريد عشرات الآلاف عن بيوتهم", "عشرات الآلاف", 10000, "vague", "displaced"),
    ("وخرج الآلاف، الأحد، في مدن الجنوب وامتدت المظاهرات", "الآلاف", 1000, "vague", "participants"),
    ("حيث تجمع المئات في الساحة للاحتجاج", "المئات", 100, "vague", "participants"),
    ("كان العيد مناسبة تجمع فيها الآلاف في المدينة", "الآلاف", 1000, "vague", "participants"),
]


@pytest.mark.parametrize("text,span,value,qualifier,category", VAGUE_AFTER_VERB)
def test_definite_vague_after_verb(run_quantities, text, span, value, qualifier, category):
    _check(run_quantities, text, span, value, qualifier, category)


@pytest.mark.parametrize("text,expected", [
    ("وخرج 5 جرحى من المستشفى", [("5 جرحى", "injured")]),  # the noun fixes it
    ("وخرج 5 أشخاص من المستشفى مساء", [("5 أشخاص", "other")]),  # no protest word near
    ("وقتل 3 أشخاص في تجمع انتخابي", [("3 أشخاص", "killed")]),  # the noun تجمع after the count
    ("وتعيش أسر العشرات دون مأوى", []),  # أسر: families, not the verb
])
def test_vague_and_protest_guards(run_quantities, text, expected):
    assert [(q.text, q.category) for q in run_quantities(text)] == expected


# "two more" in the dual: "اثنان آخران", "اثنتان أخريان"
@pytest.mark.parametrize("text,span,value,qualifier,category", [
    ("أوقف ناشط السبت ثم أوقف اثنان آخران الأحد", "اثنان آخران", 2, "exact", "arrested"),
    ("حيث أصيب السائق واثنان آخران، وتوفي الرابع", "اثنان آخران", 2, "exact", "injured"),
    ("وقتلت امرأة وأصيبت اثنتان أخريان", "اثنتان أخريان", 2, "exact", "injured"),
])
def test_two_more(run_quantities, text, span, value, qualifier, category):
    _check(run_quantities, text, span, value, qualifier, category)


def test_others_alone_are_no_count(run_quantities):
    assert [q.text for q in run_quantities("وحضر الاجتماع آخران من الحزب")] == []


# the counted people named before the number ("بلغ/ارتفع عدد X … (إلى) N")
@pytest.mark.parametrize("text,span,value,qualifier,category", [
    ("خرجت مسيرة في البلدة بلغ عدد المشاركين فيها الآلاف", "الآلاف", 1000, "vague", "participants"),
    ("بعد ارتفاع عدد قتلى المحتجين إلى خمسة، خلال أسبوع", "خمسة", 5, "exact", "killed"),
    ("وارتفع عدد الأشخاص الذين اعتقلوا إلى 30", "30", 30, "exact", "arrested"),
    ("ليرتفع عدد الشهداء إلى (9) أشخاص", "9", 9, "exact", "killed"),
])
def test_count_named_before(run_quantities, text, span, value, qualifier, category):
    _check(run_quantities, text, span, value, qualifier, category)


@pytest.mark.parametrize("text", [
    "بلغ عدد المنازل المدمرة 50",  # not people
    "بلغ عدد المشاركين فيها 600 رياضي، ووزعت 85 جائزة",  # another number between
])
def test_count_named_before_guards(run_quantities, text):
    assert [q.text for q in run_quantities(text) if q.category != "other" and not q.text.startswith("600")] == []


# a breakdown of a toll takes its category ("يتوزعون إلى", "وهم", ":", "N منهم")
@pytest.mark.parametrize("text,span,value,qualifier,category", [
    ("قتلت القوات 50 شخصا، يتوزعون إلى 20 مسلحا، و30 مدنيا", "20 مسلحا", 20, "exact", "killed"),
    ("قتلت القوات 50 شخصا، يتوزعون إلى 20 مسلحا، و30 مدنيا", "30 مدنيا", 30, "exact", "killed"),
    ("اعتقلت الشرطة 40 شخصا، وهم 12 طالبا", "12 طالبا", 12, "exact", "arrested"),
    ("قتل 40 شخصا: 12 طالبا و28 عاملا", "12 طالبا", 12, "exact", "killed"),
    ("وثق التقرير مقتل 30 طفلا خلال الشهر 25 منهم في الغارات", "25 منهم", 25, "exact", "killed"),
])
def test_breakdown_of_a_toll(run_quantities, text, span, value, qualifier, category):
    _check(run_quantities, text, span, value, qualifier, category)


def test_part_of_a_count_in_another_sentence_is_not_its_part(run_quantities):
    qs = run_quantities("قتل 30 طفلا في الغارات. وزار 25 منهم المدرسة")
    assert [(q.text, q.category) for q in qs if q.text == "25 منهم"] == [("25 منهم", "other")]


# "N … بين قتيل وجريح" is a combined total (SPEC §2.7)
@pytest.mark.parametrize("text", [
    "وقال إن نحو 300 مدني سقطوا بين قتيل وجريح في الهجمات",
    "سقط العشرات من مقاتليها بين قتلى وجرحى وأسرى",
])
def test_between_killed_and_injured_is_a_total(run_quantities, text):
    assert run_quantities(text) == []


def test_between_other_nouns_is_a_count(run_quantities):
    assert [(q.text, q.category) for q in run_quantities("قتل 5 أشخاص بين مدنيين وعسكريين")] == [
        ("5 أشخاص", "killed")]
