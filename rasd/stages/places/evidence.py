"""Article-level evidence for the ranker, and the fallback for unlisted facilities."""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.gazetteer.base import haversine_km
from rasd.gazetteer.variants import base_key, strip_al
from rasd.lang.lexicon import reporting_verbs
from rasd.model.record import Entity, Place
from rasd.stages.places.context import MentionContext, TextContext, dateline_end
from rasd.stages.places.lexicons import COMPASS, nisba, word_lists
from rasd.stages.places.rank import LOCALITIES, DocEvidence, Scored
from rasd.text.normalize import norm_key


def nisba_countries(tc: TextContext) -> list[str]:
    """Countries of the nationality adjectives of the text (kept on `tc`: asked three times)."""
    hit = tc.__dict__.get("_nisba")
    if hit is None:
        table = nisba()
        hit = tc.__dict__["_nisba"] = [table[k] for k in tc.keys if k in table]
    return hit


def normalise(ev: DocEvidence) -> None:
    total = sum(ev.countries.values())
    if total:
        ev.countries = {k: v / total for k, v in ev.countries.items()}


_WEAK_FEATURES = frozenset({"village", "neighbourhood"})


_SELF_SUPPORT = ("cue", "own-adjective", "dateline")
_BIG_UNIT = 500_000  # people: a province or city known without its country being named
_NEAR_SUPPORT_KM = 100.0


def _licensed(items, first: list[Scored | None], adjectives: set[str]) -> list[bool]:
    """Which first-pass readings may vote: those in a country the article names (a country
    mention, a nationality adjective, the dateline), those with support of their own (a cue
    that fits, their own adjective, a big city or province) and those within 100 km of such a
    reading. Two namesakes of one unnamed country (Zawiya and al-Qubbah of Libya in a Syria
    story, Lompoc of California for Lombok) would otherwise vote for each other. An article
    that names no country at all keeps every vote."""
    named = set(adjectives)
    for (_e, _c, ctx, _f), best in zip(items, first):
        if best is not None and (best.cand.feature == "country" or ctx.dateline) and best.cand.country:
            named.add(best.cand.country)
    if not named:
        return [True] * len(first)
    ok = [best is not None and (best.cand.country in named or _self_supported(best)) for best in first]
    points = [(b.cand.lat, b.cand.lon) for b, k in zip(first, ok) if k and b.cand.lat is not None
              and b.cand.feature != "country"]
    for i, best in enumerate(first):
        if not ok[i] and best is not None and best.cand.lat is not None and any(
                haversine_km(best.cand.lat, best.cand.lon, a, b) < _NEAR_SUPPORT_KM for a, b in points):
            ok[i] = True
    return ok


def _self_supported(best: Scored) -> bool:
    c = best.cand
    return (any(best.parts.get(k, 0) > 0 for k in _SELF_SUPPORT)
            or (c.feature in ("city", "admin1") and c.population >= _BIG_UNIT and c.match == "exact"))


def first_pass_evidence(items, first: list[Scored | None], adjectives: set[str]) -> tuple[DocEvidence, list[dict]]:
    """Raw country votes, admin1 names and anchor points from the first pass (only the
    licensed readings vote: `_licensed`)."""
    votes = []
    ev = DocEvidence(adjectives=adjectives)
    for (e, _c, ctx, _f), best, licensed in zip(items, first, _licensed(items, first, adjectives)):
        own: dict = {}
        if licensed and best is not None and not (
                (best.cand.feature in _WEAK_FEATURES or "named-site" in best.parts) and best.score < 3.0):
            # (nor does a landmark found only by its whole name: "المسجد الأقصى" is in stories on
            # Israel and on Palestine alike, and must not move القدس from the city to a district)
            # (a hamlet chosen on a weak score casts no country vote: a Syrian namesake of
            # Yemen's شقرة must not pull the story's other hamlets to Syria)
            c = best.cand
            w = len(e.mentions) * (2.0 if c.feature == "country" else 1.0)
            own = {"country": c.country, "weight": w}
            ev.countries[c.country] = ev.countries.get(c.country, 0.0) + w
            if ctx.dateline and c.country:
                ev.dateline_country, ev.dateline_entity = c.country, e.id
            if c.feature == "admin1" and c.name_en:
                ev.admin1.add(c.name_en)
                ev.states.add(c.name_en)
            if c.admin1 and c.feature in ("city", "town"):
                ev.admin1.add(c.admin1)
            if c.lat is not None and c.feature not in ("country", "admin1") and best.score >= 3.0:
                ev.anchors.append((c.lat, c.lon, e.id, c.key, c.country))
        votes.append(own)
    return ev, votes


