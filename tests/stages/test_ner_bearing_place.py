"""A one-word organisation or person chunk right after a bearing (شرقي، جنوب …) is a place when the
lists give it as a big place and as no organisation (audit U48: "شرقي سول" was ORG)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"كانغوون": "LOCB|PERT", "الوحدة": "ORG|LOCB"}


def test_a_listed_place_after_a_bearing_is_a_place():
    doc = run("وافتتح مطعم جديد شرقي كانغوون أمس", {"كانغوون": "B-ORG"}, _NAMES)
    assert mentions(doc) == [("كانغوون", "LOC")]


def test_a_listed_organisation_stays():  # must not fire: listed as an organisation too
    doc = run("وتقدم فريق شمال الوحدة أمس", {"الوحدة": "B-ORG"}, _NAMES)
    assert mentions(doc) == [("الوحدة", "ORG")]
