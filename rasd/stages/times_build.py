"""Turn one regex match of times_lex into a resolved value (type, value, value_end, precision, anchor).

Each builder returns a dict or None (None: not a time, or no resolvable value — SPEC §2.7
lists only expressions with a value or an explicit duration).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from rasd.stages import times_lex as L
from rasd.stages.numbers import parse_number
from rasd.stages.times_scan import Hit
from rasd.stages.times_resolve import (Ctx, duration_value, hijri_day_near, hijri_to_gregorian, hijri_year_of,
                                       infer_year_from_weekday, iso_week, mod_offset, safe_date,
                                       shift, shift_month, weekday_relative, year_for_day_mod,
                                       year_for_day_month, year_for_month)

_SEP = re.compile(r"\s*[/\-–(]\s*|\s+")
_NINE_ELEVEN_CUE = re.compile(r"(?:هجمات|احداث|اعتداءات|منذ|هجوم)\s+(?:يوم\s+)?$")


def _out(type_: str, value, precision: str, anchor, value_end=None) -> dict:
    return {"type": type_, "value": value, "value_end": value_end, "precision": precision,
            "anchor": anchor}


def _month_of(text: str) -> int:
    first = text.split("/")[0].split("-")[0].split("(")[0].strip()
    key = " ".join(first.split())
    if key in L.GREG:
        return L.GREG[key]
    for name in sorted(L.GREG, key=len, reverse=True):  # "سبتمبر ايلول": take the first name
        if key.startswith(name):
            return L.GREG[name]
    raise KeyError(text)


def _day(m: Hit) -> int | None:
    if m.group("day"):
        return int(m.group("day"))
    if m.group("ord"):
        return L.ORDINALS[" ".join(m.group("ord").split())]
    return None


_WEEK_BEFORE = re.compile(r"(?<![^\W\d_])(?:ال)?[اأ]سبوع\s*$")
_LINE_START = re.compile(r"(?:^|\n)[\s\-–•*]*$")


def _chronology_entry(before: str, after: str) -> bool:
    """A date that opens a line and is followed by a colon: an entry of a timeline."""
    return bool(_LINE_START.search(before)) and after.lstrip()[:1] in (":", "-", "–")


def build_date(m: Hit, ctx: Ctx, before: str) -> dict | None:
    day, month = _day(m), _month_of(m.group("mon"))
    if not day or not 1 <= day <= 31:
        return None
    if m.group("ord") and _WEEK_BEFORE.search(before):
        # "الأسبوع الثاني من شهر شباط": a week of the month, not its second day — the month
        built = build_month(m, ctx, before)
        return built if built is None or built["precision"] == "month" else None
    if not m.group("year") and _media_name(m, before):
        return None
    entry = _chronology_entry(before, ctx.after)
    if m.group("year"):
        d = safe_date(int(m.group("year")), month, day)
        if d:
            ctx.told_days[(month, day)] = d
        if d and entry:
            ctx.chronology = (d.year, month)  # "13 كانون الثاني/يناير 2017: …" heads a timeline
        return _out("date", d.isoformat(), "day", "explicit") if d else None
    if entry and ctx.chronology:
        # "17 آذار: …" after "13 كانون الثاني 2017: …": the timeline's year, the next one
        # once its months run back ("2 كانون الأول: …" then "9 كانون الثاني: …")
        year, last = ctx.chronology
        year += month < last
        ctx.chronology = (year, month)
        d = safe_date(year, month, day)
        return _out("date", d.isoformat(), "day", "context") if d else None
    if day == 11 and month == 9 and _NINE_ELEVEN_CUE.search(before):
        return _out("date", "2001-09-11", "day", "context")  # "11 سبتمبر" as the 2001 attacks
    wd = L.WEEKDAYS.get(m.group("wd")) if m.group("wd") else None
    if ctx.published and m.group("mod"):
        y = year_for_day_mod(ctx.published, month, day, mod_offset(m.group("mod")))
        d = safe_date(y, month, day) if y else None
        if d:
            ctx.told_days[(month, day)] = d
        return _out("date", d.isoformat(), "day", "published") if d else None
    if (told := ctx.told_days.get((month, day))) is not None and wd in (None, told.weekday()):
        return _out("date", told.isoformat(), "day", "context")  # the day named before (audit U56)
    if ctx.published:
        y = year_for_day_month(ctx.published, month, day)
        if y is not None and y < ctx.published.year and _planned(m, ctx, before):
            y = ctx.published.year  # "ستطرح في الأسواق في 13 نوفمبر" in a February paper: ahead
        d = safe_date(y, month, day) if y else None
        if d and wd is not None and d.weekday() != wd:
            moved = _weekday_year(month, day, wd, y, ctx.published)
            if moved:
                return _out("date", moved.isoformat(), "day", "weekday")
        return _out("date", d.isoformat(), "day", "published") if d else None
    if wd is not None:
        ref = date(ctx.context_year, 12, 31) if ctx.context_year else ctx.reference
        y = infer_year_from_weekday(month, day, wd, ref)
        return _out("date", f"{y:04d}-{month:02d}-{day:02d}", "day", "weekday") if y else None
    if ctx.context_year and safe_date(ctx.context_year, month, day):
        return _out("date", f"{ctx.context_year:04d}-{month:02d}-{day:02d}", "day", "context")
    return None


def _weekday_year(month: int, day: int, wd: int, y: int, published: date) -> date | None:
    """The weekday named with a day and month outweighs the publication's year guess: "يوم
    الاحد 10 ديسمبر" in a May 2017 calendar is 10 December 2017 (a Sunday), not 2016 (audit
    U56). Only the year before or after, the one nearer the publication first."""
    cands = [d for yy in (y - 1, y + 1) if (d := safe_date(yy, month, day)) and d.weekday() == wd]
    return min(cands, key=lambda d: abs((d - published).days)) if cands else None


def _media_name(m: Hit, before: str) -> bool:
    """A month naming a paper, site or channel ("موقع سبتمبر نت", "صحيفة 14 أكتوبر"), no date."""
    return bool(L.MONTH_MEDIA_BEFORE_RE.search(before) or L.MONTH_MEDIA_AFTER_RE.match(ctx_after(m)))


def build_month(m: Hit, ctx: Ctx, before: str) -> dict | None:
    mon_text = " ".join(m.group("mon").split())
    month = _month_of(mon_text)
    paired = bool(_SEP.search(mon_text)) and mon_text not in L.GREG
    if m.group("year"):
        return _out("date", f"{int(m.group('year')):04d}-{month:02d}", "month", "explicit")
    if _media_name(m, before) or L.MONTH_NAMED_BEFORE_RE.search(before):
        return None  # (a month naming a site: "مفاعل تموز")
    if mon_text in L.AMBIGUOUS and not (m.group("shahr") or m.group("mod") or paired
                                        or (month in L.MONTHS_AFTER_PREP and mon_text in L.GREG
                                            and L.MONTH_PREP_BEFORE_RE.search(before))):
        return None
    base = ctx.published
    if base is None:
        if ctx.context_year:
            return _out("date", f"{ctx.context_year:04d}-{month:02d}", "month", "context")
        return None
    y = year_for_month(base, month, max(-1, mod_offset(m.group("mod"))))
    if m.group("mod") is None and L.BY_MONTH_BEFORE_RE.search(before):
        y = base.year if month >= base.month else base.year + 1  # "بحلول سبتمبر": by the month ahead
    return _out("date", f"{y:04d}-{month:02d}", "month", "published")


def build_numeric(m: Hit, ctx: Ctx, before: str) -> dict | None:
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    if len(a) != 4 and len(c) != 4:
        return None
    y, day = (int(a), int(c)) if len(a) == 4 else (int(c), int(a))
    if 1300 <= y < 1500 and _HIJRI_MARK.match(ctx_after(m)):  # "24/1/1434هـ"
        d = hijri_to_gregorian(y, b, day)
        return _out("date", d.isoformat(), "day", "hijri") if d else None
    d = safe_date(y, b, day)
    if d is None or not 1900 <= d.year <= 2099:
        return None
    return _out("date", d.isoformat(), "day", "explicit")


_HIJRI_MARK = re.compile(r"\s*(?:ه(?![^\W\d_])|هـ|هجري|للهجرة)")


def _near_hijri_year(m: Hit, ctx: Ctx, year: int) -> bool:
    """A year with no هـ after a year word ("خلال عام 1436") is Hijri only within the lifetime
    of the article's Hijri year (60 years back, one ahead) and not "ميلادي"."""
    if m.group("kw") is None or ctx.published is None or _GREGORIAN_MARK.match(ctx_after(m)) \
            or _COUNTED.match(ctx_after(m)):
        return False
    now = hijri_year_of(ctx.published)
    return now is not None and now - 60 <= year <= now + 1