def states_by_paragraph(text: str, items, first: list[Scored | None]) -> list[set[str]]:
    """Per LOC entity, the provinces named (first pass) in a paragraph where it is named too:
    the namesake guard (`rank.score`) lets only these speak for a town of theirs. A state named
    paragraphs before is background: "عفا حاكم ولاية ايلينوي" … "المؤتمر … الذي عقد في باريس"
    (the Second International) is Paris, France, not the village in Illinois."""
    def paragraphs(e: Entity) -> set[int]:
        return {text.count("\n", 0, m.start) for m in e.mentions}

    named = [(paragraphs(e), best.cand.name_en) for (e, _c, _x, _f), best in zip(items, first)
             if best is not None and best.cand.feature == "admin1" and best.cand.name_en]
    if not named:
        return [set() for _ in items]  # (no province named: none for anyone)
    out = []
    for e, _c, _x, _f in items:
        here = paragraphs(e)
        out.append({state for where, state in named if where & here})
    return out


def without_own_vote(ev: DocEvidence, own: dict, entity_id: str) -> DocEvidence:
    counts = dict(ev.countries)
    if own.get("country"):
        counts[own["country"]] -= own["weight"]
        if counts[own["country"]] <= 0:
            del counts[own["country"]]
    # the toponym's own province stays in (it steadies the first pass's choice: a Moscow whose
    # province is in play beats a namesake abroad)
    out = DocEvidence(countries=counts, adjectives=ev.adjectives, dateline_country=ev.dateline_country,
                      dateline_entity=ev.dateline_entity,
                      admin1=ev.admin1, states=ev.states,
                      anchors=[a for a in ev.anchors if a[2] != entity_id])
    normalise(out)
    return out


_FACILITY_WORDS = {base_key(w) for w in word_lists()["facility_word"]}
_FALLBACK_CHARS = 400
# natural features no town stands for ("نهر النيل" … باريس): rivers, lakes, deserts, and
# islands ("جزيرة لارينيون" … باريس: an island is seldom the town named beside it)
_LONG_FEATURES = frozenset(base_key(w) for w in ("نهر", "بحيرة", "صحراء", "جزيرة"))
# a name whose own head word is one of these is a long feature whatever cue precedes it
# ("منطقة الصحراء الكبرى" … الدوحة: the Sahara is no part of Doha)
_LONG_HEADS = _LONG_FEATURES | frozenset(base_key(w) for w in ("بحر", "خليج", "سلسلة", "هضبة"))
_NATURAL_CHARS = 150


_UNIT_WORDS = r"(?:مدينة|بلدة|قرية|محافظة|منطقة|ولاية|حي|مديرية)"
# "… التابعة لمحافظة أبين", "… التي تتبع إداريا لمحافظة أبين", "… الواقعة في محافظة حجة": the
# text says which unit the place belongs to, as "… بمحافظة أبين" does
_LINK = (r"(?:(?:ال)?تابع(?:ة|تان|تين|ان|ين)?|التي\s+تتبع|الذي\s+يتبع|اللتين\s+تتبعان|(?:ال)?واقع(?:ة|تين|ين)?)"
         r"\s+(?:إدارياً?\s+)?")
# a direction before the container: "في شمال", "في أقصى جنوب شرقي", "بجنوبي غرب"
_DIRECTION = rf"(?:أقصى\s+)?(?:{COMPASS}|وسط)ي?\s+"
# ("بالعاصمة صنعاء", "في العاصمة بغداد": the capital word says what the container is, as مدينة does)
_IN = re.compile(rf"\s+(?:{_LINK}(?:في\s+|ل|ب)|في\s+|ب)(?:{_DIRECTION})?"
                 rf"(?:(?:{_UNIT_WORDS}|العاصمة)\s+)?")
# the next name of a list: "العرقوب ومنطقة معين التابعتين لمحافظة أبين"
_AND = re.compile(rf" و(?:{_UNIT_WORDS}\s+)?")
_AND_WORD = re.compile(rf" و(?:{_UNIT_WORDS}\s+)?ال[^\s،.:؛]+")


def _container(text: str, end: int, starts: dict[int, Place], ends: dict[int, int] | None = None) -> Place | None:
    """The resolved place named right after a mention as the one it is in: "… بالرياض",
    "… في إسرائيل", "… في منطقة الثرثار", "… بمحافظة بيشة" — or after the list it heads
    ("حيي المنشية والعباسية في درعا"; `ends`: where each LOC mention starting at a position ends)."""
    if not text:
        return None
    while ends:  # (the list goes on: its last name is followed by the container)
        more = _AND.match(text, end)
        if more is None or more.end() not in ends:
            break
        end = ends[more.end()]
    hit = _IN.match(text, end)
    if hit is None or hit.end() not in starts:
        # the list's last name is one the NER missed: "مزارع الطائف والنخيلة بمديرية الدريهمي"
        last = _AND_WORD.match(text, end)
        hit = _IN.match(text, last.end()) if last else None
    return starts.get(hit.end()) if hit else None


