"""Mend LOC mentions the NER cut at the wrong place, before they are resolved.

Only literal gazetteer matches license a change (entity F1 is scored too):
- "باريس ولندن" taken as one mention → two places, when both halves are known names;
- a name cut short: "بن" of "بن قردان", "درمان" of "أم درمان" → the whole two-word name;
- a name's own first letter taken as the conjunction: "و|يتشيتا" → "ويتشيتا", when the word
  as written is a known place and the rest is not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, compact
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places.add import COMMON, name_readings, add_entities
from rasd.stages.places.lexicons import cue_words, macro_regions, nisba, strip_proclitic

_SETTLED = ("country", "admin1", "admin2", "city", "town")
_AREAS = _SETTLED + ("region", "natural")  # a long name's place: "غوطة دمشق الشرقية" is a region
# Heads that belong to a facility's name (not SPEC §2.7 descriptors): "معبر كارني" stays whole.
FACILITY_HEADS = {"معبر", "طريق", "فندق", "مستشفى", "جسر"}
# Heads that open an official two-word name: قطاع غزة, إقليم كردستان (SPEC §2.7 keeps them whole).
_OFFICIAL_HEADS = {"قطاع", "إقليم", "اقليم"}
# Heads of a body of water named after a country: "بحر الصين الجنوبي", "خليج عمان", "خليج
# المكسيك" are one name (a sea spanning several shores), never the country inside it.
WATER_HEADS = {"بحر", "خليج", "مضيق"}
_WATER_ENDS = tuple(WATER_HEADS)  # (a head with a proclitic on it ends like one: "لبحر")
# Generic nouns the NER takes for places: "المدينة" is "the city" (Medina is المدينة المنورة).
_GENERIC = {"المدينة", "العاصمة", "المنطقة", "البلاد", "البلدة", "القرية", "المحافظة"}
_WORD_CHARS = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3A-Za-z0-9]")  # not "_": "بغداد _ دبي"
_WORD_RUN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3A-Za-z0-9]+")  # (one C call per word)
# the same letters as a set, for walking back a character at a time
_WORD_SET = frozenset(chr(c) for a, b in ((0x621, 0x64A), (0x660, 0x669), (0x671, 0x6D3), (65, 90), (97, 122), (48, 57))
                      for c in range(a, b + 1))


def _known(gaz: Gazetteer, text: str, *, features=_SETTLED, min_population: int = 0) -> bool:
    """Is `text` as written (ال and all) the own name of a place of these kinds?"""
    return _known_cached(gaz, text, features, min_population)


@lru_cache(maxsize=4096)
def _country_name(gaz: Gazetteer, text: str) -> bool:
    """Is `text` (a mention and the word after it) a country's name as written, alias included?
    "الكونغو الديموقراطية" is the DR Congo, whose name the NER cut before its adjective."""
    key = compact(base_key(text))
    return bool(key) and any(c.feature == "country" and c.match == "exact"
                             for c in gaz.candidates(key, limit=5, literal=True))


@lru_cache(maxsize=4096)
def _unit_of_country(gaz: Gazetteer, short: str, text: str) -> bool:
    """Is `text` (a mention and the word after it) a first-level unit's own name as written, and
    the mention alone a country's? "منغوليا الداخلية" is Inner Mongolia, a Chinese region, not
    Mongolia with an adjective; the NER cut it before the adjective (audit U64)."""
    key = compact(base_key(text))
    if not key or not any(c.feature == "admin1" and c.match == "exact" and compact(base_key(c.name)) == key
                          for c in gaz.candidates(key, limit=5, literal=True)):
        return False
    return _country_name(gaz, short)


@lru_cache(maxsize=65536)  # news repeats its names; the gazetteer is read-only
def _known_cached(gaz: Gazetteer, text: str, features: tuple, min_population: int) -> bool:
    key = compact(base_key(text))
    if not key:
        return False
    return any(c.feature in features and c.population >= min_population and compact(base_key(c.name)) == key
               for c in gaz.candidates(key, limit=20, literal=True))


@lru_cache(maxsize=65536)
def _same_place(gaz: Gazetteer, short: str, long: str, features: tuple = _SETTLED) -> bool:
    """Is `long` (the mention and the next word) a fuller name of a place `short` also names?"""
    # the longer name first: it is seldom a key at all, and then the short one is not read
    longs = gaz.candidates(compact(base_key(long)), limit=20, literal=True)
    if not longs:
        return False
    ids = {c.id for c in gaz.candidates(compact(base_key(short)), limit=20, literal=True)
           if c.feature in features}
    return bool(ids) and any(c.id in ids for c in longs)


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """The word that ends at the single space before `pos`."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    end = pos - 1
    start = end
    while start > 0 and text[start - 1] in _WORD_SET:
        start -= 1
    return (start, end) if start < end else None


