"""A name right after a place descriptor word (سجن، مطار، قاعدة، مخيم …) that the tagger called an
organisation is the facility's place name (SPEC 2.1: facilities are LOC; SPEC 2.7: the descriptor
stays outside; audit U58: "في سجن الهضبة" gave ORG الهضبة)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_org_after_a_facility_word_is_a_place():
    doc = run("وأودع المتهمون في سجن الصخيرة منذ شهرين", {"الصخيرة": "B-ORG"})
    assert mentions(doc) == [("الصخيرة", "LOC")]
    doc = run("وهبطت الطائرة في مطار الوادي الأخضر مساء", {"الوادي": "B-ORG", "الأخضر": "I-ORG"})
    assert mentions(doc) == [("الوادي الأخضر", "LOC")]


def test_listed_groups_and_plain_orgs_stay():  # must not fire
    doc = run("وأعلن مسلحو ولاية حماس المسؤولية", {"حماس": "B-ORG"}, {"حماس": "ORG"})
    assert mentions(doc) == [("حماس", "ORG")]
    doc = run("وأعلنت الصخيرة للتجارة أرباحها", {"الصخيرة": "B-ORG", "للتجارة": "I-ORG"})
    assert [lab for _, lab in mentions(doc)] == ["ORG"]


def test_a_city_inside_the_name_stays():  # must not fire: the places stage would misplace it
    doc = run("وتوفي السجين في سجن نابلس المركزي أمس", {"نابلس": "B-ORG", "المركزي": "I-ORG"}, {"نابلس": "LOCB"})
    assert [lab for _, lab in mentions(doc)] == ["ORG"]


def test_a_place_and_an_adjective_stay():  # must not fire: named after a city the lists may miss
    doc = run("وتوفي السجين في سجن كوندوز المركزي أمس", {"كوندوز": "B-ORG", "المركزي": "I-ORG"})
    assert [lab for _, lab in mentions(doc)] == ["ORG"]


def test_misc_after_a_facility_word_is_a_place():
    # "عبر مطار الملك فهد الدولي": the tagger's MISC is the airport, a place (audit U60)
    doc = run("وغادر المسافرون عبر مطار قرطاج الدولي أمس", {"قرطاج": "B-MISC", "الدولي": "I-MISC"})
    assert [lab for _, lab in mentions(doc)] == ["LOC"]


def test_misc_after_another_word_stays():  # must not fire
    doc = run("وشارك في بطولة قرطاج الدولية أمس", {"قرطاج": "B-MISC", "الدولية": "I-MISC"})
    assert [lab for _, lab in mentions(doc)] == ["MISC"]
