"""Held-out fixes (U30 audit, args2): event counts, places and merging, on invented sentences."""
from __future__ import annotations

PUB = "2024-02-09"


def _killed(ev, text, count_text, value, category="killed"):
    doc = ev.make_doc(text, published=PUB, places=[("حلب", 36.2, 37.16, "SY", "city")],
                      quantities=[(count_text, value, "exact", category)])
    return [e.counts.get(category) and e.counts[category].value for e in ev.run(doc)
            if e.type in ("ASSAULT", "COERCE")]


def test_lone_person_after_a_plural_toll_adds_one(ev):
    # "خمسة رجال وامرأة": five men and a woman are six killed
    assert _killed(ev, "قتل خمسة رجال وامرأة في قصف على مدينة حلب.", "خمسة رجال", 5) == [6]
    assert _killed(ev, "اعتقلت الشرطة ثلاثة شبان وفتاة في مدينة حلب.", "ثلاثة شبان", 3,
                   "arrested") == [4]


def test_uncounted_number_after_a_toll_adds_up(ev):
    # "أربعة أطفال وسبعة بالغين": the quantities stage counted only the children
    assert _killed(ev, "قتل أربعة أطفال وسبعة بالغين في غارة على مدينة حلب.", "أربعة أطفال", 4) == [11]


def test_singular_after_a_count_past_ten_is_shared(ev):
    # must not fire: "20 سيدة وطفلا" is twenty women and children, not twenty-one
    assert _killed(ev, "هاجم مسلحون مدينة حلب وخطفوا 20 سيدة وطفلا.", "20 سيدة", 20,
                   "abducted")[:1] == [20]


def test_number_of_days_after_a_toll_adds_nothing(ev):
    # must not fire: "وثلاثة أيام" counts no people; "وأصيب طفل" is another outcome
    assert _killed(ev, "قتل ستة أطفال وثلاثة أيام من القصف على مدينة حلب.", "ستة أطفال", 6) == [6]
    assert _killed(ev, "قتل ستة أطفال وأصيب طفل في قصف على مدينة حلب.", "ستة أطفال", 6) == [6]
