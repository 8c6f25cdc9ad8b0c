"""The places stage does not add Morocco for المغرب after a time or prayer word ("قبل المغرب": before
the sunset prayer; audit ev40 #28) in a story that names no Moroccan place."""
from __future__ import annotations

from pathlib import Path

import pytest

from places_helpers import make_doc
from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv
from rasd.stages.places import PlacesStage

ROWS = [
    "id\tname\tname_en\tlat\tlon\tcountry\tadmin1\tadmin2\tfeature\tpopulation\tgeonames_id\tnames",
    "cc:MA\tالمغرب\tMorocco\t31.6\t-7.2\tMA\t\t\tcountry\t36000000\t\tالمغرب",
    "gn:99072\tالموصل\tMosul\t36.34\t43.13\tIQ\tNineveh\t\tcity\t1700000\t99072\tالموصل",
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> MemoryGazetteer:
    path: Path = tmp_path_factory.mktemp("gaz") / "rows.tsv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return MemoryGazetteer(read_rows_tsv(path), name="sunset")


def _countries(gaz, text, names):
    doc = PlacesStage(gaz, add_missing=True)(make_doc(text, names))
    return sorted(p.country for p in doc.places if p.country)


def test_no_morocco_before_the_sunset_prayer(gaz):
    assert _countries(gaz, "وقتل المسلح خاله قبل المغرب في الموصل.", ["الموصل"]) == ["IQ"]


def test_morocco_is_still_added_elsewhere(gaz):  # must not fire
    assert _countries(gaz, "ووصل الوفد من الموصل إلى المغرب أمس.", ["الموصل"]) == ["IQ", "MA"]
