"""Mentions of an event's sentence (SPEC §2.6): the per-document index of entity mentions, clause
bounds, relative clauses, the place mentions of a span and their grouping into chains, and the
word lists of reporting verbs and complementisers the argument modules share.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

from rasd.lang.lexicon import complementisers, reporting_verbs
from rasd.lang.words import RELATIVES  # (read from here by the event modules)
from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages.event_detect import candidates
from rasd.stages.event_filters import DAY_WORDS
from rasd.stages.name_mentions import Mention, name_mentions
from rasd.text.conj import without_conjunction

CLAUSE_BREAKS = frozenset({",", ";", ".", ":", "!", "?", "،", "؛"})
# reporting verbs and complementisers (normalised, ة folded), read by the place and date rules
SAYING = reporting_verbs(fold_taa=True)
THAT = complementisers(fold_taa=True)
# A LOC right after one of these is an institution's owner ("حكومة السودان") or a coalition's
# leader ("غارات التحالف بقيادة السعودية" hit Yemen), not a place.
INSTITUTION = frozenset({"حكومه", "وزاره", "جيش", "رئيس", "ملك", "سفير", "سفاره", "خارجيه", "قوات",
                         "وزير", "امير", "رئاسه", "برلمان", "سلطات", "قياده", "زعامه"})
# A LOC right after one of these is part of a thing's name — a weapon's model ("صواريخ من طراز
# الجولان"), a treaty ("بموجب اتفاقية روما") — not where anything happens.
_NAME_HEADS = frozenset({"طراز", "اتفاقيه", "معاهده", "ميثاق", "بروتوكول"})
DIRECTIONS = frozenset({"جنوب", "شمال", "شرق", "غرب", "ريف", "قرب", "جنوبي", "شمالي", "شرقي",
                        "غربي", "وسط", "اطراف", "ضواحي", "محيط"})
DESCRIPTORS = frozenset({"في", "منطقه", "مدينه", "بلده", "قريه", "حي", "محافظه", "ولايه", "قضاء",
                         "ناحيه", "مديريه", "مخيم", "مطار", "بمحافظه", "بمدينه", "مركز"})


INDEX = "events.index"  # doc.extras key of the per-document index (while the stage runs)


@dataclass(frozen=True)
class _Index:
    mentions: tuple[Mention, ...]  # every mention, stably sorted by start
    starts: tuple[int, ...]
    by_entity: dict[str, Place]
    # (span start, end) → (tokens, place_mentions answer): a sentence's places are asked for
    # its context, its triggers and each event; the tokens object is kept and compared
    places_in: dict = field(default_factory=dict)
    # per-document answers of other rules, by rule name (event_actors_named.titled_code)
    memo: dict = field(default_factory=dict)


def index_document(doc: Document) -> None:
    """Sort the mentions and map the places once for the events stage's many window queries;
    the stage drops the index (`unindex_document`) when it is done, so later edits to the
    entities or places are never answered from a stale copy."""
    ms = tuple(name_mentions(doc))
    doc.extras[INDEX] = _Index(ms, tuple(m.start for m in ms),
                               {p.entity: p for p in doc.places if p.entity})


def unindex_document(doc: Document) -> None:
    doc.extras.pop(INDEX, None)


def document_memo(doc: Document, name: str, compute):
    """`compute(doc)`, kept on the stage's per-document index under `name` while the stage runs
    (computed afresh when the document is not indexed)."""
    index = doc.extras.get(INDEX)
    if index is None:
        return compute(doc)
    hit = index.memo.get(name)
    if hit is None:
        hit = index.memo[name] = compute(doc)
    return hit


def mentions_in(doc: Document, span: Span) -> list[Mention]:
    """Mentions inside `span`, by start (ties in entity order)."""
    index = doc.extras.get(INDEX)
    if index is None:
        return [m for m in name_mentions(doc) if span.start <= m.start and m.end <= span.end]
    lo = bisect.bisect_left(index.starts, span.start)
    hi = bisect.bisect_right(index.starts, span.end)
    return [m for m in index.mentions[lo:hi] if m.end <= span.end]


def places_by_entity(doc: Document) -> dict[str, Place]:
    """Entity id → its place (from the per-document index when it is built)."""
    index = doc.extras.get(INDEX)
    return index.by_entity if index is not None else {p.entity: p for p in doc.places if p.entity}


def clause_bounds(tokens: Sequence, first: int, last: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around tokens first..last (split at punctuation)."""
    lo = first
    while lo > 0 and tokens[lo - 1].norm not in CLAUSE_BREAKS:
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and tokens[hi].norm not in CLAUSE_BREAKS:
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
    index = doc.extras.get(INDEX)
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
        if _prev_key(doc, tokens, m.start) in INSTITUTION | _NAME_HEADS:
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
        if _located_in(doc, gap, m):
            groups[-1].append((m, p))  # "حي كلابة والشماسي والروضة في مدينة تعز": the container
        elif _joined(doc, gap, m):
            if len(gap) > 7:
                break
            groups.append([(m, p)])
        elif gap and (bare_word(gap[0].norm) in DIRECTIONS
                      or all(bare_word(t.norm) in DESCRIPTORS for t in gap)):  # lazy: gaps run long
            groups[-1].append((m, p))  # "معرة النعمان جنوب إدلب": the container
        else:
            break
    return groups