# A distance unit read as a name: "الكيلو 16" is the 16th kilometre of a road
_DISTANCE_UNITS = {base_key(w) for w in ("الكيلو", "كيلو", "الكيلومتر", "كيلومتر", "الكم")}
_NUMBER_AFTER = re.compile(r"\s*[0-9٠-٩]")


def _road_marker(text: str, e: Entity) -> bool:
    """Is every mention a distance unit followed by a number ("منطقة الكيلو 16")? Such a marker
    lies somewhere along a road, not at the nearest town the text names."""
    return bool(e.mentions) and all(base_key(m.text) in _DISTANCE_UNITS and _NUMBER_AFTER.match(text, m.end)
                                    for m in e.mentions)


def facility_fallback(locs: list[Entity], places: list[Place], debug: list[dict],
                      ctxs: list[MentionContext], text: str = "", extra_towns=()) -> None:
    """An unresolved named facility (a hotel, a hospital, a crossing) or a neighbourhood or
    area the gazetteer lacks ("حي الزيتون", "منطقة المنطار") sits in the nearest resolved town
    of the text: "فندق وهيلي … مقديشو" → Mogadishu's point. `extra_towns`: (position, place)
    of towns named inside other names ('جمعية "قابلات سوسة"'), when the text names no town."""
    if not any(_facility_kind(e, ctx) is not None for e, ctx in zip(locs, ctxs)):
        return  # nothing a town could stand for (most texts): skip building the town lists
    head_end = dateline_end(text) if text else 0  # a bureau's dateline ("أتلانتا … (CNN)--") is
    # where the story was filed, not a town near what it names
    towns = [(m.start, p) for e, p in zip(locs, places) if p.lat is not None
             and p.feature in LOCALITIES for m in e.mentions
             if m.start >= head_end and not _paragraph_dateline(text, m.start, m.end)
             and not speaking_city(text, m.start)]
    towns = towns or list(extra_towns)
    # no town named nearby: a province or region named nearby (قطاع غزة … معبر كارني)
    units = [(m.start, p) for e, p in zip(locs, places) if p.lat is not None
             and p.feature in ("admin1", "admin2", "region") for m in e.mentions]
    starts = {m.start: p for e, p in zip(locs, places) if p.lat is not None for m in e.mentions}
    ends = {m.start: m.end for e in locs for m in e.mentions}
    countries = [(m.start, p.country) for e, p in zip(locs, places) if p.feature == "country" and p.country
                 for m in e.mentions]
    for e, p, d, ctx in zip(locs, places, debug, ctxs):
        kind = _facility_kind(e, ctx)
        if kind is None or (kind == "natural" and ctx.cue_word in _LONG_FEATURES) or _long_head(e.name):
            continue  # a river or a desert runs through countries: the nearest town is not it
        if _road_marker(text, e):
            continue  # "منطقة الكيلو 16": a distance along a road from a town the text does not say
        inside = next((q for q in (_container(text, m.end, starts, ends) for m in e.mentions) if q is not None), None)
        if p.lat is not None and not (kind == "neighbourhood" and _far_from(p, inside)):
            continue  # (a quarter "في درعا" is in Daraa, not a namesake village 500 km away)
        if inside is not None and inside is not p:
            p.lat, p.lon, p.country = inside.lat, inside.lon, inside.country
            p.admin1, p.admin2, p.feature, p.score = inside.admin1, inside.admin2, kind, 1.0
            d["reason"] = f"placed in the place named right after it ({inside.name})"
            continue
        pos = e.mentions[0].start
        # a mountain or a river is named beside the town it overlooks ("جبل صبر … تعز"): closer
        reach = _NATURAL_CHARS if kind == "natural" else _FALLBACK_CHARS
        # a nationality adjective after the name ("مستشفى سوروكا الإسرائيلي") rules out towns
        # of other countries
        fits = (lambda q: q.country == ctx.adjective) if ctx.adjective else (lambda q: True)
        near = [(told_distance(text, s, pos), q) for s, q in towns if abs(s - pos) <= reach and fits(q)
                and not _later_paragraph(text, pos, s) and not _other_country_between(text, s, pos, q, countries)] or \
            [(told_distance(text, s, pos), q) for s, q in units if abs(s - pos) <= reach and fits(q)
             and not _later_paragraph(text, pos, s) and not _other_country_between(text, s, pos, q, countries)]
        if near:
            dist, town = min(near, key=lambda x: x[0])
            town = _unit_between(text, town, pos, towns, units) or town
            p.lat, p.lon, p.country, p.admin1, p.admin2 = town.lat, town.lon, town.country, town.admin1, town.admin2
            p.feature, p.score = kind, 1.0
            d["reason"] = f"facility placed at the nearest resolved town ({town.name})"