# "وصل عام 1434 شخصا": an accusative counted noun after the number — a count, not a year
_COUNTED = re.compile(r"\s+[^\W\d_]+اً?(?![^\W\d_])")
_GREGORIAN_MARK = re.compile(r"\s*(?:م(?![^\W\d_])|ميلادي|الميلادي|ميلادية|الميلادية|للميلاد)")


def build_hijri_year(m: Hit, ctx: Ctx, before: str) -> dict | None:
    """"عام 1434هـ": the Gregorian months the Hijri year spans (it straddles two years)."""
    year = int(m.group("hyear"))
    if m.group("mark") is None and not _near_hijri_year(m, ctx, year):
        return None
    first = int(m.group("hyear0")) if m.group("hyear0") else year
    if first not in (year, year - 1):
        return None  # "1430/1435هـ" is no span of one year into the next
    start, nxt = hijri_to_gregorian(first, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if start is None or nxt is None:
        return None
    end = nxt - timedelta(days=1)
    return _out("range", f"{start.year:04d}-{start.month:02d}", "month", "hijri",
                f"{end.year:04d}-{end.month:02d}")


def _hijri_month_day(m: Hit) -> tuple[int, int | None]:
    """The Hijri month and the day (a number or an ordinal word; None if neither) of a match."""
    month = L.HIJRI[" ".join(m.group("hmon").split())]
    day = int(m.group("day")) if m.group("day") else L.ORDINALS.get(" ".join((m.group("ord") or "").split()))
    return month, day


def build_hijri(m: Hit, ctx: Ctx, before: str) -> dict | None:
    month, day = _hijri_month_day(m)
    year = int(m.group("hyear"))
    if day:  # "السادس من جمادى الآخرة لعام 1436هـ"
        d = hijri_to_gregorian(year, month, day)
        return _out("date", d.isoformat(), "day", "hijri") if d else None
    mid = hijri_to_gregorian(year, month, 15)  # a Hijri month straddles two Gregorian ones
    return _out("date", f"{mid.year:04d}-{mid.month:02d}", "month", "hijri") if mid else None


def build_hijri_rel(m: Hit, ctx: Ctx, before: str) -> dict | None:
    """"19 رمضان الماضي": the Hijri day in the Hijri year of publication — the latest such
    day before publication for الماضي (a year back if it has not come yet), the next one
    after it for المقبل, this Hijri year's for الحالي/الجاري."""
    if ctx.published is None:
        return None
    month, day = _hijri_month_day(m)
    if not day:
        return None
    if m.group("mod") is None and not m.group("shahr") and L.HIJRI_BARE_DAY_NEEDS_SHAHR.fullmatch(m.group("hmon")):
        return None  # "فاز 2 صفر": a score, not the month Safar
    if m.group("ord") and L.SLICE_BEFORE_RE.search(before):
        return None  # "النصف الأول من شهر رمضان": the first half, not the first day
    if m.group("mod") is None and L.OLD_HIJRI_YEAR_AFTER_RE.match(ctx_after(m)):
        return None  # "20 جمادى الأولى 857هـ": a year of history, beyond the converter — not this year's
    d = hijri_day_near(ctx.published, month, day, mod_offset(m.group("mod")))
    if m.group("mod") is None and d is not None and d > ctx.published + timedelta(days=60):
        d = hijri_day_near(ctx.published, month, day, -1)  # no modifier: as a Gregorian day + month
    return _out("date", d.isoformat(), "day", "hijri") if d else None


def build_weekday(m: Hit, ctx: Ctx, before: str) -> dict | None:
    if ctx.published is None or L.TENS_AFTER_RE.match(ctx_after(m)) or L.GENERIC_FRIDAY_RE.search(before) \
            or (m.pre is None and (L.QUOTED_NAME_WEEKDAY_RE.search(before)
                                   or L.TITLED_NAME_WEEKDAY_RE.search(before[-40:]))):
        return None
    if m.group("wd") == "الاثنين" and m.group("rel") is None and (
            L.THE_TWO_AFTER_RE.match(ctx_after(m)) or L.THE_TWO_BEFORE_RE.search(before)):
        return None  # "على الاثنين الآخرين": the numeral "the two", not Monday
    wd = L.WEEKDAYS[m.group("wd")]
    rel = m.group("rel")
    base = ctx.published
    if rel == "اليوم" and L.THAT_DAY_BEFORE_RE.search(before):
        return None  # "ظهيرة ذلك اليوم الثلاثاء": the day of a story told, not today
    if rel == "اليوم":
        d = weekday_relative(base, wd, 0)
        ctx.today = d  # "اليوم الاثنين" in a Tuesday article: the text wins (SPEC §2.7)
    elif rel in ("امس", "الامس"):
        # "أمس السبت" in a Saturday paper: the publication day (a stamp a day early), not a
        # Saturday a week back that nobody calls yesterday
        d = base if base.weekday() == wd else weekday_relative(base - timedelta(days=1), wd, 0)
    elif rel and rel.startswith("اول"):
        # "أول أمس الأحد": the day before yesterday, the whole phrase one time (held-out U42)
        d = weekday_relative(base - timedelta(days=2), wd, 0)
    elif rel in ("غدا", "غد"):  # "غدا الأحد", "يوم غد الأحد": the day after, or the
        # publication day itself when a source spoke the day before ("قالت أمس السبت إنه سيزور
        # يوم غد الأحد" in a Sunday paper)
        # or the day before it when the story waited two days ("يوم غد -الاثنين-" in a Tuesday
        # paper: the text wins, SPEC §2.7), never a week on that nobody calls tomorrow
        after, before_base = base + timedelta(days=1), base - timedelta(days=1)
        d = after if after.weekday() == wd else base if base.weekday() == wd \
            else before_base if before_base.weekday() == wd else weekday_relative(base, wd, 1)
    elif rel and rel.startswith("بعد"):  # "بعد غد الاثنين": two days on, or one when the
        # story was written the day before the paper came out (as for غدا), else the next one
        two, one = base + timedelta(days=2), base + timedelta(days=1)
        d = two if two.weekday() == wd else one if one.weekday() == wd else weekday_relative(base, wd, 1)
    elif m.group("mod") is None and L.DATED_AFTER_RE.match(m.string, m.end()):
        return None  # "الأربعاء في الرابع من تموز": the date that follows is the time
    elif m.group("mod") is None and _planned(m, ctx, before):
        d = base if base.weekday() == wd else weekday_relative(base, wd, 1)
    elif m.group("mod") is None and L.STARTING_RE.search(before):
        # "ابتداء من الأحد": the nearest such day, ahead ("سيغلق ابتداء من الأحد" in a Saturday
        # paper) or behind ("أعلن السبت هدنة ابتداء من منتصف ليل الأحد" in a Monday paper)
        back, ahead = weekday_relative(base, wd, 0), weekday_relative(base, wd, 1)
        d = back if (base - back) < (ahead - base) else ahead
    else:
        d = weekday_relative(base, wd, mod_offset(m.group("mod")))
        if m.group("mod") is None and _closes_span(ctx, before) and ctx.last_day and d < ctx.last_day:
            d = weekday_relative(ctx.last_day - timedelta(days=1), wd, 1)
    ctx.last_day = d
    out = _out("date", d.isoformat(), "day", "published")
    if m.pre is not None and _OPENED_RE.search(m.pre.group("px")):
        close = _CLOSE_RE.match(m.string, m.end())
        if close:  # "يوم غد -الاثنين-": the closing dash or bracket ends the time too
            out["_close"] = close.end() - m.end()
    return out


_OPENED_RE = re.compile(r"[-–(]\s*$")
_CLOSE_RE = re.compile(r"\s*[-–)]")


def _closes_span(ctx: Ctx, before: str) -> bool:
    """The weekday ends a span its own sentence opened ("ابتداء من صباح الأحد ولغاية 5:00 من
    صباح يوم الثلاثاء"): the closing word stands in the weekday's own phrase (no comma between)
    after the opening one. A bare "حتى فجر السبت" with no opening ("تجمعوا ليلا حتى فجر
    السبت") is a past day like any other; so is "ابتداء من الأحد حتى إشعار آخر، … الجمعة"."""
    sentence = _clause_before(ctx.clause)
    opened = list(L.SPAN_OPENED_RE.finditer(sentence))
    closes = list(L.SPAN_CLOSES_RE.finditer(before))
    if not opened or not closes:
        return False
    phrase = before[closes[-1].end():]
    return "," not in phrase and "،" not in phrase and sentence.rfind(closes[-1].group()) > opened[-1].end()


def _planned(m: Hit, ctx: Ctx, before: str) -> bool:
    """The weekday lies ahead: a future or planning word in its own clause, unless a plan
    called off ("كان من المقرر … الجمعة، لكنه تأجل") shows it is behind."""
    own = _own_clause(ctx.clause or before)
    if not (any(not L.WAS_BEFORE_RE.search(own, 0, f.start()) for f in L.FUTURE_RE.finditer(own))
            or L.PLANNED_RE.search(own)):
        return False
    rest = m.string[m.end():m.end() + 60].split(".")[0]
    return not ("كان" in own and L.CALLED_OFF_RE.search(rest))


def _clause_before(before: str) -> str:
    cut = max(before.rfind("."), before.rfind("\n"))
    return before[cut + 1:]


# Words that open another clause: a tense cue before them belongs to another verb ("كما
# سيبحثون المواجهات … منذ افتتاح السفارة … الاثنين": the opening was last Monday)
# (and an attribution aside: "لا يريد أن يحضر جنازته، وفق ما أفادت وسائل الإعلام السبت" — the
# weekday is the report's, told in the past; audit U54)
_OPENERS = re.compile(r"(?<![^\W\d_])(?:حيث|التي|الذي|الذين|منذ|عندما|بينما|فيما|لكن"
                      r"|(?:[وب]?حسب|وفق|وفقا\s+ل)\s*ما|حسبما|وفقما|كما)(?![^\W\d_])")


def _own_clause(before: str) -> str:
    """The expression's own clause: back to the sentence start or the last clause opener."""
    text = _clause_before(before)
    cut = max((m.end() for m in _OPENERS.finditer(text)), default=0)
    return text[cut:]


_REL_DAYS = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحة": -1, "البارحه": -1, "غدا": 1, "بعد غد": 2, "اول امس": -2,
             "اول من امس": -2, "امس الاول": -2, "الليلة الماضية": -1, "الليله الماضيه": -1}
