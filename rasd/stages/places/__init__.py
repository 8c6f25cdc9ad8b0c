"""The places stage: every LOC entity → a resolved Place (SPEC §2.2), or a Place with null
coordinates when the evidence is too weak (a null is better than a wrong village).

Two passes: the first ranks each toponym with its own cues and the dateline; its confident
answers become the article's evidence (countries in play, provinces, points), and the
second pass ranks again with that evidence, leaving each toponym's own vote out.
"""
from __future__ import annotations

import logging

from rasd.gazetteer import load_gazetteer
from rasd.gazetteer.base import Candidate, Gazetteer, haversine_km
from rasd.gazetteer.countries import ISO2
from rasd.gazetteer.variants import base_key, canonical, compact
from rasd.model.document import Document
from rasd.model.record import Entity, Place
from rasd.model.span import Span
from rasd.pipeline.registry import register_stage
from rasd.stages.places.add import COUNTRY_CITY, add_entities, before_province, find_missed
from rasd.stages.places.anchor import capital_list_picks, country_list_picks, list_country_picks, list_picks, nearby_picks
from rasd.stages.places.bearing import bearing_picks
from rasd.stages.places.capital import capital_candidate, capital_country, capital_mentions
from rasd.stages.places.context import MentionContext, TextContext
from rasd.stages.places.fix import FACILITY_HEADS, WATER_HEADS, mend_entities, sea_of_country
from rasd.stages.places.merge import merge_same_places
from rasd.stages.places.evidence import (area_fallback, container_fallback, coordination_fallback, facility_fallback,
                                         first_pass_evidence, nisba_countries, quarter_fallback,
                                         states_by_paragraph, without_own_vote)
from rasd.stages.places.lexicons import cue_words, macro_regions, macro_starts, region_phrases, strip_proclitic
from rasd.stages.places.nearby import after_flight, coordinated
from rasd.stages.places.offset import apply_offsets
from rasd.stages.places.short import short_country_picks
from rasd.stages.places.rank import DocEvidence, Scored, choose, lookup, score, with_admin1
from rasd.stages.places.recall import (drop_entities_inside, find_facilities, last_entity_number, not_places,
                                       relabel_cued)
from rasd.stages.places.typos import official_typos
from rasd.stages.places.province_pairs import province_countries

log = logging.getLogger("rasd.places")
_DIRECTIONS = ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")
# "منطقة X": the cue word a gazetteer district name may start with; its seat lies this far from its point
_AREA_WORD = base_key("منطقة")
# countries whose provinces are officially called منطقة: "منطقة مكة المكرمة", "منطقة جازان" name
# the province (admin1), not an area around it (audit U48)
_AREA_PROVINCES = frozenset({"SA"})
SEAT_KM = 25.0
PROVINCE_SEAT_KM = 250.0  # a province's seat lies within its radius (container_fallback's for admin1)
_PRECISION = {"country": 4, "admin1": 3, "region": 3, "admin2": 2, "natural": 2}


def geo_precision(place: Place | None, *, near: bool = False) -> int | None:
    """SPEC §2.6: 1 the place itself, 2 near it or a district, 3 province/region, 4 country."""
    if place is None or place.lat is None:
        return None
    p = _PRECISION.get(place.feature or "", 1)
    return max(p, 2) if near else p


