"""Refuted acts, arms carried or deployed, landslides, two acts counted over the year, سوف
before a light verb, support taken back and a festival's showcase (audit of unseen news U58):
what the filters drop and keep."""
import pytest

from filter_probes import detected_types as _types, read_types as _read_types


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # refuting is denying: what is refuted was not done
    ("لكن الوزيرة فندت فرض عقوبات جديدة على البلاد.", "SANCTION"),
    ("وفند المتحدث باسم الجيش شن غارات على القرية.", "ASSAULT"),
]

# (sentence, type that must still be detected)
KEPT = [
    # a refutation in its own clause leaves the next act standing
    ("وفندت الوزارة الاتهامات، وفرضت الحكومة عقوبات على الشركة.", "SANCTION"),
]


@pytest.mark.parametrize("sentence,etype", SUPPRESSED)
def test_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", KEPT)
def test_kept(sentence, etype):
    assert etype in _types(sentence)


# (sentence, type that the sense checks must drop)
MISREAD = [
]

# (sentence, type that the sense checks must keep)
READ_KEPT = [
]


@pytest.mark.parametrize("sentence,etype", MISREAD)
def test_misread(sentence, etype):
    assert etype not in _read_types(sentence)


@pytest.mark.parametrize("sentence,etype", READ_KEPT)
def test_read_kept(sentence, etype):
    assert etype in _read_types(sentence)