_SAME = {"ذاته": 0, "نفسه": 0, "التالي": 1, "السابق": -1}
# "بعد منتصف ليل أمس", "بعد منتصف الليلة الماضية": yesterday's night past midnight is today
_AFTER_MIDNIGHT_RE = re.compile(r"[وف]?بعد\s+منتصف\s")


def build_rel_day(m, ctx: Ctx, before: str) -> dict | None:
    rel = " ".join((m.group("pre") or "").split() + m.group("rel").split())
    if rel == "غد":
        if not (m.group("yawm") or m.group("partday")):
            return None
        rel = "غدا"  # "يوم غد", "صباح غد" (audit U48)
    # "اليوم ذاته", "في نفس اليوم", "ذات اليوم": the day last named, not today
    same = m.group("same") or ("ذاته" if m.group("same_pre") else None)
    if same and rel == "اليوم":
        if ctx.last_day is None:
            return None
        d = ctx.last_day + timedelta(days=_SAME[same])
        ctx.last_day = d
        return _out("date", d.isoformat(), "day", "context")
    if ctx.today is None or rel not in _REL_DAYS:
        return None
    if rel in ("امس", "الامس") and (L.PEOPLE_OF_YESTERDAY_RE.search(before) or L.NOT_SINCE_YESTERDAY_RE.search(before)):
        return None
    if rel == "امس" and L.ELATIVE_NEED_AFTER_RE.match(ctx_after(m)):
        return None  # "في أمس الحاجة": direst need
    if rel in ("البارحة", "البارحه") and m.text.startswith("البارح") and _THAN_RE.search(before):
        return None  # "أقوى بكثير من البارحة": than yesterday, a comparison, not a date
    if rel == "اليوم" and L.TITLE_TODAY_BEFORE_RE.search(before) and L.TITLE_TODAY_AFTER_RE.match(ctx_after(m)):
        return None
    if rel == "اليوم" and (L.MEDIA_BEFORE_RE.search(before) or L.THAT_DAY_BEFORE_RE.search(before) or L.MEDIA_AFTER_RE.match(ctx_after(m))
                           or L.ORDINAL_AFTER_RE.match(ctx_after(m)) or L.DESCRIBED_AFTER_RE.match(ctx_after(m))
                           or L.PER_DAY_BEFORE_RE.search(before) and L.PER_DAY_AFTER_RE.match(ctx_after(m))):
        return None
    d = ctx.today + timedelta(days=_REL_DAYS[rel])
    if _REL_DAYS[rel] == -1 and _AFTER_MIDNIGHT_RE.match(m.text):
        d += timedelta(days=1)  # "بعد منتصف ليل أمس": the small hours of today
    ctx.last_day = d
    anchor = "published" if ctx.today == ctx.published else "context"
    return _out("date", d.isoformat(), "day", anchor)


