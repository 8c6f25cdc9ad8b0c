"""A meeting named as when a future act is to be done is itself to come, no CONSULT (SPEC 2.6):
"سيتم الإعلان عن المدرب الجديد في أول اجتماع لمجلس الإدارة"."""
import pytest

from filter_probes import detected_types


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث إنه سيتم الإعلان عن التشكيلة الحكومية الجديدة في أول اجتماع للبرلمان بعد العيد.",
    "وأكد الوزير أن الحكومة ستناقش مشروع الموازنة في اجتماعها الأسبوع المقبل.",
])
def test_meeting_ahead_is_no_consult(sentence):
    assert "CONSULT" not in detected_types(sentence)


def test_meeting_held_kept():
    assert "CONSULT" in detected_types("وناقش الوزراء مشروع الموازنة في اجتماع عقدوه أمس في العاصمة.")


def test_a_semicolon_ends_the_reach_back():
    """A token's ؛ is ";" (and ، is ","): the stops were matched in their Arabic spelling, so a
    future verb before a ؛ reached a meeting held after it."""
    from rasd.stages.event_detect import Trigger
    from rasd.stages.event_filter_needs import meeting_ahead

    keys = [("سيتم",), ("الاعلان",), (";",), ("ناقش",), ("الوزراء",), ("في",), ("اجتماع",)]
    trig = Trigger(start=0, end=0, type="CONSULT", mode=None, strength=3, first=6, last=6)
    assert not meeting_ahead(keys, trig)
    assert meeting_ahead(keys[:2] + keys[3:], Trigger(start=0, end=0, type="CONSULT", mode=None,
                                                      strength=3, first=5, last=5))
