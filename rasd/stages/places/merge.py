"""One entity per place: names of the same gazetteer record are one entity.

"الولايات المتحدة الأمريكية", "الولايات المتحدة" and "أمريكا" in one article are one place,
and gold-dev groups such names as one entity ("العراق" / "الجمهورية العراقية"). The NER stage
groups by name only, so the places stage, which knows what each name resolves to, joins them.
"""
from __future__ import annotations

from dataclasses import replace

from rasd.model.record import Entity, Place


def merge_same_places(entities: list[Entity], places: list[Place]) -> tuple[list[Entity], list[Place]]:
    """Join LOC entities whose places are the same gazetteer record, of the same feature, into
    the one named first in the article; drop the others' entities and places, and number the
    places again (nothing refers to a place id before the events stage)."""
    if len(places) < 2:
        return entities, places  # (nothing to join)
    by_id = {e.id: e for e in entities}
    first_at = {e.id: min((m.start for m in e.mentions), default=0) for e in entities}
    keep: dict[tuple[str, str | None], Place] = {}
    gone: set[str] = set()
    for p in sorted(places, key=lambda p: first_at.get(p.entity or "", 0)):
        ent = by_id.get(p.entity or "")
        if p.gazetteer_id is None or p.lat is None or ent is None or ent.label != "LOC":
            continue
        # a facility placed at its town's point ("مستشفى جنين") shares the town's record
        kept = keep.setdefault(_merge_key(p), p)
        if kept is p:
            continue
        into = by_id[kept.entity]
        into.mentions = sorted(into.mentions + ent.mentions, key=lambda m: m.start)
        gone.add(ent.id)
    if not gone:
        return entities, places
    left = [p for p in places if p.entity not in gone]
    return ([e for e in entities if e.id not in gone],
            [replace(p, id=f"p{i}") for i, p in enumerate(left, 1)])


def _merge_key(p: Place) -> tuple[str, str | None]:
    """A place's record and feature. A country record (cc:) stands for the country whatever the
    feature: "في وسط ساحل العاج" is a region of the country (a direction before it), yet the
    same country as "كوت ديفوار" named elsewhere in the article."""
    if p.gazetteer_id.startswith("cc:"):
        return p.gazetteer_id, "country"
    return p.gazetteer_id, p.feature
