"""Diplomats expelled with a three-word count between (audit of unseen news U50): "طرد أكثر من
60 دبلوماسيا" is SANCTION like "طرد 23 دبلوماسيا"."""
from filter_probes import detected_types


def test_expelled_more_than_a_number():
    assert "SANCTION" in detected_types("وقررت روسيا طرد أكثر من 60 دبلوماسيا أميركيا وإغلاق القنصلية.")


def test_expelled_player_is_no_sanction():
    assert "SANCTION" not in detected_types("وطرد الحكم أكثر من ثلاثة لاعبين في المباراة.")
