"""The present of being subjected to a coercive act ("يتعرض العمال للاعتقال", "ويتعرضون للترحيل") tells
what befalls a class of people, no one happening; the past ("تعرض الصحفي للاعتقال أمس") is news."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "ويتعرض العمال الأجانب للاعتقال والضرب عند عبور الحدود.",
    "وقالت المنظمة إن اللاجئين يتعرضون للترحيل دون محاكمة.",
])
def test_subjected_as_a_rule_no_event(sentence):
    assert "COERCE" not in _types(sentence)


def test_past_kept():
    assert "COERCE" in _types("وتعرض الصحفي للاعتقال أمس في العاصمة.")
