"""Resources the NER stage builds with ``rasd data build`` (never committed)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from rasd.resources import register_resource

from . import wordtable
from .actors import RESOURCE as ACTOR_RESOURCE
from .actors import build_actor_lexicon
from .gazetteer import Gazetteer, build_gazetteer
from .model import GAZETTEER_FILE, GAZETTEER_RESOURCE, PACKAGED_DIR, NerModel


def _build_gazetteer(data_dir: Path, out_dir: Path, progress) -> None:
    n = build_gazetteer(data_dir, out_dir / GAZETTEER_FILE)
    progress(1.0, f"{n} names")


def _news_texts(data_dir: Path):
    """Paragraphs of unlabelled news (one article per line, paragraphs joined by " ¶ ")."""
    import gzip

    for name in ("news.txt.gz", "news-nc.txt.gz"):
        path = data_dir / "unlabeled-ar" / name
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    yield from line.rstrip("\n").split(" ¶ ")


def _build_words(data_dir: Path, out_dir: Path, progress) -> None:
    # the rows depend on the gazetteer: build the same list the ner-gazetteer resource
    # holds (same builder, same data) and compute against it
    gaz_path = out_dir / GAZETTEER_FILE
    build_gazetteer(data_dir, gaz_path)
    model = NerModel.load(gazetteer=Gazetteer.load(gaz_path), preload=False)
    gaz_path.unlink()
    progress(0.1, "counting words in unlabelled news")
    words = wordtable.vocabulary(_news_texts(data_dir))
    progress(0.5, f"summing the rows of {len(words):,} words")
    rows, keys = wordtable.compute(model, words)
    wordtable.save(out_dir / wordtable.FILE, words, keys, rows, model.fingerprint())
    progress(1.0, f"{len(words):,} words")


register_resource(GAZETTEER_RESOURCE, _build_gazetteer,
                  "NER name lists (places, person names, organisations, demonyms) for CRF features",
                  sources=("countries-nationalities-ar", "gazetteer-wof-mena-ar", "gazetteer-geonames-world-ar",
                           "gazetteer-syria-admin-pcodes", "person-names-ar", "actors-armed-groups-ar"),
                  packaged=("places_countries.tsv",))
register_resource(ACTOR_RESOURCE, build_actor_lexicon,
                  "NER actor codes (armed groups, countries, PETRARCH Arabic actors)",
                  sources=("actors-armed-groups-ar", "countries-nationalities-ar", "actors-petrarch-ar"),
                  packaged=("actors_default.tsv",))
register_resource(wordtable.RESOURCE, _build_words,
                  "NER: precomputed scores of the most frequent words (a speed-up; same tags)",
                  sources=("unlabeled-ar", "countries-nationalities-ar", "gazetteer-wof-mena-ar",
                           "gazetteer-geonames-world-ar", "gazetteer-syria-admin-pcodes",
                           "person-names-ar", "actors-armed-groups-ar"),
                  # a retrained model changes meta.json: rebuild the table with it
                  version=hashlib.sha256((PACKAGED_DIR / "meta.json").read_bytes()).hexdigest()[:12]
                  if (PACKAGED_DIR / "meta.json").exists() else "1")