class PlacesStage:
    name = "places"
    # entities are read when an NER stage ran before; without one the stage finds well-known
    # and cued places itself, so it can run on its own (`stages = ["text", "places"]`)
    requires = ("text",)
    assigns = ("places", "entities")

    def __init__(self, gazetteer: Gazetteer, *, warning: str | None = None, add_missing: bool = True,
                 max_candidates: int = 30, mend: bool = True) -> None:
        self.gaz = gazetteer
        self.mend = mend
        self.warning = warning
        self.add_missing = add_missing
        self.limit = max_candidates
        self._warned = False
        self._lookups: dict[str, list[Candidate]] = {}
        self._own_names: dict[str, frozenset[str]] = {}

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for a name, memoised: news repeats its place names."""
        hit = self._lookups.get(name)
        if hit is None:
            if len(self._lookups) > 20_000:
                self._lookups.clear()
            hit = self._lookups[name] = lookup(self.gaz, name, limit=self.limit)
        return hit

    def __call__(self, doc: Document) -> Document:
        if self.warning:
            doc.extras.setdefault("warnings", []).append(self.warning)
            if not self._warned:
                log.warning(self.warning)
                self._warned = True
        tc = TextContext(doc.text)
        blocked: list = []
        if self.mend:  # NER mentions cut at the wrong place: "باريس ولندن", "بن" of "بن قردان"
            # the article's countries gate proclitic readings only ("بغداد" vs ب + Ordu)
            glued = any(m.text[:1] in "وفبل" for e in doc.entities if e.label == "LOC" for m in e.mentions)
            mend_entities(doc.text, self.gaz, doc.entities, self._countries(doc, tc) if glued else set())
            blocked = not_places(doc.text, tc, self.gaz, doc.entities)
            self._split_homonyms(doc, tc)
            _split_countryside(doc, tc)
        if self.add_missing:
            self._add_missing(doc, tc, [(m.start, m.end) for m in blocked])
        doc.places, doc.extras["places_debug"] = self.resolve(doc, tc)
        doc.entities, doc.places = merge_same_places(doc.entities, doc.places)
        # for the events stage: was every mention of the place "near"/"قرب" it? (geo_precision 2)
        near = {d["entity"]: d["context"]["near"] for d in doc.extras["places_debug"]}
        doc.extras["places_near"] = {p.id: near.get(p.entity, False) for p in doc.places}
        return doc

    # -- entities -------------------------------------------------------------------------
    def _actor_country(self, e: Entity) -> str | None:
        """ISO2 of the country an actor's code puts in the story. A news outlet (…MED) counts
        only when its name names that country, as a national agency's does ("وكالة تونس افريقيا
        للأنباء", TUNMED): a paper printed abroad ("الشرق الأوسط", SAUMED) or a wire service
        (رويترز, GBRMED) tells where it is published, not where the story happens."""
        code = e.actor.code if e.actor is not None else None
        if not code or code[:3] not in ISO2:
            return None
        iso2 = ISO2[code[:3]]
        if code.endswith("MED") and not any(
                iso2 in _named_countries(self.lookup(w)) for w in e.name.split()):
            return None
        return iso2

    def _add_missing(self, doc: Document, tc: TextContext, blocked: list[tuple[int, int]]) -> None:
        """`blocked`: spans found not to be places, never added back."""
        countries = set(nisba_countries(tc))
        for e in doc.entities:
            if e.label == "LOC":
                countries |= _named_countries(self.lookup(e.name))
            elif e.actor is not None and self._actor_country(e):
                countries.add(self._actor_country(e))  # "الحوثيين" (YEMREB): a Yemen story
        relabeled = relabel_cued(doc.text, tc, self.gaz, doc.entities, countries)
        relabeled += capital_mentions(tc, doc.entities)  # "العاصمة الكورية الجنوبية سول" (ORG)
        facilities = find_facilities(doc.text, tc, self.gaz, doc.entities)
        facilities += official_typos(doc.text, tc, self.gaz, doc.entities)
        drop_entities_inside(doc.entities, facilities)
        if relabeled or facilities:
            add_entities(doc.entities, relabeled + facilities)
        covered = [(m.start, m.end) for e in doc.entities for m in e.mentions] + blocked
        countries |= province_countries(doc.text, tc, self.gaz, countries)  # "بالمنستير … بالكاف"
        # well-known places first: their countries then license cue-word names of the same country
        known = find_missed(doc.text, tc, self.gaz, covered, countries, cues=False)
        countries |= {c.country for sp in known for c in lookup(self.gaz, sp.text, limit=5)
                      if c.feature in ("country", "city")}
        cued = find_missed(doc.text, tc, self.gaz, covered + [(s.start, s.end) for s in known], countries,
                           known=False)
        spans = known + cued
        spans += before_province(doc.text, tc, self.gaz, covered + [(s.start, s.end) for s in spans])
        spans = not_persons(spans, doc.entities)
        if spans:
            add_entities(doc.entities, spans)
        fled = after_flight(doc.text, tc, self.gaz, doc.entities)
        if fled:
            add_entities(doc.entities, fled)
        joined = coordinated(doc.text, tc, self.gaz, doc.entities)
        if joined:
            add_entities(doc.entities, joined)

    def _countries(self, doc: Document, tc: TextContext) -> set[str]:
        """Countries the article is about, before resolution: nationality adjectives and the
        literal own-name readings of its LOC mentions."""
        out = set(nisba_countries(tc))
        for e in doc.entities:
            if e.label == "LOC":
                out |= self._own_name_countries(compact(base_key(e.name)))
        return out

    def _own_name_countries(self, key: str) -> frozenset[str]:
        """Countries of the country, province and city readings of a literal name, memoised:
        news repeats its place names (one gazetteer query per name, not per article)."""
        hit = self._own_names.get(key)
        if hit is None:
            if len(self._own_names) > 20_000:
                self._own_names.clear()
            hit = self._own_names[key] = frozenset(
                c.country for c in self.gaz.candidates(key, limit=5, literal=True)
                if c.country and c.feature in ("country", "admin1", "city"))
        return hit

    def _split_homonyms(self, doc: Document, tc: TextContext) -> None:
        """A country and its capital share a name (تونس, الكويت, الجزائر): mentions after
        "العاصمة"/"مدينة" or in the dateline are the city, the others the country — two places,
        so two entities."""
        n = None  # the last entity number, read when a split needs it (most texts have none)
        for e in list(doc.entities):
            if e.label != "LOC" or len(e.mentions) < 2:
                continue
            ctxs = [tc.mention(m.start, m.end) for m in e.mentions]
            town = [c.cue in ("city", "town") or c.dateline for c in ctxs]
            if all(town) or not any(town):
                continue
            feats = {c.feature for c in self.lookup(e.name) if c.match == "exact"}
            if not {"country", "city"} <= feats:
                continue
            n = (last_entity_number(doc.entities) if n is None else n) + 1
            doc.entities.append(Entity(id=f"e{n}", label="LOC", name=e.name,
                                       mentions=[m for m, t in zip(e.mentions, town) if not t]))
            e.mentions = [m for m, t in zip(e.mentions, town) if t]

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, doc: Document, tc: TextContext) -> tuple[list[Place], list[dict]]:
        locs = [e for e in doc.entities if e.label == "LOC" and e.mentions]
        items = [self._prepare(e, tc) for e in locs]
        adjectives = set(nisba_countries(tc))
        ev = DocEvidence(adjectives=adjectives)
        first_ranked = [score(cands, ctx, ev, entity_id=e.id) for e, cands, ctx, _ in items]
        chosen = [choose(r, ev) for r in first_ranked]
        first = [best for best, _why in chosen]
        ev_full, votes = first_pass_evidence(items, first, adjectives)
        places, debug, all_ranked = [], [], []
        states_here = states_by_paragraph(doc.text, items, first)
        for (e, cands, ctx, forced), own, ranked, states, (best, why) in zip(items, votes, first_ranked, states_here,
                                                                             chosen):
            ev_e = without_own_vote(ev_full, own, e.id)
            ev_e.states = states & ev_full.states  # (a state far back in the story is background)
            if ev_e.countries or ev_e.anchors or (ev_e.dateline_country and ev_e.dateline_entity != e.id):
                ranked = score(cands, ctx, ev_e, entity_id=e.id)
                best, why = choose(ranked, ev_e)
            elif ev_e.admin1 and with_admin1(ranked, cands, ev_e.admin1):  # the others add only provinces
                best, why = choose(ranked, ev_e)
            # (else the first pass's choice stands: the same ranking, and the one part of the
            # evidence `choose` reads, the countries, is empty in both passes)
            if ctx.cue == "macro":
                why = "a region that spans countries: no point stands for it"
            if best is not None and foreign_facility(best.cand, ctx, ev_e):
                # "معبر كارني", "حي الزيتون": a crossing or a quarter is local to the story; a
                # same-named town abroad is wrong — leave it to the nearest-town fallback
                best, why = None, "facility/neighbourhood cue; candidate outside the article's countries"
            if (best is not None and ctx.cue == "natural" and best.cand.feature in ("village", "neighbourhood")
                    and best.cand.population < 1000):
                # "جبل صبر": a hamlet that shares the mountain's name is not the mountain;
                # the nearest town of the text stands in for it (facility_fallback)
                best, why = None, "natural-feature cue; only a hamlet of that name"
            if best is not None and _far_hamlet_for_an_area(best, ctx):
                best, why = None, "quarter or area cue; only a far hamlet of that name"
            place = self._place(len(places) + 1, e, best, ctx, forced, cands)
            places.append(place)
            all_ranked.append(ranked)
            debug.append({"entity": e.id, "name": e.name, "context": ctx.__dict__, "reason": why,
                          "chosen": best.cand.id if best else None,
                          # the top readings as they stand (no later pass changes a Scored), for
                          # `rasd places` to print: not copied into dicts for every document
                          "candidates": ranked[:8]})
        # readings the text pins to its other places, each pass seeing the last one's picks
        repicks = (
            (lambda: nearby_picks(doc.text, locs, places, all_ranked),  # "قرية المالكية القريبة"
             "the namesake near the place named beside it"),
            (lambda: list_picks(doc.text, locs, places, all_ranked, [it[2] for it in items]),  # "… ودوما"
             "the namesake near the other places of its list"),
            (lambda: list_country_picks(locs, places, all_ranked, doc.text),  # "ولايات ألاباما، وفلوريدا"
             "the reading in the country of the rest of its list"),
            (lambda: country_list_picks(locs, places, all_ranked, doc.text),  # "والبحرين وعمان واليمن"
             "a country, as the rest of its list"),
            (lambda: capital_list_picks(locs, places, all_ranked, doc.text),  # "وصفاقس وسوسة وتونس"
             "a city, as the rest of its list"),
            (lambda: bearing_picks(doc.text, locs, places, all_ranked),  # "الواقعة جنوب شرق مدينة درعا"
             "the namesake on the side of the town the text gives"))
        # each pick moves a place towards another place of the text: none with one place (and
        # one-place texts are common: skip the four scans)
        for picks, why in repicks if len(locs) > 1 else ():
            for i, pick in picks().items():
                e, cands, ctx, forced = items[i]
                places[i] = self._place(i + 1, e, pick, ctx, forced, cands)
                debug[i]["chosen"], debug[i]["reason"] = (pick.cand.id if pick else None), why
        short_country_picks(locs, places, debug)  # "الكونغو" beside "الكونغو الديمقراطية"
        apply_offsets(doc.text, locs, places, debug)  # "35 كلم شمال شرق الفلوجة"
        facility_fallback(locs, places, debug, [it[2] for it in items], doc.text,
                          extra_towns=self._org_towns(doc, places))
        quarter_fallback(doc.text, locs, places, debug, [it[2] for it in items])
        area_fallback(doc.text, locs, places, debug, [it[2] for it in items])  # "في محافظة مأرب … منطقة الأشراف"
        coordination_fallback(doc.text, locs, places, debug)
        container_fallback(doc.text, locs, places, debug, _province_spellings(items, places))
        return places, debug

    def _org_towns(self, doc: Document, places: list[Place]) -> list[tuple[int, Place]]:
        """Towns an organisation's name ends with ('جمعية "قابلات سوسة"', "جامعة دمشق"), for
        placing a facility the article names no town for: (position, the town), the town a
        city or town of a country the article's places are in, or a city of 100,000."""
        countries = {p.country for p in places if p.lat is not None}
        out = []
        for e in doc.entities:
            if e.label != "ORG":
                continue
            for m in e.mentions:
                words = m.text.strip("\"«»“” ").split()
                if len(words) < 2:
                    continue
                last = words[-1].strip("\"«»“”")
                town = next((c for c in self.lookup(last) if c.feature in ("city", "town")
                             and compact(base_key(c.name)) == compact(base_key(last))
                             and (c.country in countries or c.population >= COUNTRY_CITY)), None)
                if town is not None:
                    out.append((m.start, Place(id="", entity=None, name=town.name, lat=town.lat, lon=town.lon,
                                               country=town.country, admin1=town.admin1, admin2=town.admin2,
                                               feature=town.feature)))
        return out

    def _prepare(self, e: Entity, tc: TextContext) -> tuple[Entity, list[Candidate], MentionContext, str | None]:
        texts = sorted({m.text for m in e.mentions}, key=len, reverse=True)
        ctxs = [tc.mention(m.start, m.end) for m in e.mentions]
        ctx = merged_context(ctxs)
        name = _uncontracted(tc.text, e)
        key = base_key(name)
        if ctx.cue not in ("admin1", "admin2") and (key in macro_regions() or key in macro_starts() and any(
                base_key(f"{name} {' '.join(tc.after(m.end, 1))}") in macro_regions() for m in e.mentions)
                or name.split(" ", 1)[0] in WATER_HEADS and sea_of_country(self.gaz, name)):
            # "الشرق الأوسط", "آسيا", "أميركا | الجنوبية", "البحر الأحمر": no point stands for a
            # region or a sea that spans countries, and the namesake quarter or hamlet (Asia,
            # Baghdad) or Sudan's Red Sea state is not it — unless a cue names the province
            # ("ولاية البحر الأحمر"); "بحر الصين الجنوبي" is no point of China either
            return e, [], MentionContext(cue="macro", dateline=ctx.dateline), None
        forced = None
        cands: list[Candidate] = []
        for t in texts:
            inner, direction = _region_inner(t)
            m = e.mentions[0]
            prev = tc.before(m.start, 1)
            phrase = region_phrases().get(base_key(f"{prev[0]} {t}")) if prev else None
            phrase = phrase or region_phrases().get(base_key(t))
            if phrase:
                forced = phrase[1]
                cands = [c for c in lookup(self.gaz, _country_name(phrase[1]) or "", limit=5)
                         if c.feature == "country" and c.country == phrase[1]]
                ctx = MentionContext(cue="region", direction=True, dateline=ctx.dateline)
                break
            if prev and ctx.cue == "natural":
                # "جبل صبر": the mountain may be listed under its whole name; "بمديرية جبل راس":
                # so may the district named after it (the bare "راس" is Ar Rass of Saudi Arabia)
                unit, unit_word = _unit_cue(tc.before(m.start, 2))
                whole = [c for c in self.lookup(f"{prev[0]} {t}") if c.match in ("exact", "variant")
                         and c.feature in ("natural", unit)]
                if whole:
                    cands = whole
                    if unit and any(c.feature == unit for c in whole):
                        ctx = MentionContext(cue=unit, cue_word=unit_word, dateline=ctx.dateline)
                    break
            if prev and ctx.cue in ("region", None) and (ctx.direction or ctx.cue == "region"):
                whole = self.lookup(f"{prev[0]} {t}")  # ريف دمشق, شمال سيناء
                whole = [c for c in whole if c.match in ("exact", "variant")]
                if whole:
                    cands = whole + self._district_seats(prev[0], t, whole)
                    ctx = MentionContext(dateline=ctx.dateline)
                    break
            cands = [c for c in self.lookup(t) if c.match != "fuzzy"] if direction else []
            if cands:  # an official name that starts with a direction: شمال سيناء, جنوب السودان
                break
            cands = self.lookup(inner)
            if direction:
                ctx = MentionContext(cue=ctx.cue, cue_word=ctx.cue_word, direction=True, near=ctx.near,
                                     dateline=ctx.dateline, adjective=ctx.adjective)
            if cands:
                break
        iso = next((k for k in (capital_country(tc, m.start) for m in e.mentions) if k), None)
        if iso and not any(c.country == iso and c.match in ("exact", "variant") for c in cands):
            # "العاصمة الكورية الجنوبية سول": Seoul, though the gazetteer spells it سيول
            capital = capital_candidate(iso, e.name)
            cands = [capital] if capital else cands
        words = e.name.split()
        if not cands and len(words) >= 2 and words[0] in FACILITY_HEADS:
            # "مستشفى جنين", "معبر كارني": a facility named after a place sits in that place,
            # if the place belongs to the story (checked by the facility rule when ranking)
            cands = [c for c in self.lookup(" ".join(words[1:]))
                     if c.feature in ("city", "town", "village") and c.match in ("exact", "variant")]
            ctx = MentionContext(cue="facility", cue_word=words[0], dateline=ctx.dateline,
                                 adjective=ctx.adjective)
        return e, cands, ctx, forced

    def _district_seats(self, cue_word: str, name: str, whole: list[Candidate]) -> list[Candidate]:
        """The towns a district "منطقة X" is named after, when the gazetteer key eats the cue word:
        news mean the town ("شهود من منطقة دوما" is Douma, not the district's point 118 km east).
        Only a town or city of the district's own province over SEAT_KM from its point; the
        ranker then prefers it (a city shares its district's name: city-first)."""
        if base_key(cue_word) != _AREA_WORD:
            return []
        units = [c for c in whole if c.feature == "admin2" and c.lat is not None]
        return [c for c in self.lookup(name) if c.feature in ("city", "town") and c.match in ("exact", "variant")
                and c.lat is not None and any(u.country == c.country and u.admin1 and u.admin1 == c.admin1
                                              and haversine_km(u.lat, u.lon, c.lat, c.lon) > SEAT_KM for u in units)]

    def _place(self, n: int, e: Entity, best: Scored | None, ctx: MentionContext, forced: str | None,
               cands: list[Candidate]) -> Place:
        if best is None:
            return Place(id=f"p{n}", entity=e.id, name=e.name, feature="region" if ctx.cue == "macro" else None)
        c = best.cand
        feature = c.feature
        if ctx.cue == "region" and c.feature in ("city", "town"):
            # "ريف حلب": the countryside of the province, not the city
            unit = next((x for x in cands if x.feature == "admin1" and x.country == c.country
                         and canonical(x.name) == canonical(c.name)), None)
            c = unit or c
            # (in Saudi Arabia "منطقة مكة المكرمة" is the province itself, as for an admin1 pick below: U50)
            feature = ("admin1" if unit is not None and unit.country in _AREA_PROVINCES and ctx.cue_word == _AREA_WORD
                       else "region")
        elif forced or (ctx.cue == "region" and c.feature in ("admin1", "admin2")
                        and not (c.feature == "admin1" and c.country in _AREA_PROVINCES
                                 and ctx.cue_word == _AREA_WORD)):
            feature = "region"
        elif ctx.direction and c.feature in ("country", "admin1"):
            feature = "region"
        elif ctx.cue == "facility" and e.name.split()[0] in FACILITY_HEADS:
            feature = "facility"
        return Place(id=f"p{n}", entity=e.id, name=e.name, name_en=c.name_en, lat=c.lat, lon=c.lon,
                     country=c.country, admin1=c.admin1, admin2=c.admin2, feature=feature,
                     gazetteer_id=c.id if not c.id.startswith("gn:") else None,
                     geonames_id=c.geonames_id, score=round(best.score, 2))