_THAN_RE = re.compile(r"(?<![^\W\d_])من\s+$")


def build_rel_unit(m, ctx: Ctx, before: str) -> dict | None:
    if m.group("same_unit"):
        return _day_of_same_month(m, ctx)
    if ctx.published is None or not (m.group("this") or m.group("mod")):
        return None
    unit = m.group("unit")
    k = 0 if m.group("this") else mod_offset(m.group("mod"))
    base = ctx.published
    if unit == "الاسبوع":
        mon, sun = iso_week(base + timedelta(days=7 * k))
        return _out("range", mon.isoformat(), "week", "published", sun.isoformat())
    if unit == "الشهر":
        y, mo = shift_month(base.year, base.month, k)
        dom = _day_of_month(m)
        if 1 <= dom <= calendar.monthrange(y, mo)[1]:  # "في الـ16 من الشهر الجاري"
            return _out("date", f"{y:04d}-{mo:02d}-{dom:02d}", "day", "published")
        return _out("date", f"{y:04d}-{mo:02d}", "month", "published")
    if m.group("slice"):
        months = _year_slice(m.group("slice"), m.group("slice_ord"))
        if months:
            y = base.year + k
            return _out("range", f"{y:04d}-{months[0]:02d}", "month", "published", f"{y:04d}-{months[1]:02d}")
    return _out("date", f"{base.year + k:04d}", "year", "published")


