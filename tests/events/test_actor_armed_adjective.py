"""Nominal actors (event_nominals._armed_act): "مسلح" after an act noun is its adjective
("هجوم مسلح", "اشتباك مسلح"), not a gunman."""
import pytest

TUNIS = ("تونس", 36.8, 10.18, "TN", "city")


@pytest.mark.parametrize("text", [
    "وأعلنت الوزارة عن وقوع هجوم مسلح على المعهد في تونس أمس.",
    "وأدى اشتباك مسلح في تونس أمس إلى مصرع شرطي.",
    "وأعلنت الوزارة عن وقوع الهجوم المسلح على المعهد في تونس أمس.",
])
def test_an_armed_act_names_no_gunman(ev, text):
    doc = ev.make_doc(text, places=[TUNIS])
    for a in [e for e in ev.run(doc) if e.type == "ASSAULT"]:
        assert not any("مسلح" in x.text for x in a.actors + a.targets)


# must not fire: a gunman alone or described as one
@pytest.mark.parametrize("text", [
    "وهاجم مسلح الحاجز الأمني في تونس أمس.",
    "وهاجم رجل مسلح الحاجز الأمني في تونس أمس.",
])
def test_a_gunman_stays_the_doer(ev, text):
    doc = ev.make_doc(text, places=[TUNIS])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["مسلح"]