def _word_after(text: str, pos: int) -> tuple[int, int] | None:
    if pos + 1 >= len(text) or text[pos] != " ":
        return None
    hit = _WORD_RUN.match(text, pos + 1)
    return (pos + 1, hit.end()) if hit is not None else None


def _ends_after(text: str, pos: int) -> list[int]:
    """Where each of the next three words ends, while single spaces part them (one match)."""
    hit = _THREE_AFTER.match(text, pos)
    if hit is None:
        return []
    return [hit.end(k) for k in (1, 2, 3) if hit.end(k) != -1]


_W = _WORD_RUN.pattern
_THREE_AFTER = re.compile(f" ({_W})(?: ({_W})(?: ({_W}))?)?")  # (each group a word, as _word_after reads one)


def _stripped_ok(gaz: Gazetteer, reading: str, countries: set[str] | None) -> bool:
    """A proclitic reading is taken for a country, or for a town of a country the article is
    about ("باردو" in a Tunisian story is not ب + Ordu, Turkey)."""
    key = compact(base_key(reading))
    return any(compact(base_key(c.name)) == key and c.feature in _SETTLED
               and (c.feature == "country" or countries is None or c.country in countries)
               for c in gaz.candidates(key, limit=20, literal=True))


def _mountain_province(gaz: Gazetteer, head: str, name: str) -> bool:
    """"جبل لبنان" is a province (and "جبل طارق" a territory), not the country named inside it:
    SPEC §2.7 strips جبل only where the whole names no unit of its own."""
    return (head == "جبل" and _known(gaz, name, features=("country",))
            and _known(gaz, f"{head} {name}", features=("country", "admin1", "admin2")))


def _sea_span(text: str, gaz: Gazetteer, m: Span, prv: tuple[int, int]) -> Span | None:
    """"بحر الصين الجنوبي" (also "لبحر الصين", the proclitic left outside): the water head, the
    country's name and a direction adjective after it are one name."""
    start, head = prv[0], text[prv[0]:prv[1]]
    if head not in WATER_HEADS and head[:1] in "وفبل" and head[1:] in WATER_HEADS:
        start, head = start + 1, head[1:]
    if head not in WATER_HEADS or not _known(gaz, m.text, features=("country",)):
        return None
    end = m.end
    nxt = _word_after(text, m.end)
    if nxt and base_key(text[nxt[0]:nxt[1]]) in _DIRECTION_ADJECTIVES:
        end = nxt[1]
    return Span(start, end, text[start:end])


def sea_of_country(gaz: Gazetteer, name: str) -> bool:
    """Is `name` a body of water named after a country ("بحر الصين الجنوبي", "خليج عمان")? No
    point stands for it: not the country's, nor a namesake hamlet's."""
    words = name.split(" ")
    if len(words) < 2 or words[0] not in WATER_HEADS:
        return False
    if len(words) > 2 and base_key(words[-1]) in _DIRECTION_ADJECTIVES:
        words = words[:-1]
    return _known(gaz, " ".join(words[1:]), features=("country",))


def _is_cue(word: str) -> bool:
    """A descriptor or cue word other than a direction (SPEC §2.7: مديرية يريم → يريم)."""
    kind = cue_words().get(strip_proclitic(base_key(word), cue_words()) or "")
    return kind is not None and kind != "direction"