def _day_of_same_month(m, ctx: Ctx) -> dict | None:
    """"وتاريخ التوزيع الـ27 من الشهر نفسه": a day of the month of the date last named (its
    month and year from the context), or that month itself; nothing without a date before."""
    if m.group("unit") != "الشهر" or ctx.last_day is None:
        return None
    dom = _day_of_month(m)
    last = ctx.last_day
    if dom == 0:
        return _out("date", f"{last.year:04d}-{last.month:02d}", "month", "context")  # "في الشهر نفسه"
    if not 1 <= dom <= calendar.monthrange(last.year, last.month)[1]:
        return None
    d = date(last.year, last.month, dom)
    ctx.last_day = d
    return _out("date", d.isoformat(), "day", "context")


def _year_slice(part: str, ordinal: str) -> tuple[int, int] | None:
    """"النصف الأول" → (1, 6), "الربع الأخير" → (10, 12); None for a slice the year has not ("الربع الخامس")."""
    size = L.YEAR_SLICES[part]
    count = 12 // size
    n = count if ordinal == "الاخير" else L.ORDINALS[ordinal]
    if n > count:
        return None
    return (n - 1) * size + 1, n * size


def _age_at_death(before: str, clause: str | None) -> bool:
    """"… رحيلها في ديسمبر 2011 عن 82 عاما": عن + years after a death word in the same sentence."""
    if not L.AT_DEATH_BEFORE_RE.search(before):
        return False
    sentence = re.split(r"[.!?؟\n]", clause or "")[-1]
    return bool(L.DEATH_WORD_RE.search(sentence))