def _facility_kind(e: Entity, ctx: MentionContext) -> str | None:
    """What facility_fallback may place a mention as: a facility, a quarter, an area, a natural
    feature; None for a plain toponym."""
    words = e.name.split()
    if ctx.cue == "facility" or (words and base_key(words[0]) in _FACILITY_WORDS):
        return "facility"
    return ctx.cue if ctx.cue in ("neighbourhood", "region", "natural") else None


def _unit_between(text: str, town: Place, pos: int, towns: list[tuple[int, Place]],
                  units: list[tuple[int, Place]]) -> Place | None:
    """A province or district named between the fallback town and the unlisted area, far from
    that town: the area is in it ("مدينة التحيتا …" ⏎ "وفي حيفان بريف محافظة تعز …" ⏎ "بمنطقة
    العذير" is in Taiz, not at al-Tuhayta 150 km off). Its nearest such unit, or None."""
    spots = [s for s, q in towns if q is town]
    if not spots:
        return None  # (the fallback is itself a unit)
    at = min(spots, key=lambda s: abs(s - pos))
    lo, hi = min(at, pos), max(at, pos)
    between = [(abs(pos - s), u) for s, u in units if lo < s < hi and u.country == town.country
               and not _town_container(text, at, s)
               and _other_province(town, u) and haversine_km(u.lat, u.lon, town.lat, town.lon) > _UNIT_BETWEEN_KM]
    return min(between, key=lambda x: x[0])[1] if between else None


# the town's one or two words, then a unit word, bare or after ب/في ("إزرع بمحافظة ")
_CONTAINER_AFTER = re.compile(r"(?:\S+\s+){1,2}(?:ب|في\s+)?(?:محافظة|ولاية|مديرية|قضاء|ريف|منطقة)\s+")


def _town_container(text: str, town_at: int, unit_at: int) -> bool:
    """Is the unit named as the town's own container, right after it ("مدينة إزرع بمحافظة
    السويداء")? That phrase says where the town is (rightly or not), not where a later area lies:
    the Lajat area of that story is in Daraa's countryside, not at Suwayda's point."""
    m = _CONTAINER_AFTER.match(text, town_at)
    return bool(m) and m.start() < unit_at <= m.end()


# farther than this from the unit named in between (and in another province), the town is not
# where the area lies
_UNIT_BETWEEN_KM = 50.0


