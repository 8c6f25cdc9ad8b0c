"""Event arguments: actors/targets, place, date, counts and source of a trigger (SPEC §2.6).

Everything is read from the Document the upstream stages filled; nothing here guesses a value
that the text does not support.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Sequence

from rasd.lang.lexicon import complementisers, reporting_verbs
from rasd.model.document import Document
from rasd.model.record import Count, Place, TimeExpr
from rasd.model.span import Span
from rasd.stages.event_detect import Trigger, candidates, key
from rasd.stages.event_filters import (CHARGES, DAY_WORDS, DISCUSSING, IN_PROTEST, PHYSICAL, SUPERLATIVES, TOPIC,
                                       commemorated, toll_clause)
from rasd.stages.ner import INSTITUTIONS
from rasd.stages.numbers import parse_number

# Which quantity categories an event type may claim.
TYPE_CATEGORIES = {
    "ASSAULT": ("killed", "injured", "abducted", "missing"),
    "COERCE": ("arrested",),
    "DISPLACE": ("displaced",),
    "PROTEST": ("participants", "killed", "injured", "arrested"),
    "RETREAT": ("other",),
}
_CLAUSE_BREAKS = frozenset({",", ";", ".", ":", "!", "?", "،", "؛"})
# A LOC right after one of these is an institution's owner ("حكومة السودان") or a coalition's
# leader ("غارات التحالف بقيادة السعودية" hit Yemen), not a place.
_INSTITUTION = frozenset({"حكومه", "وزاره", "جيش", "رئيس", "ملك", "سفير", "سفاره", "خارجيه", "قوات",
                          "وزير", "امير", "رئاسه", "برلمان", "سلطات", "قياده", "زعامه"})
# A LOC right after one of these is part of a thing's name — a weapon's model ("صواريخ من طراز
# الجولان"), a treaty ("بموجب اتفاقية روما") — not where anything happens.
_NAME_HEADS = frozenset({"طراز", "اتفاقيه", "معاهده", "ميثاق", "بروتوكول"})
_DIRECTIONS = frozenset({"جنوب", "شمال", "شرق", "غرب", "ريف", "قرب", "جنوبي", "شمالي", "شرقي",
                         "غربي", "وسط", "اطراف", "ضواحي", "محيط"})
_FEATURE_PRECISION = {"facility": 1, "neighbourhood": 1, "village": 1, "town": 1, "city": 1,
                      "natural": 2, "admin2": 2, "region": 3, "admin1": 3, "country": 4}
_DESCRIPTORS = frozenset({"في", "منطقه", "مدينه", "بلده", "قريه", "حي", "محافظه", "ولايه", "قضاء",
                          "ناحيه", "مديريه", "مخيم", "مطار", "بمحافظه", "بمدينه", "مركز"})
_BACKGROUND = ("وكان", "كان", "كانت", "وكانت", "سبق", "وسبق")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str
    label: str
    code: str | None


_INDEX = "events.index"  # doc.extras key of the per-document index (while the stage runs)


@dataclass(frozen=True)
class _Index:
    mentions: tuple[Mention, ...]  # every mention, stably sorted by start
    starts: tuple[int, ...]
    by_entity: dict[str, Place]
    # (span start, end) → (tokens, place_mentions answer): a sentence's places are asked for
    # its context, its triggers and each event; the tokens object is kept and compared
    places_in: dict = field(default_factory=dict)


def _all_mentions(doc: Document) -> list[Mention]:
    out = []
    for e in doc.entities:
        code = e.actor.code if e.actor else None
        for m in e.mentions:
            out.append(Mention(m.start, m.end, e.id, e.label, code))
    # generic institutions the NER left out of the entities ("الجيش الإسرائيلي", SPEC 2.1)
    # are still actors, with their codes but no entity
    for start, end, code in doc.extras.get(INSTITUTIONS, ()):
        out.append(Mention(start, end, None, "ORG", code))
    return sorted(out, key=lambda m: m.start)


def index_document(doc: Document) -> None:
    """Sort the mentions and map the places once for the events stage's many window queries;
    the stage drops the index (`unindex_document`) when it is done, so later edits to the
    entities or places are never answered from a stale copy."""
    ms = tuple(_all_mentions(doc))
    doc.extras[_INDEX] = _Index(ms, tuple(m.start for m in ms),
                                {p.entity: p for p in doc.places if p.entity})


def unindex_document(doc: Document) -> None:
    doc.extras.pop(_INDEX, None)


def mentions_in(doc: Document, span: Span) -> list[Mention]:
    """Mentions inside `span`, by start (ties in entity order)."""
    index = doc.extras.get(_INDEX)
    if index is None:
        return [m for m in _all_mentions(doc) if span.start <= m.start and m.end <= span.end]
    lo = bisect.bisect_left(index.starts, span.start)
    hi = bisect.bisect_right(index.starts, span.end)
    return [m for m in index.mentions[lo:hi] if m.end <= span.end]


def places_by_entity(doc: Document) -> dict[str, Place]:
    """Entity id → its place (from the per-document index when it is built)."""
    index = doc.extras.get(_INDEX)
    return index.by_entity if index is not None else {p.entity: p for p in doc.places if p.entity}


def clause_bounds(tokens: Sequence, first: int, last: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around tokens first..last (split at punctuation)."""
    lo = first
    while lo > 0 and tokens[lo - 1].norm not in _CLAUSE_BREAKS:
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and tokens[hi].norm not in _CLAUSE_BREAKS:
        hi += 1
    return lo, hi


_COMMAS = (",", "،")


def past_day_aside(tokens: Sequence, hi: int) -> int:
    """The end of the clause that goes on past a day set off by commas right at `hi` ("وخرج
    الآلاف، الجمعة، في مدن البصرة والناصرية": the towns are where they went out), else `hi`."""
    j = hi + 1
    while j < len(tokens) and j - hi <= 3 and candidates(tokens[j].norm)[0] in DAY_WORDS:
        j += 1
    if j == hi + 1 or j >= len(tokens) or tokens[hi].norm not in _COMMAS or tokens[j].norm not in _COMMAS:
        return hi
    return clause_bounds(tokens, j + 1, j + 1)[1]


def geo_precision(place: Place) -> int | None:
    try:
        from rasd.stages.places import geo_precision as upstream
        return upstream(place)
    except Exception:  # the places stage is optional here: fall back on the feature
        return _FEATURE_PRECISION.get(place.feature or "", 4 if place.feature is None else 2)


# "بالقرب من فندق", "قرب مطار كابول", "شرق حي الزيتون", "في محيط المدينة": near the place, not
# in it (SPEC §2.6: precision 2); a settlement word or من may stand between
_NEAR = frozenset({"قرب", "مقربه", "محيط", "اطراف", "ضواحي", "مشارف", "شرق", "غرب", "شمال", "جنوب",
                   "شرقي", "غربي", "شمالي", "جنوبي"})
_NEAR_SKIP = frozenset({"من", "مدينه", "بلده", "قريه", "حي", "منطقه", "مخيم", "مدينتي", "بلدتي"})


def near_mention(tokens: Sequence, m) -> bool:
    """The place mention `m` follows a word of nearness or direction ("بالقرب من مدينة حمص")."""
    i = next((k for k, t in enumerate(tokens) if t.end > m.start), len(tokens))
    for t in reversed(tokens[max(0, i - 3):i]):
        w = candidates(t.norm)[-1]
        if w not in _NEAR_SKIP:
            return w in _NEAR
    return False


def _prev_key(doc: Document, tokens: Sequence, pos: int) -> str:
    """Normalised word just before original offset `pos` (inside the same token or before it)."""
    for t in reversed(tokens):
        if t.end <= pos:
            return candidates(t.norm)[-1]
    return ""


def place_mentions(doc: Document, tokens: Sequence, span: Span) -> list[tuple[Mention, Place]]:
    """(mention, place) for LOC mentions in `span` that name where something is, in text order."""
    index = doc.extras.get(_INDEX)
    if index is None:
        return _place_mentions(doc, tokens, span)
    hit = index.places_in.get((span.start, span.end))
    if hit is None or hit[0] is not tokens:  # same span, other tokens: answer afresh
        hit = index.places_in[(span.start, span.end)] = (tokens, _place_mentions(doc, tokens, span))
    return list(hit[1])


def _place_mentions(doc: Document, tokens: Sequence, span: Span) -> list[tuple[Mention, Place]]:
    by_entity = places_by_entity(doc)
    agency = dateline_end(doc) if span.start == 0 else 0
    out = []
    for m in mentions_in(doc, span):
        p = by_entity.get(m.entity)
        if p is None or m.label != "LOC":
            continue
        if m.start < agency:  # "دبي، الإمارات (CNN)-- …": the dateline, not the sentence's place
            continue
        if _prev_key(doc, tokens, m.start) in _INSTITUTION | _NAME_HEADS:
            continue
        out.append((m, p))
    return out