def _day_of_month(m: Hit) -> int:
    """The day before "من الشهر …": digits ("الـ16 من", "في 12 الشهر"), or an ordinal ("الخامس من")."""
    digits = m.group("dom") or m.group("bare_dom")
    if digits:
        return int(digits)
    if m.group("ord_dom"):
        return L.ORDINALS[" ".join(m.group("ord_dom").split())]
    return 0


def build_year(m: Hit, ctx: Ctx, before: str) -> dict | None:
    if not m.group("kw") and (not L.YEAR_PREP_RE.search(before) and not L.PART_OF_YEAR_RE.search(before)
                              or _ranging(before)):
        return None
    return _out("date", m.group("year"), "year", "explicit")


def build_year_words(m: Hit, ctx: Ctx, before: str) -> dict | None:
    parsed = parse_number(m.group("num"))
    if parsed is None or parsed[1] or not 1800 <= parsed[0] <= 2100 or parsed[0] != int(parsed[0]):
        return None  # "عام ألف" is no modern year
    return _out("date", str(int(parsed[0])), "year", "explicit")


def build_year_range(m: Hit, ctx: Ctx, before: str) -> dict | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or _ranging(before):
        return None
    if m.group("paren"):
        if not _PAREN_RANGE_AFTER.match(ctx_after(m)) or not _PAREN_DASH.search(m.text):
            return None  # "(2006 و2009 …": not a span set off on its own
        return dict(_out("range", str(y1), "year", "explicit", str(y2)), _core_only=True)
    return _out("range", str(y1), "year", "explicit", str(y2))


_PAREN_RANGE_AFTER = re.compile(r"\s*\)")
_PAREN_DASH = re.compile(r"\d\s*[-–]\s*\d")

# "عدد المهاجرين يتراوح بين 1600 و2000": تراوح ("ranges") takes a count, a price or an age, not
# a span of years — two numbers that look like years there are a quantity (audit U62)
_RANGING_BEFORE = re.compile(r"(?:يتراوح|تتراوح|تراوح|تراوحت|يتراوحون|تتراوحان|يتراوحان)\s+(?:ما\s+)?(?:بين\s+)?"
                             r"(?:[0-9]{4}\s*(?:و|الي|حتي|-|–)\s*)?$")


def _ranging(before: str) -> bool:
    """The number (or the pair's first or second number) stands right after تراوح."""
    return "تراوح" in before[-24:] and _RANGING_BEFORE.search(before) is not None


def build_decade(m: Hit, ctx: Ctx, before: str) -> dict | None:
    if L.AGE_OF_LIFE_RE.match(ctx_after(m)):
        return None  # "في الثلاثينيات من العمر": an age (SPEC §2.7)
    dec = m.group("dec")
    tens = L.DECADES["ال" + dec if not dec.startswith("ال") else dec]
    cent = m.text
    base = 2000 if ("الحالي" in cent or "الحادي" in cent) else 1900
    lo, hi = L.PART_SLICE.get(m.group("part"), (0, 9))
    if m.group("hij") is not None:
        return _hijri_years(1300 + tens + lo, 1300 + tens + hi)
    return _out("range", str(base + tens + lo), "year", "explicit", str(base + tens + hi))


