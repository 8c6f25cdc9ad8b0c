"""The times stage (SPEC §2.3): temporal expressions with resolved ISO values.

Rules run over the normalised view (`doc.norm.text`). One scan (times_scan) finds the
trigger words (weekdays, months, numbers, اليوم/أمس …); at each, the rules it can start
try an anchored core regex plus a prefix regex read backwards (times_lex: "مساء يوم",
"منذ حوالي", "بين"). The longest non-overlapping candidates are kept and resolved in
text order (times_build), so "اليوم ذاته" and a corrected "today" ("اليوم الاثنين" in a
Tuesday article, SPEC §2.7) see what came before. Spans map back through `doc.norm.map`.

Options (`[stages.times]`): `reference_date` (ISO) — the date used to infer a year
from a weekday when the article has no `published` date and names no year itself;
default: today's date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.model.document import Document
from rasd.model.record import TimeExpr
from rasd.pipeline.registry import register_stage
from rasd.stages import times_lex as L
from rasd.stages.times_build import RULES
from rasd.stages.times_pairs import joined_durations, joined_weekdays
from rasd.stages.times_scan import Hit, cached_scan
from rasd.stages.times_resolve import Ctx, parse_iso
from rasd.text.normalize import normalize, normalize_text

# the closing word may take و and "غاية" ("until"): "من يوم 16 اوت الى غاية يوم 18 اوت", "من
# يوم السبت 19 اوت والى غاية …", "ولغاية", "وحتى" (audit U56)
_RANGE_GAP = re.compile(r"\s*(?:و|و?(?:(?:الي|حتي)(?:\s+غاي[ةه])?|لغاي[ةه])|-|–)\s*")
_RANGE_OPEN = re.compile(r"(?<![^\W\d_])(?:بين|من)\s+$")
_YEAR_GROUPS = ("year", "y1")
_CLOCK_RULES = ("weekday", "rel_day")  # "الساعة 5:32 مساء الأربعاء"
# rules whose prefix may end in a number: a clock before a day, a day before "الشهر الجاري"
_DIGIT_PREFIX_RULES = _CLOCK_RULES + ("rel_unit",)


def _prev_word(text: str, pos: int) -> str:
    j = text.rfind(" ", 0, max(0, pos - 1))
    return text[j + 1:pos].strip().strip(",")


def _candidates(text: str, triggers) -> list[tuple[int, int, int, Hit, object]]:
    """(start, end, priority, hit, builder) for every rule that matches at a trigger; the
    prefix regex runs only when the word before could end one (a cheap set lookup)."""
    cands = []
    for pos, rules in triggers:
        prev = None
        for name in rules:
            core, prefix, builder, prio, required, last_words = RULES[name]
            m = core.match(text, pos)
            if m is None or m.end("x") == pos:
                continue
            pm = None
            if prefix is not None:
                if prev is None:
                    prev = _prev_word(text, pos)
                if (prev in last_words or prev[1:] in last_words
                        or (prev[:1] in "وف" and prev[1:2] in "بلك" and prev[2:] in last_words)  # "وبنفس"
                        or (prev[:1].isdigit() and name in _DIGIT_PREFIX_RULES)):
                    pm = prefix.search(text, max(0, pos - 60), pos)
                    if pm is not None and not pm.group("px"):
                        pm = None
                if pm is None and required:
                    continue
            start = pm.start("px") if pm is not None else pos
            cands.append((start, m.end("x"), prio, Hit(m, pm, text, start), builder))
    return cands


def _select(cands: list) -> list:
    """Longest first, then priority; keep those that overlap nothing kept."""
    taken: list[tuple[int, int]] = []
    kept = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], -c[2], c[0])):
        if all(c[1] <= s or c[0] >= e for s, e in taken):
            taken.append((c[0], c[1]))
            kept.append(c)
    return sorted(kept, key=lambda c: c[0])


def _context_year(kept: list) -> int | None:
    for _, _, _, m, _ in kept:
        for g in _YEAR_GROUPS:
            if m.group(g):
                return int(m.group(g))
    return None


# A bare first end before a full date or year: "من 4 إلى 6 أغسطس", "يومي 8 و9 مارس", "بين
# العامين 2010 و2012" — the number alone is no time, so the pair is read back from the second
# ("من يوم 11 إلى 15 مايو", "يومي الـ23 والـ24 من شهر أغسطس": يوم and a glued الـ may stand there)
_DAY_BACK = re.compile(r"(?<![^\W\d_])(?:من|بين|يومي|ايام)\s+(?:يوم\s+)?(?:الـ*\s*)?(?P<n>[0-9٠-٩]{1,2})\s*"
                       r"(?:و|ال[يى]|حت[يى]|-|–)\s*(?:الـ*\s*)?$")
_YEAR_BACK = re.compile(r"(?<![^\W\d_])(?:من|بين)\s+(?:(?:ال)?(?:عامين|عامي|سنتي|سنوات|اعوام)\s+)?"
                        r"(?P<n>[0-9٠-٩]{4})\s*(?:و|ال[يى]|حت[يى]|-|–)\s*$")
# the same with ordinal words: "بين الثالث والعاشر من أكتوبر", "من الأول حتى الخامس من مايو"
_ORD_DAY_BACK = re.compile(rf"(?<![^\W\d_])(?:من|بين)\s+(?:يوم\s+)?(?P<o>{L._alt(L.ORDINALS)})\s*"
                           r"(?:و|ال[يى]|حت[يى]|-|–)\s*$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_LEAD_DAY = re.compile(r"[0-9٠-٩]{1,2}(?![0-9٠-٩])")


def _read_back(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    out = []
    for ns, ne, v in items:
        if v["type"] == "date" and v["value"] and not v.get("value_end"):
            rx, day = (_DAY_BACK, True) if v["precision"] == "day" else (_YEAR_BACK, False) \
                if v["precision"] == "year" else (None, None)
            m = rx.search(text, max(0, ns - 30), ns) if rx else None
            if m is None and day:
                m = _ORD_DAY_BACK.search(text, max(0, ns - 40), ns)
            if m:
                n = (L.ORDINALS[" ".join(m.group("o").split())] if "o" in m.re.groupindex
                     else int(m.group("n").translate(_DIGITS)))
                first = (v["value"][:8] + f"{n:02d}") if day else f"{n:04d}"
                last = int(v["value"][8:10]) if day else 0
                if day and v["anchor"] == "hijri":
                    # "من 12 إلى 24 شوال": the days count in the Hijri month; step back from its end
                    # (a Hijri day not written in digits first is not read: the Gregorian day is no bound)
                    told = _LEAD_DAY.match(text, ns)
                    last = int(told.group().translate(_DIGITS)) if told else 0
                    first = (date.fromisoformat(v["value"]) - timedelta(days=last - n)).isoformat() \
                        if 1 <= n < last else first
                if (day and 1 <= n < last) or (not day and n < int(v["value"][:4])):
                    out.append((m.start(), ne, dict(v, type="range", value=first, value_end=v["value"])))
                    continue
        out.append((ns, ne, v))
    return out


_OF_EVERY_YEAR = re.compile(r"\s+(?:من|في)\s+$")


def _yearly(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """"يوم 8 مارس من كل سنة", "في 25 ديسمبر من كل عام": a day recurring every year is one
    `set` (P1Y), not that day of the publication year (audit U52, U54)."""
    if "كل" not in text:
        return items
    out: list[tuple[int, int, dict]] = []
    for ns, ne, v in items:
        if out and v["type"] == "set" and v["value"] == "P1Y":
            ps, pe, pv = out[-1]
            if (pv["type"] == "date" and pv["precision"] in ("day", "month") and pv["anchor"] == "published"
                    and _OF_EVERY_YEAR.fullmatch(text, pe, ns)):
                out[-1] = (ps, ne, dict(v))
                continue
        out.append((ns, ne, v))
    return out


_OF_YEAR = re.compile(r"\s+من\s+")


def _of_the_year(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """"مارس/آذار من العام الماضي", "12 مارس من العام المقبل": a month or a day read from the
    publication, then "من" and a year, is that year's: one expression. So is the same day
    ("وفي نفس اليوم من عام 2017": the day last named, in 2017 — audit U52)."""
    out: list[tuple[int, int, dict]] = []
    for ns, ne, v in items:
        if out:
            ps, pe, pv = out[-1]
            if (v["type"] == "date" and v["precision"] == "year" and pv["type"] == "date"
                    and pv["precision"] in ("month", "day")
                    and (pv["anchor"] == "published" or pv["anchor"] == "context" and pv["precision"] == "day")
                    and _OF_YEAR.fullmatch(text, pe, ns)):
                value = v["value"][:4] + pv["value"][4:]
                if pv["precision"] == "month" or parse_iso(value):  # (29 February of a common year)
                    out[-1] = (ps, ne, dict(pv, value=value, anchor=v["anchor"]))
                    continue
        out.append((ns, ne, v))
    return out


# "أبريل من العام نفسه", "آب/أغسطس من العام ذاته", "من نفس العام": the year told last
_SAME_YEAR = re.compile(r"\s+من\s+(?:(?:ال)?(?:عام|سن[ةه])\s+(?:نفس|ذات)(?:ه|ها)|(?:نفس|ذات)\s+(?:ال)?(?:عام|سن[ةه]))"
                        r"(?![^\W\d_])")


def _told_year(v: dict) -> str | None:
    """The year an expression states: its own year (explicit, context) or a year read from
    publication ("العام الماضي"); not a day or month merely placed in the publication year."""
    if v["type"] not in ("date", "range") or not (v["value"] or "")[:4].isdigit():
        return None
    return v["value"][:4] if v["anchor"] != "published" or v["precision"] == "year" else None


def _same_year(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """A month or day read from the publication, then "من العام نفسه/ذاته": the year of the
    last expression that told one (U37 SK-529 «في مارس 2017 … وفي أبريل من العام نفسه» is
    April 2017). With no year told before, the publication reading stands."""
    out: list[tuple[int, int, dict]] = []
    year = None
    for ns, ne, v in items:
        m = _SAME_YEAR.match(text, ne)
        if (m and year and v["type"] == "date" and v["precision"] in ("month", "day")
                and v["anchor"] == "published" and (v["precision"] == "month" or parse_iso(year + v["value"][4:]))):
            v, ne = dict(v, value=year + v["value"][4:], anchor="context"), m.end()
        year = _told_year(v) or year
        out.append((ns, ne, v))
    return out


# "ليل الاثنين الثلاثاء", "منتصف ليل الأحد - الاثنين": the night between two weekdays
_NIGHT_OPEN = re.compile(r"(?:منتصف\s+)?ليل[ةه]?\s")
_NIGHT_GAP = re.compile(r"\s*[-–/]?\s*")


def _nights(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """A night named by a weekday and the next one (U37 FR-2563 «اغتالهم ليل الاثنين
    الثلاثاء») is one range over both days, as «من ليل الخميس-الجمعة» already is. Not two
    weekdays that do not follow each other, nor a pair with no night word or with و/، between."""
    out: list[tuple[int, int, dict]] = []
    for ns, ne, v in items:
        if out:
            ps, pe, pv = out[-1]
            if (pv["type"] == v["type"] == "date" and pv["precision"] == v["precision"] == "day"
                    and _NIGHT_OPEN.match(text, ps) and _NIGHT_GAP.fullmatch(text, pe, ns)
                    and (a := parse_iso(pv["value"])) and (b := parse_iso(v["value"]))
                    and ((b - a).days == 1 or (b - a).days == -6)):
                # (-6: "ليل الأربعاء الخميس" in an article of that Wednesday read the Thursday as
                # the past one; the night runs into the next day — audit U48)
                end = (a + timedelta(days=1)).isoformat()
                out[-1] = (ps, ne, dict(pv, type="range", value_end=end))
                continue
        out.append((ns, ne, v))
    return out


def _merge_ranges(text: str, items: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """"من الاثنين إلى الأربعاء", "بين 5 و10 مارس"-like pairs of dates become one range."""
    items = _nights(text, _same_year(text, _of_the_year(text, _yearly(text, _read_back(text, items)))))
    out: list[tuple[int, int, dict]] = []
    i = 0
    while i < len(items):
        ns, ne, v = items[i]
        if i + 1 < len(items):
            ns2, ne2, v2 = items[i + 1]
            opener = _RANGE_OPEN.search(text, max(0, ns - 8), ns)
            v = _first_in_year_of(v, v2) if opener else v
            if (opener and v["type"] == v2["type"] == "date" and v["precision"] == v2["precision"]
                    and _RANGE_GAP.fullmatch(text, ne, ns2) and v["value"] < v2["value"]):
                merged = dict(v, type="range", value_end=v2["value"])
                out.append((opener.start(), ne2, merged))
                i += 2
                continue
        out.append((ns, ne, v))
        i += 1
    return out


def _first_in_year_of(v: dict, v2: dict) -> dict:
    """"من 30 سبتمبر إلى 14 أكتوبر المقبلين": a first day read from the publication takes the
    closing day's year (the year before when it would come after it), since the closing day's
    year or "المقبلين" speaks for the whole span (audit U54)."""
    if not (v["type"] == v2["type"] == "date" and v["precision"] == v2["precision"] == "day"
            and v["anchor"] == "published" and v2["value"][:4] != v["value"][:4]):
        return v
    first = parse_iso(v2["value"][:4] + v["value"][4:])
    if first is None:
        return v
    if first.isoformat() > v2["value"]:
        first = parse_iso(f"{first.year - 1:04d}" + v["value"][4:])
    return dict(v, value=first.isoformat()) if first else v


CLAUSE_CHARS = 150


def _moves_away(value: dict, last_day) -> bool:
    """An explicit month or year that does not hold the last day named."""
    if last_day is None or value["type"] != "date" or value.get("anchor") != "explicit":
        return False
    if value["precision"] not in ("month", "year"):
        return False
    return not last_day.isoformat().startswith(value["value"])


# Words before a name that make the "N عاما" after it a length of time the person spent, not
# an age ("بسجن برونسون 3 أعوام", "قضى فلان 20 عاما في المنفى")
_SPENT_BEFORE_NAME = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:سجن|حكم|قضى|قضت|يقضي|امضى|يمضي|لمدة|مدة|"
                                r"عاش|ظل|بقي|استمر|حكمت|قضاء|امضاء)(?![^\W\d_])")
_NAME_TO_AGE = re.compile(r"[\s،,]*")
# an age closes its phrase: a comma, a stop, "و" and the next listed person, a colon
_AGE_CLOSES = re.compile(r"\s*(?:[،,.:؛;)\n]|و|$)")


def _person_ends(doc: Document) -> dict[int, int]:
    """End → start of each person-name mention (the NER runs before this stage in the default
    pipeline; without entities nothing is known)."""
    return {m.end: m.start for e in doc.entities if e.label == "PER" for m in e.mentions}


def _age_after_name(doc: Document, names: dict[int, int], start: int, end: int) -> bool:
    """"خالد بلقاسمي 60 عاما", "ويدعى كيلانا، 53 عاما": a number of years right after a
    person's name is the person's age (§2.7), unless the clause before the name says time spent
    or the years run on into the verb's object ("ترأس بوتفليقة 20 عاما البلاد")."""
    text = doc.text
    if not _AGE_CLOSES.match(text, end):
        return False
    for name_end, name_start in names.items():
        if name_end <= start and start - name_end <= 3 and _NAME_TO_AGE.fullmatch(text, name_end, start):
            before = text[max(0, name_start - 30):name_start]
            return not _SPENT_BEFORE_NAME.search(normalize_text(before))
    return False