def _province_key(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", (name or "").lower())


def _other_province(town: Place, unit: Place) -> bool:
    """Do the town and the unit lie in different provinces, both known?"""
    own = _province_key(town.admin1)
    other = _province_key(unit.admin1 or (unit.name_en if unit.feature == "admin1" else None))
    return bool(own) and bool(other) and own != other


def _later_paragraph(text: str, pos: int, town_at: int) -> bool:
    """Is the town named in a later paragraph that opens on another scene ("وفي جبهة صعدة …",
    "في محافظة …")? What such a paragraph names is not where an earlier unlisted area lies
    ("… بمنطقة جبل رأس." ⏎ "وفي جبهة صعدة"). A later paragraph that goes on with the story
    ("وتعرضت مقديشو …") is still its town."""
    if town_at <= pos or "\n" not in text[pos:town_at]:
        return False
    line = text.rfind("\n", 0, town_at) + 1
    return _SCENE_OPENING.match(text, line) is not None


# a paragraph that opens on a place phrase sets a new scene
_SCENE_OPENING = re.compile(r"\s*و?في\s")


def _long_head(name: str) -> bool:
    """Is the name's own first word a river, sea, gulf, desert, range or plateau word?"""
    words = base_key(name).split()
    return bool(words) and (words[0] in _LONG_HEADS or strip_al(words[0]) in _LONG_HEADS)


# "لندن: «الشرق الأوسط»، …", "* الخرطوم: …" at a paragraph's start: where a report was filed
_LINE_LEAD = re.compile(r"[\s*•\-–]*")
_DATELINE_TAIL = re.compile(r"\s*(?::|\s[-–]\s)")


def _paragraph_dateline(text: str, start: int, end: int) -> bool:
    """Is the mention at start..end a paragraph's dateline (a town named only as the bureau)?"""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_LEAD.fullmatch(text, line, start) is not None and _DATELINE_TAIL.match(text, end) is not None


def _other_country_between(text: str, town_at: int, pos: int, town: Place,
                           countries: list[tuple[int, str]]) -> bool:
    """Is the town in another sentence, with a country other than its own named between them
    or in the facility's own sentence ("… في سانتياغو دي كوبا … منشأة في مونكادا" after a
    London paragraph: Cuba, not Britain)? A town of the facility's own sentence is kept
    ("شرفة سفارة إيران في حي نايت بريدج" after "شرطة لندن" in that sentence)."""
    lo = sentence_start(text, pos)
    end = SENTENCE_END.search(text, pos)
    hi = end.start() if end else len(text)
    if lo <= town_at < hi:
        return False
    a, b = sorted((town_at, pos))
    return any(c != town.country and (a < s < b or lo <= s < hi) for s, c in countries)


def told_distance(text: str, town_at: int, pos: int) -> float:
    """How far a town stands from the facility as the reader meets it: one told before counts
    its characters; one told after, in a later sentence, counts double ("جبل الجرة. … وسط
    العاصمة صنعاء": a town of the next sentence is a weaker guess than one already named)."""
    if town_at < pos:
        return pos - town_at
    later_sentence = any(ch in text[pos:town_at] for ch in ".\n")
    return (town_at - pos) * (2 if later_sentence else 1)


# how far a place may lie from the unit named right after it as its container
_CONTAINER_KM = {"city": 50.0, "admin2": 100.0, "admin1": 250.0, "region": 250.0}
_CONTAINED = ("town", "village", "admin2", "region")  # (a city is known on its own: "قمة حول القدس في إسطنبول")


def container_fallback(text: str, locs: list[Entity], places: list[Place], debug: list[dict],
                       spellings: list[str | None] | None = None) -> None:
    """A place resolved far outside the unit named right after it ("مركز خيبر الجنوب بمنطقة
    عسير" is no Khaybar of Medina, "النخيلة والطائف جنوبي الحديدة" no Taif) takes that unit's
    point as an area in it (feature region): the text says where it is. `spellings`: for each
    place read as a province, the admin1 name its own towns carry ("Al Jizah" for "Giza")."""
    if len(places) < 2 or not any(p.lat is not None and p.feature in _CONTAINED + ("city",) for p in places):
        # (the test the loop starts with, asked first; and a container is another place of the
        # text: with one place there is none)
        return
    own_admin1 = {id(p): s for p, s in zip(places, spellings or ()) if s}
    cue_of = {id(p): (d.get("context") or {}).get("cue") for p, d in zip(places, debug)}
    starts = {m.start: p for e, p in zip(locs, places) if p.lat is not None for m in e.mentions}
    ends = {m.start: m.end for e in locs for m in e.mentions}
    for e, p, d in zip(locs, places, debug):
        if p.lat is None or p.feature not in _CONTAINED + ("city",):
            continue
        inside = next((q for q in (_container(text, m.end, starts, ends) for m in e.mentions) if q is not None), None)
        if p.feature == "city" and not _foreign_city_in_unit(p, inside):
            continue  # (a city is known on its own: "قمة حول القدس في إسطنبول")
        if _in_other_country(p, inside):
            # "مدينة دجلة في أقصى جنوب شرقي تركيا" is no Iraqi village: none of these beats a
            # wrong village (SPEC §2.2)
            _unplace(p)
            d["reason"] = f"read in another country than the one named right after it ({inside.name})"
            continue
        km = _unit_km(inside, cue_of.get(id(inside))) if inside is not None and inside is not p else None
        if km is not None and inside.feature == "region" and not inside.admin1:
            km = None  # "في شمال سوريا": a country's part, whose point is the country's
        if km is None or (p.admin1 and p.admin1 == inside.admin1 and p.country == inside.country):
            continue
        if p.admin1 and p.country == inside.country and p.admin1 == own_admin1.get(id(inside)):
            continue  # "الدقي الواقعة في محافظة الجيزة": in that province, far from its desert centroid
        d_km = haversine_km(p.lat, p.lon, inside.lat, inside.lon)
        if d_km > km or (d_km > _OTHER_PROVINCE_KM and _in_other_province(p, inside)):
            _place_in(p, inside, "region")
            d["reason"] = f"far from the place named right after it ({inside.name}): placed in it"


_OTHER_PROVINCE_KM = 100.0


def _unit_km(unit: Place, cue: str | None) -> float | None:
    """How far from its point a place said to lie in `unit` may be. A unit the text names as a
    district or province ("بمديرية الظاهر") but the gazetteer knows only as a namesake village
    still spans a district's or province's radius, not none."""
    km = _CONTAINER_KM.get(unit.feature)
    if km is None and unit.feature in ("village", "town") and cue in ("admin1", "admin2"):
        km = _CONTAINER_KM[cue]
    return km


def _in_other_country(p: Place, unit: Place | None) -> bool:
    """A town, village or district of one country said to lie in another country, or in a part
    of it ("في أقصى جنوب شرقي تركيا": a region with no province, whose point is the country's)."""
    return (unit is not None and unit is not p and p.feature in _CONTAINED
            and (unit.feature == "country" or (unit.feature == "region" and not unit.admin1))
            and bool(unit.country) and bool(p.country) and p.country != unit.country)


def _foreign_city_in_unit(p: Place, unit: Place | None) -> bool:
    """A city of another country named as lying in a province or district: "مزارع الطائف
    بمديرية الدريهمي" is an area of Ad Durayhimi (Hodeidah), not Ta'if of Saudi Arabia. A city
    said to be in a city stays ("قمة حول القدس في إسطنبول": a summit about Jerusalem)."""
    return (unit is not None and unit is not p and unit.feature in ("admin1", "admin2")
            and bool(unit.country) and p.country != unit.country)


def _in_other_province(p: Place, unit: Place) -> bool:
    """The gazetteer puts `p` in a province other than the province `unit` named as its
    container: "العرقوب … التي تتبع إداريا لمحافظة أبين" is no hamlet of Sanaa province, though
    that hamlet lies within 250 km of Abyan's point (a province's point says little of its edge)."""
    key = _latin_key
    return (unit.feature == "admin1" and bool(key(unit.name_en)) and bool(key(p.admin1))
            and key(p.admin1) not in (key(unit.name_en), key(unit.admin1)))


_QUARTER_TOWN_KM = 15.0
_QUARTER_MISREADS = ("village", "neighbourhood", "admin1", "admin2")
SENTENCE_END = re.compile(r"[.!؟?\n]+")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last sentence end before it)."""
    return max([0] + [m.end() for m in SENTENCE_END.finditer(text, 0, pos)])
_STREET = "شارع"


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The reporting verbs, read once (they come from a file)."""
    return reporting_verbs()