def coordinated_groups(doc: Document, tokens: Sequence,
                       found: list[tuple[Mention, Place]]) -> list[list[tuple[Mention, Place]]]:
    """The chain of places that starts at the first one: places joined by و/، are separate
    groups ("القاعدة والمفرق والحوبان" = 3 places); a place after a direction or descriptor
    word is the previous one's container ("معرة النعمان جنوب إدلب"); anything else ends it.
    """
    groups: list[list[tuple[Mention, Place]]] = []
    for k, (m, p) in enumerate(found):
        if _parenthesised(doc.text, m.start):
            continue  # "(مالي وبوركينا فاسو والنيجر)": a member list, not where it happened
        if not groups:
            if p.feature == "country" and _other_side_named(tokens, m):
                continue  # "على الحدود بين القطاع وإسرائيل": the side across, Gaza being told
            if _between(tokens, m):
                # "الطريق الرابطة بين سوسة والقيروان": one place, not two happenings; of a
                # border pair the side that is not a whole country ("بين إسرائيل وقطاع غزة")
                nxt = found[k + 1] if k + 1 < len(found) else None
                if (p.feature == "country" and nxt is not None and nxt[1].feature != "country"
                        and _joined(doc, [t for t in tokens if m.end <= t.start and t.end <= nxt[0].start], nxt[0])):
                    m, p = nxt
                groups.append([(m, p)])
                break
            groups.append([(m, p)])
            continue
        prev_m = groups[-1][-1][0]
        gap = [t for t in tokens if prev_m.end <= t.start and t.end <= m.start]
        if _joined(doc, gap, m):
            if len(gap) > 7:
                break
            groups.append([(m, p)])
        elif gap and (bare_word(gap[0].norm) in _DIRECTIONS
                      or all(bare_word(t.norm) in _DESCRIPTORS for t in gap)):  # lazy: gaps run long
            groups[-1].append((m, p))  # "معرة النعمان جنوب إدلب": the container
        else:
            break
    return groups


def _parenthesised(text: str, pos: int) -> bool:
    """An unclosed "(" before `pos` on its line."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.rfind("(") > line.rfind(")")


def _between(tokens: Sequence, m: Mention) -> bool:
    """The place right after "بين" (with its proclitic, if any)."""
    before = [t for t in tokens if t.end <= m.start][-1:]
    return bool(before) and bare_word(before[0].norm) == "بين"


def _other_side_named(tokens: Sequence, m: Mention) -> bool:
    """"بين القطاع وإسرائيل": a place after "بين" + a bare descriptor + "و" is the other side of
    a pair whose first member the article has named before."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    return (len(before) == 2 and bare_word(before[0].norm) == "بين" and bare_word(before[1].norm) in _ANAPHOR_AREAS)


# "القطاع", "المدينة": a place named before, told again by its kind
_ANAPHOR_AREAS = frozenset({"القطاع", "المدينه", "المحافظه", "البلده", "البلاد", "الاقليم", "الضفه"})


def _joined(doc: Document, gap: Sequence, m: Mention) -> bool:
    """Coordination: "و" on the name itself, a comma or "و", or "و" + a definite noun."""
    if doc.text[max(0, m.start - 1):m.start] == "و":
        return True
    if not gap:
        return False
    head = gap[0].norm
    return head in ("و", ",", "كما", "وكذلك", "وايضا") or head.startswith("وال")


def bare_word(norm: str) -> str:
    """A word without و/ف and a preposition, but with its article ("الشرقي" stays itself)."""
    w = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    return w[1:] if len(w) > 3 and w[0] in "بل" and not w.startswith("ال") else w


_TOWARDS = frozenset({"نحو", "الي", "باتجاه", "صوب", "اتجاه"})
# "صواريخ قادمة من اليمن", "أطلقت من غزة": where the fire came from, not where it struck
_ORIGIN_CUES = ("قادم", "انطلق", "اطلق", "مصدر", "اتيه", "آتيه", "اقلع")
# "أقلعت من قاعدة في ديار بكر": the base the aircraft left, named after its head noun
_BASES = frozenset({"قاعده", "مطار"})
_BASE_ADJECTIVES = frozenset({"جويه", "عسكريه"})


def is_origin(doc: Document, tokens: Sequence, m: Mention) -> bool:
    before = [bare_word(t.norm) for t in [t for t in tokens if t.end <= m.start][-5:]]
    if before and before[-1] in ("في", "ب"):
        before = _base_origin(before[:-1])
    if before and candidates(before[-1])[-1] in _PLACE_CLASSES:
        before = before[:-1]  # "قادمة من محافظة إب": the class word names no other place
    before = before[-3:]
    if not before or before[-1] not in ("من", "ومن"):
        return False
    return any(w.startswith(_ORIGIN_CUES) for w in before[:-1])


_PLACE_CLASSES = frozenset({"محافظه", "مدينه", "منطقه", "بلده", "قريه", "مديريه", "ولايه", "اقليم",
                            "مخيم", "ناحيه", "قضاء"})


def _base_origin(before: list[str]) -> list[str]:
    """The words before "من" when `before` ends "من قاعدة [جوية] (في)", else nothing."""
    if before and candidates(before[-1])[-1] in _BASE_ADJECTIVES:
        before = before[:-1]
    if before and candidates(before[-1])[-1] in _BASES:
        return before[:-1]
    return []


# "الميليشيات الموالية لإيران", "المدعومة من تركيا", "التابعة لروسيا": whose side, not where
_SIDE = ("الموالي", "موالي", "المدعوم", "مدعوم", "التابع", "تابع", "مؤيد", "المؤيد", "المتحالف", "متحالف",
         "حليف", "حلفاء")  # ("الجماعة المتحالفة مع إيران")


# "قرب الحدود مع تركيا", "المحاذية لتركيا": the neighbour across a border, not where it happened
_BORDER_HEADS = ("الحدود", "حدود", "الحدودي")
_ADJOINING = ("المحاذي", "محاذي", "المتاخم", "متاخم")


def is_side(tokens: Sequence, m: Mention) -> bool:
    """The place names a side right after an adjective of allegiance ("الموالية لإيران"), or
    the country across a border ("قرب الحدود مع تركيا", "المحاذية لتركيا")."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if any(bare_word(t.norm).startswith(_SIDE + _ADJOINING) for t in before[-1:]):
        return True
    if len(before) == 2 and bare_word(before[1].norm) == "مع" and bare_word(before[0].norm).startswith(_BORDER_HEADS):
        return True
    return any(bare_word(t.norm).startswith(_SIDE) for t in before) or _across_listed(tokens, m)


def _across_listed(tokens: Sequence, m: Mention) -> bool:
    """A place joined by و to the neighbour after "الحدود مع" ("تقع على الحدود مع الأردن
    ومرتفعات الجولان") lies across the border too."""
    back = [t for t in tokens if t.end <= m.start][-6:]
    own = next((t for t in tokens if t.start <= m.start < t.end), None)
    if own is not None and own.start < m.start:
        back.append(own)  # "ومرتفعات" holding the mention's start
    for i in range(len(back) - 2, 0, -1):
        if back[i].norm in _CLAUSE_BREAKS:
            return False
        if bare_word(back[i].norm) == "مع" and bare_word(back[i - 1].norm).startswith(_BORDER_HEADS):
            return any(t.norm[:1] == "و" for t in back[i + 2:])
    return False


# Nouns whose genitive holds a stance, not a place: "غضب أنقرة", "ترحيب واشنطن"
_STANCES = frozenset({"غضب", "استياء", "قلق", "ترحيب", "ادانه", "رفض", "موقف", "تحذير", "احتجاج", "انتقاد",
                      "دعم", "تهديد", "مطالبه", "اتهام", "اتهامات", "رد", "انتقادات", "تهديدات", "مطالب",
                      "شروط",
                      # "نتيجة لفشل روسيا", "مصالح إيران", "القمة التي تضم إيران وروسيا", "ولامت
                      # … روسيا", "حملت دمشق المسؤولية": whose failure, who takes part, who is blamed
                      "فشل", "مصالح", "تضم", "يضم", "لام", "لامت", "حمل", "حملت",
                      # "70 هدفا عسكريا تخص إيران داخل سوريا", "مواقع تابعة لإيران": owners
                      "تخص", "يخص", "تابعه", "التابعه", "تابع", "التابع", "المملوكه", "مملوكه"})
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")


def is_holder(tokens: Sequence, m: Mention) -> bool:
    """The place is someone holding a view or doing something, not where it happened: the
    genitive of a stance noun ("أثار … غضب أنقرة") or the subject after an imperfect verb that
    carries its object ("الذي تصنفه القاهرة على قوائم الإرهاب", "تتهمها واشنطن")."""
    before = [t for t in tokens if t.end <= m.start][-1:]
    if not before:
        return False
    w = bare_word(before[0].norm)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    raw = before[0].norm[1:] if before[0].norm[:1] in "وف" else before[0].norm
    if w in _STANCES or raw in _STANCES:  # (the bare form: "لفشل روسيا" → فشل)
        return True
    two = [bare_word(t.norm) for t in [t for t in tokens if t.end <= m.start][-2:]]  # (only the two bared)
    if two == ["كل", "من"]:
        return True  # "ولامت كل من الولايات المتحدة وبريطانيا": each of them, not from there
    if said_by(before[0]):
        return True
    return len(w) >= 5 and w[0] in "يت" and w.endswith(_OBJECT_SUFFIXES) and not w.endswith("يه")


def said_by(verb) -> bool:
    """"وفي نفس السياق قالت واشنطن إن … الأسد شن الهجوم": a capital or country right after a
    reporting verb is the one who speaks, not where the act it reports happened."""
    forms = candidates(verb.norm)
    return forms[-1].lstrip("و") in _SAYING or forms[0] in _SAYING


def joined_by_and(text: str, end: int, start: int) -> bool:
    """Only و, commas and spaces between two names ("الولايات المتحدة وبريطانيا"): a list."""
    return not text[end:start].strip(" ،,و")


def holders(doc: Document, tokens: Sequence, places: Sequence[tuple[Mention, Place]]) -> set:
    """The mentions `is_holder` names, and the places joined to them by و ("ولامت كل من
    الولايات المتحدة وبريطانيا وفرنسا")."""
    out, last = set(), None
    for m, _p in sorted(places, key=lambda mp: mp[0].start):
        joined = last is not None and joined_by_and(doc.text, last.end, m.start)
        if is_holder(tokens, m) or (joined and last in out):
            out.add(m)
        last = m
    return out


_LOCATIVE = frozenset({"في", "قرب", "داخل", "خارج", "وسط", "عند", "من", "امام", "مقر", "لدي"})


def is_locative(doc: Document, tokens: Sequence, m: Mention) -> bool:
    """The name says where ("في القاهرة", "بالقاهرة"), not who ("اتهمت واشنطن")."""
    if doc.text[max(0, m.start - 1):m.start] == "ب":
        return True
    before = [t for t in tokens if t.end <= m.start and t.norm not in ('"', "«", "(")][-2:]
    if before and bare_word(before[-1].norm).lstrip("و").startswith(_WITNESSED):
        return True  # "شهدت إيران تظاهرات": the subject of شهد is the scene, never a doer
    after = [t for t in tokens if t.start >= m.end][:2]
    if after and (bare_word(after[0].norm).lstrip("و").startswith(_WITNESSED) or (
            len(after) > 1 and bare_word(after[0].norm) == "قد" and bare_word(after[1].norm).startswith(_WITNESSED))):
        return True  # "وكانت إيران قد شهدت تظاهرات"
    for t in reversed(before):
        w = bare_word(t.norm)
        if w in _LOCATIVE or (w[:1] in "وف" and w[1:] in _LOCATIVE):  # "ومن واشنطن"
            return True
        if w not in _DESCRIPTORS:
            return False
    return False


_WITNESSED = ("شهد", "تشهد", "يشهد")


def relative_between(tokens: Sequence, a: int, b: int) -> bool:
    """"أدانت تونس التفجيرات التي جدت في العراق": a place in a relative clause about a
    statement's object tells where that happened, not where the statement was made."""
    return any(a <= t.start < b and t.norm in ("التي", "الذي", "الذين") for t in tokens)


# relative pronouns (normalised forms), shared by the event modules
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})


