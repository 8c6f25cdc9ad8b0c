"""A threat's بـ-object is not asserted even past the threatener's name and a day set off by
commas ("توعد الرئيس …، الأربعاء، باستهداف"): the reach is ten words for a trigger with بـ, and
it stops at an earlier بـ-phrase (the threat's own object) and at a sentence mark."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "توعد الرئيس الأمريكي جو هارمون، الأربعاء، باستهداف مواقع الميليشيات.",
    "وهدد وزير الدفاع الإسرائيلي أفيغدور شالوم، مساء الأحد، بقصف مواقع الحركة في القطاع.",
])
def test_threatened_act_dropped(sentence):
    assert _types(sentence) == ["THREATEN"]


def test_act_after_the_threat_object_kept():
    types = _types("هدد الوزير بالرد، وقامت القوات الحكومية صباح أمس بقصف مواقع المسلحين.")
    assert "ASSAULT" in types
