"""Event sources (event_source._reporter_only, leading_reporter, trailing_reporter): what a
reporting verb discloses or claims ("تفاصيل", "مسؤوليته") is its object, never part of who
reports: "كشفت وسائل إعلام غربية تفاصيل اعتقال …" → وسائل إعلام غربية; "، وأعلن تنظيم داعش
مسؤوليته عن الهجوم" → تنظيم داعش."""
import pytest

BAGHDAD = ("بغداد", 33.34, 44.40, "IQ", "city")


def _source(ev, text, etype, attributions=()):
    doc = ev.make_doc(text, places=[BAGHDAD], entities=[("داعش", "ORG", "IMGMUSREB")],
                      attributions=list(attributions))
    evs = [e for e in ev.run(doc) if e.type == etype]
    assert evs
    return evs[0].source.text if evs[0].source else None


def test_disclosed_details_are_no_reporter(ev):
    text = "وكشفت وسائل إعلام غربية تفاصيل اعتقال الشرطة ثلاثة رجال في بغداد أمس."
    att = [("وسائل إعلام غربية تفاصيل", "اعتقال الشرطة ثلاثة رجال في بغداد أمس", False)]
    assert _source(ev, text, "COERCE", att) == "وسائل إعلام غربية"


def test_a_claim_closing_the_sentence_is_no_reporter(ev):
    text = "وقتل خمسة أشخاص في هجوم على سوق في بغداد أمس، وأعلن تنظيم داعش مسؤوليته عن الهجوم."
    assert _source(ev, text, "ASSAULT") == "تنظيم داعش"


# must not fire: a reporter's phrase without a disclosed object stays whole
@pytest.mark.parametrize("text", [
    "وقتل خمسة أشخاص في هجوم على سوق في بغداد أمس، قال مسؤولون أمنيون عراقيون.",
])
def test_a_plain_closing_reporter_stays(ev, text):
    assert _source(ev, text, "ASSAULT") == "مسؤولون أمنيون عراقيون"
