"""Subprocess body for the crash-safety test: ingest a JSONL file into a store.

    python ingest_worker.py STORE_URL ARTICLES.jsonl

Uses the real ingest path (rasd.ingest.ingest_sources over the Rasd façade) with a
light pipeline, so 1,000 articles take seconds, yet events are still extracted:
`no_entities` stands in for ner, places and quotes (it finds nothing), and
text, times, quantities and events run as in the default pipeline.
"""
from __future__ import annotations

import sys

from rasd.pipeline.registry import register_stage

LIGHT = '[pipeline]\nstages = ["text", "no_entities", "times", "quantities", "events"]\n'


class NoEntities:
    """Assigns what ner, places and quotes would, empty: the light pipeline needs no trained model."""

    name = "no_entities"
    requires = ("text",)
    assigns = ("entities", "places", "quotes", "attributions")

    def __call__(self, doc):
        doc.entities, doc.places, doc.quotes, doc.attributions = [], [], [], []
        return doc


@register_stage("no_entities")
def _make(config: dict, resources=None) -> NoEntities:
    return NoEntities()


def light_pipeline():
    import rasd

    return rasd.load_pipeline(LIGHT)


def main(url: str, path: str) -> int:
    from rasd.app import Rasd
    from rasd.ingest import ingest_sources
    from rasd.store import open_store

    app = Rasd(open_store(url), light_pipeline())
    report = ingest_sources(app, [path])
    app.close()
    print(f"added={report.added} skipped={report.skipped} duplicates={report.duplicates} "
          f"failed={report.failed}", flush=True)
    return 0 if report.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