def in_aside_relative(tokens: Sequence, m) -> bool:
    """Is the mention inside a relative clause set off by a comma ("صور الشهيد علي دوابشة، الذي
    أحرق حيا … في قرية دوما في الضفة الغربية،")? Such an aside describes someone or something
    named before it; what it tells happened elsewhere or earlier."""
    k = next((i for i, tok in enumerate(tokens) if tok.start <= m.start < tok.end or tok.start >= m.start), None)
    if k is None:
        return False
    lo, _hi = clause_bounds(tokens, k, k)
    return lo > 0 and tokens[lo].norm in RELATIVES and tokens[lo - 1].norm in _COMMAS


# "بشأن الوضع الإنساني في اليمن", "بتهمة … إرسال نساء إلى الصين", "لبحث التسوية في سورية": the
# topic of a talk or a charge, not where the act is
_TOPIC_HEADS = TOPIC | DISCUSSING | CHARGES | {"ازاء", "حيال", "مساله", "قضيه", "ملف"}
_TOPIC_REACH = 6
# what a protest or a statement is for or against, and what it points to: a place named after
# them is the cause's, not the scene ("في إشارة إلى ما بين السعودية وإيران")
_STANCE_HEADS = frozenset({"رفضا", "احتجاجا", "تنديدا", "تاييدا", "مطالبه", "مطالبين", "مناسبه"})  # (and "في إشارة")
_STANCE_REACH = 12
_MAYBE_REACH = 4
_FOUNDING = frozenset({"قيام", "تاسيس", "استقلال", "اعلان", "احتلال"})
# homes: "هادي، الذي يعيش في المنفى في الرياض", "المقيم في لندن"
_HOMES = ("يعيش", "تعيش", "يقيم", "تقيم", "المقيم", "مقيم")


def in_topic(tokens: Sequence, m: Mention) -> bool:
    """The place is named inside a topic or charge phrase, as a home, or in the anniversary a
    day falls on ("في يوم النكبة المصادف مع ذكرى قيام إسرائيل"), in its clause."""
    before = [t for t in tokens if t.end <= m.start][-_TOPIC_REACH:]
    keys = [candidates(t.norm)[-1] for t in before]
    if len(keys) >= 2 and keys[-2] == "ذكري" and keys[-1] in _FOUNDING:
        return True
    stance = [t for t in tokens if t.end <= m.start][-_STANCE_REACH:]
    for k in range(len(stance) - 1, -1, -1):
        if stance[k].text in _CLAUSE_BREAKS:
            break
        forms = candidates(stance[k].norm)
        if _STANCE_HEADS.intersection(forms) or (forms[-1] == "اشاره" and k and stance[k - 1].norm == "في"):
            return True  # "تظاهرات للمطالبة بانفصال الإقليم عن مدريد", "رفضا لافتتاح السفارة في القدس"
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.text in _CLAUSE_BREAKS:
            return False
        forms = candidates(tok.norm)
        if _TOPIC_HEADS.intersection(forms) or (forms[-1] == "ربما" and len(before) - k <= _MAYBE_REACH):
            return True  # ("جولة ثانية ربما تكون في الصين": a place that may be, not the scene)
        # a home: "يعيش في المنفى في الرياض" (not "يقيم معسكرات في …": camps set up)
        if forms[-1].startswith(_HOMES) and k + 1 < len(before) and before[k + 1].norm == "في":
            return True
    return False


# people named by where they come from: "خطف مع 3 مواطنين من الفلبين", "فريقا فنيا من الإمارات"
_PEOPLE_FROM = ("مواطن", "عمال", "عامل", "مهندس", "فريق", "وفد", "خبراء", "خبير", "رعايا", "سياح",
                "لاجئ", "مهاجر", "طلاب", "طالب", "صحفي", "حجاج", "متسلق", "زوار", "مسافر", "ركاب",
                "مرتزق", "متطوع")  # ("متسلقون من فرنسا، وتايلاند")


