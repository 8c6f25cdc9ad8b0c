"""A quoted name right after ل + an outlet noun ('لشبكة "إن بي سي نيوز"') is the outlet told,
not the cue's direct speech (audit ev25, 876: content «بى سى نيوز», its إن read as the
complementiser)."""
from __future__ import annotations


def _quotes(doc):
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


def test_a_quoted_outlet_name_is_not_speech(quotes, check):
    doc = quotes('قال مسؤولان أميركيان لشبكة "إن تي في نيوز"، الاثنين، إن الجيش نفذ الضربة.', {})
    check(doc)
    assert _quotes(doc) == [("indirect", "مسؤولان أميركيان", "الجيش نفذ الضربة")]


def test_speech_in_quotation_marks_after_other_words_stays_direct(quotes, check):
    # must not fire: the quotation after an outlet's own name, or after the addressees
    doc = quotes('وقال الوزير لصحيفة الشرق "إن الوضع صعب جدا في المدينة".', {})
    check(doc)
    assert [k for k, _s, _c in _quotes(doc)] == ["direct"]
    doc = quotes('وقال الوزير للصحفيين "إن الوضع صعب جدا في المدينة".', {})
    assert _quotes(doc) == [("direct", "الوزير", "الوضع صعب جدا في المدينة")]


def test_a_quoted_name_after_a_bare_lam_is_whom_it_was_told(quotes, check):
    # held-out U28: 'في تصريحات لـ"سكاي نيوز عربية"' after a statement medium is no quotation
    doc = quotes('وأكد الكاتب اليمني عبد المالك اليوسفي، في تصريحات لـ"سكاي نيوز عربية"، أن الإعلام الحكومي '
                 '"لم يكن على قدر الحدث" في إشارة إلى المعركة.', {})
    check(doc)
    assert all("سكاي" not in c for _k, _s, c in _quotes(doc))
    assert any("لم يكن على قدر الحدث" in c for _k, _s, c in _quotes(doc))