def _hijri_years(first: int, last: int) -> dict | None:
    """The Gregorian years Hijri years first..last span ("الثمانينيات الهجرية", 1380–1389 AH, ran
    from 1960 into 1970): a Hijri decade of the 14th century AH, the one a modern text means."""
    start, nxt = hijri_to_gregorian(first, 1, 1), hijri_to_gregorian(last + 1, 1, 1)
    if start is None or nxt is None:
        return None
    return _out("range", str(start.year), "year", "hijri", str((nxt - timedelta(days=1)).year))


def build_century(m: Hit, ctx: Ctx, before: str) -> dict | None:
    """"القرن التاسع عشر" → 1800–1899 (year precision, as a decade is)."""
    start = L.CENTURIES[" ".join(m.group("cord").split())]
    return _out("range", str(start), "year", "explicit", str(start + 99))


def build_duration(m: Hit, ctx: Ctx, before: str) -> dict | None:
    designator, precision, implied = L.UNITS[m.group("unit")]
    pre = (m.group("pre") or "").split()
    if m.group("num"):
        parsed = parse_number(m.group("num"))
        if parsed is None or parsed[1] or parsed[0] <= 0:
            return None
        n = parsed[0]
    elif m.group("one") and implied in (1, None):
        n = 1  # "يوما واحدا": the number stands after the unit
    elif implied is not None:
        n = implied
        if L.CONSTRUCT_AFTER_RE.match(ctx_after(m)) or L.IDIOM_BEFORE_RE.search(before):
            return None  # "يوم الأرض", "شهر رمضان": a named day or month, not a duration
        last = before.split()[-2:]
        if implied == 1 and not pre and not (last and (last[-1] in L.DURATION_CONTEXT
                                                       or " ".join(last) in L.DURATION_CONTEXT)):
            return None  # a bare "شهر" is a duration only after لمدة/خلال/مرور …
    else:
        return None  # "أيام", "سنوات": vague (§2.7)
    if designator == "TM" and L.CLOCK_BEFORE_RE.search(before):
        return None  # "الساعة الثامنة وعشر دقائق": a clock time (§2.7)
    if not pre and L.SHOW_NAME_BEFORE_RE.search(before):
        return None  # 'برنامج "60 دقيقة"': a programme's name, not a duration (audit U52)
    after = ctx_after(m)
    if designator == "Y" and (L.AGE_RE.search(before[-25:]) or L.AGE_AFTER_RE.match(after)
                              or (L.AGE_MARK_AFTER_RE.match(after) and not _duration_word(pre, before))
                              or (L.AGE_COMMAS_RE.search(before) and after.lstrip().startswith(","))
                              or L.AGE_RANGE_END_RE.search(before[-60:])
                              or ("سن" in ctx.clause[-80:] or "عمر" in ctx.clause[-80:])
                              and L.AGE_CHANGE_END_RE.search(ctx.clause[-80:])
                              or _age_at_death(before, ctx.clause) or L.CHILD_AGE_BEFORE_RE.search(before)):
        return None  # an age, not a duration
    if n > 1000:
        return None  # no duration runs to thousands of units: a misread count
    if pre and pre[0] == "قبل" and not L.RELATIVE_TO_RE.match(m.string[m.end():m.end() + 24]):
        if ctx.today is None or not float(n).is_integer():
            return None
        value, prec = shift(ctx.today, int(n), designator)
        return _out("date", value, prec, "published")
    out = _out("duration", duration_value(n, designator), precision, "explicit")
    if pre and pre[0] == "قبل":
        out["_core_only"] = True  # "قبل ثلاثة أيام من الهجوم": the span is the duration itself
    return out


def _duration_word(pre: list[str], before: str) -> bool:
    """منذ/قبل or a duration word (لمدة، خلال، نحو …) stands right before the number."""
    last = before.split()[-2:]
    return bool(pre) or bool(last) and (last[-1] in L.DURATION_CONTEXT or " ".join(last) in L.DURATION_CONTEXT)


def build_def_duration(m: Hit, ctx: Ctx, before: str) -> dict | None:
    """"الأيام الثلاثة الماضية" → P3D, "اليومين الماضيين" → P2D."""
    if m.group("ddual"):
        unit, n = L.DEF_DUALS[m.group("ddual")], 2
    else:
        parsed = parse_number(m.group("dnum"))
        if parsed is None or parsed[1] or parsed[0] < 2 or not float(parsed[0]).is_integer():
            return None
        unit, n = L.DEF_PLURALS[m.group("dunit")], int(parsed[0])
    designator, precision, _ = L.UNITS[unit]
    return _out("duration", duration_value(n, designator), precision, "explicit")


