"""Event rules for borderline cases (SPEC §2.6, §2.7, §3): verbal nouns, participles, series
nouns, speaker = actor, and which places a following sentence may inherit."""
from __future__ import annotations

from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages import event_args as args
from rasd.stages.event_detect import Trigger, candidates
from rasd.text import norm_key


def _words_between(tokens: list, a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for t in tokens if lo <= t.start and t.end <= hi)


def nominal(tok) -> bool:
    """A verbal noun, not a verb: with the article (الاتهامات), or a derived-form masdar
    (افتعال/استفعال: اتهام، استنكار) carrying a possessive suffix (اتهامه)."""
    kinds = {seg.kind for seg in tok.segments}
    if "article" in kinds:
        return True
    stem = tok.stem.norm
    return "suffix" in kinds and len(stem) >= 5 and stem[0] == "ا" and stem[-2] == "ا"


def same_as_actor(source, actors: list) -> bool:
    """The source is one of the actors: the same entity, the same name, or overlapping spans."""
    name = norm_key(source.text)
    for a in actors:
        span = a.span
        if (source.entity and span.entity == source.entity) or norm_key(span.text) == name:
            return True
        if source.start < span.end and span.start < source.end:
            return True
    return False


# Participles and adjectives name the people who fled, not a dated act of fleeing.
_PEOPLE_FORMS = frozenset({"هاربين", "هاربون", "فارين", "فارون", "نازحين", "نازحون"})


def describes_people(tokens: list, trig: Trigger) -> bool:
    return trig.type == "DISPLACE" and bool(_PEOPLE_FORMS & set(candidates(tokens[trig.first].norm)))


def adjacent(tokens: list, trig: Trigger, t, reach: int = 4) -> bool:
    """The time expression lies within `reach` words of the trigger."""
    return _words_between(tokens, min(trig.end, t.end), max(trig.start, t.start)) <= reach


def inherited_precision(place: Place | None, *, inherited: bool) -> int | None:
    """A place taken from the previous sentence only says the happening was in that area
    (SPEC §3: the flight "from the same area" is معرة النعمان with geo_precision 2)."""
    if place is None:
        return None
    gp = args.geo_precision(place)
    return max(gp, 2) if inherited and gp is not None else gp


def series(doc: Document, sent: Span, tokens: list, trig: Trigger, starts: list[int]) -> bool:
    """"عانت المملكة من التطرف والتفجيرات": a definite plural event noun with no date in its
    sentence and no place after it names a kind of happening or a series, not one (SPEC §2.7)."""
    tok = tokens[trig.first]
    stem = tok.stem.norm
    plural = stem.endswith("ات") and any(seg.kind == "article" for seg in tok.segments)
    dated = any(sent.start <= t.start < sent.end and t.type in ("date", "range") for t in doc.times)
    return plural and trig.first == trig.last and not dated and not any(p > trig.start for p in starts)


def context_places(doc: Document, tokens: list, sent: Span) -> list[Place]:
    """The places a sentence says something happened at, for the next sentence to inherit:
    not the dateline ("إدلب -") nor a container after a direction ("جنوب إدلب"), unless
    the sentence names nothing else (SPEC §3: the flight is from معرة النعمان)."""
    found = args.place_mentions(doc, tokens, sent)
    own = [p for m, p in found if not is_dateline(doc, m) and not after_direction(doc, m)]
    return own or [p for _, p in found]


def is_dateline(doc: Document, m) -> bool:
    return doc.text[m.end:m.end + 2].strip()[:1] in ("-", "–", ":")


def after_direction(doc: Document, m) -> bool:
    before = doc.text[max(0, m.start - 12):m.start].split()
    return bool(before) and args._bare(norm_key(before[-1])) in args._DIRECTIONS
