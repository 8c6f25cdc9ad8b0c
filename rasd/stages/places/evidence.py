"""Article-level evidence for the ranker, and the fallback for unlisted facilities."""
from __future__ import annotations

from rasd.gazetteer.variants import base_key
from rasd.model.record import Entity, Place
from rasd.stages.places.context import MentionContext, TextContext
from rasd.stages.places.lexicons import nisba
from rasd.stages.places.rank import DocEvidence, Scored


def nisba_countries(tc: TextContext) -> list[str]:
    table = nisba()
    return [table[w[2]] for w in tc.words if w[2] in table]


def normalise(ev: DocEvidence) -> None:
    total = sum(ev.countries.values())
    if total:
        ev.countries = {k: v / total for k, v in ev.countries.items()}


def first_pass_evidence(items, first: list[Scored | None], adjectives: set[str]) -> tuple[DocEvidence, list[dict]]:
    """Raw country votes, admin1 names and anchor points from the first pass."""
    votes = []
    ev = DocEvidence(adjectives=adjectives)
    for (e, _c, ctx, _f), best in zip(items, first):
        own: dict = {}
        if best is not None:
            c = best.cand
            w = len(e.mentions) * (2.0 if c.feature == "country" else 1.0)
            own = {"country": c.country, "weight": w}
            ev.countries[c.country] = ev.countries.get(c.country, 0.0) + w
            if ctx.dateline and c.country:
                ev.dateline_country, ev.dateline_entity = c.country, e.id
            if c.feature == "admin1" and c.name_en:
                ev.admin1.add(c.name_en)
            if c.admin1 and c.feature in ("city", "town"):
                ev.admin1.add(c.admin1)
            if c.lat is not None and c.feature not in ("country", "admin1") and best.score >= 3.0:
                ev.anchors.append((c.lat, c.lon, e.id, c.key))
        votes.append(own)
    return ev, votes


def without_own_vote(ev: DocEvidence, own: dict, entity_id: str) -> DocEvidence:
    counts = dict(ev.countries)
    if own.get("country"):
        counts[own["country"]] -= own["weight"]
        if counts[own["country"]] <= 0:
            del counts[own["country"]]
    out = DocEvidence(countries=counts, adjectives=ev.adjectives, dateline_country=ev.dateline_country,
                      dateline_entity=ev.dateline_entity,
                      admin1=ev.admin1,
                      anchors=[a for a in ev.anchors if a[2] != entity_id])
    normalise(out)
    return out


_FACILITY_HEADS = {base_key(w) for w in ("فندق", "مستشفى", "المستشفى", "معبر", "طريق", "شارع", "المسجد", "مسجد",
                                         "جامعة", "قاعة", "ميناء", "مطار", "سجن", "قاعدة", "جسر", "ساحة", "ميدان",
                                         "دوار", "سوق", "فندقي", "مدرسة", "كنيسة", "ملعب", "مبنى", "مقر")}
_FALLBACK_CHARS = 400


def facility_fallback(locs: list[Entity], places: list[Place], debug: list[dict],
                       ctxs: list[MentionContext]) -> None:
    """An unresolved named facility (a hotel, a hospital, a crossing) or a neighbourhood or
    area the gazetteer lacks ("حي الزيتون", "منطقة المنطار") sits in the nearest resolved town
    of the text: "فندق وهيلي … مقديشو" → Mogadishu's point."""
    towns = [(m.start, p) for e, p in zip(locs, places) if p.lat is not None
             and p.feature in ("city", "town", "village", "neighbourhood") for m in e.mentions]
    # no town named nearby: a province or region named nearby (قطاع غزة … معبر كارني)
    units = [(m.start, p) for e, p in zip(locs, places) if p.lat is not None
             and p.feature in ("admin1", "admin2", "region") for m in e.mentions]
    for e, p, d, ctx in zip(locs, places, debug, ctxs):
        head = base_key(e.name.split()[0]) if e.name.split() else ""
        kind = "facility" if head in _FACILITY_HEADS or ctx.cue == "facility" else (
            ctx.cue if ctx.cue in ("neighbourhood", "region") else None)
        if p.lat is not None or kind is None:
            continue
        pos = e.mentions[0].start
        near = [(abs(s - pos), q) for s, q in towns if abs(s - pos) <= _FALLBACK_CHARS] or \
            [(abs(s - pos), q) for s, q in units if abs(s - pos) <= _FALLBACK_CHARS]
        if near:
            dist, town = min(near, key=lambda x: x[0])
            p.lat, p.lon, p.country, p.admin1, p.admin2 = town.lat, town.lon, town.country, town.admin1, town.admin2
            p.feature, p.score = kind, 1.0
            d["reason"] = f"facility placed at the nearest resolved town ({town.name})"