def ctx_after(m: Hit) -> str:
    return m.string[m.end():m.end() + 12]


_SET_UNITS = {"يوم": ("P1D", "day"), "اسبوع": ("P1W", "week"), "شهر": ("P1M", "month"),
              "عام": ("P1Y", "year"), "سنة": ("P1Y", "year"), "يومين": ("P2D", "day"),
              "اسبوعين": ("P2W", "week"), "شهرين": ("P2M", "month"), "عامين": ("P2Y", "year"),
              "سنتين": ("P2Y", "year")}
_SET_ADV = {"يوميا": "يوم", "اسبوعيا": "اسبوع", "شهريا": "شهر", "سنويا": "عام",
            "يومي": "يوم", "اسبوعي": "اسبوع", "شهري": "شهر", "سنوي": "عام",
            "يومية": "يوم", "اسبوعية": "اسبوع", "شهرية": "شهر", "سنوية": "عام"}


def build_set(m: Hit, ctx: Ctx, before: str) -> dict | None:
    if m.group("wd1") or m.group("wd2"):
        return _out("set", "P1W", "day", None)  # every Friday: one day a week
    if m.group("nunit"):
        parsed = parse_number(m.group("num"))
        if parsed is None or parsed[1]:
            return None
        designator, precision, _ = L.UNITS[m.group("nunit")]
        return _out("set", duration_value(parsed[0], designator), precision, None)  # "كل 3 سنوات": P3Y
    unit = m.group("unit") or _SET_ADV[m.group("adv") or m.group("adj") or m.group("adjf")]
    value, precision = _SET_UNITS[unit]
    return _out("set", value, precision, None)


_PARTDAY_LAST = {"صباح", "مساء", "فجر", "ظهر", "ظهيرة", "عصر", "ليل", "ليلة", "صبيحة", "من", "يوم"}
_PARTS = set(L.PART_SLICE)
# name: (core, prefix, builder, priority, prefix required, words that can end the prefix)
RULES = {
    "hijri": (L.HIJRI_CORE, None, build_hijri, 9, False, None),
    "hijri_year": (L.HIJRI_YEAR_CORE, None, build_hijri_year, 9, False, None),
    "hijri_rel": (L.HIJRI_REL_CORE, None, build_hijri_rel, 9, False, None),
    "numeric": (L.NUMERIC_CORE, None, build_numeric, 9, False, None),
    "date": (L.DATE_CORE, L.DATE_PREFIX, build_date, 8, False, _PARTDAY_LAST | set(L.WEEKDAYS)),
    "year_range": (L.YEAR_RANGE_CORE, L.YEAR_RANGE_PREFIX, build_year_range, 8, True,
                   {"بين", "من", "عامي", "عام", "العام", "سنتي", "سنة", "("}),
    "month": (L.MONTH_CORE, L.MONTH_PREFIX, build_month, 7, False, {"شهر"}),
    "weekday": (L.WEEKDAY_CORE, L.WEEKDAY_PREFIX, build_weekday, 6, False,
                _PARTDAY_LAST | {"اليوم", "امس", "الامس", "غدا", "غد", "-", "–", "("}),  # "غد -الاثنين-"
    "rel_unit": (L.REL_UNIT_CORE, L.REL_UNIT_PREFIX, build_rel_unit, 6, False, _PARTS | {"هذا", "هذه", "من"}),
    "decade": (L.DECADE_CORE, L.DECADE_PREFIX, build_decade, 6, False, _PARTS),
    "century": (L.CENTURY_CORE, None, build_century, 5, False, None),
    "set": (L.SET_CORE, None, build_set, 5, False, None),
    "rel_day": (L.REL_DAY_CORE, L.REL_DAY_PREFIX, build_rel_day, 4, False,
                _PARTDAY_LAST | {"اول", "بعد", "نفس", "ذات"}),
    "def_duration": (L.DEF_DURATION_CORE, None, build_def_duration, 4, False, None),
    "duration": (L.DURATION_CORE, L.DURATION_PREFIX, build_duration, 3, False,
                 {"منذ", "قبل", "حوالي", "نحو", "قرابة", "من", "يقارب"}),
    "year": (L.YEAR_CORE, None, build_year, 2, False, None),
    "far_year": (L.FAR_YEAR_CORE, None, build_year, 2, False, None),
    "year_words": (L.YEAR_WORDS_CORE, None, build_year_words, 2, False, None),
}
