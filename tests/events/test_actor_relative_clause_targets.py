"""Targets of verbal acts (event_actors_titles.before_relative): a relative clause on a physical act's
noun after the statement ("حث الوزير لندن على الرد على الهجوم الذي استهدف X") tells of that
happening; who it names is its party, not the statement's target."""
import pytest


def _request(ev, text, entities):
    doc = ev.make_doc(text, entities=entities)
    evs = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert evs
    return [x.text for x in evs[0].targets]


def test_a_party_of_the_attack_clause_is_no_target(ev):
    text = "وطالبت الحكومة المصرية مجلس الأمن بالتحقيق في الهجوم الذي استهدف حركة الجهاد أمس."
    targets = _request(ev, text, [("مجلس الأمن", "ORG", "IGOUNO"), ("حركة الجهاد", "ORG", "PSEREB")])
    assert "مجلس الأمن" in targets and "حركة الجهاد" not in targets


# must not fire: a relative clause on a plain noun keeps the parties named before it
@pytest.mark.parametrize("text", [
    "وطالبت الحكومة المصرية حركة الجهاد بوقف الهجمات على المدن التي تسكنها عائلات كثيرة.",
])
def test_a_relative_on_a_plain_noun_keeps_the_target(ev, text):
    targets = _request(ev, text, [("حركة الجهاد", "ORG", "PSEREB")])
    assert "حركة الجهاد" in targets
