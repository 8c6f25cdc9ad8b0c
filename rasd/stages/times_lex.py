"""Word lists and compiled regexes for the times stage (SPEC §2.3), on the normalised view.

Everything is matched on `doc.norm.text` (alef forms folded, ى → ي, tashkeel and
tatweel removed, digits ASCII), so every form below is written in that spelling.
Each core names the span it reports as group `x` and each prefix as group `px`; neither
includes an attached proclitic (و ف ب ل ك): "وفي يوم الخميس" reports "يوم الخميس".
"""
from __future__ import annotations

import re

from rasd.lang.lexicon import alternation as _alt, load_table
from rasd.stages.numbers import PHRASE as NUM_PHRASE

WEEKDAYS = {"الاحد": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5}
WEEKDAYS_BARE = {k[2:]: v for k, v in WEEKDAYS.items()}  # "كل جمعة", "يوم اثنين"

ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
            "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20,
            "الثلاثين": 30}
for _w, _v in list(ORDINALS.items())[1:9]:
    ORDINALS[_w + " عشر"] = 10 + _v
    ORDINALS[_w + " والعشرين"] = 20 + _v
ORDINALS["الحادي عشر"] = 11
ORDINALS["الحادي والعشرين"] = 21
ORDINALS["الحادي والثلاثين"] = 31

# unit word → (ISO designator, precision, count implied by the form or None when a number precedes)
UNITS = {
    "يوم": ("D", "day", 1), "يوما": ("D", "day", None), "ايام": ("D", "day", None),
    "يومين": ("D", "day", 2), "يومان": ("D", "day", 2),
    "اسبوع": ("W", "week", 1), "اسبوعا": ("W", "week", None), "اسابيع": ("W", "week", None),
    "اسبوعين": ("W", "week", 2), "اسبوعان": ("W", "week", 2),
    "شهر": ("M", "month", 1), "شهرا": ("M", "month", None), "اشهر": ("M", "month", None),
    "شهور": ("M", "month", None), "شهرين": ("M", "month", 2), "شهران": ("M", "month", 2),
    "عام": ("Y", "year", 1), "عاما": ("Y", "year", None), "اعوام": ("Y", "year", None),
    "عامين": ("Y", "year", 2), "عامان": ("Y", "year", 2),
    "سنة": ("Y", "year", 1), "سنوات": ("Y", "year", None), "سنين": ("Y", "year", None),
    "سنتين": ("Y", "year", 2), "سنتان": ("Y", "year", 2),
    "ساعة": ("TH", "day", 1), "ساعات": ("TH", "day", None), "ساعتين": ("TH", "day", 2),
    "ساعتان": ("TH", "day", 2),
    "دقيقة": ("TM", "day", 1), "دقائق": ("TM", "day", None), "دقيقتين": ("TM", "day", 2),
    "دقيقتان": ("TM", "day", 2),
    # seconds: "و57 ثانية" closes "ساعة و42 دقيقة و57 ثانية" (audit U64 FR-2486); a bare ثانية
    # is the ordinal "second"/"again" ("مرة ثانية"), so only a counted one is a duration
    "ثانية": ("TS", "day", None), "ثوان": ("TS", "day", None), "ثواني": ("TS", "day", None),
    "ثانيتين": ("TS", "day", 2), "ثانيتان": ("TS", "day", 2),
}
DECADES = {"العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50, "الستين": 60,
           "السبعين": 70, "الثمانين": 80, "التسعين": 90}
PART_SLICE = {"بداية": (0, 2), "مطلع": (0, 2), "اوائل": (0, 2), "منتصف": (4, 6),
              "اواسط": (4, 6), "اواخر": (7, 9), "نهاية": (7, 9)}


def _months() -> tuple[dict[str, int], dict[str, int], set[str]]:
    greg, hijri, ambiguous = {}, {}, set()
    for key, cols in load_table("times_months.tsv").items():
        (greg if cols[1] == "g" else hijri)[key] = int(cols[0])
        if cols[2] == "1":
            ambiguous.add(key)
    return greg, hijri, ambiguous


GREG, HIJRI, AMBIGUOUS = _months()
_E = r"(?![^\W\d_])"                             # word end
MON = rf"(?:{_alt(GREG)})"
MON_PAIR = rf"(?P<mon>{MON}(?:\s*[/\-–(]\s*{MON}\)?|\s+{MON})?){_E}"
DAYNUM = r"(?P<day>[0-3]?\d)(?!\d|[.,:/]\d)"
ORD = rf"(?P<ord>{_alt(ORDINALS)})"
YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\d)"
WD = rf"(?P<wd>{_alt(WEEKDAYS)})"
# (الفارط/الفارطة: Tunisian "past"; الجارية: "current" of السنة — held-out U50; the dual
# "من 30 سبتمبر إلى 14 أكتوبر المقبلين" qualifies both days of a range — audit U54)
MOD = r"(?P<mod>قبل\s+الماضي|قبل\s+الماضية|الماضي|الماضية|المنصرم|المنصرمة|المنقضي|المنقضية|الفائت|الفائتة|الفارطة|الفارط|السابق|الجارية|الجاري|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة|المقبلين|القادمين|الماضيين|المنصرمين)"
# A part of the day or a clock time before a day word is part of the expression ("مساء يوم الخميس").
PARTDAY = (r"(?:(?:الساعة\s+\d{1,2}(?::\d\d)?\s+(?:(?:من\s+)?(?:صباح|مساء|ظهر|فجر|ليل|ليلة|عصر)\s+)?)"
           r"|(?:(?:قبل|بعد)\s+)?(?:صباح|مساء|(?<!قد )فجر|ظهر|ظهيرة|عصر|ليل|ليلة|منتصف\s+ليل|منتصف\s+ليلة|صبيحة)\s+(?:من\s+)?)")