# a bare weekday, "يوم" optional, nothing else ("الأحد", "يوم الأحد", "، الأحد،")
_BARE_WEEKDAY = re.compile(rf"^(?:يوم\s+)?(?:{'|'.join(L.WEEKDAYS)})$")


def _coming_weekdays(text: str, items: list, published: date) -> list:
    """A bare weekday read as the past one moves to the coming one when the article names that
    coming day by its date ("تشهد تركيا، الأحد، انتخابات" in a Saturday paper that also says
    "24 يونيو الحالي", a Sunday — audit U46): the text tells which week it means."""
    dated = {v["value"] for ns, ne, v in items if v["type"] == "date" and v["precision"] == "day"
             and not _BARE_WEEKDAY.match(text[ns:ne])}
    out = []
    for ns, ne, v in items:
        if v["type"] == "date" and v["precision"] == "day" and v["anchor"] == "published" \
                and _BARE_WEEKDAY.match(text[ns:ne]) and (d := parse_iso(v["value"])) is not None and d < published:
            ahead = d + timedelta(days=7)
            # (only when the coming day is the nearer one: "ووقعت الأربعاء مواجهات" in a Friday
            # paper stays two days back even if next Wednesday is dated too)
            if ahead > published and ahead - published < published - d and ahead.isoformat() in dated \
                    and d.isoformat() not in dated:
                v = dict(v, value=ahead.isoformat())
        out.append((ns, ne, v))
    return out


