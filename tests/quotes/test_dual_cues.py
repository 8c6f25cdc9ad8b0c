"""Dual reporting verbs ("وقالا إنه …", "وأكدتا أن …") are cues like their singular and plural
forms (audit U32, ant-JA-diverse-248: «وقالا إنه ربما يقود سيارة …» was missed)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text, names):
    doc = quotes(text, names)
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ("وقال الوزيران إن المحادثات ناجحة. وأضافا أن الاتفاق قريب.", {},
     [("وقال", "الوزيران", "المحادثات ناجحة"), ("وأضافا", "الوزيران", "الاتفاق قريب")]),
    ("قالا إن المحادثات ناجحة.", {}, [("قالا", None, "المحادثات ناجحة")]),
    # must not fire: a dual verb that reports nothing
    ("وقال الوزيران إن المحادثات ناجحة. والتقيا في باريس أمس.", {},
     [("وقال", "الوزيران", "المحادثات ناجحة")]),
])
def test_dual_cues(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want


@pytest.mark.parametrize("text,names,want", [
    # more dual forms (held-out U50: "وشددا على أن «…»" after two leaders' statement was missed)
    ("وقال المتحدث سامي العلي إن القمة ناجحة. وشددا على أن «استمرار الأزمة سيؤدي إلى مزيد من التوتر».",
     {"سامي العلي": "PER"},
     [("وقال", "سامي العلي", "القمة ناجحة"), ("وشددا", "سامي العلي", "استمرار الأزمة سيؤدي إلى مزيد من التوتر")]),
    ("وأوضحت الوزيرتان في بيان أن التعاون مستمر. وأشارتا إلى أن الاتفاق سيوقع قريبا.", {},
     [("وأوضحت", "الوزيرتان", "التعاون مستمر"), ("وأشارتا", "الوزيرتان", "الاتفاق سيوقع قريبا")]),
    # curated forms only: the accusative noun نقلا ("نقلا عن") is no cue
    ("وأصيب ثلاثة أشخاص نقلا عن مصادر طبية.", {}, []),
])
def test_more_dual_cues(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want
