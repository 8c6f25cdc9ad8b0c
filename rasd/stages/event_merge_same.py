"""When two mentions are one happening (SPEC §2.6): same type, places equal or near (or one
unknown), dates, actors and counts that do not conflict; two acts named in one sentence stay
apart unless one is the other's outcome, means, setting or sound. Also the geography the test
needs: distances, a part of a country named by the country and its sides."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from rasd.gazetteer.countries import country_centroids, country_points
from rasd.model.record import Event
from rasd.stages.numbers import parse_number
from rasd.text import norm_key

REGION_KM = 100.0  # how far a province-level place without its province reaches
NEAR_KM = 30.0


def dates_agree(a: Event, b: Event) -> bool:
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


def km(p: tuple, q: tuple) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def places_agree(a: Event, b: Event, where: dict) -> bool:
    if a.place is None and b.place is None:  # only the type ties them: need one sentence or actor,
        # or the same kind of act on the same day ("أفرجت السلطات السبت عن أربعين" … "ومن السجناء
        # الذين أفرج عنهم السبت")
        return a.sentence == b.sentence or bool(_names(a) & _names(b)) or _same_day_act(a, b)
    if a.place == b.place or a.place is None or b.place is None:
        return True
    pa, pb = where.get(a.place), where.get(b.place)
    if pa is None or pb is None:
        return False
    if km(pa, pb) <= NEAR_KM:
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
    return (a1 is None or b1 is None) and km(pa, pb) <= REGION_KM


# the admin1 of a `where` entry for a part of a country named by the country ("في إقليمين جنوب
# شرق تركيا", placed at the country's point): it holds the country's towns, as the country does
WHOLE_COUNTRY = "*"


def country_wide(lat: float, lon: float, country: str | None) -> bool:
    """A region placed at its country's point (either convention) is a part named by the country."""
    points = (country_points().get(country or ""), country_centroids().get(country or ""))
    return any(q is not None and km((lat, lon), q) <= _COUNTRY_POINT_KM for q in points)


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
            and not blast_of_strike(a, b) and not _killed_by(a, b) and arrest_in_raid(a, b) is None
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
            and not blast_of_strike(a, b)):
        return False  # "انفجرت سيارة مفخخة في الخالدية" … "وفي الرمادي، اندلعت معارك": two acts
    # (a clash has two sides: "تبادل إطلاق النار مع الحرس الوطني" then "فجر نفسه" is one incident;
    # a bare attack's sides are too often read from the wrong phrase to keep it apart)
    if a.type in PHYSICAL and a.mode != b.mode and not {"clash", "other"} & {a.mode, b.mode} \
            and (_roles_cross(a, b) or _roles_cross(b, a)):
        return False  # "قصف قوات النظام" … "قتل 12 من قوات النظام جراء انفجار سيارة مفخخة": two acts
    dates = (a.date == b.date or a.date is None or b.date is None) if exact_day else dates_agree(a, b)
    return places_agree(a, b, where or {}) and dates and _actors_agree(a, b) and _counts_agree(a, b)


def _roles_cross(a: Event, b: Event) -> bool:
    """A doer of `a` is struck in `b` (one names the other's longer: "قوات النظام السوري" and
    "قوات النظام"): acts of other means with the sides crossed are not one happening."""
    doers = _doer_keys(a)
    struck = {t.entity or norm_key(t.text).removeprefix("ال") for t in b.targets}
    return any(d == s or d.startswith(s + " ") or s.startswith(d + " ") for d in doers for s in struck)


def _attack_told_by_its_act(a: Event, b: Event) -> bool:
    """"هاجم مسلحون قرية … واختطفوا 27 شخصا": a bare attack (mode other) and what the same doers
    did in it, told in one sentence, are one act — the doers must be named in both."""
    if "other" not in (a.mode, b.mode) or a.type not in PHYSICAL:
        return False
    return bool(_doer_keys(a) & _doer_keys(b))


def _doer_keys(ev: Event) -> set[str]:
    return {a.entity or norm_key(a.text).removeprefix("ال") for a in ev.actors}


def retold(keep: Event, ev: Event, where: dict | None) -> bool:
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


def arrest_in_raid(a: Event, b: Event) -> Event | None:
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


# "هزت انفجارات عنيفة صنعاء … عقب غارات مركزة": blasts heard, with no device named, are what
# the strikes or shells beside them did (not "انفجار عبوة ناسفة بعد غارة")
_BLASTS = ("انفجار", "انفجر", "دوي")
_DEVICES = ("عبو", "ناسف", "مفخخ", "ملغوم", "انتحاري", "لغم", "حزام")


def blast(ev: Event) -> bool:
    text = norm_key(ev.trigger.text)
    return (ev.mode == "bombing" and any(w in text for w in _BLASTS) and ev.sentence is not None
            and not any(w in norm_key(ev.sentence.text) for w in _DEVICES))


def blast_of_strike(a: Event, b: Event) -> bool:
    return any(blast(x) and y.mode in ("airstrike", "shelling") for x, y in ((a, b), (b, a)))
