"""Folding one mention into the record of its happening: `absorb` (another report of it: the
strongest trigger leads, the best date and finest place win, counts and roles are joined) and
`absorb_anaphor` (a back-reference: it adds what it says, not its guessed place or date)."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from rasd.model.record import Event
from rasd.stages.event_merge_same import arrest_in_raid, blast, blast_of_strike, km, places_agree
from rasd.text import norm_key

REFINE_KM = 60.0  # how far a target named after "استهدف الهجوم" may lie from the attack's place


def _better_date(a: Event, b: Event) -> Event:
    """The record whose date is the more informative (a day beats a week beats nothing)."""
    rank = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    return b if rank.get(b.time_precision, 4) < rank.get(a.time_precision, 4) else a


def _finer_place(a: Event, b: Event) -> Event:
    if a.place is None:
        return b
    if b.place is None:
        return a
    return b if (b.geo_precision or 5) < (a.geo_precision or 5) else a


def _party(arg) -> str:
    return arg.entity or norm_key(arg.text)


# a party named as the owner of positions ("مواقع عسكرية للنظام", "ثكنات للجيش") is where
# the blow fell: the target, whatever another mention made of it
POSITION_NOUNS = ("مواقع", "موقع", "تمركز", "تمركزات", "ثكنات", "ثكنة", "مقر", "مقرات",
                  "معاقل", "تجمعات", "مراكز")
WEAPON_MODES = frozenset({"airstrike", "shelling", "bombing"})


def _owned_position(arg, ev: Event) -> bool:
    sent = ev.sentence
    if sent is None or not sent.start <= arg.start <= sent.start + len(sent.text):
        return False
    before = norm_key(sent.text[max(0, arg.start - sent.start - 25):arg.start - sent.start])
    return any(w in before.split()[-3:] for w in map(norm_key, POSITION_NOUNS))


def _two_sided(keep: Event, other: Event) -> bool:
    """Mentions where a party in both lists is no sign of a misread role: a strike merged
    with an act of another mode ("تكثيف داعش هجومه" … "ضربة جوية على منطقة كان مقاتلو
    داعش") may hit the other act's doer, and in clashes ("اشتبكت مع النصرة") each side
    fights the other."""
    if keep.mode == other.mode == "clash":
        return True
    return keep.mode != other.mode and bool({keep.mode, other.mode} & WEAPON_MODES)


def _one_side(actors: list, targets: list, keep: Event, other: Event, lead: Event) -> tuple[list, list]:
    """A party may fight on one side only: where mentions of two modes put it in both lists
    ("فجر نفسه" … "تبادل إطلاق النار" both naming "الحرس الوطني"), it keeps the role the
    leading mention gives it (the target of "ضربة جوية على … مقاتلو داعش"), else the doer's."""
    both = {_party(a) for a in actors} & {_party(t) for t in targets}
    # (one a mention already holds on both sides came from two clash reports: left as it is)
    both -= {p for e in (keep, other) for p in {_party(a) for a in e.actors} & {_party(t) for t in e.targets}}
    if not both:
        return actors, targets
    struck = both & ({_party(t) for t in lead.targets} - {_party(a) for a in lead.actors})
    freed = both - struck
    return ([a for a in actors if _party(a) not in struck],
            [t for t in targets if _party(t) not in freed])


def _merged_roles(keep: Event, other: Event, lead: Event | None = None) -> tuple[list, list]:
    """Actors and targets of two mentions of one happening. Each mention fills a role the other
    lacks, so one party can land in both ("مواجهات مع قوات الاحتلال" … "اقتحمت قوات
    الاحتلال"): the act names its doer, so the party stays an actor and leaves the targets —
    unless a mention that names its own doer makes the kept actor its target ("تفجير …
    الحشد الشعبي" … "انتحاريان فجرا نفسيهما … الحشد الشعبي"): that doer is taken. The
    owner of struck positions, and the party a protest is aimed at ("السلطات"), stay targets."""
    actors, targets = keep.actors or other.actors, keep.targets or other.targets
    if _two_sided(keep, other):
        # (two clash reports keep both lists: a party emptied from one would let a later,
        # looser merge fill it with another fight's sides)
        if keep.mode == other.mode:
            return actors, targets
        return _one_side(actors, targets, keep, other, lead or keep)
    aimed = {_party(t) for t in other.targets}
    if targets is other.targets and other.actors and any(_party(a) in aimed for a in actors):
        actors = other.actors
    held = {_party(t) for t in targets
            if keep.type == "PROTEST" or any(_owned_position(t, e) for e in (keep, other))}
    actors = [a for a in actors if _party(a) not in held]
    doers = {_party(a) for a in actors}
    return actors, [t for t in targets if _party(t) not in doers]


# how far (characters, a few sentences) a toll told beside another kind of happening reaches
BACKGROUND_TOLL_REACH = 1000


def _own_counts(ev: Event, lead: Event, shared: frozenset) -> dict:
    """The counts `ev` gives a merged record led by `lead`: not a background toll (one also
    counted by a mention of another type, `shared`) told far from the lead's sentence — "جاء
    مقتل رزان بعد أسابيع من مسيرات العودة … وقتل فيها 123" does not count the rockets fired
    paragraphs later."""
    if ev is lead or ev.sentence is None or lead.sentence is None:
        return dict(ev.counts)
    far = abs(ev.sentence.start - lead.sentence.start) > BACKGROUND_TOLL_REACH
    return {cat: c for cat, c in ev.counts.items() if not (far and c.quantity in shared)}


def shared_tolls(events: Sequence[Event]) -> frozenset:
    """Quantities counted by mentions of different types ("مقتل رزان" and "مسيرات العودة" both
    take "وقتل فيها 123"): a toll that may be the background's, not the act's."""
    seen: dict[str, set] = {}
    for ev in events:
        for c in ev.counts.values():
            if c.quantity:
                seen.setdefault(c.quantity, set()).add(ev.type)
    return frozenset(q for q, kinds in seen.items() if len(kinds) > 1)


def absorb(keep: Event, other: Event, strength: dict[str, int], shared: frozenset = frozenset(),
           risen: frozenset = frozenset()) -> Event:
    lead = keep if strength.get(keep.id, 0) >= strength.get(other.id, 0) else other
    if blast(lead) and blast_of_strike(keep, other):
        lead = other if lead is keep else keep  # the strike is the act, the blasts its sound
    arrest = arrest_in_raid(keep, other)
    lead = arrest or lead  # the arrest is the act, the raid its setting
    dated = _better_date(keep, other)
    # (the arrest's own place: "في مداهمات في مناطق مختلفة من فرنسا" names no one town)
    placed = arrest if arrest is not None and arrest.place is not None else _finer_place(keep, other)
    counts = _own_counts(other, lead, shared)
    counts.update(_own_counts(keep, lead, shared))
    actors, targets = _merged_roles(keep, other, lead)
    counts = _risen(_prefer_exact(counts, keep.counts, other.counts), keep, other, risen)
    merged = replace(lead, counts=counts,
                     date=dated.date, date_end=dated.date_end,
                     time_precision=dated.time_precision, time=dated.time,
                     place=placed.place, geo_precision=placed.geo_precision,
                     actors=actors, targets=targets,
                     # the first report's voice: a later mention in someone's comment
                     # ("وقال الدكتور … في تغريدته") does not become the event's source
                     source=keep.source, hedged=keep.hedged, id=keep.id,
                     confidence=max(keep.confidence or 0, other.confidence or 0))
    strength[keep.id] = max(strength.get(keep.id, 0), strength.get(other.id, 0))
    return merged


def _plural(trigger_text: str) -> bool:
    return trigger_text.rstrip().replace("ة", "ه").endswith("ات")


def _risen(counts: dict, keep: Event, other: Event, risen: frozenset) -> dict:
    """An updated toll told later ("وارتفعت حصيلة قتلى التفجير إلى سبعة", `risen`: its quantity
    ids) replaces the first report's count of the same happening (5 → 7: one record, the toll
    as it stands); the latest one wins."""
    if not risen:
        return counts
    out = dict(counts)
    for ev in sorted((keep, other), key=lambda e: e.trigger.start):
        out.update({cat: c for cat, c in ev.counts.items() if c.quantity in risen})
    return out


def _prefer_exact(counts: dict, first: dict, second: dict) -> dict:
    """Where two mentions count the same category, a precise figure beats a vague one."""
    out = dict(counts)
    for cat, c in out.items():
        alt = second.get(cat) if first.get(cat) is c else first.get(cat)
        if alt is not None and c.qualifier == "vague" and alt.qualifier != "vague":
            out[cat] = alt
    return out


def _refined_place(keep: Event, other: Event, where: dict[str, tuple] | None) -> tuple[str | None, int | None]:
    """The back-reference's place when it is finer than the kept one and near it ("لهجوم
    صاروخي بالقرب من مدينة حمص" … "واستهدف الهجوم قاعدة الشعيرات"), else the kept place."""
    here, there = (where or {}).get(keep.place or ""), (where or {}).get(other.place or "")
    finer = (other.geo_precision or 5) < (keep.geo_precision or 5)
    if here and there and finer and here[2] == there[2] and km(here, there) <= REFINE_KM:
        return other.place, other.geo_precision
    return keep.place, keep.geo_precision


def absorb_anaphor(keep: Event, other: Event, where: dict[str, tuple] | None = None, *,
                   refine: bool = False, told: frozenset = frozenset(), risen: frozenset = frozenset()) -> Event:
    """A back-reference adds what it says (counts, source) but not its guessed place or date
    (unless it `refine`s the place: a target named after "استهدف الهجوم"). What it tells in its
    own sentence (`told`: its id with "place"/"day") does refine a report that had only a
    country or province and the publication date: "غارات … في شمال العراق. وقال مسؤول إن
    الغارات استهدفت قرية سيدكان يوم الجمعة الماضي" is the strike on that village that day."""
    counts = dict(other.counts)
    counts.update(keep.counts)
    # its source stays out: a back-reference inside commentary ("استهداف رجال الأمن …"
    # in someone's tweet) does not make the commentator the event's source; a plural one
    # ("الهجمات التي قتلت العشرات") sums a series, so its counts stay out too — unless the
    # attack it refers to is itself told in the plural ("ووقعت اشتباكات … وقتل ثلاثة ضباط في
    # الاشتباكات": the toll of those clashes; not protests, whose plural is often a season)
    if _plural(other.trigger.text) and not (keep.type == "ASSAULT" and _plural(keep.trigger.text)):
        counts = dict(keep.counts)
    place, precision = _refined_place(keep, other, where) if refine else (keep.place, keep.geo_precision)
    # (only one naming the same kind of act: "نفى … أي هجوم كيمياوي في دوما" names the attack
    # the strikes answered, not where they fell)
    same_act = other.mode == keep.mode
    if (same_act and (other.id, "place") in told and (keep.id, "coarse") in told
            and _coarse_holds(keep, other, where)):
        place, precision = other.place, other.geo_precision
    actors, targets = _merged_roles(keep, other)
    if _plural(other.trigger.text) and not (keep.type == "ASSAULT" and _plural(keep.trigger.text)):
        risen = frozenset()  # (a series' toll stays out, risen or not)
    counts = _risen(_prefer_exact(counts, keep.counts, other.counts), keep, other, risen)
    merged = replace(keep, counts=counts, place=place,
                     geo_precision=precision, actors=actors, targets=targets)
    if (same_act and (other.id, "day") in told and keep.time is None
            and keep.time_precision in ("week", "unknown")):
        merged = replace(merged, date=other.date, date_end=other.date_end,
                         time_precision=other.time_precision, time=other.time)
    return merged


def _coarse_holds(keep: Event, other: Event, where: dict[str, tuple] | None) -> bool:
    """The kept place is only a province or country and holds the back-reference's finer one."""
    if keep.place is None or other.place is None or (keep.geo_precision or 0) < 3:
        return False
    finer = (other.geo_precision or 5) < (keep.geo_precision or 5)
    return finer and places_agree(keep, other, where or {})