# ("قد فجر الخميس غضبه": after قد, فجر is the verb "set off", not dawn — audit U46)

# Each rule is a CORE regex matched at a trigger word (times_scan) and an optional PREFIX
# regex matched backwards, ending where the core starts (parts of the day, "بين", "منذ").
# Anchored matches at a few trigger positions keep the stage fast (≥ 2,000 articles/s).
_P = r"(?<![^\W\d_])(?:(?:[وف][بلك]?|[بلك])(?=[^\W_]))?"     # prefix start: a word start, proclitic skipped
_MONTH_ALT = _alt(GREG)
# (a year right after a day and month may be older than 1800: "الرابع من تموز/يوليو 1776")
_YEAR_TAIL = r"(?:\s*,?\s*(?:من\s+)?(?:عام|العام|سنة)?\s*(?P<year>1[0-9]\d\d|20\d\d)(?!\d))"


def _c(core: str) -> re.Pattern:
    return re.compile(rf"(?P<x>{core})")


def _p(prefix: str) -> re.Pattern:
    return re.compile(rf"{_P}(?P<px>{prefix})$")


DATE_CORE = _c(rf"(?:{DAYNUM}\s*(?:من\s+)?|{ORD}\s+(?:من\s+)?(?:شهر\s+)?)(?:شهر\s+)?{MON_PAIR}(?:{_YEAR_TAIL}|\s+{MOD}{_E})?")
DATE_PREFIX = _p(rf"(?:{PARTDAY})?(?:يوم\s+)?(?:{WD}\s*,?\s*)?(?:يوم\s+)?")
MONTH_CORE = _c(rf"{MON_PAIR}(?:\s+(?:من\s+)?(?:عام|العام|سنة)?\s*{YEAR}|\s+{MOD}{_E})?")
MONTH_PREFIX = _p(r"(?P<shahr>شهر\s+)")
NUMERIC_CORE = re.compile(
    r"(?<![\d/.\-])(?P<x>(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4}))(?![\d/.\-]\d)")
HIJRI_CORE = _c(rf"(?:{DAYNUM}\s*(?:من\s+)?|{ORD}\s+(?:من\s+)?)?(?P<hmon>{_alt(HIJRI)}){_E}\s*(?:من\s+)?(?:ل?عام|العام|سنة)?\s*"
                r"(?P<hyear>1[34]\d\d)(?!\d)(?:\s*(?:ه(?![^\W\d_])|هجرية|هجري|للهجرة))?")
# A Hijri day and month placed by a modifier, no year ("19 رمضان الماضي", "21 شوال الحالي")
# (or none: "خلال الفترة من 1 شوال حتى …" is this Hijri year's day — held-out U50)
HIJRI_REL_CORE = _c(rf"(?:{DAYNUM}\s*(?:من\s+)?|{ORD}\s+(?:من\s+)?)(?P<shahr>شهر\s+)?(?P<hmon>{_alt(HIJRI)}){_E}(?:\s+{MOD}{_E})?")
# with neither a modifier nor شهر, صفر after a number is "zero" (a score: "فاز 2 صفر")
HIJRI_BARE_DAY_NEEDS_SHAHR = re.compile(r"صفر")
# an ordinal after a part word is that part's ("النصف الأول من رمضان", "الأسبوع الثاني من شوال")
SLICE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:النصف|الربع|الثلث|العشر|العشرة|الاسبوع|الاسبوعين|الايام)\s*$")
# an early Hijri year after a day and month ("20 جمادى الأولى 857هـ", audit U60): the day is of
# that year, which HIJRI_CORE (13xx/14xx) does not read
OLD_HIJRI_YEAR_AFTER_RE = re.compile(r"\s*(?:من\s+)?(?:ل?عام|العام|سنة)?\s*\d{1,3}\s*(?:ه(?![^\W\d_])|هجري|للهجرة)")
# A Hijri year alone ("عام 1434هـ", "1436 للهجرة"): the suffix is required; a school or
# fiscal year of two ("1434/1435هـ", audit U52) is one span
# (the mark may be missing after a year word, "خلال عام 1436": build_hijri_year then takes only
# a year near the article's Hijri year — "عام 1453" is the fall of Constantinople)
HIJRI_YEAR_CORE = re.compile(
    r"(?<![\d.,/])(?P<x>(?:(?P<kw>عام|العام|سنة|السنة)\s+)?(?:(?P<hyear0>1[34]\d\d)\s*[/\-–]\s*(?=1[34]\d\d\s*ه))?"
    r"(?P<hyear>1[34]\d\d)(?:\s*"
    r"(?P<mark>ه(?![^\W\d_])|هجرية|هجري|للهجرة|الهجري|الهجرية)|(?(kw)(?!\d|[/\-.]\d)|(?!))))")
