"""A person's mention does not run on into a word with a digit (a list's number) or a word of
ل + ال (audit U48: "أردوغان 6- وزير الصحة", "سارة ساندرز للصحفيين")."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import mentions, run


@pytest.mark.parametrize("text,table,expected", [
    ("وقال الناطق سامي حداد للصحفيين إن الوفد وصل",
     {"سامي": "B-PER", "حداد": "I-PER", "للصحفيين": "I-PER"}, "سامي حداد"),
    ("5- وزير العدل - كمال نصري 6- وزير الصحة",
     {"كمال": "B-PER", "نصري": "I-PER", "6": "I-PER"}, "كمال نصري"),
    # must not fire: a name's own words stay
    ("وقال الناطق سامي حداد إن الوفد وصل", {"سامي": "B-PER", "حداد": "I-PER"}, "سامي حداد"),
])
def test_a_person_stops_before_a_number_or_a_contracted_noun(text, table, expected):
    assert [m for m, lab in mentions(run(text, table)) if lab == "PER"] == [expected]