def _uncontracted(text: str, e: Entity) -> str:
    """The entity's name with the article a contracted لل swallowed, when every mention of it is
    written so ("المدخل الجنوبي للبحر الأحمر": the mention لبحر الأحمر is the sea البحر الأحمر,
    not Sudan's Red Sea state, which the places stage keys as بحر الأحمر); else its name."""
    if not e.name.startswith("ل") or not all(m.start > 0 and text[m.start - 1] == "ل" for m in e.mentions):
        return e.name
    return "ا" + e.name


def not_persons(spans: list[Span], entities: list[Entity]) -> list[Span]:
    """The found names that are no person's name in the article: "وأكد الأحمدي" names the man,
    so "علي الأحمدي لوكالة فرانس برس" is he again, not the Kuwaiti town (audit ent41)."""
    persons = {m.text for e in entities if e.label == "PER" for m in e.mentions}
    return [s for s in spans if s.text not in persons]


def _unit_cue(prev: list[str]) -> tuple[str | None, str | None]:
    """The kind and cue word of a province or district named by the word before a mountain's
    cue word ("بمديرية جبل راس" → admin2, مديريه), nearest word first in `prev`."""
    hit = strip_proclitic(prev[1], cue_words()) if len(prev) > 1 else None
    kind = cue_words()[hit] if hit is not None else None
    return (kind, hit) if kind in ("admin1", "admin2") else (None, None)


