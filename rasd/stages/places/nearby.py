"""LOC mentions the NER missed next to ones it found: "تعز والحوبان" (a name joined by و to a
place, nearby or after a dual descriptor) and "فروا من الباغوز" (after a flight verb + من)."""
from __future__ import annotations

import re
from bisect import bisect_right

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, compact, strip_al
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places.add import COMMON, PRONOUN_ENDS, STOP, cue_of, literal_candidates
from rasd.stages.places.context import FLIGHT_FORMS, TextContext
from rasd.stages.places.lexicons import COMPASS, cue_words, plural_cues, strip_proclitic
from rasd.stages.places.rank import LOCALITIES

_NEAR_KM = 100.0
# between a LOC and the next name of its list: a space, or a comma, after a direction with a
# pronoun ("الحديدة، وحيس شرقها، والخوخة جنوب غربها": each name placed from the city before)
_DIRECTION_OF_IT = rf"{COMPASS}ي?(?:ها|ه|هما)"
_ITEM_END = re.compile(rf"\s*(?:[،,.:؛]|$)|\s+(?:و|{_DIRECTION_OF_IT}\b)")
_GAP = re.compile(rf"(?:\s+{_DIRECTION_OF_IT})?\s*،\s*|(?<=\S) (?=\S)")


def coordinated(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity]) -> list[Span]:
    """"تعز والحوبان", "بلدتي النخيب والعلم": a word joined by و to a LOC mention is a place
    too when the gazetteer knows it, as written, as a place of the same country within 100 km
    of a reading of the first name. Chains follow ("القاعدة والمفرق والحوبان")."""
    from rasd.gazetteer.base import haversine_km

    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    starts = dict(zip(tc.starts, range(len(tc.words))))
    locs = sorted((m.start, m.end, e.name) for e in entities if e.label == "LOC" for m in e.mentions)
    chains = _list_chains(text, locs)
    # "بلدتي النخيب والعلم": a dual descriptor says the second name is a place of that kind too
    # "محافظات المحويت وإب وتعز": provinces listed after a plural or dual province word
    # "أحياء جوبر والقدم والتضامن": names listed after a plural or dual settlement word are
    # places of that kind even where the gazetteer lacks them (`unknown`: how many may be)
    queue = sorted((end, chains[start], _dual_before(tc, starts.get(start)), _provinces_before(tc, starts.get(start)),
                    _unknown_allowed(tc, starts.get(start))) for start, end, _name in locs)
    out: list[Span] = []
    while queue:
        end, chain, dual, provinces, unknown = queue.pop(0)
        gap = _GAP.match(text, end)
        k = starts.get(gap.end()) if gap else None
        if k is None:
            continue
        ws, we, _ = tc.words[k]
        word = text[ws:we]
        if word[:1] != "و" or len(word) < 3:
            continue
        if "،" in gap.group() and not _ITEM_END.match(text, we):
            continue  # after a comma, a list item stands alone ("، وبأن يقدموا", "، والواقعة على")
        sp = Span(ws + 1, we, word[1:])
        key = compact(base_key(sp.text))
        if base_key(sp.text) in COMMON or key in cue_words() or any(sp.start < e and s < sp.end for s, e in taken):
            continue
        near = _readings(gaz, chain)
        cands = [c for c in literal_candidates(gaz, sp.text) if c.lat is not None and c.feature != "country"
                 and _bare_key(c.name) == key]
        # provinces listed after a province word ("محافظات الحديدة وإب وتعز") are as far apart
        # as provinces are; a name of two letters is read only so ("وإب", not "وأب": a father)
        listed = provinces and any(b.feature == "admin1" for b in cands)
        if any(a.country == b.country and (dual or listed or haversine_km(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM)
               and (len(word) >= 4 or listed)
               for a in near for b in cands):
            out.append(sp)
            taken.append((sp.start, sp.end))
            queue.append((sp.end, (chain + (sp.text,))[-_CHAIN:], dual, provinces, unknown))
        elif unknown and _unlisted_member(text, sp, we):  # (namesakes elsewhere: the resolver's task)
            out.append(sp)
            taken.append((sp.start, sp.end))
            queue.append((sp.end, (chain + (sp.text,))[-_CHAIN:], dual, provinces, unknown - 1))
    return out + _backward(text, tc, gaz, locs, taken + [(sp.start, sp.end) for sp in out])


_CHAIN = 3  # a list's last members whose readings a new member may lie near
# between two members of a list: و or a comma, and maybe a settlement word ("ومنطقة المرج")
_MEMBER_GAP = re.compile(r"\s*(?:،\s*)?و?(?:(?:منطقة|بلدة|قرية|مدينة|حي|مخيم)\s+)?")


def _list_chains(text: str, locs: list[tuple[int, int, str]]) -> dict[int, tuple[str, ...]]:
    """Mention start → the names of its list up to it, the last `_CHAIN` ("… والنشابية ومنطقة
    المرج ومسرابا": مسرابا is near النشابية though المرج's readings are all far away)."""
    out: dict[int, tuple[str, ...]] = {}
    prev: tuple[int, tuple[str, ...]] | None = None
    for start, end, name in locs:
        gap = text[prev[0]:start] if prev is not None and prev[0] <= start else None
        joined = gap is not None and gap.strip() and _MEMBER_GAP.fullmatch(gap) is not None
        chain = ((prev[1] if joined else ()) + (name,))[-_CHAIN:]
        out[start] = chain
        prev = (end, chain)
    return out


def _readings(gaz: Gazetteer, names: tuple[str, ...]) -> list:
    return [c for name in names for c in literal_candidates(gaz, name) if c.lat is not None and c.feature != "country"]


_BEFORE_FIRST = frozenset(base_key(w) for w in ("في", "من", "إلى", "الى", "بين", "على"))


def _backward(text: str, tc: TextContext, gaz: Gazetteer, locs: list[tuple[int, int, str]],
              taken: list[tuple[int, int]]) -> list[Span]:
    """"في مقبنة والوازعية وموزع": the members of a list before a LOC mention joined to it by و,
    walking back word by word — a word with و, or the list's first word right after a
    preposition — when the gazetteer knows it, as written, as a place of the same country
    within 100 km of a reading of the member after it."""
    from rasd.gazetteer.base import haversine_km

    out: list[Span] = []
    for start, _end, name in locs:
        member, member_start, k = name, start, _word_at(tc, start)
        while k:
            if member_start != tc.words[k][0] + 1 or text[tc.words[k][0]] != "و":
                break  # the member is not joined by و to the word before it
            ws, we, _key = tc.words[k - 1]
            if text[we:tc.words[k][0]] != " ":
                break
            word = text[ws:we]
            if word[:1] == "و":
                sp = Span(ws + 1, we, word[1:])
            elif k >= 2 and tc.words[k - 2][2] in _BEFORE_FIRST:
                sp = Span(ws, we, word)  # the list's first member, after "في", "من" …
            else:
                break
            bk = base_key(sp.text)
            if (len(sp.text) < 3 or bk in COMMON or bk in STOP or cue_of(bk) is not None
                    or any(sp.start < e and s < sp.end for s, e in taken)):
                break
            key = compact(bk)
            cands = [c for c in literal_candidates(gaz, sp.text) if c.lat is not None and c.feature != "country"
                     and _bare_key(c.name) == key]
            if not any(a.country == b.country and haversine_km(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM
                       for a in _readings(gaz, (member,)) for b in cands):
                break
            out.append(sp)
            taken.append((sp.start, sp.end))
            member, member_start, k = sp.text, sp.start, k - 1
    return out


def _word_at(tc: TextContext, offset: int) -> int | None:
    """Index of the word that holds `offset`."""
    k = bisect_right(tc.starts, offset) - 1
    return k if k >= 0 and offset < tc.words[k][1] else None


def _bare_key(name: str) -> str:
    """The key of a gazetteer name without a leading descriptor ("ناحية العلم" → العلم)."""
    words = base_key(name).split()
    if len(words) > 1 and words[0] in cue_words():
        words = words[1:]
    return "".join(words)


_DUALS = frozenset(base_key(w) for w in ("بلدتي", "مدينتي", "قريتي", "محافظتي", "مديريتي", "ناحيتي", "حيي",
                                         "مخيمي", "منطقتي", "ولايتي"))


def _dual_before(tc: TextContext, k: int | None) -> bool:
    """Is the word before word k a dual descriptor (بلدتي، مدينتي، …), possibly after a proclitic?"""
    return bool(k) and strip_proclitic(tc.words[k - 1][2], _DUALS) is not None


_PROVINCE_WORDS = frozenset(base_key(w) for w in ("محافظات", "المحافظات", "محافظتي", "ولايات", "الولايات", "ولايتي",
                                                  "أقاليم", "الأقاليم", "مقاطعات"))


def _provinces_before(tc: TextContext, k: int | None) -> bool:
    """Is the word before word k a plural or dual province word, possibly after a proclitic?"""
    return bool(k) and strip_proclitic(tc.words[k - 1][2], _PROVINCE_WORDS) is not None


# settlement kinds whose list cue (places_cues.tsv, column `list`) vouches for unlisted names
_SETTLEMENT_KINDS = frozenset({"neighbourhood", "village", "town", "city", "admin1", "admin2", "region"})
_MANY = 10  # names a plural cue's list may hold past the gazetteer ("أحياء جوبر والقدم والتضامن")
# after such a name: the list goes on or ends ("والتضامن، ", "والتضامن في دمشق", "والقدم و…")
_AFTER_MEMBER = re.compile(r"\s*(?:[،,.:؛]|$)|\s+(?:و|في\b|ب|شرق|غرب|شمال|جنوب|جنوبي|شمالي|شرقي|غربي\b)")


def _unknown_allowed(tc: TextContext, k: int | None) -> int:
    """How many names the gazetteer lacks may follow word k joined by و: one after a dual
    settlement word ("قريتي خربة الناقوس والمنصورة"), a list after a plural one ("أحياء", "قرى"),
    none elsewhere ("تعز والحوبان" stays with the gazetteer's 100 km test)."""
    if not k:
        return 0
    cues = cue_words()
    hit = strip_proclitic(tc.words[k - 1][2], cues)
    if hit is None or hit not in plural_cues() or cues[hit] not in _SETTLEMENT_KINDS:
        return 0
    return 1 if hit in _DUALS else _MANY


def _unlisted_member(text: str, sp: Span, end: int) -> bool:
    """May `sp` (after و in a settlement list) be a place the gazetteer lacks: a word of at
    least three letters, no ordinary or cue word ("والمناطق المحيطة"), no noun with an attached
    pronoun ("محافظات اليمن ومدنها"), ending its list item."""
    bk = base_key(sp.text)
    owned = not bk.startswith("ال") and len(bk) >= 4 and bk.endswith(PRONOUN_ENDS)
    return (len(strip_al(bk)) >= 3 and bk not in STOP and cue_of(bk) is None and not owned
            and _AFTER_MEMBER.match(text, end) is not None)


# "فروا من الباغوز" names the place people left: a gazetteer town/village right after "من"
# is a toponym even with no cue word.
_FROM = base_key("من")


def after_flight(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity]) -> list[Span]:
    """"فروا من باغوز": the word after a flight verb + من, when the gazetteer has exactly that
    name as a settlement and it is not an ordinary word."""
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    words = tc.words
    out: list[Span] = []
    verbs = FLIGHT_FORMS  # (is_flight_verb as a set: one lookup a word)
    for k in [k for k, w in enumerate(tc.keys[:len(words) - 2]) if w in verbs]:
        if words[k + 1][2] != _FROM:
            continue
        ws, we, wkey = words[k + 2]
        if wkey in COMMON or wkey in STOP or cue_of(wkey) is not None:
            continue
        if any(ws < e and s < we for s, e in taken):
            continue
        key = compact(strip_al(wkey))
        if any(c.lat is not None and c.feature in LOCALITIES and compact(strip_al(base_key(c.name))) == key
               for c in literal_candidates(gaz, text[ws:we])):
            out.append(Span(ws, we, text[ws:we]))
            taken.append((ws, we))
    return out
