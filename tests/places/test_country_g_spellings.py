"""Country names spelt with ج for g, as Egyptian and Saudi papers write them (audit U44: «توجو»
in a list of African countries was a village in Mali; «بورندي», «كولمبيا», «باراجواي» were
unresolved). The table already had الجابون, جامبيا, جواتيمالا."""
from __future__ import annotations

import pytest

from places_helpers import make_doc
from rasd.gazetteer.embedded import embedded_gazetteer
from rasd.stages.places import PlacesStage


@pytest.mark.parametrize("name,country", [
    ("توجو", "TG"),
    ("بورندي", "BI"),
    ("كولمبيا", "CO"),
    ("باراجواي", "PY"),
    ("جايانا", "GY"),
    ("جيانا الفرنسية", "GF"),          # French Guiana, not Guyana
    ("ترينداد وتوباجو", "TT"),
    ("أنجولا", "AO"),
    ("الجابون", "GA"),                 # must not change: already listed
])
def test_g_spelt_country_names_resolve(name, country):
    doc = PlacesStage(embedded_gazetteer())(make_doc(f"وصل الوفد إلى {name} أمس.", [name]))
    assert doc.places[0].country == country
    assert doc.places[0].feature == "country"