def _province_spellings(items: list, places: list[Place]) -> list[str | None]:
    """For each place read as a province, the name its own towns carry as their admin1 in the
    gazetteer: the governorate "Giza" is "Al Jizah" in the rows of its towns, so the spellings do
    not compare. The same-named city of that province within the province's radius tells it."""
    return [_seat_admin1(it[1], p) if p.feature == "admin1" and p.lat is not None else None
            for it, p in zip(items, places)]


def _seat_admin1(cands: list[Candidate], unit: Place) -> str | None:
    seats = [c for c in cands if c.feature == "city" and c.country == unit.country and c.admin1
             and c.lat is not None and haversine_km(c.lat, c.lon, unit.lat, unit.lon) <= PROVINCE_SEAT_KM]
    return max(seats, key=lambda c: c.population).admin1 if seats else None


def _named_countries(cands: list[Candidate]) -> set[str]:
    """Countries a LOC mention puts in the story: a country it names, or the country of a
    sizeable city or a province it names under that very name ("مكة المكرمة" → SA licenses
    "عسير"; a village namesake does not)."""
    return {c.country for c in cands if c.country and c.match in ("exact", "variant") and (
        c.feature == "country" or (c.feature == "admin1" and c.population >= 500_000)
        or (c.feature == "city" and c.population >= 100_000))}