def mend_span(text: str, gaz: Gazetteer, m: Span, countries: set[str] | None = None) -> list[Span]:
    """The corrected mention(s) for one NER mention (the mention itself when nothing to do).
    `countries`: ISO2 codes the article is about, when known (gates proclitic readings)."""
    words = m.text.split(" ")
    if len(words) >= 2 and _adjective_tail(gaz, words) and not _tail_of_name(text, gaz, m):
        head = " ".join(words[:-1])  # "كانساس الأمريكية" → كانساس (SPEC §2.1: adjectives are no mentions)
        return [Span(m.start, m.start + len(head), head)]
    if len(words) == 2 and words[1][:1] == "و" and len(words[1]) > 3:
        left, right = words[0], words[1][1:]
        if _known(gaz, left) and _known(gaz, right) and not _known(gaz, m.text):
            rs = m.start + len(left) + 2
            return [Span(m.start, m.start + len(left), left), Span(rs, m.end, text[rs:m.end])]
    if len(words) == 1:
        prv = _word_before(text, m.start)
        head = text[prv[0]:prv[1]] if prv else ""
        if head.endswith(_WATER_ENDS) and (sea := _sea_span(text, gaz, m, prv)) is not None:
            return [sea]
        idiom = head == "طريق" and text[max(0, prv[0] - 3):prv[0]] == "عن "  # "عن طريق" is "via"
        if ((head in FACILITY_HEADS and not idiom) or (head in _OFFICIAL_HEADS and _known(gaz, f"{head} {m.text}"))
                or _mountain_province(gaz, head, m.text)):
            end = m.end
            nxt = _word_after(text, m.end)
            if nxt and _same_place(gaz, m.text, text[m.start:nxt[1]]):  # طريق مكة المكرمة
                end = nxt[1]
            return [Span(prv[0], end, text[prv[0]:end])]
        # a proclitic glued to the name stays outside it (SPEC §2.1: بالعراق → العراق, للعراق → لعراق)
        if m.text[:1] in "وفبل" and len(m.text) >= 4 and not _known(gaz, m.text):
            for reading, s in name_readings(m.text, m.start)[1:]:
                if _stripped_ok(gaz, reading, countries):  # towns and up: a village could be a word's tail
                    return [Span(s, m.end, text[s:m.end])]
        # the conjunction "و" glued to the mention is the name's own first letter
        if m.start >= 1 and text[m.start - 1] == "و" and (m.start == 1 or not _WORD_CHARS.match(text[m.start - 2])):
            whole = text[m.start - 1:m.end]
            if _known(gaz, whole, min_population=10_000) and not _known(gaz, m.text):
                return [Span(m.start - 1, m.end, whole)]
        ends = _ends_after(text, m.end)
        for end in ends[:0:-1]:
            # "غوطة | دمشق الشرقية": a three- or four-word name of the place the word names too
            if _same_place(gaz, m.text, text[m.start:end], _AREAS):
                return [Span(m.start, end, text[m.start:end])]
        nxt = (m.end + 1, ends[0]) if ends else None  # (the word after: _word_after's answer)
        if nxt and (_same_place(gaz, m.text, text[m.start:nxt[1]])  # مكة المكرمة
                    or _country_name(gaz, text[m.start:nxt[1]])  # الكونغو الديموقراطية (not Congo-Brazzaville)
                    or _unit_of_country(gaz, m.text, text[m.start:nxt[1]])):  # منغوليا الداخلية
            return [Span(m.start, nxt[1], text[m.start:nxt[1]])]
        if not _known(gaz, m.text, min_population=100_000):
            if nxt and _known(gaz, text[m.start:nxt[1]], min_population=10_000):
                return [Span(m.start, nxt[1], text[m.start:nxt[1]])]
            prv = _word_before(text, m.start)
            if prv and not _is_cue(text[prv[0]:prv[1]]):
                # "أم درمان", and "بأم درمان" with the proclitic left outside
                for s in (prv[0], prv[0] + 1) if text[prv[0]] in "وفبل" else (prv[0],):
                    if _known(gaz, text[s:m.end], min_population=10_000):
                        return [Span(s, m.end, text[s:m.end])]
    return [m]


_DIRECTION_ADJECTIVES = frozenset(base_key(w) for w in """الشرقية الغربية الشمالية الجنوبية الشرقي الغربي
الشمالي الجنوبي""".split())


