"""One pass over the normalised text that finds the words where a time or a count can start.

Both the times and the quantities stage need the same walk over the words; it is done
once per document (cached in `doc.extras`) and yields trigger positions, where the
stages then try a few anchored regexes instead of scanning the whole text with each.
"""
from __future__ import annotations

import re

from rasd.stages import times_lex as L
from rasd.stages.quantities_lex import PERSON_DUALS
from rasd.stages.numbers import words as number_words

_PROCLITICS = "وفبلك"
_CONT = ".,:/"

# Which rules a number can start, by its length (a day, a year, a count) — fewer anchored tries.
_DIGIT_RULES = {1: ("hijri", "hijri_rel", "date", "duration"), 2: ("hijri", "hijri_rel", "date", "duration"),
                4: ("hijri_year", "year_range", "year", "duration")}
_DIGIT_OTHER = ("duration",)
_NUMERIC = ("numeric",)


def _time_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}

    def add(words, *rules):
        for w in words:
            table.setdefault(w, set()).update(rules)

    add(L.WEEKDAYS, "weekday")
    add({k.split()[0] for k in L.GREG}, "month")
    add({k.split()[0] for k in L.HIJRI}, "hijri")
    add({k.split()[0] for k in L.ORDINALS}, "date", "hijri", "hijri_rel")  # (an ordinal day of a Hijri month too)
    add(("اليوم", "امس", "الامس", "البارحة", "البارحه", "غدا", "غد", "الليلة", "الليله"), "rel_day")  # (الليلة الماضية: last night)
    add(("الاسبوع", "الشهر"), "rel_unit")
    add(("العام", "السنة"), "rel_unit", "year", "far_year", "hijri_year", "year_words")
    add(("عام", "سنة"), "year", "far_year", "hijri_year", "year_words")
    add(L.UNITS, "duration")
    add(set(L.DEF_PLURALS) | set(L.DEF_DUALS), "def_duration")
    add(L.DECADE_WORDS, "decade")
    add(("القرن",), "century")
    add(("كل", "يوميا", "اسبوعيا", "شهريا", "سنويا", "بشكل", "بصورة"), "set")
    nums = set(number_words()) | {"ال" + w for w in number_words()} | {"احد", "احدي"}
    add(nums, "duration")
    return {k: tuple(sorted(v)) for k, v in table.items()}


TIME_TABLE = _time_table()
QTY_WORDS = (set(number_words()) | {"ال" + w for w in number_words()} | {"احد", "احدي"})
# Dual nouns that count two people by themselves ("شخصين", "الشابين").
DUAL_WORDS = {p + w for p in ("", "ال") for w in (
    "شخصين", "شخصان", "شابين", "شابان", "طفلين", "طفلان", "جنديين", "جنديان", "رجلين", "رجلان", "امراتين",
    "حالتين", "حالتان", "حالاتان", "عنصرين", "عنصران", "شقيقين", "شقيقان", "اخوين", "فردين", "فردان",
    "ضابطين", "ضابطان", "فتاتين", "فتاتان", "طفلتين", "طفلتان", "شرطيان", "حارسين", "حارسان", "اسيرين",
    "اسيران", "شهيدين", "شهيدان", "قتيلين", "قتيلان", "طبيبين", "طبيبان",
    # a sound plural's dual only in the nominative: "مسلحين" is also the plural
    "مسلحان", "مدنيان", "مواطنان", "صحفيان", "صحافيان", "مقاتلان", "متظاهران", "موظفان", "عاملان",
    "لاجئان", "معتقلان", "مسؤولان", "مسوولان", "سائقان", "ناشطان", "مصابان", "مسعفان", "عسكريان",
    "جريحين", "جريحان", "امراتان", "سيدتين", "سيدتان", "رهينتين", "رهينتان", "نائبين", "نائبان",
    "قائدين", "قائدان", "صبيين")} | {p + w for p in ("", "ال") for w in PERSON_DUALS}


def _trie(words) -> str:
    """A regex alternation shaped as a trie: one branch per letter, so a failing position
    costs a couple of steps instead of one try per word."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


_TRIE = _trie(set(TIME_TABLE) | QTY_WORDS | DUAL_WORDS)
# Two passes are cheaper than one alternation: \d+ lets the regex engine skip ahead.
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(rf"(?<![^\W\d_])(?:(?P<w>{_TRIE})|(?:[وف][بلك]?|[بلك])(?P<v>{_TRIE}))(?![^\W\d_])")


def _digit_rules(n: int, numeric: bool, drop: frozenset) -> tuple[str, ...]:
    rules = _DIGIT_RULES.get(n, _DIGIT_OTHER)
    if numeric:
        rules = _NUMERIC + rules
    return tuple(r for r in rules if r not in drop) if drop else rules


def scan(text: str) -> tuple[list[tuple[int, tuple[str, ...]]], list[int], list[tuple[int, int]]]:
    """(time triggers as (position, rule names), number positions, dual-noun spans)."""
    times: list[tuple[int, tuple[str, ...]]] = []
    digits: list[tuple[int, int, bool]] = []
    qty: list[int] = []
    duals: list[tuple[int, int]] = []
    ttab, qwords = TIME_TABLE, QTY_WORDS
    greg = hijri = False
    for m in _DIGITS.finditer(text):
        pos = m.start()
        if pos >= 2 and text[pos - 1] in _CONT and text[pos - 2].isdigit():
            continue  # the "200" of "1,200", the "32" of "5:32"
        end = m.end()
        n = end - pos
        numeric = end < len(text) and text[end] in "/.-" and n in (1, 2, 4)
        digits.append((pos, n, numeric))
        qty.append(pos)
    for m in _WORDS.finditer(text):
        key = "w" if m.group("w") is not None else "v"
        w, pos = m.group(key), m.start(key)
        rules = ttab.get(w)
        if rules is not None:
            times.append((pos, rules))
            greg = greg or "month" in rules
            hijri = hijri or "hijri" in rules
        if w in qwords:
            qty.append(pos)
        elif w in DUAL_WORDS:
            duals.append((pos, m.end()))
    qty.sort()
    # A number starts a day-month date only if the text names a month somewhere.
    drop = frozenset(r for r, seen in (("date", greg), ("hijri", hijri), ("hijri_rel", hijri)) if not seen)
    times.extend((pos, _digit_rules(n, numeric, drop)) for pos, n, numeric in digits)
    return times, qty, duals


def cached_scan(doc, text: str):
    hit = doc.extras.get("ar_scan")
    if hit is not None and hit[0] is text:
        return hit[1]
    result = scan(text)
    doc.extras["ar_scan"] = (text, result)
    return result


class Hit:
    """A core match at a trigger plus the prefix matched before it, read like one match."""

    __slots__ = ("core", "pre", "string", "start", "stop")

    def __init__(self, core: re.Match, pre: re.Match | None, string: str, start: int) -> None:
        self.core, self.pre, self.string, self.start = core, pre, string, start
        self.stop = core.end("x")

    def group(self, name: str):
        if name in self.core.re.groupindex:
            v = self.core.group(name)
            if v is not None:
                return v
        if self.pre is not None and name in self.pre.re.groupindex:
            return self.pre.group(name)
        return None

    def end(self) -> int:
        return self.stop

    @property
    def text(self) -> str:
        return self.string[self.start:self.stop]