def _far_hamlet_for_an_area(best: Scored, ctx: MentionContext) -> bool:
    """"حي القطيع، أحد أحياء كريتر", "منطقة الحوبان" (of Taiz): a quarter or an area is no
    hamlet of that name far from the story's places, unless its province or the dateline backs
    it; the nearest town of the text stands in for it (facility_fallback)."""
    return (ctx.cue in ("neighbourhood", "region") and best.cand.feature == "village" and "far" in best.parts
            and not any(best.parts.get(k, 0) > 0 for k in ("admin1", "dateline")))


def foreign_facility(c: Candidate, ctx: MentionContext, ev: DocEvidence) -> bool:
    if (ctx.cue not in ("facility", "neighbourhood", "natural")
            or c.feature in ("facility", "neighbourhood", "natural", "country", "admin1")):
        return False  # ("جبل الزيتون في القدس" is no Cairo district: a mountain is local too)
    if ctx.cue == "natural" and ctx.adjective and c.country != ctx.adjective:
        # "بجزيرة لومبوك الإندونيسية" is no Lompoc of California (a facility's adjective may
        # name its owner, not its country: "قاعدة حميميم الروسية" is in Syria)
        return True
    return (bool(ev.countries) and c.country not in ev.countries and c.country != ev.dateline_country
            and c.country not in ev.adjectives)  # "القوات اليمنية … مطار الحديدة"