WEEKDAY_CORE = _c(rf"{WD}(?:\s+{MOD})?{_E}")
# "يوم غد -الاثنين-", "غدا (الأحد)": the weekday set off by a dash or bracket is still the
# relative day's own (audit U62)
WEEKDAY_PREFIX = _p(rf"(?:{PARTDAY})?(?:(?:يوم\s+)?(?P<rel>اليوم|اول\s+(?:من\s+)?امس|امس|الامس|غدا|بعد\s+غد|(?:(?<=يوم\s)|(?<=صباح\s)|(?<=مساء\s)|(?<=ظهر\s)|(?<=عصر\s)|(?<=فجر\s)|(?<=ليلة\s))غد)(?:\s*[-–(]\s*|\s+)|يوم\s+)?")
REL_DAY_CORE = _c(r"(?P<rel>امس\s+الاول|امس|الامس|البارحة|البارحه|اليوم|غدا|غد|الليلة\s+الماضية|الليله\s+الماضيه)(?:\s+(?P<same>ذاته|نفسه|التالي|السابق))?" + _E)
REL_DAY_PREFIX = _p(rf"(?P<partday>{PARTDAY})?(?P<yawm>يوم\s+)?(?P<pre>اول\s+من\s+|اول\s+|بعد\s+)?(?P<same_pre>نفس\s+|ذات\s+)?")
# months in a half, quarter or third of a year; the ordinal picks which ("الاخير": the last)
YEAR_SLICES = {"النصف": 6, "الربع": 3, "الثلث": 4}
# (not before a year: "مطلع العام 2004" is that year, not this one)
# ("الـ27 من الشهر نفسه": the month of the date last named — audit U48)
REL_UNIT_CORE = _c(rf"(?P<unit>الاسبوع|الشهر|العام|السنة)(?!\s*[0-9٠-٩])(?:\s+{MOD}|\s+(?P<same_unit>نفسه|ذاته))?{_E}")
# "الـ16 من الشهر الجاري": a day of the month named by its place; also "في 12 الشهر الجاري"
# (no من: only after في — "أصيب 12 الشهر الماضي" counts people) and "الخامس من الشهر الماضي"
# "النصف الأول من العام الجاري", "الربع الأخير من العام الماضي": a slice of that year (a range
# of months, YEAR_SLICES); an ordinal after تشرين/كانون is the month's, not a day:
# "نوفمبر/تشرين الثاني من العام الماضي" is November (read by times._of_the_year)
REL_UNIT_PREFIX = _p(rf"(?:(?P<slice>{_alt(YEAR_SLICES)})\s+(?P<slice_ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+من\s+"
                     rf"|(?:ال\s*ـ?\s*)?(?P<dom>[0-9]{{1,2}})\s+من\s+|(?<=في\s)(?P<bare_dom>[0-9]{{1,2}})\s+"
                     rf"|(?<!تشرين )(?<!كانون )(?P<ord_dom>{_alt(ORDINALS)})\s+من\s+)?(?:(?P<part>{_alt(PART_SLICE)})\s+)?"
                     r"(?:(?P<this>هذا|هذه)\s+)?")
YEAR_CORE = re.compile(
    rf"(?<![\d.,/])(?P<x>(?:(?P<kw>عام|العام|سنة|السنة)\s+)?{YEAR})"
    r"(?!\s*(?:[%٪]|في\s+الما?[ئيء][ةه]|دولار|شخص|ريال|[.,]\d))")
# "حكمت بريطانيا عام 1558", "الخسوف المقبل عام 2123": a year out of 1800–2099 after its keyword
# (never a Hijri year: those run 13xx–14xx and have their own rule); bare, such a number is a count
FAR_YEAR_CORE = re.compile(
    r"(?P<x>(?P<kw>عام|العام|سنة)\s+(?P<year>1[5-7]\d\d|21\d\d)(?!\d))"
    r"(?!\s*(?:[%٪]|في\s+الما?[ئيء][ةه]|دولار|شخص|ريال|[.,]\d))")
# "عام ألفين", "سنة ألف وتسعمئة وتسعين": a year written in words after its keyword (audit U62)
YEAR_WORDS_CORE = re.compile(rf"(?P<x>(?:عام|العام|سنة)\s+(?P<num>(?:الفين|الفان|الف)(?![^\W\d_])"
                             rf"(?:\s+و\s?{NUM_PHRASE})?))")