def speaking_city(text: str, start: int) -> bool:
    """Is the mention at `start` the subject right after a reporting verb ("وبينما تقول بغداد: إن
    الجامعة …", "أعلنت موسكو")? Such a city is its government speaking, not where the story is:
    no quarter or facility named near it is placed there."""
    hit = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if hit is None:
        return False
    word = norm_key(hit.group(1))
    verbs = _verbs()
    return word in verbs or (word[:1] in "وف" and word[1:] in verbs)


def quarter_fallback(text: str, locs: list[Entity], places: list[Place], debug: list[dict],
                     ctxs: list[MentionContext]) -> None:
    """A quarter or a street ("حي الأشرفية", "شارع صلاح الدين") read as a village, a province or a
    namesake quarter over 15 km from the city named in its sentence or the one before is a
    quarter of that city: its point, feature neighbourhood. A street is never a province: with
    no city near, the province reading is dropped. Kept: a quarter or village near that city
    ("حي التواهي في عدن"), and any quarter whose reach names a province, district or region
    ("حي الطراح في منطقة الثرثار": the unit says where, not the nearest city)."""
    if not any(ctx.cue == "neighbourhood" for ctx in ctxs):
        return  # (the test the loop starts with, asked first: most texts name no quarter)
    towns = [(m.start, p) for e, p in zip(locs, places) if p.lat is not None and p.feature in ("city", "town")
             for m in e.mentions if not speaking_city(text, m.start)]
    units = [m.start for e, p in zip(locs, places) if p.feature in ("admin1", "admin2", "region") and p.lat is not None
             for m in e.mentions]
    story = _story_city(locs, places)
    # where the article names each country ("حي الصوابر … تمكنت الكويت": Kuwait's quarter)
    states = [(m.start, p.country) for e, p in zip(locs, places) if p.feature == "country" and p.country
              for m in e.mentions]
    for e, p, d, ctx in zip(locs, places, debug, ctxs):
        if (ctx.cue != "neighbourhood" or p.lat is None or p.feature not in _QUARTER_MISREADS
                or d.get("reason") != "top score"):
            continue  # (a point an offset or a container gave is the text's own: kept)
        pos = e.mentions[0].start
        lo, hi = _sentence_reach(text, pos)
        street_province = (ctx.cue_word or "") == _STREET and p.feature == "admin1"
        # "حي الطراح في منطقة الثرثار", "حيي المنشية والعباسية في درعا": a unit named near says where
        ruled = any(lo <= s < hi for s in units)
        near = [] if ruled else [(abs(s - pos), q) for s, q in towns if lo <= s < hi and q is not p]
        if not near:
            if street_province:
                _unplace(p)
                d["reason"] = "a street is no province, and no city alone is named near it"
            elif not ruled and story is not None and story is not p and p.feature != "admin1" and (
                    haversine_km(p.lat, p.lon, story.lat, story.lon) > _STORY_QUARTER_KM) and not (
                    p.country != story.country and any(lo <= s < hi and c == p.country for s, c in states)):
                # (kept: a reading in another country that its own sentence names, audit U50:
                # "تفجير مسجد في حي الصوابر، … تمكنت الكويت" in a story whose city is Mosul)
                # "أحياء كلابة، والموشكي" in a Taiz story, no town named near: Taiz's quarter,
                # not Kilabah of Amran 290 km off
                _to_quarter(p, story)
                d["reason"] = f"a quarter of the story's city ({story.name}), no other city named near it"
            continue
        town = min(near, key=lambda x: x[0])[1]
        if haversine_km(p.lat, p.lon, town.lat, town.lon) <= _QUARTER_TOWN_KM and not street_province:
            continue
        _to_quarter(p, town)
        d["reason"] = f"a quarter or street of the city named near it ({town.name})"


