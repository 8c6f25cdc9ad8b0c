"""The places stage does not add a place the NER dropped as a verb after a conjunction of time
(audit U46: "عندما عدن إلى العمل" came back as Aden)."""
from places_helpers import resolve

from rasd.gazetteer.embedded import embedded_gazetteer


def _names(text: str):
    return [p.name for p in resolve(embedded_gazetteer(), text, [], add_missing=True).places]


def test_no_aden_after_when():
    assert "عدن" not in _names("وخسرت النساء وظائفهن عندما عدن إلى العمل بعد الإجازة.")


def test_aden_after_a_preposition_is_added():
    # must not fire: "وصل الوفد إلى عدن"
    assert "عدن" in _names("وصل الوفد إلى عدن أمس قادما من الرياض.")


def test_no_yazd_after_a_negation_particle():
    # "لم يزد على" (did not exceed): a verb, not the city of Yazd (audit U60)
    assert "يزد" not in _names("أمضى في التوقيف مدة لم يزد على أسبوعين ثم خرج.")


def test_no_aden_after_gardens():
    assert "عدن" not in _names("ووعد الخطيب الناس بجنات عدن إن صبروا.")