# (only "في المئة/المائة" is a percentage: "عام 2016 في المستشفى" is a year — held-out U50)
# A bare year is a time only after one of these words ("في 2020", "منذ 2011").
# "الشهور الثمانية الأولى من 2017", "النصف الأول من 2017": a part of a year after من
PART_OF_YEAR_RE = re.compile(r"(?<![^\W\d_])(?:النصف|الربع|الثلث|الشهور|الاشهر|الاسابيع|الايام|الاولي|الاول"
                             r"|الاخير[ةه]?|الثاني[ةه]?|الثالث|الرابع)(?:\s+[^\s.,،]+)?\s+من\s*$")
# also after such a word and one plural event noun: "منذ اعتداءات 2009 التي …", "في انتخابات 2012"
# (the noun alone is not enough: "اعتداءات 2009" could count; "هجمات 11 سبتمبر" has no year)
_YEAR_EVENT_NOUNS = (r"(?:ال)?(?:اعتداءات|هجمات|احداث|انتخابات|احتجاجات|مظاهرات|تظاهرات|تفجيرات|اضطرابات"
                     r"|فيضانات)")
YEAR_PREP_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:في|منذ|حتي|خلال|بحلول|مطلع|اواخر|نهاية|بداية|اوائل|منتصف|قبل|بعد"
                          rf"|عامي|و|(?<!بين\s)العامين|للعامين|(?<!بين\s)السنتين|للسنتين|سنتي|(?<!بين\s)(?:ال)?(?:اعوام|سنوات))|(?:في|منذ|خلال|قبل|بعد)\s+{_YEAR_EVENT_NOUNS})\s*$")
# ("للعامين 2015 و2016": the dual with the article, like عامي — audit U48; the plural before a
# list, "ثلاثة أجزاء أعوام 1979 و1981 و1985" — audit U52)
YEAR_RANGE_CORE = _c(r"(?P<y1>1[89]\d\d|20\d\d)\s*(?:و|الي|حتي|-|–)\s*(?:عام|العام|سنة)?\s*(?P<y2>1[89]\d\d|20\d\d)(?!\d)")
# "(2006-2009)": a span of years set off in parentheses (a career, a reign, a life) needs no opener
YEAR_RANGE_PREFIX = _p(r"(?:(?P<open>بين|من)\s+(?:(?:عامي|عام|العام|سنتي|سنة)\s*)?|(?P<paren>\()\s*)")
DECADE_CORE = _c(r"(?P<dec>(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين))"
                 r"(?:يات|ات)(?:\s+(?P<cent>من\s+)?القرن\s+(?:الماضي|العشرين|الحالي|الحادي\s+والعشرين)"
                 r"|\s+(?P<hij>(?:ال)?هجري[ةه]?))?" + _E)  # "الثمانينيات الهجرية": the 1380s AH
# "القرن التاسع عشر", "القرن العشرين": a century named by its ordinal (the first year of its
# hundreds); not "صفقة القرن", "القرن الماضي" (no ordinal)
CENTURIES = {"السادس عشر": 1500, "السابع عشر": 1600, "الثامن عشر": 1700, "التاسع عشر": 1800,
             "العشرين": 1900, "الحادي والعشرين": 2000, "الواحد والعشرين": 2000}
CENTURY_CORE = _c(rf"القرن\s+(?P<cord>{_alt(CENTURIES)}){_E}")
DECADE_PREFIX = _p(rf"(?P<part>{_alt(PART_SLICE)})\s+")
_UNIT_ALT = _alt(UNITS)
# "قبل يوم واحد", "يوما واحدا": "one" after the unit word is its number (audit U64)
DURATION_CORE = _c(rf"(?:(?P<num>{NUM_PHRASE})\s*)?(?P<unit>{_UNIT_ALT}){_E}"
                   r"(?:\s+(?P<one>واحد[اةه]?)(?![^\W\d_]))?(?!\s*(?:1[89]|20)\d\d(?!\d))")
# "خلال الأيام الثلاثة الماضية", "على مدى الأسبوعين الماضيين": a definite plural unit, a number
# word and "past/last", or a definite dual and its dual adjective, count back from now — a
# duration. Without a number ("الأيام الماضية") it stays vague (SPEC §2.7).
DEF_PLURALS = {"الايام": "يوما", "الاسابيع": "اسبوعا", "الاشهر": "شهرا", "الشهور": "شهرا",
               "الاعوام": "عاما", "السنوات": "عاما", "الساعات": "ساعات", "الدقائق": "دقائق"}
