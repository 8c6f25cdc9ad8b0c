"""LOC mentions the NER missed: well-known places and names right after a place cue word
(names next to found ones: nearby.py).

Conservative on purpose (entity F1 is scored): only literal gazetteer matches, only
countries, big cities and provinces of countries the article is about, or a name after
مدينة/بلدة/قرية/محافظة/… that the gazetteer knows as that kind of place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, canonical, compact, strip_al
from rasd.lang.words import POSSESSIVE_SUFFIXES
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.ner import before_sunset, before_verb, country_nisba, garden_of_eden
from rasd.stages.ner.neighbours import diameter_word
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import cue_words, strip_plain
from rasd.stages.places.rank import BIG_CITY
from rasd.stages.places.recall import CUED_ONLY, FUNCTION_WORDS, in_expression, last_entity_number
from rasd.stages.places.scan import (SLICEABLE, WellKnown, WindowKeys, first_keys, gaps, near_odd_gaps,
                                     well_known)
from rasd.stages.places.scan import key as _key
from rasd.stages.places.windows import Taken, reach, text_flags
from rasd.text.chars import span_without_final_tatweel

_ADD_CUES = {"direction": ("city", "town"), "near": ("city", "town"), "admin1": ("admin1",),
             "admin2": ("admin2", "town", "city"), "city": ("city", "town"),
             "town": ("town", "village", "city"), "village": ("village", "town"),
             "neighbourhood": ("neighbourhood", "village"), "facility": ("facility", "village", "town"),
             "region": ("admin1", "admin2", "city", "town", "village"),
             "natural": ("natural", "village", "town")}
# Words that start a place name in the gazetteer but are ordinary words after a cue.
STOP = {base_key(w) for w in ("التي", "الذي", "في", "من", "على", "إلى", "عن", "مع", "كبيرة", "صغيرة", "واحدة",
                              "أخرى", "آخر", "جديدة", "قريبة", "بعيدة", "الحدود", "المنطقة", "المدينة",
                              "تحت", "فوق", "بين", "حول", "داخل", "خارج", "عند", "لدى", "ذات", "نفس", "كل",
                              "أي", "بعض", "غير", "أمام", "خلف", "وراء", "شبه", "منها", "فيها", "عليها",
                              # "مديريات زنجبار وهناك بعض الإشكاليات": "there is", no list member
                              "هنا", "هناك", "هنالك")}
# Common words that are also names of big places (Medina, Al Ain, Gezira …): never added alone.
COMMON = {base_key(v) for w in ("المدينة", "العين", "الجزيرة", "المنطقة", "العاصمة", "الحلة", "الشام", "الخليج",
                                "الشرق", "الغرب", "الجنوب", "الشمال", "الوسط", "السلام", "النصر", "الوحدة",
                                "الثورة", "الحرية", "الأمل", "المملكة", "الدولة", "البلاد", "القرية", "المعادي",
                                "الساحل", "الداخل", "الوطن", "الأمة", "الحدود", "الكرامة", "المشهد", "السالم",
                                "الهوية", "الميدان", "البيضاء", "الهضبة", "السهل", "الوادي", "الجبل", "البحر",
                                "الصحراء", "النهر", "الميناء", "المطار", "السوق", "المدخل", "المخرج",
                                "الطريق", "المحور", "الجبهة", "الأطراف", "الضواحي", "الخبر", "الأكراد",
                                "الكرد", "العرب", "الروس", "الأتراك", "الأمريكان", "التركمان", "الدروز",
                                "الشيعة", "السنة", "العشائر", "القبائل", "الأهالي", "السكان", "الجديدة",
                                "المثلث", "السيول", "جزيرة", "الجزر")  # (سيول: floods, not Seoul)
          for v in (w, w[2:])} | CUED_ONLY  # "الداخلية" alone is the ministry
COUNTRY_CITY = 100_000  # a city this big is added when its country is one the article is about


@lru_cache(maxsize=100_000)
def cue_of(word_key: str) -> str | None:
    return strip_plain(word_key, cue_words())  # (strip_proclitic without its own memo: this is one)


def _visits(text: str, tc: TextContext, wk: WellKnown, *, use_cues: bool, known: bool) -> list[int]:
    """Indices of the words where `find_missed` may add something; at the others its loop
    finds nothing (a word that is no add-cue, and no window from it spells a well-known key),
    so they are skipped here — the flags are kept per written word."""
    flags = text_flags(text, tc, wk, _word_flags)
    if not known:  # the cue scan: add-cue words only
        return [i for i, f in enumerate(flags) if f[0]] if use_cues else []
    ckeys = gaps(text, tc)[3]
    end = len(flags) - 1
    dirty = near_odd_gaps(text, tc)
    heads = wk.heads
    out = []
    for i in [i for i, f in enumerate(flags) if (use_cues and f[0]) or (f[1] and (f[2] or i in dirty))]:
        cue, _sized, opens, one, _firsts = flags[i]
        # a joined window of one word needs a key (`one`), of two or more words a reading
        # that goes on into the next word's key; other windows need an odd gap
        if (use_cues and cue) or one or i in dirty or (i < end and any(f + ckeys[i + 1] in heads for f in opens)):
            out.append(i)
    return out


def _word_flags(surface: str, wkey: str, wk: WellKnown) -> tuple:
    """(an add-cue word, a word a name may start with, the readings of it that open a
    well-known key, one of its readings is a well-known key while some opens one, the keys
    of its readings): the tests `find_missed` starts with, for one word."""
    hit = cue_of(wkey)
    kind = cue_words().get(hit) if hit in _ADD_CUE_WORDS else None
    sized = hit not in _ADD_CUE_WORDS or kind == "direction"
    firsts = first_keys(surface, wkey)
    opens = tuple(filter(wk.heads.__contains__, firsts))
    return kind in _ADD_CUES, sized, opens, bool(opens) and any(f in wk.keys for f in firsts), firsts


def literal_candidates(gaz: Gazetteer, text: str) -> list:
    key = compact(base_key(text))
    return gaz.candidates(key, limit=20, literal=True) if key else []


def name_readings(text: str, start: int) -> list[tuple[str, int]]:
    """(name to look up, its start) for a word group, as written first, then without the
    proclitics of its first word: و/ف, then ب/ل (وبسوريا → سوريا; للعراق → العراق with
    mention لعراق, SPEC §2.1). Never ك (كبيرا is not ك + بيرا)."""
    out = [(text, start)]
    if text.startswith("لل") and len(text) > 4:
        out.append(("ا" + text[1:], start + 1))
    s, k = text, start
    if len(s) >= 4 and s[0] in "وف":
        s, k = s[1:], k + 1
        out.append((s, k))
    if len(s) >= 4 and s[0] in "بل":
        out.append((s[1:], k + 1))
    return out


# Words that open a longer facility name, unlike SPEC's descriptor words (مطار عدن → عدن).
_NAME_HEADS = {base_key(w) for w in ("طريق", "فندق", "مستشفى", "جامعة", "معبر", "مسجد", "قاعة", "مدرسة", "شركة",
                                     "بنك", "ملعب", "نادي", "صحيفة", "وكالة", "قناة", "إذاعة", "مجلس", "حكومة")}
# Cue words after which a name is added: SPEC §2.7 descriptors, ريف and admin words, directions.
_ADD_CUE_WORDS = {base_key(w) for w in ("حي", "منطقة", "محافظة", "محافظتي", "مدينة", "مدينتي", "بلدة", "بلدتي",
                                        "قرية", "قريتي", "ولاية", "مخيم", "مطار", "سجن", "قاعدة", "دوار", "ميدان",
                                        "ريف", "ناحية", "قضاء", "مديرية", "العاصمة", "شمال", "جنوب", "شرق", "غرب",
                                        "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "أطراف", "ضواحي",
                                        "جبل", "جبال", "مديريات", "جبهة", "ميناء", "ميناءي", "موانئ", "حقل",
                                        "قرى", "بلدات", "مدن")}
# Cue words that say exactly which kind of place follows: only that kind is added ("جبهة صرواح" is
# the district; "ميناء الحريقة" in a Libya story is no Yemeni village of that name).
_EXACT_CUES = {base_key(w): kinds for w, kinds in (
    ("جبهة", ("admin2",)), ("مديريات", ("admin2",)), ("ميناء", ("facility",)), ("ميناءي", ("facility",)),
    ("موانئ", ("facility",)), ("حقل", ("facility",)),
    # an Iraqi or Syrian district bears its seat's name, which the gazetteer may list as a
    # village ("قضاء مخمور"): the seat stands for the district
    ("قضاء", ("admin2", "town", "city", "village")), ("ناحية", ("admin2", "town", "city", "village")))}
PLACE_PREPOSITIONS = {base_key(w) for w in ("في", "إلى", "الى", "من", "على", "عن", "مع", "بين", "نحو", "داخل", "خارج",
                                            "حدود", "أراضي", "و", "زار", "تجاه", "ضد", "شمال", "جنوب", "شرق", "غرب",
                                            "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بقيادة")}


# "إيطاليا من أصل مغربي": a country's name in -يا before "من أصل" is a person's nisba (an
# Italian of Moroccan origin; audit U48), as the NER's `of_origin` reads it
_OF_ORIGIN = re.compile(r"\s+من\s+[أا]صو?ل")


_BOYS = base_key("بنين")
_GIRLS_AFTER = re.compile(r"\s*[-–—/،,]?\s*و?(?:ال)?بنات")
_GIRLS_BEFORE = re.compile(r"(?:ال)?بنات\s*[-–—/،,]?\s*و?(?:ال)?$")


def _beside_girls(text: str, start: int, end: int) -> bool:
    """Is بنين (boys) written beside بنات (girls), a dash, slash, comma or و between?"""
    return bool(_GIRLS_AFTER.match(text, end) or _GIRLS_BEFORE.search(text, max(0, start - 12), start))


def plausible_place(surface: str, reading_start: int, span_start: int, prev: str | None, cand,
                    countries: set[str], counted: bool = False) -> bool:
    """Reject readings that are words, not names: وجيزة → جيزة (a stripped reading must be
    the place's own name), "الدفاع السعودية" / "صحف تركية" (adjectives after a noun), a word
    written with tanween ("صنعًا", "مصرًا": names take none)."""
    if _TANWEEN.search(surface):
        return False  # "ركيكة التنفيذ صنعًا": a word written with tanween is indefinite, no name (not Sanaa)
    key = compact(base_key(surface))
    own = compact(base_key(cand.name)) == key
    if surface[:1] in "وف" and surface[1:2] in "أإآ":
        return False  # "وأن" is "and that", not Van: a name never opens with و + hamza
    if reading_start != span_start and not own:
        return False
    if (reading_start != span_start and cand.feature == "city" and cand.country not in countries
            and cand.population < 2_000_000):
        return False  # بهوية is "with the identity", not Huế
    if " " in surface.strip() and len(base_key(surface.split()[0])) <= 1:
        return False  # "لا يزال" read as ل + "ا يزال" (Aizawl): no name opens with a one-letter word
    if prev in _NAME_HEADS:  # طريق مكة المكرمة: the whole is a facility name
        return False
    if (cand.feature == "city" and surface[:1] in "وف" and len(key) <= 4 and cand.country not in countries
            and cand.population < 2_000_000):
        return False  # وأرى is "and I see", not Warri
    if cand.feature == "country" and cand.country not in countries and prev is not None and before_sunset(prev) \
            and key in _MAGHRIB:
        return False  # "قتل خاله قبل المغرب": before the sunset prayer, in a story that names no Morocco
    if prev is not None and before_verb(prev):
        return False  # "عندما عدن إلى العمل": when they returned, not Aden
    if prev is not None and garden_of_eden(prev, surface):
        return False  # "بجنات عدن": the Garden of Eden
    if cand.feature == "country" and prev is not None and country_nisba(prev, surface, counted):
        return False  # "مواطنا روسيا": a Russian citizen
    if _agrees_with_noun(surface, key, prev) and cand.country not in countries:
        return False  # "ولادة بعملية قيصرية" (a caesarean), "قبعة زرقاء" (a blue hat)
    if " " in surface.strip():
        first = base_key(surface.split()[0])
        # "المنطقة الجنوبية" is a phrase before it is Israel's Southern District
        return cand.country in countries or strip_al(first) not in cue_words()
    if cand.feature != "country" and not own and not _alias_in_story(cand, prev, countries):
        return False  # an alias a big place shares with a word (حلفاء, الشام)
    if len(key) <= 2 and cand.feature != "country":  # أن, إب: too short to tell from a word
        return False
    if len(key) == 3 and cand.feature == "admin1" and (reading_start != span_start or prev not in PLACE_PREPOSITIONS):
        return False  # "في لحج", "وحجة", not "بحجة" (under the pretext) or "يملكون حجة" (an argument)
    if key.endswith("ي") and prev is not None and prev not in PLACE_PREPOSITIONS:
        return False  # "مبلغ مالي" is a sum of money, not Mali
    if _adjective_after(key, prev):
        return False
    if key.endswith("يه") and not own and (prev is None or prev not in PLACE_PREPOSITIONS):
        return False
    return True


_TANWEEN = re.compile("[\u064b-\u064d]")  # ً ٌ ٍ
_MAGHRIB = frozenset(compact(base_key(w)) for w in ("المغرب", "مغرب"))
_ALIAS_CITY = 500_000  # a city this big is known by its other names too ("الأحواز" for Ahvaz)


def _alias_in_story(cand, prev: str | None, countries: set[str]) -> bool:
    """"في الأحواز جنوبي إيران": another name of a big city of a country the article names,
    right after a preposition, is that city — a word shares an alias with a city of a country
    the story is not about (حلفاء, Halfa), not with one of the story's own."""
    return (cand.feature == "city" and cand.population >= _ALIAS_CITY and cand.country in countries
            and prev is not None and prev in PLACE_PREPOSITIONS)


def find_missed(text: str, tc: TextContext, gaz: Gazetteer, covered: list[tuple[int, int]],
                countries: set[str], *, cues: bool = True, known: bool = True) -> list[Span]:
    """Spans of place names no entity covers: well-known names (`known`) and names after a
    cue word (`cues`)."""
    words = tc.words
    countries = set(countries)
    use_cues, cues = cues, cue_words()
    wkn = well_known(gaz.well_known_keys(min_population=COUNTRY_CITY))
    wk, wk_heads = wkn.keys, wkn.heads
    found: list[Span] = []

    taken = Taken(len(text), covered)  # the covered spans and the ones found here

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    brk, n_brk, clean, ckeys = gaps(text, tc)
    flags = text_flags(text, tc, wkn, _word_flags)

    def ngram(i: int, n: int) -> tuple[int, int] | None:
        if i + n > len(words):
            return None
        return None if n_brk[i + n - 1] - n_brk[i] else (words[i][0], words[i + n - 1][1])

    for i in _visits(text, tc, wkn, use_cues=use_cues, known=known):
        ws, we, wkey = words[i]
        hit = cue_of(wkey)
        kind = cues.get(hit) if hit in _ADD_CUE_WORDS else None
        if (use_cues and kind in _ADD_CUES and i + 1 < len(words) and words[i + 1][2] not in STOP
                and words[i + 1][2] not in COMMON and cue_of(words[i + 1][2]) is None):
            if brk[i]:
                continue
            for n in (3, 2, 1):
                span = ngram(i + 1, n)
                if not span or not free(*span):
                    continue
                surface = text[span[0]:span[1]]
                if surface in FUNCTION_WORDS:
                    continue  # "مديرية أمن القاهرة": the security directorate, not Emmen
                own = compact(base_key(surface))
                cands = [c for c in literal_candidates(gaz, surface) if c.feature in _EXACT_CUES.get(hit, _ADD_CUES[kind])]
                # a local name of a country in the news, or a sizeable town under its own name
                if any(c.country in countries or (compact(base_key(c.name)) == own and (
                        c.population >= 100_000 or (not countries and c.population >= 20_000)
                        or (c.feature == "facility" and kind == "facility"))) for c in cands):  # مخيم الزعتري
                    found.append(Span(span[0], span[1], text[span[0]:span[1]]))
                    taken.add(span[0], span[1])
                    break
            continue
        # a name never starts with a descriptor (SPEC §2.7: محافظة دير الزور → دير الزور); a
        # direction starts one only as part of an official name (جنوب السودان, شمال سيناء)
        sizes = (4, 3, 2, 1) if hit not in _ADD_CUE_WORDS else (4, 3, 2) if kind == "direction" else ()
        if not (sizes and known):
            continue  # no window to try from this word
        if we - ws > 2 and taken.overlaps(ws + 2, we):
            continue  # every reading's window overlaps a mention (and `taken` only grows)
        firsts = flags[i][4]  # first_keys(text[ws:we], wkey)
        last = min(i + 3, len(words) - 1)  # the gaps a window of up to 4 words spans
        if clean[last] - clean[i] == last - i and wk_heads.isdisjoint(firsts):
            continue  # no well-known key starts with any reading of this word (nor when joined)
        prev = words[i - 1][2] if i and not brk[i - 1] else None
        counted = i > 1 and prev is not None and not brk[i - 2] and words[i - 2][2].isdigit()  # "23 لاجئا سوريا"
        longest = reach(firsts, ckeys, i, wk_heads)
        if text[ws:we] in FUNCTION_WORDS:
            continue  # "إن دور الولايات المتحدة" is no إندور: a particle starts no name
        for n in sizes:
            span = ngram(i, n)
            if not span:
                continue
            if n > 1 and any(words[k][2] in STOP for k in range(i + 1, i + n)):
                continue  # "لا بد لي من": a preposition ends a phrase, not a joined name (ليمن)
            hit = None
            # cheap pre-filter: the window's key from its words' keys, the full key only for a hit
            joinable = clean[i + n - 1] - clean[i] == n - 1
            if joinable and n > longest:
                continue  # its first words already start no well-known key
            tail_len, tail_key = span[1] - we, "".join(ckeys[i + 1:i + n])
            if joinable and not any(f + tail_key in wk for f in firsts):
                continue  # no reading of the window is a well-known key
            split_keys = None if joinable else WindowKeys.of(text, tc)  # (kept on tc)
            if split_keys and not any(f + split_keys.tail(i, n) in wk for f in firsts):
                continue  # the same, with the keys of the gaps in between
            if n == 1 and text[span[0]:span[1]] in FUNCTION_WORDS:
                break  # "وكيل" (an agent) is no و + Kiel: a word, whatever its readings
            for surface, s in name_readings(text[span[0]:span[1]], span[0]):
                if joinable and _key(surface[:len(surface) - tail_len]) + tail_key not in wk:
                    continue
                bk = base_key(surface)
                if bk == _BOYS and _beside_girls(text, s, span[1]):
                    continue  # "للأندية الموسمية (بنين - بنات)": boys and girls, not Benin (audit U50)
                if (surface in FUNCTION_WORDS or compact(bk) not in wk or bk in COMMON or bk in cues
                        or not free(s, span[1]) or in_expression(text, tc, bk, span[1], s)
                        or (bk.endswith("يا") and _OF_ORIGIN.match(text, span[1]))
                        or (s > span[0] and _diameter(text, span[0], span[1]))):
                    continue
                good = [c for c in literal_candidates(gaz, surface)
                        if _well_known(c, countries) and plausible_place(surface, s, span[0], prev, c, countries,
                                                                         counted)]
                if good:
                    hit = Span(s, span[1], text[s:span[1]])
                    countries.update(c.country for c in good if c.country)  # عدن … وتعز
                    break
            if hit:
                found.append(hit)
                taken.add(hit.start, hit.end)
                break
    return found + _repeats(text, words, ckeys, found, covered)


def _diameter(text: str, start: int, end: int) -> bool:
    """"ساعة بقطر 40 ملليمتر": the word is "with a diameter of", not ب + Qatar (audit U66)."""
    nxt = text[end:end + 12].split()
    return diameter_word(text[start:end], nxt[0] if nxt else "")


def _agrees_with_noun(surface: str, key: str, prev: str | None) -> bool:
    """One indefinite word shaped like a feminine adjective (a nisba in ـية, a colour in ـاء)
    right after an indefinite feminine noun: it describes the noun."""
    shaped = key.endswith("يه") or surface.rstrip().endswith("اء")
    return (shaped and " " not in surface.strip() and not key.startswith("ال") and prev is not None
            and not prev.startswith("ال") and prev.endswith("ه") and prev not in PLACE_PREPOSITIONS)


def _adjective_after(key: str, prev: str | None) -> bool:
    """A nisba-shaped name right after a definite word agrees with it: "الحكومة السعودية",
    "بالحدود الغربية", "والصحراء الغربية", "حدودها الغربية" (a noun made definite by its pronoun)."""
    if not key.endswith(("يه", "ي")) or prev is None:
        return False
    return prev.startswith("ال") or (_definite(prev) and _strip_al(prev) not in _UNIT_WORDS)


_PROCLITIC_AL = ("وبال", "فبال", "ولل", "فلل", "بال", "وال", "فال", "كال", "لل")
# attached pronouns that make a noun definite (ه alone is not one: it is ة folded), with the
# second person plural and first person plural ones too ("حدودكم", "أرضنا")
PRONOUN_ENDS = POSSESSIVE_SUFFIXES + ("كم", "نا")
# "بالمنطقة الشرقية": after a proclitic, a unit word and the adjective may be a region's name
_UNIT_WORDS = frozenset(base_key(w) for w in ("منطقة", "محافظة", "ولاية", "إقليم", "مقاطعة"))


def _definite(key: str) -> bool:
    """The key of a definite word: a proclitic + ال ("بالحدود", "والصحراء"), or a noun with an
    attached pronoun ("حدودها"; five letters or more, so "هنا", "انا" are not read so)."""
    return key.startswith(_PROCLITIC_AL) or (len(key) >= 5 and key.endswith(PRONOUN_ENDS))


def _strip_al(key: str) -> str:
    """The word without its proclitics and ال ("بالمنطقه" → "منطقه", "للمنطقه" → "منطقه")."""
    pre = next((p for p in _PROCLITIC_AL if key.startswith(p)), "")
    return key[len(pre):]


def _repeats(text: str, words, ckeys: list[str], found: list[Span], covered) -> list[Span]:
    """Other uncovered occurrences of a name just added ("مدينة دوما … دوما")."""
    keys = {base_key(sp.text): sp for sp in found}
    if not keys:
        return []
    taken = Taken(len(text), [(sp.start, sp.end) for sp in found] + list(covered))
    out = []
    for j in _may_repeat(ckeys, keys):
        ws, we, _k = words[j]
        for off, bk, spaced in _reading_keys(text[ws:we]):
            if bk in keys and not spaced:
                s = ws + off
                # the name found once ("للمزيد - السعودية") is an adjective elsewhere
                # ("السلطات السعودية"): the check `plausible_place` made of the first occurrence
                prev = words[j - 1][2] if off == 0 and j and not text[words[j - 1][1]:ws].strip() else None
                if not taken.overlaps(s, we) and not _adjective_after(compact(bk), prev):
                    out.append(Span(s, we, text[s:we]))
                    taken.add(s, we)
                break
    return out


def _may_repeat(ckeys: list[str], keys) -> list[int] | range:
    """Indices of the words one of whose readings may key as one of `keys`: a reading's
    compact key is the word's without its first letters (or with ا for ل: للعراق), so the
    word's key ends with the reading's from its second letter on (scan.first_keys)."""
    if not SLICEABLE:
        return range(len(ckeys))
    tails = tuple({compact(k)[1:] for k in keys})
    return [j for j, k in enumerate(ckeys) if k.endswith(tails)]


@lru_cache(maxsize=100_000)
def _reading_keys(word: str) -> tuple[tuple[int, str, bool], ...]:
    """(offset, base key, has a space) of each of `name_readings` of a word, memoised per word."""
    return tuple((s, base_key(surface), " " in surface) for surface, s in name_readings(word, 0))


def _well_known(c, countries: set[str]) -> bool:
    if c.feature == "country":
        return True
    if c.feature == "facility" and c.id.startswith("rasd:") and " " in c.name.strip():
        return True  # a hand-listed landmark under its full name (المسجد الحرام)
    if c.feature == "city" and (c.population >= BIG_CITY or (c.population >= COUNTRY_CITY and c.country in countries)):
        return True
    if c.feature != "admin1" or len(canonical(c.name)) < 3:
        return False
    # a province of a country in the news (of 3 letters only then: لحج), or a big one with a
    # distinctive two-word name (قطاع غزة)
    return c.country in countries or (len(canonical(c.name)) >= 4 and c.population >= 1_000_000
                                      and " " in c.name.strip())


def add_entities(entities: list[Entity], spans: list[Span]) -> list[Entity]:
    """Attach each span to the LOC entity of the same name, or to a new entity e{n}."""
    by_key = {canonical(e.name): e for e in entities if e.label == "LOC"}
    n = last_entity_number(entities)
    for sp in spans:
        sp = span_without_final_tatweel(sp)  # "والتيفورـ": the stroke is no letter of the name
        if sp is None:
            continue
        ent = by_key.get(canonical(sp.text))
        if ent is None:
            n += 1
            ent = Entity(id=f"e{n}", label="LOC", name=sp.text, mentions=[])
            entities.append(ent)
            by_key[canonical(sp.text)] = ent
        ent.mentions.append(sp)
        ent.mentions.sort(key=lambda m: m.start)
    return entities


# "الخوخة بمحافظة الحديدة": the province word, with its ب or after في, that places the name before it
_PROVINCE_WORDS = {base_key(w) for w in ("محافظة", "مديرية")}
_IN_PROVINCE = {base_key(w) for w in ("بمحافظة", "بمديرية")}
_LOCAL_KINDS = ("town", "village", "admin2", "city")


def before_province(text: str, tc: TextContext, gaz: Gazetteer, covered: list[tuple[int, int]]) -> list[Span]:
    """A gazetteer town, village or district written right before "بمحافظة X" / "في محافظة X",
    when one of its candidates lies in province X: the text places it, however small ("في
    الخوخة بمحافظة الحديدة"). Never a common word, nor a name with no candidate in X."""
    words, taken, found = tc.words, Taken(len(text), covered), []
    for i in range(1, len(words) - 1):
        ws, _we, wkey = words[i]
        name_i = i - 1
        if wkey not in _IN_PROVINCE:
            if wkey not in _PROVINCE_WORDS or words[i - 1][2] != base_key("في") or i < 2:
                continue
            name_i = i - 2
        provinces = _province_names(text, words, i + 1, gaz)
        ns, ne, nkey = words[name_i]
        if (not provinces or text[ne:words[name_i + 1][0]] != " " or nkey in COMMON or nkey in STOP
                or nkey in cue_words() or taken.overlaps(ns, ne)):
            continue
        for surface, s in name_readings(text[ns:ne], ns):
            if any(c.feature in _LOCAL_KINDS and c.admin1 in provinces for c in literal_candidates(gaz, surface)):
                found.append(Span(s, ne, text[s:ne]))
                taken.add(s, ne)
                break
    return found


def _province_names(text: str, words, i: int, gaz: Gazetteer) -> set[str]:
    """English names of the provinces the one or two words from `i` name ("الحديدة")."""
    for n in (2, 1):
        if i + n <= len(words):
            surface = text[words[i][0]:words[i + n - 1][1]]
            names = {c.name_en for c in literal_candidates(gaz, surface) if c.feature == "admin1" and c.name_en}
            if names:
                return names
    return set()