_ONE_CUE_AMONG = 4  # mentions of a place among which one province cue is an aside
_COUNTRYSIDE = ("ريف", "ريفي", "أرياف")


def merged_context(ctxs: list[MentionContext]) -> MentionContext:
    """One context for an entity's mentions: its first cue — but a province's, district's or
    countryside's cue is an aside when it is on one mention in four or fewer ("وأعلنت محافظة
    القاهرة" among five plain "القاهرة"), or when other mentions call the place a city or town
    at least as often ("ريف حلب الشمالي" before "بمدينة حلب" twice; "بولاية باتنة" and "شمال
    مدينة باتنة": the city). "محافظة إدلب" among three mentions with no city cue stays the
    province, and so does "منطقة X" (an area, not a unit)."""
    if len(ctxs) == 1:  # (what the rules below make of one context: a copy of it — a copy, as
        c = ctxs[0]     # callers change its fields through the debug dict)
        return MentionContext(c.cue, c.cue_word, c.direction, c.near, c.dateline, c.adjective)
    cued = [c for c in ctxs if c.cue]
    cue = cued[0] if cued else None
    province = sum(_province_cue(c) for c in ctxs)
    settled = sum(c.cue in ("city", "town") for c in ctxs)
    if cue is not None and _province_cue(cue) and (
            _ONE_CUE_AMONG * province <= len(ctxs) or (settled and settled >= province)):
        cue = next((c for c in cued if not _province_cue(c)), None)
    adjectives = {c.adjective for c in ctxs if c.adjective}
    return MentionContext(cue=cue.cue if cue else None, cue_word=cue.cue_word if cue else None,
                          direction=all(c.direction for c in ctxs), near=all(c.near for c in ctxs),
                          dateline=any(c.dateline for c in ctxs),
                          adjective=adjectives.pop() if len(adjectives) == 1 else None)


