"""Places the events stage reads around a trigger: a gathering's place, the town after a
name, lists of nationalities and an affiliate's seat (no place of the act), places only
named in asides, and the province a place stands for when merging.
"""
from __future__ import annotations

from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages import event_args as args
from rasd.stages import event_rules as rules
from rasd.stages.event_detect import candidates
from rasd.stages.event_merge import SIDES, WHOLE_COUNTRY, country_wide


_GATHERINGS = frozenset({"مؤتمر", "قمه", "قمة", "منتدى", "منتدي"})
_AT = frozenset({"في", "خلال", "امام", "أمام"})


def gathering_place(doc: Document, tokens: list) -> Place | None:
    """"في كلمة ألقاها في مؤتمر ميونخ الأمني": a town that names the conference a statement was
    given at is where it was said, not the speaker's home country (ant-BB-middleEast-3). Only
    "في/خلال/أمام مؤتمر X": "معاهدة ميونخ 1938", "اتفاقية روما" name no gathering."""
    if not tokens:
        return None
    by_entity = {p.entity: p for p in doc.places if p.entity and p.feature in rules.TOWN_FEATURES}
    starts = {t.start: i for i, t in enumerate(tokens)}
    for e in doc.entities:
        p = by_entity.get(e.id)
        for m in e.mentions if p is not None else ():
            i = starts.get(m.start)
            if (i is not None and i >= 2 and candidates(tokens[i - 1].norm)[-1] in _GATHERINGS
                    and tokens[i - 2].norm in _AT):
                return p
    return None


# "لافروف في طوكيو", "لافروف من طوكيو": where the one named stands
_AT_WORDS = ("في", "من")


def town_after(doc: Document, end: int, places: dict) -> Place | None:
    """The town named right after "في"/"من" that follows offset `end`."""
    words = doc.text[end:end + 40].split(maxsplit=1)
    if len(words) < 2 or words[0] not in _AT_WORDS:
        return None
    at = end + doc.text[end:].index(words[1])
    for m in args.mentions_in(doc, Span(at, at + len(words[1]), "")):
        p = places.get(m.entity) if m.entity else None
        if m.start == at and p is not None and p.feature in rules.TOWN_FEATURES:
            return p
    return None


# "جنسيات عربية من المغرب العربي وسورية واليمن والكويت": a list of where people come from;
# how far back from a listed place its nationality word may stand, and the words that end the list
NATIONALITY_REACH = 8
_LIST_ENDS = frozenset({".", ":", "؛", ";", "في", "على", "الى", "إلى", "عن"})


def nationality_listed(tokens: list, m) -> bool:
    """The place is listed after "من" that follows a nationality word (جنسية/جنسيات, with at
    most one adjective between), with no preposition or stop between."""
    before = [t for t in tokens if t.end <= m.start][-NATIONALITY_REACH:]
    for i in range(len(before) - 1, -1, -1):
        word = before[i].norm
        if word in _LIST_ENDS:
            return False
        if word == "من":
            heads = before[max(0, i - 2):i]
            return any(f.startswith(("جنسي", "الجنسي")) for t in heads for f in candidates(t.norm))
    return False


# "جماعة … ترتبط بجماعة داعش في العراق": the place after a tie to a group is the group's,
# not where the act told happened
_TIES = ("ارتباط", "بارتباط", "مرتبط", "المرتبط", "يرتبط", "ترتبط", "ارتبط", "ارتبطت")
TIE_REACH = 4  # words from the tie word to the "في" before the place


def affiliate_seat(tokens: list, m) -> bool:
    """The place follows "في" after a group tied to by a ارتبط word ("مرتبطة بداعش في
    العراق"), with no stop between."""
    before = [t for t in tokens if t.end <= m.start][-(TIE_REACH + 1):]
    if not before or before[-1].norm != "في":
        return False
    for t in reversed(before[:-1]):
        if t.norm in _LIST_ENDS:
            return False
        if t.norm.startswith(_TIES):
            return True
    return False


def outside_asides(doc: Document, tokens: list, sent: Span, places: list[Place]) -> list[Place]:
    """`places` less those the sentence names only inside a comma-set relative clause or as a
    side someone leans to ("المنظمة، المقربة من إيران")."""
    named = args.place_mentions(doc, tokens, sent)
    outside = {p.id for m, p in named if not args.in_aside_relative(tokens, m) and not args.close_to(tokens, m)}
    return [p for p in places if p.id in outside or p.id not in {q.id for _m, q in named}]


def province_of(p: Place, side: str = "") -> str | None:
    """The province a place stands for when merging: its admin1, a province or region by its
    own name, or the whole country (its named side of it: "بشمال أفغانستان" → "*N") for a
    region named by its country ("جنوب شرق تركيا")."""
    if p.feature == "region" and country_wide(p.lat, p.lon, p.country):
        return WHOLE_COUNTRY + side
    return p.admin1 or (p.name_en if p.feature in ("admin1", "region") else None)


def named_side(doc: Document, p: Place) -> str:
    """The side words right before the region's first mention ("جنوب شرق" → "SE")."""
    if p.feature != "region":
        return ""
    ent = next((e for e in doc.entities if e.id == p.entity), None)
    if ent is None or not ent.mentions:
        return ""
    words = doc.text[max(0, ent.mentions[0].start - 24):ent.mentions[0].start].split()[-2:]
    out = ""
    for w in words:
        w = w.lstrip("وبل").removesuffix("ي")
        out = out + SIDES[w] if w in SIDES else ""
    return out
