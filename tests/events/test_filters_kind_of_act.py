"""A class of acts that a present-tense verb of inclusion or use describes ("وتشمل عمليات الترحيل
العمال", "تتضمن حملات الاعتقال") is a general description of a practice, no one happening (SPEC 2.7:
general states); a dated happening with its own verb is still read."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, kind", [
    ("وتشمل عمليات الترحيل العمال القادمين من آسيا وأفريقيا.", "COERCE"),
    ("ويشمل برنامج الحكومة حملات الاعتقال في الأحياء الفقيرة.", "COERCE"),
    ("وتتضمن عمليات الإخلاء القسري هدم المنازل القديمة.", "DISPLACE"),
])
def test_kind_of_act_no_event(sentence, kind):
    assert kind not in _types(sentence)


def test_happening_kept():
    assert "COERCE" in _types("وشنت الشرطة أمس حملات الاعتقال في الحي.")