class TimesStage:
    name = "times"
    requires = ("text", "norm")
    assigns = ("times",)

    def __init__(self, *, reference_date: str | None = None) -> None:
        self.reference = parse_iso(reference_date) or date.today()

    def __call__(self, doc: Document) -> Document:
        view = doc.norm if doc.norm is not None else normalize(doc.text)
        text = view.text
        kept = _select(_candidates(text, cached_scan(doc, text)[0]))
        published = parse_iso(doc.meta.published)
        ctx = Ctx(published=published, today=published, reference=self.reference,
                  context_year=_context_year(kept))
        items = []
        for ns, ne, _, m, builder in kept:
            # "إنه سيتم … تنظيم يوم غضب … يوم الخميس": the future marker may stand far back
            ctx.clause = text[max(0, ns - CLAUSE_CHARS):ns]
            ctx.after = text[ne:ne + 3]
            value = builder(m, ctx, text[max(0, ns - 40):ns])
            if value is not None:
                if value.pop("_core_only", False):
                    ns = m.core.start("x")
                ne += value.pop("_close", 0)
                items.append((ns, ne, value))
                if value["type"] == "date" and value["precision"] == "day":
                    # what "اليوم ذاته" later refers to ("صبيحة يوم 10 فيفري … مساء اليوم ذاته")
                    ctx.last_day = parse_iso(value["value"]) or ctx.last_day
                elif _moves_away(value, ctx.last_day):
                    # "… يوم الأحد. وكان نيكي في مخيم في أغسطس 1998 … في اليوم التالي": the story
                    # moved to another month or year; "اليوم التالي" no longer follows that Sunday
                    ctx.last_day = None
        if published is not None:
            items = _coming_weekdays(text, items, published)
        items = joined_durations(text, joined_weekdays(text, items))
        names = _person_ends(doc)
        if names:
            items = [(ns, ne, v) for ns, ne, v in items
                     if not (v["type"] == "duration" and v["value"].endswith("Y")
                             and _age_after_name(doc, names, *view.map.to_orig(ns, ne)))]
        doc.times = [self._expr(doc, view, i, ns, ne, v)
                     for i, (ns, ne, v) in enumerate(_merge_ranges(text, items), start=1)]
        return doc

    @staticmethod
    def _expr(doc: Document, view, i: int, ns: int, ne: int, v: dict) -> TimeExpr:
        start, end = view.map.to_orig(ns, ne)
        return TimeExpr(id=f"t{i}", start=start, end=end, text=doc.text[start:end], **v)


@register_stage("times")
def make_times(config: dict, resources=None) -> TimesStage:
    return TimesStage(reference_date=(config or {}).get("reference_date"))
