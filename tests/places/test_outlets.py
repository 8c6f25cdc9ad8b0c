"""Country hints from actor codes: a news outlet's code is where it is published, not the story."""
from __future__ import annotations

import pytest

from places_helpers import make_doc
from rasd.model.record import Actor, Entity
from rasd.model.span import Span
from rasd.stages.places import PlacesStage


def _entity(name: str, code: str) -> Entity:
    return Entity("e9", "ORG", name, [Span(0, len(name), name)], Actor(code, None))


@pytest.mark.parametrize("name,code,country", [
    ("الشرق الأوسط", "SAUMED", None),           # a paper printed abroad: no country for the story
    ("رويترز", "GBRMED", None),                  # a wire service
    ("وكالة تونس افريقيا للأنباء", "TUNMED", "TN"),  # must not fire: a national agency names its country
    ("الحوثيين", "YEMREB", "YE"),                # must not fire: not an outlet
])
def test_outlet_codes_give_a_country_only_when_the_name_says_it(mem_gaz, name, code, country):
    stage = PlacesStage(mem_gaz)
    assert stage._actor_country(_entity(name, code)) == country


def test_egyptian_spelling_of_gabon_resolves():
    from rasd.gazetteer.embedded import embedded_gazetteer

    doc = PlacesStage(embedded_gazetteer())(make_doc("وصل الرئيس إلى الجابون أمس.", ["الجابون"]))
    assert doc.places[0].country == "GA"
