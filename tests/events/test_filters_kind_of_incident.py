"""Plural حوادث + an act + a frequency word (نادرة، تتكرر): a kind of act described, none told
(audit of unseen news U39b/U40)."""
import pytest

from filter_probes import read_types as _read_types

DROPPED = [
    ("وحوادث إطلاق النار نادرة الحدوث في اليابان.", "ASSAULT"),
    ("وقال إن حوادث الطعن تتكرر في المدينة.", "ASSAULT"),
]

KEPT = [
    ("وقتل ثلاثة أشخاص في حوادث إطلاق النار أمس في المدينة.", "ASSAULT"),
    ("وقالت الشرطة إن حوادث إطلاق النار في المدينة أسفرت أمس عن مقتل شخصين.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,etype", DROPPED)
def test_kind_dropped(sentence, etype):
    assert etype not in _read_types(sentence)


@pytest.mark.parametrize("sentence,etype", KEPT)
def test_act_kept(sentence, etype):
    assert etype in _read_types(sentence)