def counted_from(tokens: Sequence, m: Mention) -> bool:
    """The country follows "من" right after a bare count ("خمسة من جنوب افريقيا", "3 من
    فرنسا"): whence those counted come, as after a people noun."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if len(before) < 2 or bare_word(before[-1].norm) != "من":
        return False
    number = parse_number(before[0].norm)  # "تضم خمسة من جنوب افريقيا وثلاثة بريطانيين"
    return number is not None and not number[1]  # (an exact count: "عشرات من" is no head count)


def people_from(tokens: Sequence, m: Mention, *, troops: bool = False) -> bool:
    """The place follows "من" after a people noun (a nationality or a team's origin), with at
    most one adjective between ("فريقا فنيا من الإمارات"); with `troops`, also after a soldiers
    noun ("دورية عسكرية مشتركة لجنود من مالي")."""
    before = [t for t in tokens if t.end <= m.start][-3:]
    if not before or bare_word(before[-1].norm) != "من":
        return False
    heads = _PEOPLE_FROM + _TROOPS_FROM if troops else _PEOPLE_FROM
    return any(c.lstrip("ل").startswith(heads) or c.startswith(heads)
               for t in before[:-1] for c in candidates(t.norm))


# "لجنود من مالي وفرنسا": the soldiers' countries, not where they were hit (for acts that do not
# move people: "سحب 2000 جندي من سوريا" is where a withdrawal happened)
_TROOPS_FROM = ("جنود", "جندي", "عسكريين", "عسكريون")


def people_from_all(doc: Document, tokens: Sequence, places: Sequence[tuple[Mention, Place]], *,
                    troops: bool = False) -> set:
    """The mentions `people_from` names, and the places joined to them by و ("لجنود من مالي
    وفرنسا")."""
    out, last = set(), None
    for m, _p in sorted(places, key=lambda mp: mp[0].start):
        joined = last is not None and joined_by_and(doc.text, last.end, m.start)
        if people_from(tokens, m, troops=troops) or (joined and last in out):
            out.add(m)
        last = m
    return out


# "منظمة هيومن رايتس ووتش ومقرها نيويورك", "المرصد، ومقره لندن": where a body is based, an
# aside on its name, not where the act happened ("اقتحموا مقرها في طرابلس" has no و: it stays)
_SEATS = frozenset({"ومقره", "ومقرها"})


def seat_of(tokens: Sequence, m: Mention) -> bool:
    """The place right after "ومقره/ومقرها" (or "ومقرها في")."""
    before = [t.norm for t in tokens if t.end <= m.start][-2:]
    if before and before[-1] == "في":
        before = before[:-1]
    return bool(before) and before[-1] in _SEATS


# "في دوما، الواقعة قرب العاصمة السورية، دمشق": the words that place a town by another one
_LOCATED = frozenset({"الواقعه", "الواقع", "القريبه", "القريب"})


def locates(tokens: Sequence, town: Mention, m: Mention) -> bool:
    """`m` only says where `town` lies: a "الواقعة/القريبة" phrase runs between them (after at
    most a comma), so it goes wherever `town` goes."""
    gap = [key(t.norm) for t in tokens if town.end <= t.start and t.end <= m.start]
    if gap[:1] in ([","], ["،"]):
        gap = gap[1:]
    return bool(gap) and gap[0] in _LOCATED and len(gap) <= 6


def border_partner(tokens: Sequence, m: Mention) -> bool:
    """"على حدود القطاع مع إسرائيل", "قرب الحدود مع سوريا": the place after "مع", up to two
    words after حدود, is the other side of the border, not where the act happened."""
    before = [t for t in tokens if t.end <= m.start][-_BORDER_REACH:]
    if not before or bare_word(before[-1].norm) != "مع":
        return False
    return any(candidates(t.norm)[-1] in _BORDERS for t in before[:-1])


_BORDERS = frozenset({"حدود", "حدودها", "حدوده"})
_BORDER_REACH = 4  # حدود, up to two words (its owner, an adjective), مع


def speaker_place(tokens: Sequence, m: Mention) -> bool:
    """"وفق ما أفادت المتحدثة باسم اللجنة الدولية للصليب الأحمر في دمشق", "متحدثا عبر دائرة
    تلفزيونية من جنيف": the place after في/من in a spokesman's phrase (up to six words after
    متحدث/ناطق, no break nor أن between) is where the speaker is, not where the act happened."""
    before = [t for t in tokens if t.end <= m.start][-_SPEAKER_REACH:]
    if not before or bare_word(before[-1].norm) not in ("في", "من"):
        return False
    for t in reversed(before[:-1]):
        forms = candidates(t.norm)
        if t.text in _CLAUSE_BREAKS or t.norm in ('"', "«", "»", ":") or forms[0].lstrip("و") in _THAT:
            return False
        if any(f.startswith(_SPEAKERS) for f in forms):
            return True
    return False


_SPEAKERS = ("متحدث", "المتحدث", "ناطق", "الناطق")
_SPEAKER_REACH = 7  # the speaker word, up to five words (باسم + an organisation), في/من


def during_meeting(tokens: Sequence, trig: Trigger) -> bool:
    """"وثمن هادي خلال اللقاء", "وأكد أثناء المحادثات": the act is told as said at a meeting
    the story has named (a definite meeting noun after خلال/أثناء/في, in the trigger's clause,
    with no name of its own after it)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any(bare_word(tokens[k - 1].norm) in _DURING and tokens[k].norm.replace("ة", "ه") in _MEETINGS
               for k in range(max(lo, 1), hi))


_DURING = frozenset({"خلال", "اثناء", "في"})
_MEETINGS = frozenset({"اللقاء", "الاجتماع", "المحادثات", "المباحثات", "الزياره", "القمه", "اللقاءات"})


def close_to(tokens: Sequence, m: Mention) -> bool:
    """"منظمة بدر، المقربة من إيران", "الحزب المقرب من دمشق": a side the actor leans to, not a
    place ("القريبة من دوما" is nearness: a place)."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    return (len(before) == 2 and bare_word(before[-1].norm) == "من"
            and any(c.lstrip("و").startswith(_CLOSE_TO) for c in candidates(before[0].norm)))


_CLOSE_TO = ("المقرب", "مقرب")


def is_destination(doc: Document, tokens: Sequence, m: Mention) -> bool:
    """A place after نحو / إلى / باتجاه (within two words) is where people went."""
    before = [t for t in tokens if t.end <= m.start][-4:]
    return any(bare_word(t.norm) in _TOWARDS and not (k and bare_word(before[k - 1].norm) == "من")
               and not _about(before[k + 1:])
               for k, t in enumerate(before) if k)  # ("من اتجاه محافظة تعز": from there)


def _about(after: Sequence) -> bool:
    """"نزوح 70 ألفا خلال نحو أسبوع من الغوطة": نحو before a number or a span of time is
    "about", not "towards"."""
    if not after:
        return False
    word = candidates(after[0].norm)[-1]
    return parse_number(after[0].norm) is not None or word.removeprefix("ال") in _TIME_SPANS


_TIME_SPANS = frozenset({"اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "يوم", "يومين", "ايام",
                         "ساعه", "ساعتين", "ساعات", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام"})


def came_back_from(tokens: Sequence, m: Mention) -> bool:
    """"بعد عودته من زيارة للندن", "أثناء عودته من اليمن", "الإمدادات القادمة من سوريا": where a
    person or load came from — what befell them there is told of the place they reached."""
    before = [t for t in tokens if t.end <= m.start][-4:]
    for k in range(len(before) - 1):
        if bare_word(before[k + 1].norm) != "من":
            continue
        if not any(c.startswith(_COMING) for c in candidates(before[k].norm)):
            continue
        between = before[k + 2:]  # nothing, or the trip itself ("من زيارة للندن")
        return all(any(c in _TRIPS for c in candidates(t.norm)) for t in between) and len(between) <= 1
    return False


_COMING = ("عوده", "عودت", "قادم")
_TRIPS = frozenset({"زياره", "رحله", "جوله"})


def most_specific(group: Sequence[tuple[Mention, Place]]) -> tuple[Mention, Place]:
    return min(group, key=lambda mp: (geo_precision(mp[1]) or 5, mp[1].lat is None))


def head_place(group: Sequence[tuple[Mention, Place]]) -> tuple[Mention, Place]:
    """The first place of a chain ("منطقة الثرثار شمال شرق الفلوجة" → الثرثار): what follows a
    direction or descriptor word only locates it. The container stands in when the head has
    no coordinates, and a finer place when the head is a country ("في سوريا قرب الرقة")."""
    head = group[0]
    if head[1].lat is None or head[1].feature == "country":
        return most_specific(group)  # "في سوريا قرب الرقة": a town near which, inside the country
    return head


def dateline_place(doc: Document) -> Place | None:
    """The place named in a dateline ("إدلب - …") at the head of the article."""
    head = doc.text[:40]
    long_cut = dateline_end(doc)
    for sep in (" - ", " – ", "-", ":", "(", "ـ"):
        cut = head.find(sep)
        if long_cut and not 0 < cut <= 30:
            cut = long_cut
        if 0 < cut <= 30 or cut == long_cut:
            for m, p in place_mentions(doc, doc.tokens, Span(0, cut, doc.text[:cut])):
                return None if _bureau(doc, p, cut, agency=bool(long_cut) and cut == long_cut) else p
    return None


def dateline_end(doc: Document) -> int:
    """End of a long dateline ("اتلانتا، الولايات المتحدة الأمريكية (CNN)--"): a "--" or
    "(AGENCY)" within the first 60 characters, before any verb-bearing text; 0 when none."""
    head = doc.text[:60]
    for sep in ("--", ") -", " -- ", ")—", ") —", ")–", ") –"):  # (CNN)— and (CNN) – too
        cut = head.find(sep)
        lead = head[:cut + 1]
        # "CITY، COUNTRY (AGENCY)--": a place list or an agency in brackets, no sentence
        if 0 < cut and len(lead.split()) <= 6 and "\n" not in lead and ("،" in lead or ")" in lead):
            return cut
    return 0


def _bureau(doc: Document, dateline: Place, cut: int, *, agency: bool = False) -> bool:
    """"اتلانتا، الولايات المتحدة (CNN)-- أعلنت السعودية …": a dateline whose country no other
    place of the article shares is the outlet's bureau, not where the news happened. An
    agency dateline ("دبي، الإمارات العربية المتحدة (CNN)--") is the bureau also when the
    article names no other place: the outlet writes every story from there."""
    by_entity = {p.entity: p for p in doc.places if p.entity}
    others = [by_entity[e.id] for e in doc.entities if e.id in by_entity
              and any(m.start > cut + 25 for m in e.mentions)]
    return (bool(others) or agency) and all(p.country != dateline.country for p in others)


def _toll_start(tokens: Sequence, trig: Trigger) -> int:
    """Where a running-toll clause after the trigger opens (character offset), else no limit."""
    cut = toll_clause([candidates(t.norm) for t in tokens])
    return tokens[cut].start if trig.first < cut < len(tokens) else 1 << 62


def answer_start(tokens: Sequence, trig: Trigger, doc: Document | None = None,
                 trigs: Sequence[Trigger] = ()) -> int:
    """Where a phrase naming the act this one answers opens after it ("قصف الجيش مواقع …
    ردا على هجوم سوروتش في 20 تموز"), as a character offset, else no limit: its time, place
    and weapon are the answered act's. So are those of an earlier attack told after بعد/إثر/عقب
    with a day of its own (`sequel_start`)."""
    cut = next((t.start for t in tokens[trig.last + 1:] if candidates(t.norm)[0] in _ANSWERING), None)
    cut = 1 << 62 if cut is None or answered(tokens, trig) else cut
    return min(cut, sequel_start(doc, tokens, trig, trigs)) if doc is not None and trigs else cut


# "ضربات على سوريا السبت بعد الهجوم الكيماوي في دوما في السابع من أبريل": an attack told after
# these, with a day of its own, is an earlier happening ("قتل خمسة بعد قصف استهدف البلدة" is one:
# an outcome and its cause; a bare "بعد الهجوم" refers back; "بعد مقتل طفل إثر إحراق منزل في
# الضفة الغربية", a place but no day, is the news itself)
SEQUEL = frozenset({"بعد", "اثر", "عقب", "اعقاب"})


def sequel_start(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> int:
    if trig.strength < 2:
        return 1 << 62
    for o in trigs:
        if o.type != "ASSAULT" or o.first <= trig.last + 1:
            continue
        j = next((k for k in (o.first - 1, o.first - 2) if k > trig.last
                  and candidates(tokens[k].norm)[-1] in SEQUEL), None)
        if j is not None and dated_after(doc, tokens, o):
            return tokens[j].start
    return 1 << 62


def sequel_opening(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> int:
    """Where the phrase holding `trig` opens when it tells an act that an earlier trigger of the
    sentence came after ("ضربات … بعد الهجوم الكيماوي في دوما"), else 0 (a later clause is
    not in it)."""
    lo, _hi = clause_bounds(tokens, trig.first, trig.last)
    return max((c for m in trigs if m.last < trig.first
                and tokens[lo].start <= (c := sequel_start(doc, tokens, m, trigs)) <= trig.start), default=0)


def in_sequel(doc: Document, tokens: Sequence, trig: Trigger, trigs: Sequence[Trigger]) -> bool:
    return sequel_opening(doc, tokens, trig, trigs) > 0


def dated_after(doc: Document, tokens: Sequence, o: Trigger) -> bool:
    """A date follows the trigger in its clause ("الهجوم الكيماوي في السابع من أبريل")."""
    _lo, hi = clause_bounds(tokens, o.first, o.last)
    end = tokens[hi - 1].end
    return any(o.end <= t.start < end and t.type in ("date", "range") for t in doc.times)


def pick_time(doc: Document, sent: Span, trig: Trigger, tokens: Sequence, *,
              after: int = 0, trigs: Sequence[Trigger] = ()) -> TimeExpr | None:
    """The date expression governing the trigger: in its clause first, else the sentence
    (only those starting at `after` or later)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    # "قتل أربعة …، لتصل الحصيلة منذ 30 مارس إلى 38"; "… ردا على هجوم في 20 تموز"
    toll = min(_toll_start(tokens, trig), answer_start(tokens, trig, doc, trigs))
    cands = [t for t in doc.times if max(sent.start, after) <= t.start and t.end <= min(sent.end, toll)
             and t.type in ("date", "range") and t.value and t.precision != "unknown"
             and not _birth_date(doc.text, t.start, t.precision)]
    year = (doc.meta.published or "")[:4]
    cands = [t for t in cands if not (t.value[:4] < year and _recalled_time(tokens, trig, t))
             and not _compared_in(tokens, t, year)]
    if not cands:
        return None
    in_clause = [t for t in cands if cstart <= t.start and t.end <= cend]
    in_clause = _reported_clause_times(tokens, trig, in_clause)
    if not in_clause and trig.type in PHYSICAL and _after_prior(tokens, trig):
        # "ألغى ترامب زيارته المقررة هذا الأسبوع … بعد الهجوم الكيماوي": the time told before
        # dates the later news, not the act it followed
        cands = [t for t in cands if t.start > trig.start]
    pool = in_clause or cands
    if not pool:
        return None
    return min(pool, key=lambda t: abs(t.start - trig.start))


def _reported_clause_times(tokens: Sequence, trig: Trigger, times: list) -> list:
    """"قالت المنظمة في تقرير أصدرته الأحد إن القوات قتلت 12 متظاهرا الشهر الماضي": a time of the
    frame before the أن/إن that opens the trigger's clause dates the statement; the reported
    clause's own time, when it has one, dates the act."""
    that = [tok.end for tok in tokens[:trig.first] if candidates(tok.norm)[0].lstrip("و") in _THAT]
    if not that:
        return times
    reported = [t for t in times if t.start >= that[-1]]
    return reported or times


_PRIOR = frozenset({"بعد", "عقب", "اثر", "إثر"})


def _after_prior(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger is a definite act named right after بعد/عقب/إثر ("بعد الهجوم")."""
    definite = any(c.startswith("ال") for c in candidates(tokens[trig.first].norm))
    return trig.first > 0 and definite and candidates(tokens[trig.first - 1].norm)[-1] in _PRIOR


def _compared_in(tokens: Sequence, t: TimeExpr, year: str) -> bool:
    """"في أعنف هجوم هذا العام", "وهو الأعنف منذ عام 2015": the current year or month, or a time
    after منذ, up to four words after a superlative measures the comparison, not the act ("أكبر
    مقارنة بعددهم العام الماضي" is left alone)."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or not any(candidates(tok.norm)[0] in SUPERLATIVES for tok in tokens[max(0, k - 4):k]):
        return False
    since = k > 0 and candidates(tokens[k - 1].norm)[-1] == "منذ"
    return since or (t.precision in ("year", "month") and t.value[:4] == year)


def _recalled_time(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"وتزامنت المسيرات مع يوم الأرض الذي يحيي فيه الفلسطينيون ذكرى مقتل 6 … عام 1976": a time
    in what an anniversary after the trigger recalls dates the past act, not the news (the
    caller asks only of a year before publication: "في الذكرى السبعين للنكبة في 15 أيار" is the
    anniversary's own day)."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last:
        return False
    keys = [candidates(tok.norm) for tok in tokens[trig.last + 1:k + 1]]
    return commemorated(keys, len(keys) - 1)


_BIRTH = re.compile(r"(?:مواليد|المولود|المولودة|مولود|مولودة|ولد|ولدت)\s+(?:في\s+|عام\s+)?(?:ال)?$")


# "من مواليد دولة الشيشان عام 1997", "المولود في دمشق سنة 1990": a birthplace between (up to
# three words, no punctuation; only before a bare year)
_BIRTHPLACE = re.compile(r"(?:مواليد|المولود|المولودة)\s+(?:[^\s،,.:؛()]+\s+){1,3}$")
_YEAR_WORD = re.compile(r"(?:عام|العام|سنة|السنة)\s+$")


def _birth_date(text: str, start: int, precision: str | None = None) -> bool:
    """"من مواليد العام 1415هـ", "المولود عام 1990": a birth date, never an event's date; so is
    a year after a birthplace ("من مواليد دولة الشيشان عام 1997")."""
    if _BIRTH.search(text[max(0, start - 20):start]):
        return True
    if precision != "year":
        return False
    return bool(_BIRTHPLACE.search(_YEAR_WORD.sub("", text[max(0, start - 60):start])))


# "وقال مسعفون السبت إن …", "أعلنت المنظمة أمس الأربعاء أن …": a day between a reporting verb and
# its complementiser dates the statement; what it reports happened then or in the days before
_SAYING = reporting_verbs(fold_taa=True)
_THAT = complementisers(fold_taa=True)
_SAYING_REACH = 6  # tokens between the reporting verb and the day


def speech_dated(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """Does the day `t` stand between a reporting verb and the complementiser that opens the
    trigger's clause ("قال مسعفون السبت إن القوات أطلقت النار")?"""
    first = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if first is None or first > trig.first:
        return False
    that = any(candidates(tok.norm)[0].lstrip("و") in _THAT for tok in tokens[first:trig.first]
               if tok.start >= t.end) or _about_next(tokens[first:trig.first], t)
    # (words only: "أعلن حلف شمال الأطلسي (الناتو) اليوم (السبت)، أن" — brackets are no words)
    words = [tok for tok in tokens[max(0, first - 3 * _SAYING_REACH):first] if any(c.isalpha() for c in tok.norm)]
    said = any(candidates(tok.norm)[-1] in _SAYING for tok in words[-_SAYING_REACH:])
    return that and said


def _about_next(tokens: Sequence, t: TimeExpr) -> bool:
    """"أعلنت مصادر، السبت، عن مقتل قيادي": عن opening the reported news right after the day
    stands where أن would."""
    words = [tok for tok in tokens if tok.start >= t.end and any(c.isalpha() for c in tok.norm)]
    return bool(words) and words[0].norm == "عن"


def reported_day(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"قتل ستة …، حسبما ذكرت السلطات أمس", "خطفت جبهة النصرة ثمانية عناصر، بحسب ما ذكر المرصد،
    الخميس": a day in a trailing source phrase (after the trigger, up to eight words after
    بحسب/حسبما/وفق ما/كما + a reporting verb) dates the report, not the act."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last:
        return False
    back = [candidates(tok.norm) for tok in tokens[max(trig.last + 1, k - _REPORTED_REACH):k]]
    for j, forms in enumerate(back):
        if forms[-1] in _ACCORDING or forms[0] in _ACCORDING:
            return any(_saying(c[-1]) or _saying(c[0]) for c in back[j + 1:])
    return False


def _saying(form: str) -> bool:
    """A reporting verb, also with the object pronoun of "وفقا لما ذكرته الشرطة" (what it said)."""
    return form in _SAYING or any(form.endswith(p) and form[:-len(p)] in _SAYING for p in _OBJECT_PRONOUNS)


_OBJECT_PRONOUNS = ("ه", "ها")


def report_verb_day(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """"طال القصف مستودعا …، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى", "… ثم أعلن المرصد
    الثلاثاء": a day after the trigger whose verb, up to two words before it ("اليوم" aside),
    is a reporting verb dates that later report, not the act."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
    if k is None or k <= trig.last or relative_between(tokens, trig.end, t.start):
        return False  # ("الاحتجاجات التي دعا إليها أمس": who called for the act, and when)
    return said_on(tokens, t, trig.last + 1)


def said_on(tokens: Sequence, t: TimeExpr, lo: int = 0) -> bool:
    """Is the day `t` that of a reporting verb up to two words before it (from token `lo` on;
    "اليوم" aside): "قبل أن يعلن، اليوم الأربعاء،", "ثم أعلن المرصد الثلاثاء"?"""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), len(tokens))
    words = [tok for tok in tokens[lo:k] if any(c.isalpha() for c in tok.norm)]
    while words and candidates(words[-1].norm)[-1] in _TODAY:
        words.pop()
    return any(candidates(tok.norm)[-1].lstrip("و") in _SAYING or candidates(tok.norm)[0] in _SAYING
               for tok in words[-_REPORT_VERB_REACH:])


_TODAY = frozenset({"اليوم", "يوم"})
_REPORT_VERB_REACH = 3  # the verb and its subject of up to two words ("أعلن المرصد الثلاثاء",
# "قبل أن يعلن الدفاع المدني، اليوم الأربعاء")


_ACCORDING = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا", "كما", "طبقا"})
_REPORTED_REACH = 8


_REPORT_THAT_REACH = 8  # tokens from the reporting verb to its complementiser


def report_opening(tokens: Sequence, trig: Trigger, m) -> int | None:
    """The offset of the first new report ("و" + a reporting verb, then أن/إن) that opens between
    the trigger and the mention or time `m` ("قصفت مقاتلات مواقع … وذكرت وسائل اعلام أن الشرطة
    نفذت مداهمات في اسطنبول"), else None. A source aside without a complementiser ("قصفت، بحسب
    ما ذكر المرصد، مواقع في حلب") opens none."""
    k = next((i for i, tok in enumerate(tokens) if tok.start >= m.start), len(tokens))
    for i in range(trig.last + 1, k):
        forms = candidates(tokens[i].norm)
        if len(forms) < 2 or not forms[0].startswith("و") or forms[-1] not in _SAYING:
            continue
        if any(candidates(tok.norm)[0].lstrip("و") in _THAT for tok in tokens[i + 1:min(k, i + 1 + _REPORT_THAT_REACH)]):
            return tokens[i].start
    return None


def set_off_after(doc: Document, tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    """The time stands right after the trigger's clause, set off by commas ("قد ألقت القبض على
    عشماوي، الاثنين، خلال عملية"): it dates that clause."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return not doc.text[tokens[hi - 1].end:t.start].strip(" ،,")


def in_clause(tokens: Sequence, trig: Trigger, t: TimeExpr) -> bool:
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return tokens[lo].start <= t.start and t.end <= tokens[hi - 1].end


# "بعد ثلاثة أيام من مقتل 14 شخصا", "بعد أسبوع على تظاهرة مماثلة": the happening after من/على
# took place that long before the sentence's own news. Processes are measured, not dated, by
# such a phrase ("بعد ثلاثة أسابيع من القتال": three weeks of fighting).
_AFTER = frozenset({"بعد"})
_OF = frozenset({"من", "علي"})  # normalised: على → علي
_ONLY = frozenset({"فقط", "تقريبا"})
_ONE = frozenset({"واحد", "واحده", "واحدة"})
_PROCESS_MODES = frozenset({"clash", "siege"})
_DURATION = re.compile(r"^P(\d+)([DWM])$")
_AFTER_REACH = 14  # tokens from the duration to the trigger
_MONTHS_REACH = 4  # ("بعد ستة أشهر على أولى عمليات توقيف"; not "بعد شهرين من الإعداد لها ومكنت
# من إلقاء القبض": months measure a preparation as often as they date an act)


def after_phrases(doc: Document, sent: Span, tokens: Sequence) -> list[tuple[int, int, TimeExpr]]:
    """(offset of بعد, token index after من/على, the duration) of each "بعد <N days/weeks/
    months> من|على" in the sentence."""
    out = []
    for t in doc.times:
        if t.type != "duration" or not _DURATION.match(t.value or "") or not (sent.start <= t.start < sent.end):
            continue
        first = next((i for i, tok in enumerate(tokens) if tok.start >= t.start), None)
        last = next((i for i, tok in enumerate(tokens) if tok.end >= t.end), None)
        if first is None or last is None or first == 0 or last + 1 >= len(tokens):
            continue
        if last + 2 < len(tokens) and candidates(tokens[last + 1].norm)[0] in _ONE:
            last += 1  # "بعد يوم واحد من قتل 13": the unit's number written after it
        if last + 2 < len(tokens) and candidates(tokens[last + 1].norm)[0] in _ONLY:
            last += 1  # "بعد يوم فقط من إعلان"
        # any reading of the word before: a sentence opening "وبعد 3 أشهر على هجوم" is read
        # first as one word, وبعد, not as و + بعد
        if _AFTER & set(candidates(tokens[first - 1].norm)) and candidates(tokens[last + 1].norm)[0] in _OF:
            out.append((tokens[first - 1].start, last + 2, t))
    return out


def dated_before(doc: Document, sent: Span, tokens: Sequence, trig: Trigger) -> tuple[str, TimeExpr] | None:
    """(day, the duration) for a trigger inside "بعد <N days/weeks> من …": the day N days or
    weeks before the date of what comes before بعد — the sentence's own date expression, else
    the publication date. None when the trigger is not inside such a phrase."""
    if trig.mode in _PROCESS_MODES:
        return None
    # ("وكانت الولايات المتحدة شنت هجوما …، وذلك بعد 3 أيام من": undated news, and so is what
    # came before it — unless the background names its day: "وكانت الشرطة قد أعلنت أن … أصيبوا
    # في انفجار الاثنين، وذلك بعد يوم واحد من قتل 13": the killing was on the Sunday)
    background = is_background(tokens, trig)
    for after, body, t in after_phrases(doc, sent, tokens):
        reach = _MONTHS_REACH if t.value.endswith("M") else _AFTER_REACH
        if not 0 <= trig.first - body < reach or any(
                tok.text in _CLAUSE_BREAKS for tok in tokens[body:trig.first]):
            continue
        anchor = _anchor_day(doc, sent, after, named=background)
        if anchor is None:
            return None
        m = _DURATION.match(t.value)
        days = int(m[1]) * {"W": 7, "M": 30}.get(m[2], 1)
        return (anchor - dt.timedelta(days=days)).isoformat(), t
    return None


def _anchor_day(doc: Document, sent: Span, before: int, *, named: bool = False) -> dt.date | None:
    """The day of what the sentence reports before `before`: its day expression, else (unless
    the day must be `named`) the publication date; None when that is dated coarser ("في أبريل
    عام 2017، وذلك بعد 3 أيام")."""
    dates = [t for t in doc.times if sent.start <= t.start and t.end <= before and t.type in ("date", "range")
             and t.value]
    if dates and dates[-1].precision != "day" or named and not dates:
        return None
    value = dates[-1].value if dates else (doc.meta.published or "")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def last_time(doc: Document, sent: Span, tokens: Sequence = ()) -> TimeExpr | None:
    """The last date expression of a sentence (what a following sentence may inherit); with
    the sentence's `tokens`, not one told only inside a comma-set relative clause about someone
    ("… دفعة الشهيد محمود يونس، الذي نال الشهادة يوم 21 أكتوبر عام 1973،": his biography, not
    the day the story is telling)."""
    cands = [t for t in doc.times if sent.start <= t.start and t.end <= sent.end
             and t.type in ("date", "range") and t.value and t.precision != "unknown"
             and not _birth_date(doc.text, t.start, t.precision)
             and not (tokens and in_aside_relative(tokens, t))]
    return cands[-1] if cands else None


# "من جهة أخرى، اعتقلت الشرطة …", "على صعيد آخر، تظاهر …": openers that turn to other news
_OTHER_NEWS_OPENERS = (r"من\s+(?:جانب|جهة)\s+(?:آخر|اخر|أخرى|اخرى|ثانية|ثان)|في\s+سياق\s+(?:آخر|اخر|منفصل)"
                       r"|على\s+صعيد\s+(?:آخر|اخر)|في\s+شأن\s+(?:آخر|اخر)")
# "من جانب آخر، اتهم …", "إلى ذلك": the story moves on (إلى ذلك as often goes on with the same
# story, so it shifts the topic for dates but is no other news for places)
_TOPIC_SHIFT = re.compile(rf"^\W*و?(?:{_OTHER_NEWS_OPENERS}|[إا]لى\s+ذلك)")
_OTHER_NEWS = re.compile(rf"^\W*و?(?:{_OTHER_NEWS_OPENERS})")


def other_news(text: str, prev: str = "") -> bool:
    """The sentence opens by turning to other news: what it tells happened nowhere the
    sentence before (`prev`) named — unless it names a spot of that sentence again, two words
    after في/ب that the gazetteer may not know ("اندلعت في مزرعة المشهور" after "استهدفت
    الضربات … ومزرعة المشهور")."""
    if not _OTHER_NEWS.match(text):
        return False
    return not any(m[1] in prev for m in _AT_SPOT.finditer(text))


_AT_SPOT = re.compile(r"(?:^|\s)(?:في|ب)\s*([^\s،,.؛:]+\s+[^\s،,.؛:]+)")


def stale_anchor(doc: Document, prev: Span, sent: Span, max_age_days: int) -> TimeExpr | None:
    """The last date named before sentence `prev` (the one before the event's), when it is a day
    or month in the past beyond the event window and no date before it is recent: a story that
    is still telling that past (a bare year is mostly an aside: "هدنة العام 2014")."""
    cands = [t for t in doc.times if t.end <= prev.start and t.type in ("date", "range") and t.value
             and t.precision != "unknown" and not _birth_date(doc.text, t.start, t.precision)]
    pub = doc.meta.published
    if not cands or not pub or cands[-1].precision not in ("day", "month") or cands[-1].value[:10] >= pub[:10]:
        return None
    if not all(too_old(t.value, pub, max_age_days, t.value_end) for t in cands):
        return None  # the story told recent news before: the old date is an aside
    if any(_TOPIC_SHIFT.match(doc.text[x.start:x.end]) for x in doc.sentences
           if cands[-1].end <= x.start <= sent.start):
        return None
    return cands[-1]


# "اعتقلته المخابرات منذ 26 سنة", "قتل مئات في حملة قبل نحو عقد من الزمان", "استقال قبل سنوات":
# a span of years counted back from the news, after the act in its own clause, puts the act that
# long ago: older background (SPEC §2.7), never the report's week. Only years and decades: a
# span of months or weeks ("المحاصرة منذ أشهر") may still reach into the news window.
_BACK = frozenset({"منذ", "قبل"})
_YEAR_UNITS = frozenset({"سنه", "سنوات", "سنين", "عام", "عاما", "اعوام", "عقد", "عقود"})
_BACK_FILLERS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "ما", "يقارب", "يزيد", "علي"})
_ERA = frozenset({"الزمان", "الزمن"})
_BACK_REACH = 8  # words from the act to منذ/قبل
_BACK_UNIT_REACH = 4  # words from منذ/قبل to the unit ("قبل أكثر من 20 عاما")
_YEARS_IN = re.compile(r"^P(\d+)Y$")


def years_back(doc: Document, tokens: Sequence, trig: Trigger) -> tuple[str | None, str, TimeExpr | None] | None:
    """(value, precision, time) of the act a span of years back dates ("منذ 26 سنة": the year
    26 years before publication; "قبل ثلاث سنوات": the times stage's year), (None, "unknown",
    None) when the span has no number ("قبل سنوات"), None when there is no such span. Not a
    comparison ("أعنف هجوم منذ سنوات"), a year named ("منذ عام 2013": a date), a span before
    another happening ("قبل عام من الانتخابات") or a conjunction ("قبل أن")."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    bare = [candidates(t.norm)[-1] for t in tokens]
    for j in range(trig.last + 1, min(hi, trig.last + 1 + _BACK_REACH)):
        if bare[j] not in _BACK or any(w in SUPERLATIVES for w in bare[max(0, j - 4):j]):
            continue
        unit = next((k for k in range(j + 1, min(hi, j + 1 + _BACK_UNIT_REACH)) if bare[k] in _YEAR_UNITS), None)
        if unit is None or any(not (bare[k] in _BACK_FILLERS or any(c.isdigit() for c in bare[k])
                                    or parse_number(tokens[k].text) is not None) for k in range(j + 1, unit)):
            continue
        nxt = bare[unit + 1] if unit + 1 < len(tokens) else ""
        if nxt.isdigit() or nxt in ("من", "علي") and (unit + 2 >= len(tokens) or bare[unit + 2] not in _ERA):
            continue
        return _back_value(doc, tokens[j].start, tokens[unit].end)
    return None


def _back_value(doc: Document, start: int, end: int) -> tuple[str | None, str, TimeExpr | None]:
    pub = doc.meta.published or ""
    for t in doc.times:
        if t.end <= start or t.start >= end or not t.value:
            continue
        if t.type == "date" and t.precision != "unknown":
            return t.value, t.precision, t
        m = _YEARS_IN.match(t.value)
        if t.type == "duration" and m and pub[:4].isdigit():
            return str(int(pub[:4]) - int(m[1])), "year", t
    return None, "unknown", None


def is_background(tokens: Sequence, trig: Trigger) -> bool:
    """Pluperfect framing ("وكان … قد") marks side events the article does not date."""
    head = [candidates(t.norm)[0] for t in tokens[:trig.first]]
    if head and head[0] in _BACKGROUND or "سابق" in " ".join(head[-4:]):
        return True
    return any(w in _BACKGROUND for w in head[-3:]) and "قد" in head[-3:]  # "كان قد دعا"


# "رداً على هجوم بغاز الأعصاب", "انتقاما لمقتل قائدها": the act answered came before the news
# that answers it, and the head clause's time is the answer's, not its own
_ANSWERING = frozenset({"ردا", "وردا", "انتقاما", "وانتقاما", "ثارا", "حدادا", "استنكارا"}) | IN_PROTEST
# ("يعم الإضراب السبت احتجاجا على مقتل 16": the cause protested came before)
_ANSWER_REACH = 6


def answered(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger is inside the phrase naming the act the sentence's news answers ("ردا على
    هجوم", "انتقاما لمقتل جنديين في هجوم"): up to six words after the answering word, in its clause."""
    for tok in reversed(tokens[max(0, trig.first - _ANSWER_REACH):trig.first]):
        if tok.text in _CLAUSE_BREAKS:
            return False
        if candidates(tok.norm)[0] in _ANSWERING:
            return True
    return False


# "ويأتي بسبب هجوم كيماوي", "جاء ذلك على خلفية مقتل شاب": the news comes after its cause
_COMES = frozenset({"ياتي", "وياتي", "تاتي", "وتاتي", "جاء", "وجاء", "جاءت", "وجاءت"})
_CAUSES = frozenset({"بسبب", "خلفيه"})
_COMES_REACH = 3  # the verb, ذلك/هذا (and القرار …), the cause word


def cause_of_news(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger opens the cause named after "يأتي/جاء (ذلك) بسبب/على خلفية": the act the
    news comes after, told as its background, not dated by the news (SPEC §2.6)."""
    before = tokens[max(0, trig.first - _COMES_REACH - 1):trig.first]
    if not before or candidates(before[-1].norm)[-1] not in _CAUSES and before[-1].norm not in _CAUSES:
        return False
    for tok in reversed(before[:-1]):
        if tok.text in _CLAUSE_BREAKS:
            return False
        if tok.norm in _COMES or candidates(tok.norm)[-1] in _COMES:
            return True
    return False


def too_old(date: str | None, published: str | None, days: int = 30,
            date_end: str | None = None) -> bool:
    """True when the period is over more than `days` before publication, or wholly after it."""
    if not date or not published:
        return False
    try:
        pub = dt.date.fromisoformat(published[:10])
        first, last = _period(date), _period(date_end or date, end=True)
    except ValueError:
        return False
    return (pub - last).days > days or first > pub


def _period(value: str, *, end: bool = False) -> dt.date:
    """First (or last) day of an ISO date, month or year."""
    parts = [int(x) for x in value[:10].split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


def pick_counts(doc: Document, sent: Span, etype: str, trig: Trigger,
                taken: set[str], tokens: Sequence = ()) -> dict[str, Count]:
    """Per category, the quantity nearest the trigger; victim groups joined by و add up
    ("عشرة من رجال الأمن وثلاثة عاملين" = 13 killed). "بعد ثلاثة أيام من مقتل 14 شخصا" divides
    the sentence: the 14 are the earlier happening's, not the news before بعد; so does "ردا
    على"/"انتقاما لـ" (the answered act's toll is not the answer's)."""
    cats = TYPE_CATEGORIES.get(etype, ())
    out: dict[str, Count] = {}
    lo, hi = sent.start, sent.end
    cuts = [after for after, _body, _t in after_phrases(doc, sent, tokens)] if tokens else []
    if tokens and _toll_start(tokens, trig) < sent.end:
        cuts.append(_toll_start(tokens, trig))  # the running toll is not this act's count
    cuts += [t.end for t in tokens if sent.start <= t.start < sent.end
             and candidates(t.norm)[0] in _ANSWERING]  # "قصفت … انتقاما لمقتل جنديين"
    for cut in cuts:
        lo, hi = (lo, min(hi, cut)) if trig.start < cut else (max(lo, cut), hi)
    qs = [q for q in doc.quantities if lo <= q.start and q.end <= hi
          and q.category in cats and q.id not in taken]
    qs = [q for q in qs if not _part_of(doc, q, qs) and not _since_start(doc, tokens, q)
          and not _over_the_period(tokens, q) and not _in_breakdown(doc, q)]
    for q in sorted(qs, key=lambda q: abs(q.start - trig.start)):
        if q.category in out:
            continue
        group = _coordinated(doc, q, [x for x in qs if x.category == q.category])
        extra = _uncounted_tail(doc, group[-1]) + _uncounted_head(doc, group[0])
        if len(group) > 1 and all(x.qualifier == "exact" and isinstance(x.value, int) for x in group):
            out[q.category] = Count(sum(x.value for x in group) + extra, "exact", group[0].id)
        elif extra and len(group) == 1 and q.qualifier in _ADDABLE and isinstance(q.value, int):
            out[q.category] = Count(q.value + extra, q.qualifier, q.id)
        else:
            out[q.category] = Count(q.value, q.qualifier, q.id, q.high)
    one = _one_of_them(tokens, trig)
    if one is not None:  # "ولقي 14 شخصا مصرعهم …، أحدهم برصاص قوات الأمن": this act killed one
        out = {cat: Count(1, "exact", None) if _quantity_start(doc, c) < one else c for cat, c in out.items()}
    return out


# "وارتفعت حصيلة قتلى التفجير إلى سبعة", "ليرتفع عدد القتلى إلى 12": a toll told as risen to
# the quantity — the same happening's count as it now stands
_RISEN = re.compile(r"(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع)\S*(?:\s+[^\s،,.؛:]+){0,6}?\s+(?:إلى|الى)\s*$")
_RISEN_REACH = 80  # characters before the quantity


def risen_tolls(doc: Document) -> frozenset:
    """Ids of the quantities a rise word leads up to ("ارتفع عدد القتلى إلى 7") within their
    sentence and clause (the words between hold no comma)."""
    out = set()
    for q in doc.quantities:
        if q.category not in ("killed", "injured", "arrested", "displaced", "abducted", "missing"):
            continue
        sent = next((s for s in doc.sentences if s.start <= q.start < s.end), None)
        lo = max(q.start - _RISEN_REACH, sent.start if sent is not None else 0)
        if _RISEN.search(doc.text[lo:q.start]):
            out.add(q.id)
    return frozenset(out)


def _quantity_start(doc: Document, c: Count) -> int:
    """Where the quantity a count was read from starts (a summed count: its first)."""
    q = next((q for q in doc.quantities if q.id == c.quantity), None)
    return q.start if q is not None else -1


# "أحدهم", "إحداهن", "أحدهما": one of those counted before
_ONE_OF = frozenset({"احدهم", "احداهم", "احداهن", "احدهما", "احداهما", "احدها"})


def _one_of_them(tokens: Sequence, trig: Trigger) -> int | None:
    """The offset of "أحدهم" right before the trigger (at most one word between: "أحدهم قتل
    برصاص"), when it opens the trigger's phrase after a toll: the act told of one of them."""
    for tok in reversed(tokens[max(0, trig.first - 2):trig.first]):
        if candidates(tok.norm)[-1].lstrip("و") in _ONE_OF or tok.norm.lstrip("و") in _ONE_OF:
            return tok.start
    return None


# "تسعة رجال وامرأة" (10), "ستة أطفال وثلاثة بالغين" (9): a toll phrase ending on people the
# quantities stage does not count — a bare indefinite person (one, or two as a dual) or a
# number + a plural noun (…ين/…ون) right after "و" — adds them up (SPEC §2.6: one act, one toll).
_ONE_PERSON = frozenset({"امراة", "رجل", "رجلا", "طفل", "طفلا", "طفلة", "فتاة", "سيدة", "شاب",
                         "شابا", "صبي", "صبيا", "فتى"})
_TWO_PERSONS = frozenset({"امراتين", "امراتان", "رجلين", "رجلان", "طفلين", "طفلان", "طفلتين",
                          "فتاتين", "سيدتين", "شابين", "صبيين"})
# counted nouns whose genitive the quantities stage leaves out of the span ("11 رجل أمن")
_CONSTRUCT_HEADS = frozenset({"رجل", "رجال", "عناصر", "افراد", "منتسبي"})
_ADDABLE = ("exact", "at_least")
_TRAIL = "،,.؛:\"»)"


def _uncounted_tail(doc: Document, q) -> int:
    """People chained to quantity `q` by "و" that no quantity covers: 1, 2 or the number's value."""
    after = doc.text[q.end:q.end + 50]
    words = after.split()[:3]
    words = words[1:] if _genitive_first(q, words) else words[:2]  # "11 رجل أمن وأربعة مقيمين"
    if not words or not words[0].startswith("و") or after[:1] not in (" ", "\u00a0"):
        return 0
    start = q.end + after.index(words[0])
    if any(x.start <= start < x.end for x in doc.quantities):
        return 0  # a quantity of its own (another category, or chained already)
    head = _alef(words[0][1:].rstrip(_TRAIL))
    if head in _ONE_PERSON | _TWO_PERSONS:
        # "30 سيدة وطفلا": past ten the counted noun is a singular the next one shares (30 in all)
        return 0 if not isinstance(q.value, int) or q.value > 10 else 1 if head in _ONE_PERSON else 2
    parsed = parse_number(head) if len(words) == 2 else None
    noun = _alef(words[-1].rstrip(_TRAIL))
    if (parsed is None or parsed[1] or not isinstance(parsed[0], (int, float)) or parsed[0] != int(parsed[0])
            or parse_number(noun) is not None or not noun.endswith(("ين", "ون"))):
        return 0
    return int(parsed[0])


# "إن ضابطا وثلاثة جنود قتلوا" (4): one person named by a bare indefinite role noun right before
# "و" + the quantity is counted with it (the quantities stage counts no number-less noun)
_ONE_ROLE = frozenset({"ضابطا", "جنديا", "شرطيا", "مدنيا", "عسكريا", "مواطنا", "مسلحا", "مقاتلا",
                       "عنصرا", "مجندا", "حارسا", "صحفيا", "ناشطا", "طالبا"}) | (_ONE_PERSON - {"رجل", "طفل", "شاب", "صبي"})


def _uncounted_head(doc: Document, q) -> int:
    """1 when a lone role noun ("ضابطا", "امرأة") stands right before the quantity's "و"."""
    before = doc.text[max(0, q.start - 30):q.start]
    if not before.endswith("و"):
        return 0
    words = before[:-1].split()
    if not words or before[:-1][-1:] not in (" ", "\u00a0"):
        return 0
    start = q.start - len(before) + before.rfind(words[-1])
    if _alef(words[-1]) not in _ONE_ROLE or any(x.start <= start < x.end for x in doc.quantities):
        return 0  # (a counted noun of its own: "خمسة مدنيين وثلاثة جنود" are two quantities)
    return 1 if isinstance(q.value, int) else 0


def _genitive_first(q, words: list[str]) -> bool:
    """The quantity ends on a construct head ("11 رجل") and the next word is its genitive ("أمن")."""
    last = q.text.split()[-1:]
    return (bool(last) and _alef(last[0]) in _CONSTRUCT_HEADS and bool(words)
            and words[0].isalpha() and not words[0].startswith("و"))


def _alef(word: str) -> str:
    """Hamza'd alefs folded the way the lists above and numbers.py spell them."""
    return word.translate(_ALEF_FOLD)


_ALEF_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


# "ليرتفع عدد القتلى منذ بداية الهجوم إلى 1000", "قتل 1200 منذ اندلاع الحرب": a toll counted
# from a campaign's start is cumulative (SPEC §2.6), no one act's count — not "منذ صباح اليوم"
_SINCE = frozenset({"منذ"})
_STARTS = frozenset({"بدايه", "بدء", "اندلاع", "انطلاق", "مطلع", "بدايات"})
_SINCE_REACH = 8  # tokens between the count and منذ, either side, within its clause


def _since_start(doc: Document, tokens: Sequence, q) -> bool:
    """The quantity's clause counts from a start: "منذ بداية/بدء/اندلاع …" or "منذ" + an old
    date near it."""
    at = next((i for i, t in enumerate(tokens) if t.start <= q.start < t.end or t.start >= q.start), None)
    if at is None:
        return False
    lo, hi = clause_bounds(tokens, at, at)
    lo, hi = max(lo, at - _SINCE_REACH), min(hi, at + _SINCE_REACH + 1)
    return any(candidates(tokens[i].norm)[0] in _SINCE and i + 1 < len(tokens)
               and (_STARTS & set(candidates(tokens[i + 1].norm)) or _old_date_at(doc, tokens[i + 1]))
               for i in range(lo, hi))


# "وشهدت نفس الفترة … مقتل 11 إرهابياً", "ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين": a toll
# over a period told before is cumulative (SPEC §2.6), no one act's count
_PERIOD = "الفتره"
_SAME = frozenset({"نفس", "نفسها", "ذاتها", "هذه", "تلك"})
_PERIOD_REACH = 12  # tokens from the period's mention to the count, in its sentence


def _over_the_period(tokens: Sequence, q) -> bool:
    """A back-reference to a period ("نفس الفترة", "الفترة نفسها/ذاتها", "تلك الفترة") stands
    up to twelve tokens before the quantity, no sentence end between."""
    at = next((i for i, t in enumerate(tokens) if t.start >= q.start), None)
    if at is None:
        return False
    for i in range(at - 1, max(-1, at - _PERIOD_REACH - 1), -1):
        if tokens[i].norm in (".", "!", "?"):
            return False
        if _PERIOD in candidates(tokens[i].norm):
            near = [candidates(tokens[j].norm)[-1] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
            return any(w in _SAME for w in near)
    return False


def _old_date_at(doc: Document, tok) -> bool:
    """A date opening at `tok` older than the event window ("منذ عام 2011", "منذ مارس 2015")."""
    return any(t.start <= tok.start < t.end and t.type in ("date", "range") and t.value
               and too_old(t.value, doc.meta.published, date_end=t.value_end) for t in doc.times)


def _part_of(doc: Document, q, qs: list) -> bool:
    """"مقتل 12 شخصا بينهم قياديان": a count right after بينهم/منهم names some of the count of its
    category just before it, not the toll."""
    after = (q.text.split()[-1:] if q.text.split()[-1:] and q.text.split()[-1] in _AMONG
             else doc.text[q.end:q.end + 8].split()[:1])  # ("اثنان منهم" is one span)
    for x in qs:
        gap = doc.text[x.end:q.start].split() if x.category == q.category and x.end <= q.start else None
        if gap is None:
            continue
        if (gap and len(gap) <= _PART_GAP and any(w in _AMONG for w in gap)) or (
                gap and gap[-1] in _AMONG and len(gap) <= 2 * _PART_GAP) or (after and after[0] in _AMONG):
            return True  # ("عدد قتلى النظام بينهم 12 ضابطا، اثنان منهم برتبة عميد")
    return False


# "سقوط 28 قتيلا – 17 متمردا و11 عنصرا من القوات الموالية – وعشرات الجرحى", "(…)": numbers in
# a closed aside right after a count break that count down by side; they are no count of their own
_ASIDES = {"–": "–", "—": "—", "-": "-", "(": ")"}
_ASIDE_REACH = 80  # characters from the aside's opening to its close


def _in_breakdown(doc: Document, q) -> bool:
    """Does `q` stand in a dash or bracket aside that opens with a number right after another
    quantity and closes again?"""
    for x in doc.quantities:
        if not x.end <= q.start <= x.end + _ASIDE_REACH:
            continue
        gap = doc.text[x.end:x.end + 3].lstrip(" \u00a0")
        opener = gap[:1]
        if opener not in _ASIDES:
            continue
        first = x.end + doc.text[x.end:].index(opener) + 1
        inner = doc.text[first:q.start]
        close = doc.text.find(_ASIDES[opener], q.end, x.end + _ASIDE_REACH)
        if (close >= 0 and opener not in inner and not any(c in inner for c in ".،:؛")
                and any(y.start == first + len(inner) - len(inner.lstrip()) for y in doc.quantities)):
            return True
    return False


_AMONG = frozenset({"بينهم", "منهم", "ومنهم", "وبينهم", "بينهن", "منهن", "بينها", "منها"})
_PART_GAP = 3


def _coordinated(doc: Document, q, same: list) -> list:
    """`q` and the same-category quantities chained to it by a bare "و"."""
    chain = sorted(same, key=lambda x: x.start)
    i = chain.index(q)
    lo = hi = i
    while lo > 0 and _and_between(doc, chain[lo - 1], chain[lo]):
        lo -= 1
    while hi + 1 < len(chain) and _and_between(doc, chain[hi], chain[hi + 1]):
        hi += 1
    return chain[lo:hi + 1]


def _and_between(doc: Document, a, b) -> bool:
    gap = doc.text[a.end:b.start].strip()
    return gap == "و" or (gap == "" and doc.text[b.start:b.start + 1] == "و")