def _split_countryside(doc: Document, tc: TextContext) -> None:
    """"ريف حلب الشمالي" and "بمدينة حلب" in one story are two places, the countryside (a
    region) and the city: the ريف mentions keep the entity, the others go to a new one — only
    when some other mention is cued as a city or town (a story that says only "ريف حلب" and
    "حلب" keeps one entity, resolved by its cues together)."""
    n = None  # the last entity number, read when a split needs it (most texts have none)
    for e in list(doc.entities):
        if e.label != "LOC" or len(e.mentions) < 2:
            continue
        ctxs = [tc.mention(m.start, m.end) for m in e.mentions]
        rural = [c.cue == "region" and (c.cue_word or "") in _COUNTRYSIDE for c in ctxs]
        if not any(rural) or not any(c.cue in ("city", "town") for c in ctxs):
            continue
        n = (last_entity_number(doc.entities) if n is None else n) + 1
        doc.entities.append(Entity(id=f"e{n}", label="LOC", name=e.name,
                                   mentions=[m for m, r in zip(e.mentions, rural) if not r]))
        e.mentions = [m for m, r in zip(e.mentions, rural) if r]


def _province_cue(c: MentionContext) -> bool:
    return c.cue in ("admin1", "admin2") or (c.cue == "region" and (c.cue_word or "") in _COUNTRYSIDE)


def _region_inner(text: str) -> tuple[str, bool]:
    """"شمال سوريا" given whole by the NER → ("سوريا", True)."""
    words = text.split()
    if len(words) >= 2 and words[0] in _DIRECTIONS:
        rest = words[1:]
        if rest and rest[0] in _DIRECTIONS:
            rest = rest[1:]
        return " ".join(rest), True
    return text, False


def _country_name(iso: str) -> str | None:
    from rasd.gazetteer.countries import country_extra_names

    names = country_extra_names().get(iso)
    return names[0] if names else None


@register_stage("places")
def make(config: dict, resources=None) -> PlacesStage:
    gaz, warning = load_gazetteer(resources, path=(config or {}).get("index"))
    return PlacesStage(gaz, warning=warning, add_missing=bool((config or {}).get("add_missing", True)),
                       max_candidates=int((config or {}).get("max_candidates", 30)),
                       mend=bool((config or {}).get("mend_mentions", True)))
