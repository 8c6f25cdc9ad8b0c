"""A paper in quotation marks after "تواصلت (معه)" is the outlet that made contact, not the city it
is named after (audit U52: 'تواصلت معه "الرياض" هاتفيا' was Riyadh)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_the_paper_that_made_contact_is_an_outlet():
    doc = run('ورفض المدير التصريح حيث تواصلت معه "الرياض" هاتفيا', {"الرياض": "B-LOC"}, NAMES)
    assert mentions(doc) == [("الرياض", "ORG")]
    doc = run('وتواصلت "الرياض" مع الوزارة', {"الرياض": "B-LOC"}, NAMES)
    assert mentions(doc) == [("الرياض", "ORG")]


def test_the_city_after_another_verb_stays():  # must not fire
    doc = run('ووصل الوفد إلى "الرياض" مساء', {"الرياض": "B-LOC"}, NAMES)
    assert mentions(doc) == [("الرياض", "LOC")]
