"""One record per happening inside an article (SPEC §2.6): mentions of the same event merge.

Two events are the same happening when they have the same type, the same place (or neither
has one), dates that do not conflict and actors that do not conflict. The merged record keeps
the strongest trigger as evidence and the union of counts and arguments.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import Sequence

from rasd.gazetteer.countries import country_centroids, country_points
from rasd.model.record import Event
from rasd.stages.event_detect import Trigger
from rasd.stages.event_filter_words import PARTICIPANTS
from rasd.stages.numbers import parse_number
from rasd.text import norm_key

REGION_KM = 100.0  # how far a province-level place without its province reaches
NEAR_KM = 30.0
REFINE_KM = 60.0  # how far a target named after "استهدف الهجوم" may lie from the attack's place
# ASSAULT mode cues in the sentence, strongest first: the weapon decides the mode.
MODE_CUES = (("airstrike", ("طائرات", "مقاتلات", "الطيران", "طائره", "غاره", "غارات",
                            "الجوي", "جويه", "جوي ")),  # (not جويلية, July; a drone is a "طائرة
             # مسيرة": "مسيرة/مسيرات" alone is as often a march, "مسيرات العودة")
             ("bombing", ("مفخخ", "عبوه", "ناسف", "انتحاري", "تفجير")),
             ("shelling", ("قذائف", "قذيفه", "مدفعي", "هاون", "صاروخ", "صواريخ", "راجمات")),
             ("clash", ("اشتباك", "معارك", "مواجهات")),
             ("shooting", ("رصاص", "النار", "قناص")))


def refine_mode(trig: Trigger, sentence_key: str) -> str | None:
    """A generic ASSAULT trigger (هجوم، استهدف، قصف) takes its mode from the weapon named."""
    if trig.type != "ASSAULT" or trig.mode not in ("other", "shelling", "killing"):
        return trig.mode
    for mode, cues in MODE_CUES:
        if any(c in sentence_key for c in cues):
            if trig.mode == "killing" and mode in ("clash", "shooting"):
                return trig.mode
            return mode if trig.mode != "shelling" or mode == "airstrike" else trig.mode
    return trig.mode


CAMEO = {"ASSAULT": "190", "PROTEST": "140", "COERCE": "170", "DISPLACE": None, "MOBILIZE": "150",
         "RETREAT": "080", "THREATEN": "130", "ACCUSE": "112", "REQUEST": "100", "REJECT": "120",
         "AGREE": "057", "CONSULT": "040", "SUPPORT": "051", "COOPERATE": "060", "AID": "070",
         "SANCTION": "160", "CONCEDE": "080"}
CAMEO_MODE = {"airstrike": "195", "shelling": "195", "bombing": "183", "clash": "190",
              "shooting": "180", "killing": "186", "abduction": "181", "sexual": "1821",
              "demonstration": "141", "riot": "145", "strike": "143", "sit-in": "143",
              "hunger-strike": "142", "arrest": "173", "raid": "171", "seizure": "171",
              "restriction": "174", "demolition": "171", "deportation": "174", "censorship": "174",
              "withdrawal": "087", "release": "084", "surrender": "084", "easing": "081",
              "ceasefire": "0871", "deal": "057", "meeting": "043", "visit": "042", "call": "040",
              "negotiation": "046", "humanitarian": "073", "military": "074", "economic": "071"}
ACLED = {"airstrike": "Explosions/Remote violence: Air/drone strike",
         "shelling": "Explosions/Remote violence: Shelling/artillery/missile attack",
         "bombing": "Explosions/Remote violence: Remote explosive/landmine/IED",
         "clash": "Battles: Armed clash", "shooting": "Violence against civilians: Attack",
         "killing": "Violence against civilians: Attack",
         "abduction": "Violence against civilians: Abduction/forced disappearance",
         "sexual": "Violence against civilians: Sexual violence",
         "demonstration": "Protests: Peaceful protest", "strike": "Protests: Peaceful protest",
         "sit-in": "Protests: Peaceful protest", "hunger-strike": "Protests: Peaceful protest",
         "riot": "Riots: Violent demonstration", "arrest": "Strategic developments: Arrests",
         "demolition": "Strategic developments: Looting/property destruction",
         "ceasefire": "Strategic developments: Agreement", "deal": "Strategic developments: Agreement"}


def codes(etype: str, mode: str | None) -> dict:
    acled = ACLED.get(mode or "")
    if acled is None and etype in ("MOBILIZE", "COERCE", "RETREAT"):
        acled = "Strategic developments: Other"
    return {"plover": etype, "acled": acled, "cameo": CAMEO_MODE.get(mode or "") or CAMEO.get(etype)}


def _dates_agree(a: Event, b: Event) -> bool:
    """Dates that may name one happening: equal days, the same month, or a day inside a week
    (with a day's slack): a week range ("الأسبوع الماضي": date … date_end) or the week before
    a publication date given as the date of just-reported news (SPEC §2.6), or a day inside a
    range of days (a night between two weekdays); an unknown date agrees with any."""
    if a.date is None or b.date is None:
        return True
    if "month" in (a.time_precision, b.time_precision) or "year" in (a.time_precision, b.time_precision):
        return a.date[:7] == b.date[:7] or a.date[:4] == b.date[:4] == b.date
    try:
        da, db = dt.date.fromisoformat(a.date[:10]), dt.date.fromisoformat(b.date[:10])
        if da == db:
            return True
        return any(_in_week(w, d) for w, d in ((a, db), (b, da)) if w.time_precision == "week") \
            or any(_in_days(r, d) for r, d in ((a, db), (b, da)) if r.time_precision == "day")
    except ValueError:
        return a.date == b.date


def _in_week(week: Event, day: dt.date) -> bool:
    """Is `day` within a day of the week `week` stands for?"""
    start = dt.date.fromisoformat(week.date[:10])
    if week.date_end:  # a week range, "الأسبوع الماضي"
        lo, hi = start, dt.date.fromisoformat(week.date_end[:10])
    else:  # the publication date of just-reported news: the week before it
        lo, hi = start - dt.timedelta(days=6), start
    return lo - dt.timedelta(days=1) <= day <= hi + dt.timedelta(days=1)


def _in_days(span: Event, day: dt.date) -> bool:
    """Is `day` one of the days a day range ("ليل الاثنين الثلاثاء": date … date_end) covers?
    A single day (no date_end) covers only itself, already compared."""
    if not span.date_end:
        return False
    lo, hi = dt.date.fromisoformat(span.date[:10]), dt.date.fromisoformat(span.date_end[:10])
    return lo <= day <= hi


def _names(ev: Event) -> set[str]:
    return {a.entity or a.text for a in ev.actors}


# deployments are told apart by who deploys, so MOBILIZE keeps the strict rule
PHYSICAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "DISPLACE", "RETREAT"})


def _actors_agree(a: Event, b: Event) -> bool:
    """Actors that do not conflict. For physical happenings only named actors count: a bare
    nominal ("القوات", "الميليشيات") is too often the wrong phrase of the sentence (a
    spokesman's title) to keep two mentions of one attack apart — when they name the same mode
    (a shelling and an assault nearby stay apart). Statements and meetings are
    told apart by who speaks, nominal or named ("نائب الرئيس" ≠ "المهدي"). A bare "هجوم"
    (mode "other") names no means, so the lone attacker of the bombing it was ("انتحاري") is no
    other party: "أعلنت الجماعة مسؤوليتها عن الهجوم" … "الهجوم الانتحاري" is one attack."""
    names = _named if a.type in PHYSICAL and a.mode == b.mode else _names
    if a.type in PHYSICAL and a.mode != b.mode and "other" in (a.mode, b.mode):
        names = _parties
    na, nb = names(a), names(b)
    return not na or not nb or bool(na & nb)


# the one who carried an attack out, not a side: "انتحاري", "المهاجم", "انتحاريتان"
_LONE_ATTACKERS = ("انتحاري", "مهاجم")


def _parties(ev: Event) -> set[str]:
    """The event's actors less the bare words for its lone attacker."""
    return {a.entity or a.text for a in ev.actors
            if a.entity or not norm_key(a.text).removeprefix("ال").startswith(_LONE_ATTACKERS)}


def _counts_agree(a: Event, b: Event) -> bool:
    """"تفجير … مقتل 32" and "قتل اثنين من رجال الشرطة" in one month and town: two exact,
    different tolls of different kinds of attack are two happenings."""
    if a.mode == b.mode:
        return True
    for cat, ca in a.counts.items():
        cb = b.counts.get(cat)
        if cb is not None and ca.qualifier == cb.qualifier == "exact" and ca.value != cb.value:
            return False
    return True


def _named(ev: Event) -> set[str]:
    return {a.entity for a in ev.actors if a.entity}


def _km(p: tuple, q: tuple) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _places_agree(a: Event, b: Event, where: dict) -> bool:
    if a.place is None and b.place is None:  # only the type ties them: need one sentence or actor,
        # or the same kind of act on the same day ("أفرجت السلطات السبت عن أربعين" … "ومن السجناء
        # الذين أفرج عنهم السبت")
        return a.sentence == b.sentence or bool(_names(a) & _names(b)) or _same_day_act(a, b)
    if a.place == b.place or a.place is None or b.place is None:
        return True
    pa, pb = where.get(a.place), where.get(b.place)
    if pa is None or pb is None:
        return False
    if _km(pa, pb) <= NEAR_KM:
        return True
    # a country holds the town named elsewhere ("أفغانستان" / "مطار كابول"), a province the
    # towns in it (Hama province does not hold Aleppo)
    coarse = max(a.geo_precision or 0, b.geo_precision or 0)
    if coarse < 3 or pa[2] is None or pa[2] != pb[2]:
        return False
    a1, b1 = _admin1(pa), _admin1(pb)
    if not (_on_its_side(pa, pb) and _on_its_side(pb, pa)):
        return False  # "بشمال أفغانستان" does not hold خوست, south-east of the country's point
    whole = any(str(x).startswith(WHOLE_COUNTRY) for x in (a1, b1))
    if coarse >= 4 or whole or (a1 is not None and a1 == b1):
        return True
    # a region whose province is unknown ("الضالع" read as a region) holds only what lies near
    # it, not every town of its country (the Dhale strikes are not the shelling of Aden)
    return (a1 is None or b1 is None) and _km(pa, pb) <= REGION_KM


# the admin1 of a `where` entry for a part of a country named by the country ("في إقليمين جنوب
# شرق تركيا", placed at the country's point): it holds the country's towns, as the country does
WHOLE_COUNTRY = "*"


def country_wide(lat: float, lon: float, country: str | None) -> bool:
    """A region placed at its country's point (either convention) is a part named by the country."""
    points = (country_points().get(country or ""), country_centroids().get(country or ""))
    return any(q is not None and _km((lat, lon), q) <= _COUNTRY_POINT_KM for q in points)


_COUNTRY_POINT_KM = 50


def _same_day_act(a: Event, b: Event) -> bool:
    return (a.mode is not None and a.mode == b.mode and a.date is not None and a.date == b.date
            and a.time_precision == b.time_precision == "day")


# the sides a part of a country may name: a where-entry's admin1 is WHOLE_COUNTRY + these letters
SIDES = {"شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W"}
_SIDE_SLACK = 0.5  # degrees: a town just across the country's point still counts as on the side


def _on_its_side(region: tuple, other: tuple) -> bool:
    """A part of a country named by a side ("*N", "*SE") holds only what lies on that side of
    the country's point; any other entry holds all."""
    side = str(_admin1(region) or "")
    if not side.startswith(WHOLE_COUNTRY):
        return True
    dlat, dlon = other[0] - region[0], other[1] - region[1]
    tests = {"N": dlat > -_SIDE_SLACK, "S": dlat < _SIDE_SLACK, "E": dlon > -_SIDE_SLACK, "W": dlon < _SIDE_SLACK}
    return all(tests[c] for c in side[len(WHOLE_COUNTRY):])


def _admin1(point: tuple) -> str | None:
    """The province of a `where` entry (lat, lon, country[, admin1]); None when not known."""
    return point[3] if len(point) > 3 else None


# ground fighting (not "killing": "غارات على البلدة. وقتل 5 مدنيين" is the strikes' toll)
_GROUND_MODES = frozenset({"clash", "shooting", "abduction"})
# shelling and fighting, told in two sentences, are two acts ("ويقصفون الأحياء" … "معارك عنيفة
# اندلعت في ضواحي التحيتا"); strikes from the air and missiles may be one raid
_MEANS_MODES = frozenset({"shelling", "clash"})


def same_happening(a: Event, b: Event, where: dict | None = None, *,
                   outcome: bool = False, exact_day: bool = False) -> bool:
    """Same type, places equal or near (or one unknown), dates and actors that do not conflict.
    Events split from one trigger (a salvo on several places) never merge back. `exact_day`:
    known dates must be the same day (a day counted back from other news is not inside that
    news's week)."""
    if a.type != b.type or a.trigger == b.trigger:
        return False
    if (a.sentence is not None and a.sentence == b.sentence and a.mode != b.mode and not outcome
            and not _blast_of_strike(a, b) and not _killed_by(a, b) and _arrest_in_raid(a, b) is None
            and not _attack_told_by_its_act(a, b)):
        # "قصف الجيش موقعين رداً على إحراق معدات": two acts named in one sentence (an outcome
        # word — "قتل 17 وجرح 36" — is part of the act beside it)
        return False
    if a.sentence is not None and a.sentence == b.sentence and (a.date is None) != (b.date is None):
        return False  # "قصفت … أمس انتقاما لمقتل جنديين": the answered act is not dated by the news
    if {a.mode, b.mode} & {"airstrike"} and {a.mode, b.mode} & _GROUND_MODES:
        return False  # strikes from the air and fighting on the ground are told apart
    if (not outcome and a.sentence != b.sentence and a.mode != b.mode
            and {a.mode, b.mode} <= _MEANS_MODES):
        return False
    if (not outcome and a.sentence != b.sentence and a.mode != b.mode and _two_towns(a, b)
            and not _blast_of_strike(a, b)):
        return False  # "انفجرت سيارة مفخخة في الخالدية" … "وفي الرمادي، اندلعت معارك": two acts
    dates = (a.date == b.date or a.date is None or b.date is None) if exact_day else _dates_agree(a, b)
    return _places_agree(a, b, where or {}) and dates and _actors_agree(a, b) and _counts_agree(a, b)


def _attack_told_by_its_act(a: Event, b: Event) -> bool:
    """"هاجم مسلحون قرية … واختطفوا 27 شخصا": a bare attack (mode other) and what the same doers
    did in it, told in one sentence, are one act — the doers must be named in both."""
    if "other" not in (a.mode, b.mode) or a.type not in PHYSICAL:
        return False
    return bool(_doer_keys(a) & _doer_keys(b))


def _doer_keys(ev: Event) -> set[str]:
    return {a.entity or norm_key(a.text).removeprefix("ال") for a in ev.actors}


def _retold(keep: Event, ev: Event, where: dict | None) -> bool:
    """`ev`, dated only by the day of the sentence before it, retells `keep`: the same physical
    act and mode at the same place, apart only by that borrowed day ("أعلنت … حالة الطوارئ" … "كما
    قتل الأحد الماضي 5 عناصر" … "وأعاد إعلان حالة الطوارئ إلى توتر")."""
    return (keep.type in PHYSICAL and keep.mode == ev.mode and keep.place is not None
            and keep.place == ev.place and keep.sentence != ev.sentence
            and same_happening(keep, replace(ev, date=None, date_end=None), where))


# "اغتيال اللواء … في انفجار استهدف سيارته", "محاولة اغتيال مدير الأمن بانفجار": a killing and
# the means named right after it by في/بـ are one act
_MEANS_GAP = 120  # characters from the killing word to its means (past an apposition)


def _killed_by(a: Event, b: Event) -> bool:
    for kill, means in ((a, b), (b, a)):
        if kill.mode != "killing" or means.mode not in ("bombing", "shooting", "airstrike", "shelling", "clash"):
            continue
        if not 0 <= means.trigger.start - kill.trigger.end <= _MEANS_GAP or kill.sentence is None:
            continue
        before = kill.sentence.text[:means.trigger.start - kill.sentence.start]
        if before.split()[-1:] == ["في"] or before.endswith("ب") or (
                means.trigger.text.startswith("ب") and not means.trigger.text.startswith("بين")):
            return True
    return False


# "ألقي القبض على عشرة في مداهمات", "اعتقال خمسة خلال مداهمة لمبنى", "اعتقلت شابا بعد اقتحام
# منزله": a raid that frames the arrest told in its sentence is how the arrest was made — one act
_RAID_FRAMES = frozenset({"في", "خلال", "اثناء", "بعد", "اثر", "عقب", "ابان"})


def _arrest_in_raid(a: Event, b: Event) -> Event | None:
    """The arrest of the pair when the other is the raid it was made in, one sentence; else None."""
    for arrest, raid in ((a, b), (b, a)):
        if arrest.mode != "arrest" or raid.mode != "raid" or raid.sentence is None:
            continue
        if raid.sentence != arrest.sentence:
            continue
        words = norm_key(raid.sentence.text[:raid.trigger.start - raid.sentence.start]).split()[-2:]
        if words[-1:] and words[-1].isdigit() or _number_word(words[-1:]):
            words = words[:-1]  # "في ثلاث مداهمات"
        if words[-1:] and words[-1] in _RAID_FRAMES:
            return arrest
    return None


def _number_word(words: list[str]) -> bool:
    return bool(words) and parse_number(words[0]) is not None


def _two_towns(a: Event, b: Event) -> bool:
    """Each mention names its own town (or facility), and they differ."""
    return (a.place is not None and b.place is not None and a.place != b.place
            and a.geo_precision == b.geo_precision == 1)


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


# "هزت انفجارات عنيفة صنعاء … عقب غارات مركزة": blasts heard, with no device named, are what
# the strikes or shells beside them did (not "انفجار عبوة ناسفة بعد غارة")
_BLASTS = ("انفجار", "انفجر", "دوي")
_DEVICES = ("عبو", "ناسف", "مفخخ", "ملغوم", "انتحاري", "لغم", "حزام")


def _blast(ev: Event) -> bool:
    text = norm_key(ev.trigger.text)
    return (ev.mode == "bombing" and any(w in text for w in _BLASTS) and ev.sentence is not None
            and not any(w in norm_key(ev.sentence.text) for w in _DEVICES))


def _blast_of_strike(a: Event, b: Event) -> bool:
    return any(_blast(x) and y.mode in ("airstrike", "shelling") for x, y in ((a, b), (b, a)))


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


def _merged_roles(keep: Event, other: Event) -> tuple[list, list]:
    """Actors and targets of two mentions of one happening. Each mention fills a role the other
    lacks, so one party can land in both ("مواجهات مع قوات الاحتلال" … "اقتحمت قوات
    الاحتلال"): the act names its doer, so the party stays an actor and leaves the targets —
    unless a mention that names its own doer makes the kept actor its target ("تفجير …
    الحشد الشعبي" … "انتحاريان فجرا نفسيهما … الحشد الشعبي"): that doer is taken. The
    owner of struck positions, and the party a protest is aimed at ("السلطات"), stay targets."""
    actors, targets = keep.actors or other.actors, keep.targets or other.targets
    if _two_sided(keep, other):
        return actors, targets
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
    if _blast(lead) and _blast_of_strike(keep, other):
        lead = other if lead is keep else keep  # the strike is the act, the blasts its sound
    arrest = _arrest_in_raid(keep, other)
    lead = arrest or lead  # the arrest is the act, the raid its setting
    dated = _better_date(keep, other)
    # (the arrest's own place: "في مداهمات في مناطق مختلفة من فرنسا" names no one town)
    placed = arrest if arrest is not None and arrest.place is not None else _finer_place(keep, other)
    counts = _own_counts(other, lead, shared)
    counts.update(_own_counts(keep, lead, shared))
    actors, targets = _merged_roles(keep, other)
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
    if here and there and finer and here[2] == there[2] and _km(here, there) <= REFINE_KM:
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
    return finer and _places_agree(keep, other, where or {})


def merge_events(events: Sequence[Event], strength: dict[str, int] | None = None,
                 where: dict[str, tuple] | None = None, *,
                 anaphors: set[str] | frozenset[str] = frozenset(),
                 relative: set[str] | frozenset[str] = frozenset(),
                 separate: set[str] | frozenset[str] = frozenset(),
                 refining: set[str] | frozenset[str] = frozenset(),
                 told: frozenset = frozenset(), risen: frozenset = frozenset()) -> list[Event]:
    """Merge mentions of one happening; `strength` maps event id → trigger strength,
    `where` place id → (lat, lon, country, admin1); events in `anaphors` ("الهجوم") join the latest event of
    their type when there is one; events in `relative` were dated by counting back from other
    news and merge only with the same day; events in `separate` ("وفي هجوم منفصل") join none
    of an earlier sentence; a back-reference in `refining` may give a finer place nearby, and
    one in `told` ((id, "place"), (id, "day")) the place or day its own sentence names; one
    dated only by the sentence before it ((id, "borrowed")) may retell an act of another day; a
    count read from a quantity in `risen` (an updated toll) replaces the earlier report's."""
    strength = dict(strength or {})
    shared = shared_tolls(events)
    out: list[Event] = []
    pending: list[Event] = []  # back-references with nothing before them yet
    for ev in events:
        if ev.id in anaphors:
            prior = [i for i, k in enumerate(out) if k.type == ev.type and k.trigger != ev.trigger]
            j = _referent(out, prior, ev, where or {}, told) if prior else None
            if j == _BACKGROUND:
                continue
            if j is not None:
                out[j] = absorb_anaphor(out[j], ev, where, refine=ev.id in refining, told=told, risen=risen)
            elif prior:  # it names a town of its own, far from the happenings told before
                out.append(ev)
            else:
                pending.append(ev)
            continue
        # the latest mention of the same happening, one naming the same mode first
        # (a shelling report joins the shelling, not the arson reported in between)
        fits = [i for i in range(len(out) - 1, -1, -1)
                if (ev.id not in separate or out[i].sentence == ev.sentence) and same_happening(
            *_night_pair(out[i], ev, told), where,
            outcome=min(strength.get(out[i].id, 2), strength.get(ev.id, 2)) < 2,
            exact_day=out[i].id in relative or ev.id in relative)]
        fits.sort(key=lambda i: out[i].mode != ev.mode)
        if not fits and (ev.id, "borrowed") in told:
            fits = [i for i in range(len(out) - 1, -1, -1) if _retold(out[i], ev, where)]
        if fits:
            out[fits[0]] = absorb(out[fits[0]], ev, strength, shared, risen)
        else:
            out.append(ev)
    first_ref: dict[str, int] = {}  # type → the first unattached reference, kept as the event
    for ev in pending:  # a reference before the full report: join the first later one
        later = [i for i, k in enumerate(out) if same_happening(k, ev, where)]
        if later:
            out[later[0]] = absorb_anaphor(out[later[0]], ev, risen=risen)
        elif ev.type in first_ref:  # "موقع الهجوم" … "هذا الهجوم": one unreported attack
            out[first_ref[ev.type]] = absorb_anaphor(out[first_ref[ev.type]], ev)
        else:
            first_ref[ev.type] = len(out)
            out.append(ev)
    out = _twins_joined(out, strength, shared)
    out.sort(key=lambda e: e.trigger.start)
    return [replace(ev, id=f"v{i + 1}") for i, ev in enumerate(out)]


def _referent(out: list[Event], prior: list[int], ev: Event, where: dict, told: frozenset) -> int | None:
    """Which earlier event (index into `out`, one of `prior`) a back-reference names: the latest
    — unless it names its place in its own sentence, then the latest at that place ("قتل خمسة في
    تفجير في كركوك … وفي الموصل قتل ثلاثة في هجوم مسلح … وقال مسؤول إن التفجير في كركوك أسفر
    عن إصابة 20": the Kirkuk bombing's injured, not the Mosul attack's). None — a happening of
    its own — when that place is a town (or nearer) that agrees with none of them while the
    latest has a place of its own, and the reference names its own day or the people acting:
    "تظاهر الآلاف في بغداد … ورفع المحتجون يافطات في الناصرية" tells the Nasiriya protest."""
    if (ev.id, "place") in told and ev.place is not None:
        there = [i for i in prior if out[i].place is not None and _places_agree(out[i], ev, where)]
        if there:
            return there[-1]
        latest = out[prior[-1]]
        if ((ev.geo_precision or 5) <= _TOWN_PRECISION and latest.place is not None
                and ev.place in where and latest.place in where
                and ((ev.id, "day") in told or _participants(ev))):
            return None
        # "… انتقام بسبب الهجوم التركي على منطقة عفرين" after an attack in Germany: a reference
        # naming its own doer in another country is background to the news, neither a retelling
        # nor news of its own (_BACKGROUND: dropped)
        if (ev.actors and latest.place in where and ev.place in where
                and where[latest.place][2] != where[ev.place][2]):
            return _BACKGROUND
    return prior[-1]


def _participants(ev: Event) -> bool:
    """The trigger names the people acting ("المحتجون", "المتظاهرين"), not the act: what they
    do at a town of their own is news there. (An act noun at another town — "والتفجيرات التي
    ضربت القطيف والدمام" — is more often a background list than news, unless it names its day.)"""
    word = norm_key(ev.trigger.text).split()[0].lstrip("وفلب").removeprefix("ال")
    return word.startswith(PARTICIPANTS)


_BACKGROUND = -1  # (_referent: a reference to drop)
_TOWN_PRECISION = 2  # geo_precision of a town or a place near one (SPEC §2.6)


def _night_pair(a: Event, b: Event, told: frozenset) -> tuple[Event, Event]:
    """Two mentions of one kind of act (same mode) at the same place, for comparison with the
    night of either running into the next day (not a night's clash in the city and the next
    morning's protest in a town nearby: another place)."""
    if a.mode != b.mode or a.place is None or a.place != b.place:
        return a, b
    return _through_morning(a, told), _through_morning(b, told)


def _through_morning(ev: Event, told: frozenset) -> Event:
    """An act of a night ("اعتقلت قوات الأمن الليلة الماضية 21 مطلوبا") is also of the morning
    after, the day its news is announced ("أعلن الجيش، الثلاثاء، اعتقال 21"): its day, for
    comparison only, runs into the next."""
    if (ev.id, "night") not in told or ev.date_end or ev.time_precision != "day" or not ev.date:
        return ev
    try:
        day = dt.date.fromisoformat(ev.date[:10])
    except ValueError:
        return ev
    return replace(ev, date_end=(day + dt.timedelta(days=1)).isoformat())


def _twins_joined(events: list[Event], strength: dict[str, int], shared: frozenset) -> list[Event]:
    """Records of one trigger, split by the places it names, that merging left with the same
    type, mode, place and date are one happening: "قتل 23 … فيما قتل 2 … في مواجهات جبل صبر
    والضباب" splits each trigger by the two hills, and the halves then meet again at one of them
    (records of different triggers stay as the merge left them: two doers may act in one sentence)."""
    out: list[Event] = []
    for ev in events:
        twin = next((i for i, k in enumerate(out) if k.trigger == ev.trigger
                     and k.place is not None and _twin_key(k) == _twin_key(ev)), None)
        if twin is None:
            out.append(ev)
        else:
            out[twin] = absorb(out[twin], ev, strength, shared)
    return out


def _twin_key(ev: Event) -> tuple:
    return ev.type, ev.mode, ev.place, ev.date, ev.date_end, ev.time_precision