DEF_DUALS = {"ال" + w: w for w in ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين", "ساعتين")}
DEF_DURATION_CORE = _c(
    rf"(?:(?P<dunit>{_alt(DEF_PLURALS)})\s+(?:ال\s*ـ?\s*)?(?P<dnum>{NUM_PHRASE})\s+(?:ال)?"
    r"(?:ماضية|اخيرة|منصرمة|فائتة|مقبلة|قادمة)"
    rf"|(?P<ddual>{_alt(DEF_DUALS)})\s+(?:ال)?(?:ماضيين|اخيرين|منصرمين|فائتين|مقبلين|قادمين))" + _E)
DURATION_PREFIX = _p(r"(?P<pre>(?:منذ|قبل)\s+(?:(?:حوالي|نحو|قرابة|اكثر\s+من|اقل\s+من|ما\s+يقارب)\s*)?)")
SET_CORE = _c(rf"(?:كل\s+(?:(?P<num>[2-9]|[1-9][0-9]|ثلاث[ةه]?|اربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|عشر[ةه]?)\s+"
              r"(?P<nunit>ايام|اسابيع|اشهر|شهور|سنوات|اعوام|ساعات)"  # "كل 3 سنوات" (audit U52)
              rf"|(?P<unit>يومين|اسبوعين|شهرين|عامين|سنتين|يوم|اسبوع|شهر|عام|سنة)"
              rf"(?:\s+(?P<wd2>{_alt(WEEKDAYS_BARE)}))?|(?P<wd1>{_alt(WEEKDAYS_BARE)}))"
              r"|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا)|بشكل\s+(?P<adj>يومي|اسبوعي|شهري|سنوي)"
              r"|بصورة\s+(?P<adjf>يومية|اسبوعية|شهرية|سنوية))" + _E)
# Future markers before a bare weekday ("سيعود إلى بنغازي الخميس"): resolve it forward.
# (also "كان مقررا أن يبدأ السبت", "يفترض أن", and what goes on to a day: "وتستمر حتى الجمعة")
# (و/ف may lead: "وسيبحث الملف الخميس" is next Thursday)
# (audit U54: "رفعت الجلسة على أن تجرى الثلاثاء" — an arrangement ahead; "من المتوقع انضمام
# أربع قرى … يوم الأربعاء" — an expectation)
# (audit U58: "المشروع الذي سيدشنه الأمير يوم الاثنين" — an opening ahead)
# (audit U60: "توقع الخبراء أن يصل الإعصار … بحلول مساء الثلاثاء" — a forecast and a deadline)
FUTURE_RE = re.compile(r"(?<![^\W\d_])(?:[وف]?سوف|[وف]?بحلول|[وف]?توقع(?:ت|وا)?(?![^\W\d_])|المقرر|مقررا?\s+[أا]ن|ي?فترض\s+[أا]ن|يعتزم|تعتزم|المرتقب"
                       r"|عل[يى]\s+[أا]ن\s+[يت][^\W\d_]+|(?:من\s+)?(?:المتوقع|المنتظر)|[وف]?[يت]توقع(?![^\W\d_])"
                       r"|و?[يت](?:ستمر|متد|تواصل)(?![^\W\d_])|[وف]?س[يتن](?:تم|جري|عقد|بدا|زور|صل|عود|لتقي"
                       r"|قوم|نطلق|توجه|شارك|ستضيف|جتمع|صدر|علن|غادر|نظم|نعقد|ناقش|بحث|قدم|وقع|حضر|لقي"
                       r"|طرح|نشر|فتتح|ستانف|دشن))")
# "القمة التي كانت ستعقد في سنغافورة … الخميس": a future in the past ("was to be held") says
# nothing of where the weekday lies (audit U48)
WAS_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?كان(?:ت|وا)?\s+$")
# Present verbs of planning or starting before a bare weekday: "يخطط لتنفيذ اعتداء الأربعاء",
# "هدنة تبدأ منتصف ليلة الإثنين", "يستعد الرئيس لقمة … الاثنين" — the day ahead
PLANNED_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:[يت]خطط|[يت]نوي|[يت]ريد|[يت]بدا|[يت]نطلق|[يت]ستعد)(?![^\W\d_])")
# "كان من المقرر أن يجري التصويت الجمعة، لكنه تأجل": a plan that did not happen — the day behind
CALLED_OFF_RE = re.compile(r"(?<![^\W\d_])(?:[وف]?لكن|تاجل|تاجلت|ارجئ|ارجئت|الغي|الغيت)")
# "الأربعاء في الرابع من تموز", "الخميس، 12 يوليو": the date after the weekday says which one
DATED_AFTER_RE = re.compile(rf"\s*[,،]?\s*(?:في\s+|الموافق\s+)?(?:\d{{1,2}}|{_alt(ORDINALS)})\s+(?:من\s+)?(?:شهر\s+)?"
                            rf"(?:{_MONTH_ALT}|{_alt(HIJRI)})(?![^\W\d_])")  # (Hijri too: "الأحد الموافق 8 ذو القعدة", U52)
# "ابتداء من الأحد", "اعتبارا من يوم الاثنين": a bare weekday after "starting from" is the
# nearest one, ahead or behind (times_build.build_weekday)
STARTING_RE = re.compile(r"(?<![^\W\d_])(?:ابتدا[ءئ]?ا?|اعتبارا|بد[ءا]ا?|بداي[ةه]|انطلاقا)\s+من\s+(?:يوم\s+)?$")