def _adjective_tail(gaz: Gazetteer, words: list[str]) -> bool:
    """Does the mention end in an adjective of the place before it — a nationality ("كانساس
    الأمريكية", "ميشيغان الأمريكية") or a direction ("دمشق الغربية") — while the whole is no
    name of the gazetteer ("الولايات المتحدة الأمريكية", "كوريا الشمالية", "الغوطة الشرقية" are)
    nor a region that spans countries ("أمريكا الجنوبية")? The place before it must be a known
    country, province, district, city or town."""
    tail = base_key(words[-1])
    if tail not in _DIRECTION_ADJECTIVES and tail not in nisba():
        return False
    whole, head = " ".join(words), " ".join(words[:-1])
    if base_key(whole) in macro_regions() or _any_name(gaz, whole):
        return False
    if base_key(head) in COMMON or _is_cue(head):
        return False  # "الساحل الشرقي" is the east coast, not Cairo's El-Sahel district
    return _known(gaz, head)


def _tail_of_name(text: str, gaz: Gazetteer, m: Span) -> bool:
    """Is the mention the end of a longer name with the word before it ("غوطة | دمشق الشرقية")?"""
    prv = _word_before(text, m.start)
    return prv is not None and _any_name(gaz, f"{text[prv[0]:prv[1]]} {m.text}")


@lru_cache(maxsize=65536)
def _any_name(gaz: Gazetteer, text: str) -> bool:
    """Is `text` a name of any place of the gazetteer, alias included?"""
    key = compact(base_key(text))
    return bool(key) and any(c.match in ("exact", "variant") for c in gaz.candidates(key, limit=5, literal=True))


def _clash(new: list[Span], m: Span, entities: list[Entity]) -> set[tuple[int, int]] | None:
    """LOC mentions a mended span swallows whole, or None when it would cut into another
    mention or overlap a non-LOC entity (then the NER mention stays as it was)."""
    inside: set[tuple[int, int]] = set()
    for sp in new:
        for e in entities:
            for o in e.mentions:
                if o is m or (o.start, o.end) == (m.start, m.end) or not (o.start < sp.end and sp.start < o.end):
                    continue
                if e.label != "LOC" or not (sp.start <= o.start and o.end <= sp.end):
                    return None
                inside.add((o.start, o.end))
    return inside


def mend_entities(text: str, gaz: Gazetteer, entities: list[Entity], countries: set[str] | None = None) -> None:
    """Apply `mend_span` to every LOC mention; a split's second half joins or founds an entity
    of its own name, and an entity left with no mention is dropped."""
    extra: list[Span] = []
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    swallowed: set[tuple[int, int]] = set()
    for e in entities:
        if e.label != "LOC":
            continue
        kept: list[Span] = []
        for m in e.mentions:
            new = mend_span(text, gaz, m, countries)
            same = (len(new) == 1 and new[0] is m) or new == [m]  # (the mention itself, mostly: no compare)
            inside = _clash(new, m, entities) if not same else None
            if same or inside is None:
                kept.append(m)
                continue
            swallowed |= inside
            first, rest = new[0], new[1:]
            if len(e.mentions) > 1:
                rest = new  # "قطاع غزة" among mentions of "غزة" is another place: entity by name
            elif (first.start, first.end) not in taken:
                kept.append(first)
            extra.extend(sp for sp in rest if (sp.start, sp.end) not in taken)
        if kept != e.mentions:
            e.mentions = sorted({(m.start, m.end): m for m in kept}.values(), key=lambda m: m.start)
            if e.mentions and not any(m.text == e.name for m in e.mentions):
                e.name = max((m.text for m in e.mentions), key=len)
        if e.mentions and all(m.text in _GENERIC for m in e.mentions):
            e.mentions = []  # "المدينة" alone is "the city"
    for e in entities:  # "العراق" inside the mended "إقليم كردستان العراق"
        if e.label == "LOC" and swallowed:
            e.mentions = [m for m in e.mentions if (m.start, m.end) not in swallowed]
    entities[:] = [e for e in entities if e.label != "LOC" or e.mentions]
    if extra:
        add_entities(entities, extra)