_AREA_UNIT_KM = 50.0  # an area read farther than this from the province or city just named is a namesake
_AFTER_CHARS = 40  # a unit named this close after the area ("جنوب محافظة صعدة") speaks for it
_AREA_UNITS = ("admin1", "city", "region")  # (a region with its province: "في شمال محافظة لحج")
# a unit named as a reference point, not as where things are: "شمال العاصمة صنعاء", "قرب عدن"
_REFERENCE = re.compile(r"(?<!\S)(?<!في )(?:قرب|بالقرب\s+من|(?:شمال|جنوب|شرق|غرب)(?:ي|ي?\s+(?:شرق|غرب)ي?)?)\s+"
                        r"(?:ال)?(?:عاصمة|مدينة|محافظة)?\s*$")


def area_fallback(text: str, locs: list[Entity], places: list[Place], debug: list[dict],
                  ctxs: list[MentionContext]) -> None:
    """An area ("منطقة الأشراف") read as a village of another province, over 50 km from the
    province or city named last before it in its sentence or the one before ("وفي محافظة مأرب،
    … منطقة الأشراف غرب المدينة"), is an area of that unit: its point, feature region. Kept: a
    village in that unit's province ("قرية زاري في شمال ولاية بورنو"), one near it, one whose
    point an offset or a container gave, one with no unit named before it."""
    if not any(ctx.cue == "region" and p.feature == "village" for p, ctx in zip(places, ctxs)):
        return  # (the test the loop starts with, asked first)
    units = sorted((m.start, p) for e, p in zip(locs, places) if p.lat is not None and p.feature in _AREA_UNITS
                   and (p.feature != "region" or not (p.gazetteer_id or "cc:").startswith("cc:"))
                   for m in e.mentions if not _REFERENCE.search(text, max(0, m.start - 30), m.start))
    starts = {m.start: p for e, p in zip(locs, places) if p.lat is not None for m in e.mentions}
    ends = {m.start: m.end for e in locs for m in e.mentions}
    named = sorted((m.start, q) for e, q in zip(locs, places) for m in e.mentions)
    for e, p, d, ctx in zip(locs, places, debug, ctxs):
        if ctx.cue != "region" or p.lat is None or p.feature != "village" or d.get("reason") != "top score":
            continue
        if any(_container(text, m.end, starts, ends) is not None for m in e.mentions):
            continue  # ("منطقة شخب بقعطبة": the unit named right after it says where; container_fallback)
        pos = e.mentions[0].start
        end = e.mentions[0].end
        if any(end < s <= end + _AFTER_CHARS and not _other_unit(p, q) for s, q in named
               if q.lat is not None and q.feature in _AREA_UNITS):
            continue  # ("منطقة آل عمار جنوب محافظة صعدة": a unit just after it agrees with the village)
        lo, _hi = _sentence_reach(text, pos)
        before = [q for s, q in units if lo <= s < pos and q is not p]
        if not before:
            unit = _foreign_province_before(p, [q for s, q in units if s < pos and q is not p])
            if unit is not None:
                _place_in(p, unit, "region")
                d["reason"] = f"a village of another country than {unit.name}, the province named before it"
            continue
        unit = before[-1]
        if haversine_km(p.lat, p.lon, unit.lat, unit.lon) <= _AREA_UNIT_KM or not _other_unit(p, unit):
            continue
        _place_in(p, unit, "region")
        d["reason"] = f"a village of another province, far from {unit.name} named before it: an area of it"


def _foreign_province_before(p: Place, before: list[Place]) -> Place | None:
    """The province named last before an area read as a village, farther back than its
    sentence, when every province and city named before it lies in one other country ("في
    محافظة ديار بكر … على طريق في منطقة ليجي" read as a Syrian village): the story is there."""
    if not before or before[-1].feature != "admin1" or any(q.country != before[-1].country for q in before):
        return None
    unit = before[-1]
    if unit.country == p.country or haversine_km(p.lat, p.lon, unit.lat, unit.lon) <= _AREA_UNIT_KM:
        return None
    return unit