# "ابتداء من صباح الأحد ولغاية صباح يوم الثلاثاء": a weekday that closes a span opened in its
# own sentence is not before the span's first day (times_build.build_weekday)
SPAN_OPENED_RE = re.compile(r"(?<![^\W\d_])(?:ابتدا[ءئ]?ا?|اعتبارا|بد[ءا]ا?|انطلاقا)\s+من(?![^\W\d_])")
SPAN_CLOSES_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:ل?غاي[ةه]|حت[يى]|ال[يى]\s+غاي[ةه]|ال[يى]\s+حين)(?![^\W\d_])")

# Trigger words (normalised, proclitic removed) → the trigger kinds they start.
DECADE_WORDS = {p + d + s for p in ("", "ال") for d in ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين",
                                                        "سبعين", "ثمانين", "تسعين") for s in ("يات", "ات")}
# Words before a number + عاما that make it an age, not a duration (SPEC §2.7); "دون/فوق/تحت"
# bound an age ("الفتيات دون الثامنة عشرة عاما").
# "عمر المرشح 40 عاما", "سن الناخب 18 عاما": the age of a person named by a noun (U46)
# (a qualifier or a "then" may stand between: "تبلغ نحو الستة أعوام", "وكان عمره آنذاك 11 عاما")
AGE_RE = re.compile(r"(?:(?:(?<![^\W\d_])(?:سن\s+ال[^\W\d_]+|عمر\s+ال(?:مرشح|مرشحة|ناخب|ناخبة|طفل|طفلة|ضحية|متهم|متهمة|فتاة|شاب|شابة|لاعب|قتيل|سجين|معتقل|رئيس|مراة|امراة|رجل)|عمر\s+(?:اصغر|اكبر)(?:هم|هن|هما|ها)?)|عمر|العمر|عمره|عمرها|يبلغ|تبلغ|البالغ|البالغة|البالغين|البالغون|البالغات|ابن|ابنة|بنت|سن|سنه|عمرهم|(?<![^\W\d_])(?:دون|فوق|تحت))"
                    r"(?:\s+(?:[اآ]نذاك|حينها|حينذاك|وقتها|نحو|حوالي|حوالى|قرابة|قرابه|زهاء|ناهز|يناهز)){0,2}\s*(?:\(|ال)?|[-–(])\s*$"
                    r"|(?<![^\W\d_])(?:اعمار|اعمارهم|اعمارهن|عمرهما|عمرهم|اعمارها)(?![^\W\d_])")
# "توفي … عن 82 عاما", "حتى رحيلها في ديسمبر 2011 عن 82 عاما": عن + years in a clause that tells
# a death is the age at death (also "عن عمر ناهز …", read by AGE_RE)
AT_DEATH_BEFORE_RE = re.compile(r"(?<![^\W\d_])عن\s*$")
DEATH_WORD_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:توفي|توفيت|يتوفي|تتوفي|وفاته|وفاتها|الوفاة|رحيله|رحيلها|رحل|رحلت"
                           r"|مات|ماتت|فارق|فارقت|وافته|وافتها)(?![^\W\d_])")
# "الأطفال أقل من 5 سنوات", "الرضع أكبر من عامين": a bound on children's age after the noun
CHILD_AGE_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:اطفال|رضع|صغار|مواليد|قاصرين)\s+"
                                 r"(?:(?:اقل|اكبر|اصغر|اكثر)\s+من|دون|فوق|تحت)\s*$")
# "من عمر 15 سنة إلى 25 سنة", "ومن عمر 26 إلى 40 سنة": the far end of an age range is an age too
# (SPEC §2.7; audit U48)
AGE_RANGE_END_RE = re.compile(rf"(?<![^\W\d_])(?:عمر|سن|اعمار|اعمارهم|اعمارهن|العمر)\s+(?:ما\s+)?(?:بين\s+)?"
                              rf"(?:{NUM_PHRASE})(?:\s+(?:سنه|سنة|عاما|عام|سنوات|اعوام))?\s*(?:الي|حتي|و|-|–)\s*$")
# "رفع السن الأدنى للزواج من 14 إلى 16 سنة", "سن الرضا (…) من 13 إلى 16 سنة": an age raised
# or lowered from one number to another, the words of the age a few words back (audit U54)
AGE_CHANGE_END_RE = re.compile(rf"(?<![^\W\d_])(?:ال)?(?:سن|عمر)(?![^\W\d_])[^.،,\n]{{0,45}}?(?<![^\W\d_])من\s+"
                               rf"(?:{NUM_PHRASE})\s*(?:الي|حتي)\s*$")
