"""Nominal actors (event_nominals._suicide_adjective): a definite "الانتحاري" after a definite act
noun is its adjective ("الهجوم الانتحاري", "العمليات الانتحارية"), not a bomber to condemn."""
import pytest

TUNIS = ("تونس", 36.8, 10.18, "TN", "city")


@pytest.mark.parametrize("text", [
    "وأدانت الحكومة التونسية الهجوم الانتحاري الذي وقع في تونس أمس.",
    "واستنكرت الوزارة العمليات الانتحارية في تونس.",
])
def test_a_suicide_attack_names_no_bomber(ev, text):
    doc = ev.make_doc(text, places=[TUNIS])
    evs = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert evs
    for a in evs:
        assert not any("انتحاري" in x.text for x in a.actors + a.targets)


# must not fire: the bomber himself, alone
def test_a_suicide_bomber_stays_the_doer(ev):
    doc = ev.make_doc("وهاجم انتحاري الحاجز الأمني في تونس أمس.", places=[TUNIS])
    assert any(x.text == "انتحاري" for e in ev.run(doc) if e.type == "ASSAULT" for x in e.actors)
