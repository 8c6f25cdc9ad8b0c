"""A place the article names again after a place word, where the tagger did not see it (audit U54:
"منطقة الملاحيظ" found, "سوق الملاحيظ" missed)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_place_written_again_after_a_place_word_is_a_mention():
    text = "تقدمت القوات في مديرية الكرابيش أمس. وقال القائد إن المعارك مستمرة في منطقة الكرابيش قرب سوق الكرابيش"
    # the tagger sees only the second (a stub table tags every occurrence: tag the word after منطقة only)
    doc = run(text, {}, NAMES)
    assert mentions(doc) == []
    from rasd.stages.ner.place_repeats import places_again
    from rasd.model.span import Span
    start = text.index("منطقة الكرابيش") + len("منطقة ")
    spans = [(Span(start, start + len("الكرابيش"), "الكرابيش"), "LOC", None)]
    got = [(sp.start, sp.text) for sp, lab, _a in places_again(text, doc.tokens, spans)]
    assert got == [(text.index("الكرابيش"), "الكرابيش"), (text.rindex("الكرابيش"), "الكرابيش")]


def test_a_name_written_again_without_a_place_word_is_left():  # must not fire
    from rasd.stages.ner.place_repeats import places_again
    from rasd.model.span import Span
    text = "وصل الوفد إلى منطقة الظاهر أمس. ومن الظاهر أن الاتفاق صامد، وتقدمت القوات في جبهة الظاهر"
    doc = run(text, {}, NAMES)
    start = text.index("الظاهر")
    spans = [(Span(start, start + 6, "الظاهر"), "LOC", None)]
    assert places_again(text, doc.tokens, spans) == []
    # a name inside a longer word after a place word
    text = "وصل الوفد إلى منطقة الظاهر أمس، ثم إلى منطقة الظاهرية"
    doc = run(text, {}, NAMES)
    assert places_again(text, doc.tokens, spans) == []
