"""Targets of verbal acts (event_actors_against): the party right after ضد a few words after the
act is its target, and the body a complaint is taken to (إلى، لدى، أمام) is where it is filed,
no target (news-dev ant-FR-internationalNews-1718-20180609; the ACCUSE-after-ضد case left open
by earlier audits)."""

TURKEY = ("تركيا", 39.0, 35.0, "TR", "country")


def _accuse(ev, text, entities=(), places=()):
    doc = ev.make_doc(text, entities=entities, places=places)
    (e,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    return [a.text for a in e.actors], [(t.text, t.code) for t in e.targets]


def test_complaint_against_a_state_before_its_forum(ev):
    text = "وتقدمت الحكومة المصرية بشكوى رسمية ضد تركيا إلى منظمة التجارة العالمية."
    _, targets = _accuse(ev, text, entities=[("منظمة التجارة العالمية", "ORG", "IGOWTO")], places=[TURKEY])
    assert targets[0] == ("تركيا", "TURGOV")
    assert "منظمة التجارة العالمية" not in [t for t, _ in targets]