# "مريم مصطفى، 18 عاماً،": a number of years between commas after a name is an age.
AGE_COMMAS_RE = re.compile(r",\s*$")
AGE_AFTER_RE = re.compile(r"^\s*(?:من\s+العمر|\))")
# a closing quotation mark after "N عاما" is an age only with no duration word before the number:
# '"الأعنف منذ نحو 3 سنوات"' ends a quotation, it is no age
AGE_MARK_AFTER_RE = re.compile(r"^\s*[\"»”]")
# "في مارس", "منذ آب", "بحلول مارس": after a preposition a month name that is also a word
# ("مارس" practised, "ماي") can only be the month; not آب (the Yemeni city إب: "في اب") nor
# نيسان (the car make)
MONTHS_AFTER_PREP = (3, 5, 6)  # (6: جوان, also a name — audit U48)
MONTH_PREP_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:في|منذ|بحلول|حتى|حتي|خلال|مطلع|اوائل|منتصف|اواخر|نهاية|نهايه)\s+$")
# "بحلول سبتمبر": "by September" — the month ahead
BY_MONTH_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?بحلول\s+(?:شهر\s+)?$")
# "في الثلاثينيات من العمر", "في العشرينات من عمرهن": a decade of someone's life, an age
AGE_OF_LIFE_RE = re.compile(r"^\s*من\s+(?:ال)?عمر(?:ه|ها|هم|هن|هما)?(?![^\W\d_])")
DURATION_CONTEXT = ("منذ", "لمدة", "مدة", "خلال", "طيلة", "طوال", "مرور", "مضي", "غضون", "بعد", "قبل",
                    "نحو", "حوالي", "قرابة", "اكثر من", "اقل من", "حتي", "لاكثر من", "مدي", "فترة")
# "اليوم" inside a media name is not a date ("المصري اليوم", "روسيا اليوم", "اليوم السابع").
# "اليوم" naming a paper: "عين اليوم", "صحيفة اليوم", "لـ «اليوم»"; or "اليوم السابع"
MEDIA_BEFORE_RE = re.compile(r"(?:(?:عين|المصري|روسيا|صحيفة|جريدة|موقع|قناة)\s+|ل[ـ]?\s*[\"«“]\s*)$")
# "وفي ذلك اليوم من يوليو 1974", "مصلي الظهر ذلك اليوم": the day of the story told, not today —
# only after a preposition or a part of the day: "وكررنا ذلك اليوم" is "we said it again today"
# (a weekday may follow: "ظهيرة ذلك اليوم الثلاثاء 20 جمادى الأولى" is no Tuesday of this week — U60)
THAT_DAY_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|(?:ال)?(?:صباح|مساء|ظهر|ظهير[ةه]|فجر|ليل|عصر))"
                                r"\s+(?:ذلك|ذاك)\s+$")
MEDIA_AFTER_RE = re.compile(r"\s+السابع(?![^\W\d_])")
# A month in a media name: "لموقع سبتمبر نت", "صحيفة 14 أكتوبر", "موقع 26 سبتمبر" (Yemeni outlets)
MONTH_MEDIA_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وفبل]{0,2}(?:ال)?(?:موقع|صحيف[ةه]|جريد[ةه]|قنا[ةه])"
                                   r"\s*[\"«“]?\s*$")
MONTH_MEDIA_AFTER_RE = re.compile(r"\s*[\"»”]?\s*نت(?![^\W\d_])")
# A bare month naming a building or site after it ("مفاعل تموز" the Osirak reactor, "ملعب
# أيلول", "ساحة تموز"): a name, no date (audit U60; a day before the month is read as before)
MONTH_NAMED_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وفبل]{0,2}(?:ال)?(?:مفاعل|ملعب|ساح[ةه]|ميدان|جسر|مستشفى)"
                                   r"\s*[\"«“]?\s*$")
# "الساعة الثامنة وعشر دقائق", "الساعة 8 و20 دقيقة": the minutes of a clock time, no duration
CLOCK_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وفبل]?الساع[ةه](?:\s+[^\s.,،]+){1,2}\s+و\s*$")
# "الاثنين والعشرين": the number two of a compound number (an age), not Monday
# "الاثنين" as the numeral "the two": "على الاثنين الآخرين", "وزار الاثنين معا", "كلا الاثنين"
# (text normalised: الآخرين → الاخرين)
THE_TWO_AFTER_RE = re.compile(r"\s+(?:الاخرين|الاخران|الاخريين|الاخريان|معا|معاً)(?![^\W\d_])")
THE_TWO_BEFORE_RE = re.compile(r"(?<![^\W\d_])كلا\s+$")
TENS_AFTER_RE = re.compile(r"\s+و(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?![^\W\d_])")
# "منذ اليوم الأول", "في اليوم الثالث": a day counted in a story, not today
# ("اليوم الآخر": the Last Day of faith, or the other of two days — never today)
ORDINAL_AFTER_RE = re.compile(r"\s+ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اخير|واحد|اخر)(?![^\W\d_])")
# "أعداء الأمس", "حلفاء الأمس": yesterday's people, the past in general — no date
PEOPLE_OF_YESTERDAY_RE = re.compile(r"(?<![^\W\d_])[وفبل]{0,2}(?:ال)?(?:اعداء|حلفاء|خصوم|اصدقاء|رجال|شركاء|رفاق|"
                                    r"ثوار|معارضي|حلفاءه|اعداءه)\s+$")
