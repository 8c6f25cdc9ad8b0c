"""Event source (event_source._reporter_only) and actors (event_actors_physical.addressee):
journalists behind لـ after a reporter's phrase ("قائد الشرطة لصحفيين", "مصدر أمني لمراسل
الجزيرة") are who the statement was told to — outside the source span, neither actor nor target."""
import pytest

SINAI = ("سيناء", 30.0, 33.8, "EG", "region")
CLAIM = "إن مسلحين هاجموا حاجزا للجيش في سيناء أمس"


@pytest.mark.parametrize("told", ["لمراسل الجزيرة", "لصحفيين", "للصحافيين"])
def test_journalists_told_are_not_in_the_source(ev, told):
    text = f"وقال مصدر أمني {told} {CLAIM}."
    doc = ev.make_doc(text, places=[SINAI], attributions=[(f"مصدر أمني {told}", CLAIM, False)])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert e.source is not None and e.source.text == "مصدر أمني"
    assert not [x for x in e.actors + e.targets if "صح" in x.text or "مراسل" in x.text]


def test_journalists_told_after_a_nominal_subject_are_no_target(ev):
    text = "وقال قائد الشرطة لصحفيين في سيناء إن المحتجين أحرقوا المبنى أمس."
    evs = ev.run(ev.make_doc(text, places=[SINAI]))
    assert evs and all("لصحفيين" not in [x.text for x in e.targets] for e in evs)


# must not fire: journalists who were hit are the act's target; the owner behind لـ in a
# reporter's title stays in the source
def test_journalists_attacked_stay_targets(ev):
    text = "وقال الجيش إن مسلحين اعتدوا بالضرب على صحفيين في سيناء أمس."
    (e,) = [e for e in ev.run(ev.make_doc(text, places=[SINAI])) if e.type == "ASSAULT"]
    assert "صحفيين" in [x.text for x in e.targets]


def test_a_title_genitive_stays_in_the_source(ev):
    text = f"وقال المتحدث باسم وزارة الداخلية {CLAIM}."
    src = "المتحدث باسم وزارة الداخلية"
    doc = ev.make_doc(text, places=[SINAI], attributions=[(src, CLAIM, False)])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert e.source is not None and e.source.text == src