def _other_unit(p: Place, unit: Place) -> bool:
    """Is the village `p` in another province than the province, province part or city `unit`?"""
    key = _latin_key
    if unit.country != p.country or not key(p.admin1):
        return False
    if unit.feature == "city":
        return bool(key(unit.admin1)) and key(unit.admin1) != key(p.admin1)
    own = key(p.admin1)  # (spellings differ: "Taizz" in "Taiz Governorate")
    return bool(key(unit.name_en)) and not any(k and (own in k or k in own)
                                               for k in (key(unit.name_en), key(unit.admin1)))


def _to_quarter(p: Place, town: Place) -> None:
    _place_in(p, town, "neighbourhood")


def _place_in(p: Place, unit: Place, feature: str) -> None:
    """`p` takes the point, country and provinces of the place it lies in, as a `feature` of it;
    the gazetteer ids were a namesake's, not this place's."""
    p.lat, p.lon, p.country, p.admin1, p.admin2 = unit.lat, unit.lon, unit.country, unit.admin1, unit.admin2
    p.feature, p.score = feature, 1.0
    p.name_en = p.gazetteer_id = p.geonames_id = None


def _latin_key(name: str | None) -> str:
    """An English gazetteer name reduced to its letters, for comparing spellings ("Taizz" / "Taiz
    Governorate")."""
    return re.sub(r"[^a-z]", "", (name or "").lower())


_STORY_QUARTER_KM = 50.0  # a quarter read farther than this from the story's city is a namesake


def _story_city(locs: list[Entity], places: list[Place]) -> Place | None:
    """The city or town the story is about: the one named most often, at least twice and more
    often than any other (a story about two cities has none)."""
    counts = sorted(((len(e.mentions), p) for e, p in zip(locs, places)
                     if p.lat is not None and p.feature in ("city", "town")), key=lambda x: -x[0])
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _sentence_reach(text: str, pos: int) -> tuple[int, int]:
    """From the start of the sentence before the one at `pos` to the end of `pos`'s sentence."""
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text, 0, pos)]
    lo = starts[-2] if len(starts) >= 2 else 0
    end = SENTENCE_END.search(text, pos)
    return lo, end.start() if end else len(text)


def _unplace(p: Place) -> None:
    p.lat = p.lon = p.country = p.admin1 = p.admin2 = p.feature = p.score = None
    p.name_en = p.gazetteer_id = p.geonames_id = None


_QUARTER_KM = 25.0  # a quarter of a town lies within this of the town's point


def _far_from(p: Place, town: Place | None) -> bool:
    """Is `p`, resolved to a namesake hamlet, farther from the town or province named as its
    container than a quarter can be? (A district the gazetteer has, "حي المنصورة" of Aden, is
    kept: the container may be the doubtful one.)"""
    return (town is not None and town is not p and town.lat is not None
            and p.feature in ("village", "neighbourhood") and town.feature in ("city", "town", "admin2", "admin1")
            and haversine_km(p.lat, p.lon, town.lat, town.lon) > _QUARTER_KM)


def coordination_fallback(text: str, locs: list[Entity], places: list[Place], debug: list[dict]) -> None:
    """An unresolved place joined by و to a resolved town ("مطار تعز والحوبان") is placed at
    that town, as an area near it (feature region): news lists neighbouring places together.
    A place the text coordinates with a country or a province gets nothing: too coarse."""
    ends = {m.end: p for e, p in zip(locs, places) if p.lat is not None and p.feature in LOCALITIES
            for m in e.mentions}
    for e, p, d in zip(locs, places, debug):
        # only a name the gazetteer placed far from the story (a namesake hamlet), or one
        # given as a local area ("منطقة القاعدة والمفرق"): a bare unknown name in a list of
        # places ("عفرين والغوطة") may be anywhere in the country
        if p.lat is not None or not (d["reason"].startswith("small place over") or d["context"]["cue"] in (
                "neighbourhood", "region")):
            continue
        for m in e.mentions:
            if m.start < 2 or text[m.start - 1] != "و" or text[m.start - 2] != " ":
                continue
            town = ends.get(m.start - 2)
            if town is None:
                continue
            p.lat, p.lon, p.country, p.admin1, p.admin2 = town.lat, town.lon, town.country, town.admin1, town.admin2
            p.feature, p.score = "region", 1.0
            d["reason"] = f"joined by و to {town.name}: placed near it"
            d["context"]["near"] = True
            break