# "في أمس الحاجة": the elative أمسّ ("direst"), not yesterday — no date
ELATIVE_NEED_AFTER_RE = re.compile(r"\s+ال(?:حاج[ةه]|حاجات)(?![^\W\d_])")
# "التي لم تقم أمس": (was) not born / begun yesterday — no date
NOT_SINCE_YESTERDAY_RE = re.compile(r"(?<![^\W\d_])لم\s+(?:تقم|يقم|تولد|يولد|تبدا|يبدا|تنشا|ينشا)\s+$")
# 'قناة «اليمن اليوم»', '"العربي اليوم"': a quoted title ending in اليوم
TITLE_TODAY_BEFORE_RE = re.compile(r"[\"«“]\s*[^\W\d_]+\s+$")
TITLE_TODAY_AFTER_RE = re.compile(r"\s*[\"»”]")
# "اليوم الذي نفذت فيه الضربة", "اليوم العالمي للمرأة", "قسم اليوم العائلي": a day described,
# not today (a definite relative adjective or a relative pronoun after it)
# (and the participles of a day awaited or fixed: "يقترب اليوم الموعود", "قبل اليوم المقرر لوصول
# المفتشين" — audit U48; not every definite word: "قرار اليوم المفجع" is today's decision)
DESCRIBED_AFTER_RE = re.compile(r"\s+(?:الذي|ال[^\W\d_]{2,}ي|الموعود|المشهود|المنشود|المعهود|المنتظر|المشؤوم"
                                r"|المشئوم|المحدد|المقرر)(?![^\W\d_])")
# "20 ساعة في اليوم", "مرات كثيرة في اليوم": per day, no date (audit U48) — a bare "في اليوم"
# closed by punctuation or و; "في اليوم التالي/نفسه/الذي" have their own rules
PER_DAY_BEFORE_RE = re.compile(r"(?<![^\W\d_])في\s+$")
PER_DAY_AFTER_RE = re.compile(r"\s*(?:[,،.;:!?)\n]|و|$)")
# "منابر الجمعة", "خطب الجمعة": Fridays in general, no date; a weekday in a name ("أمهات السبت",
# a quoted group's name: a quotation mark right before the noun)
# 'برنامج (60 دقيقة)', "في برنامج 24 ساعة": a number and unit right after برنامج (its mark may
# stand between) name the programme — no duration (audit U52)
SHOW_NAME_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وفبل]{0,2}(?:ال)?برنامج\s*[(«\"“]?\s*$")
GENERIC_FRIDAY_RE = re.compile(r"(?:منابر|خطب)\s+$")
# (the quoted name only with the weekday right after its first word: with a prefix read before the
# weekday the quotation opens a sentence, '"عند الساعة 4:23 مساء الاثنين، رصدت …"' — audit U52)
QUOTED_NAME_WEEKDAY_RE = re.compile(r"[\"«“][^\W\d_]+\s+$")
# "الدكتور سالم الجمعة", "الدكتورعبدالله الجمعة" (title glued on): an academic title and one
# given name before the weekday make it the family name — these titles stand before a full name,
# unlike a political one before a bare surname ("الرئيس عباس الخميس" is a Thursday; audit U52).
# Glued, the rest must not be a suffix: "ناقش الدكتوراه الخميس", "المهندسين الخميس" are days.
TITLED_NAME_WEEKDAY_RE = re.compile(
    r"(?<![^\W\d_])[وفبل]{0,2}(?:ال)?(?:دكتور|مهندس|استاذ|بروفيسور)[هة]?(?:\s+|(?!اه|ات|ين|ون|ان|ي))"
    r"[^\W\d_]{2,}\s+$")
# A unit word followed by a definite noun or a month name is a construct ("يوم الأرض").
# (also a number: "خلال عام 1436" names a year — a Hijri one the year rule does not read — and
# "شهر 5" a month; neither is one year or month long — audit U48)
CONSTRUCT_AFTER_RE = re.compile(
    rf"\s+(?:ال(?!ماضي|مقبل|قادم|جاري|حالي|فائت|منصرم|سابق)|(?:{_alt(HIJRI)}|{_MONTH_ALT}|امس|غد)(?![^\W\d_])|\d)")
# "يوما بعد يوم" (day after day) is not a duration.
IDIOM_BEFORE_RE = re.compile(r"(?:يوما|عاما|شهرا|سنة)\s+بعد\s+$")
# "قبل N أيام من/على X", "قبل نحو شهر ونصف شهر من الانتخابات": a duration before another event,
# not a date before publication ("قبل يومين من الآن" is one).
RELATIVE_TO_RE = re.compile(r"(?:\s+و(?:نصف|ربع|ثلث)(?:\s+(?:شهر|يوم|ساعة|ساعه|عام|سنة|سنه))?)?"
                            r"\s+(?:من(?!\s+الان(?![^\W\d_]))|علي(?!\s+يد))\s")
