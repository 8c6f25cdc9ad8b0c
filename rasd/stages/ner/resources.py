"""Resources the NER stage builds with ``rasd data build`` (never committed)."""
from __future__ import annotations

from pathlib import Path

from rasd.resources import register_resource

from .actors import RESOURCE as ACTOR_RESOURCE
from .actors import build_actor_lexicon
from .gazetteer import build_gazetteer
from .model import GAZETTEER_FILE, GAZETTEER_RESOURCE


def _build_gazetteer(data_dir: Path, out_dir: Path, progress) -> None:
    n = build_gazetteer(data_dir, out_dir / GAZETTEER_FILE)
    progress(1.0, f"{n} names")


register_resource(GAZETTEER_RESOURCE, _build_gazetteer,
                  "NER name lists (places, person names, organisations, demonyms) for CRF features",
                  sources=("countries-nationalities-ar", "gazetteer-wof-mena-ar", "gazetteer-geonames-world-ar",
                           "gazetteer-syria-admin-pcodes", "person-names-ar", "actors-armed-groups-ar"))
register_resource(ACTOR_RESOURCE, build_actor_lexicon,
                  "NER actor codes (armed groups, countries, PETRARCH Arabic actors)",
                  sources=("actors-armed-groups-ar", "countries-nationalities-ar", "actors-petrarch-ar"))
