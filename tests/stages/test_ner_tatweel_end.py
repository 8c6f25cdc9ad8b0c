"""A mention does not end in a tatweel (ـ) that stretches its last letter (audit U60:
"مطارات حماة والشعيراتـ" kept the stroke in the name)."""
from test_ner import mentions, run


def test_the_tatweel_after_the_name_is_left_out():
    doc = run("نقلت الطائرات إلى مطار الضميرـ قرب دمشق", {"الضميرـ": "B-LOC", "دمشق": "B-LOC"})
    assert mentions(doc) == [("الضمير", "LOC"), ("دمشق", "LOC")]


def test_a_tatweel_inside_the_name_stays():
    # must not fire: the stroke inside a word is part of how it is written
    doc = run("وصل الوفد إلى دمـشق", {"دمـشق": "B-LOC"})
    assert mentions(doc) == [("دمـشق", "LOC")]
