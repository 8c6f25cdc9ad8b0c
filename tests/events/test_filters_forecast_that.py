"""An act after أن + imperfect that an expectation governs, with the complementiser a few words
on or carrying ب ("وسط توقعات بأن تشن", "ويتوقع مراقبون أن تنفذ"), is awaited, not told (SPEC
2.6: no future or hypothetical happenings)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وجاء ذلك وسط توقعات بأن تشن القوات الفرنسية غارات على مواقع التنظيم.",
    "ويتوقع مراقبون أن تنفذ الطائرات غارات جديدة على البلدة.",
    "وتسود تكهنات بأن يشن الجيش هجوما على البلدة.",
    "وتسود ترجيحات بأن تنفذ الشرطة حملة اعتقالات واسعة.",
])
def test_awaited_act_dropped(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize("sentence, etype", [
    # the act told in its own clause, after the expectation's
    ("ورغم توقعات بارتفاع الأسعار، قصفت الطائرات البلدة أمس.", "ASSAULT"),
    # أن before a noun reports what happened
    ("وتوقعت الشرطة أن المسلحين اختطفوا الصحفي.", "ASSAULT"),
])
def test_told_act_kept(sentence, etype):
    assert etype in _types(sentence)