def _located_in(doc: Document, gap: Sequence, m: Mention) -> bool:
    """"حي كلابة والشماسي والروضة في مدينة تعز": a place behind في (or بـ) with only descriptor
    words before it, after names the gazetteer did not place, is where the chain lies — not one
    more place joined to it (the gap opening with "والشماسي" read as coordination)."""
    k = len(gap)
    while k and _descriptor(gap[k - 1].norm):
        k -= 1
    if k == 0 or k == len(gap) and doc.text[m.start - 1:m.start] != "ب":
        return False  # no names between (the container rule's case), or no locative before it
    if not all(t.norm[:1] == "و" and len(t.norm) > 3 for t in gap[:k]):
        # only one-word names joined by و: not "، وأكاديمية الملك عبدالله في جازان" (an item of
        # a list, with its own town), nor "على مواقع في الجولان"
        return False
    tail = [t.norm for t in gap[k:]]
    return doc.text[m.start - 1:m.start] == "ب" or "في" in tail or any(w.startswith("ب") for w in tail)


def _descriptor(norm: str) -> bool:
    return bare_word(norm).replace("ة", "ه") in DESCRIPTORS


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
    w = without_conjunction(norm)
    return w[1:] if len(w) > 3 and w[0] in "بل" and not w.startswith("ال") else w


# "أما في الناصرية فقد …", "وفي البصرة، …": a place that opens the sentence frames all of it
_FRAME_OPENERS = frozenset({"في", "وفي", "ففي"})
_FRAME_TOPIC = frozenset({"اما", "واما"})


def opening_frame(tokens: Sequence, m) -> bool:
    """The mention is the place the sentence opens with ("أما في الديوانية فقد تصدت …
    للمتظاهرين، فقتلت …", "وفي مدينة البصرة، …"): where everything it tells happened, whatever
    other act shares its first clause."""
    words = [t.norm for t in tokens if t.end <= m.start]
    if words[:1] and words[0] in _FRAME_TOPIC:
        words = words[1:]
    return bool(words) and words[0] in _FRAME_OPENERS and all(w in DESCRIPTORS for w in words[1:])


def relative_between(tokens: Sequence, a: int, b: int) -> bool:
    """"أدانت تونس التفجيرات التي جدت في العراق": a place in a relative clause about a
    statement's object tells where that happened, not where the statement was made; also one
    joined by و ("رفضت سوريا الدعوات …، والتي خرجت من واشنطن")."""
    return any(a <= t.start < b and (t.norm in _REL_BETWEEN or t.norm[:1] == "و" and t.norm[1:] in _REL_BETWEEN)
               for t in tokens)


_REL_BETWEEN = frozenset({"التي", "الذي", "الذين"})


def in_aside_relative(tokens: Sequence, m) -> bool:
    """Is the mention inside a relative clause set off by a comma ("صور الشهيد علي دوابشة، الذي
    أحرق حيا … في قرية دوما في الضفة الغربية،")? Such an aside describes someone or something
    named before it; what it tells happened elsewhere or earlier."""
    k = next((i for i, tok in enumerate(tokens) if tok.start <= m.start < tok.end or tok.start >= m.start), None)
    if k is None:
        return False
    lo, _hi = clause_bounds(tokens, k, k)
    return lo > 0 and tokens[lo].norm in RELATIVES and tokens[lo - 1].norm in _COMMAS


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
