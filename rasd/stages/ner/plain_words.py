"""Chunks the tagger misreads in their place (audit U50): plain words it takes for names, and a
stadium's name it takes for a thing's.

Each test is a quick look at the chunk's word and its neighbours, asked by `NerStage._fill`.
"""
from __future__ import annotations

import re

from rasd.lang.words import POSSESSIVE_SUFFIXES

from .gazetteer import PERSON_TYPES
from .norm import norm_key

# a definite plural of a nisba (with و/ل/ب/ف before ال): "الاتحاديين" (the club's fans),
# "الخبراء الاكتواريون" (actuaries) — a group of people, never one person's name
_PLURAL_NISBA = re.compile(r"^(?:[وفبل]|وب|ول|فب|فل)?ال\w{3,}ي(?:ين|ون)$")
# the girls beside the boys: "للأندية الموسمية (بنين - بنات)" is no Benin
_BOYS = frozenset(norm_key(w) for w in ("بنين", "وبنين", "البنين", "والبنين", "للبنين"))
_GIRLS = frozenset(norm_key(w) for w in ("بنات", "وبنات", "البنات", "والبنات"))
# "الاتحاد" (the federation) before a country's adjective is a common noun with a nationality
# ("سكرتير الاتحاد الكويتي", SPEC 2.1: "الجيش المصري"); the adjectives of wider bodies make
# names ("الاتحاد الأوروبي", "الاتحاد الأفريقي", "الاتحاد السوفييتي")
_UNION = frozenset(norm_key(p + "الاتحاد") for p in ("", "و", "ب", "ل", "ف", "وب", "ول"))
_WIDER = frozenset(norm_key(w) for w in """الأوروبي الاوروبي الأوربي الأفريقي الافريقي الإفريقي الآسيوي
الاسيوي العربي الخليجي السوفيتي السوفييتي السوفياتي المغاربي اللاتيني الدولي العالمي الإسلامي الاسلامي
الوطني القاري الأوراسي الاوراسي الروسي""".split())  # (الاتحاد الروسي: the Russian Federation)


def plural_nisba(word: str) -> bool:
    """Is the word a definite plural of a nisba ("الاتحاديين", "الاكتواريون"), a group of
    people and never a person's name? (Not "الأمين", "الحسين": the ending is يين/يون.)"""
    return bool(_PLURAL_NISBA.match(norm_key(word)))


def boys_beside_girls(toks, a: int) -> bool:
    """Is the chunk's word بنين (boys) with بنات (girls) next to it, a dash or و between
    ("بنين- بنات", "بنات وبنين")? Not the country then."""
    if norm_key(toks[a].text) not in _BOYS:
        return False
    near = [t for t in toks[max(0, a - 2):a + 3] if any(ch.isalpha() for ch in t.text)]
    return any(norm_key(t.text) in _GIRLS for t in near)


def union_with_nationality(toks, a: int, b: int, types) -> bool:
    """Is the chunk the word الاتحاد, alone or with the adjective after it, and that word a
    country's adjective ("الاتحاد الكويتي": the Kuwaiti federation, a common noun with a
    nationality)? `types` gives a word's name-list types; the adjectives of wider bodies
    (الأوروبي, الأفريقي, السوفييتي …) and the Russian Federation are left alone."""
    if b - a > 2 or norm_key(toks[a].text) not in _UNION or a + 1 >= len(toks):
        return False
    nxt = norm_key(toks[a + 1].text)
    return nxt not in _WIDER and "NAT" in types(toks[a + 1].text)


# دوما written for دوماً (always) between a verb and what it does: "كنا دوما نتشاور", "تقف
# دوما مع الإجماع" — the town of Douma stands after a preposition or place word, or before في
_ALWAYS = norm_key("دوما")
_ALWAYS_NEXT = frozenset(norm_key(w) for w in ("مع", "ما", "إلى", "الى", "بجانب", "وأبدا", "وابدا"))
_IMPERFECT = re.compile(r"^[يتنأ]\w{3,}$")
_PLACE_BEFORE = frozenset(norm_key(w) for w in """في من إلى الى على عن حول قرب داخل مدينة بلدة قرية منطقة
سكان أهالي ريف محيط""".split())


def always_not_douma(toks, a: int) -> bool:
    """Is the chunk the bare word دوما where the adverb دوماً stands: after no preposition or
    place word, before مع/ما/إلى or an imperfect verb ("كنا دوما نتشاور", "تقف دوما مع")?"""
    if norm_key(toks[a].text) != _ALWAYS or a + 1 >= len(toks) or a == 0:
        return False
    if norm_key(toks[a - 1].text) in _PLACE_BEFORE:
        return False
    nxt = norm_key(toks[a + 1].text)
    return nxt in _ALWAYS_NEXT or bool(_IMPERFECT.match(nxt))


# a stadium's head word: the name after it is the venue, a place (SPEC 2.1: facilities are LOC)
_VENUES = frozenset(norm_key(p + w) for p in ("", "و", "ب", "ل", "ف", "وب", "ول")
                    for w in ("ملعب", "ستاد", "استاد", "إستاد"))


def after_venue_word(toks, a: int) -> bool:
    """Is the chunk right after ملعب/ستاد/استاد ("على ملعب سانتياجو برنابيو")? The name the
    tagger calls MISC there is the stadium's, a place. (A man's name there, "ستاد جابر", stays a
    person: as a place it would be resolved to any village of that name.)"""
    return a > 0 and norm_key(toks[a - 1].text) in _VENUES


def dual_verb(word: str, no_name, seen) -> bool:
    """Is the word a past verb of two women or bodies ("وسألتا", "أكدتا": -تا after the -ت of
    "سألت"), which the tagger reads as a far town (Salta)? Asked of one-word chunks: the -ت
    form, the word less its last ا, is one the label priors saw untagged (`no_name`), and the
    word itself is untagged there too or never `seen` ("جاكرتا", "أتلانتا": no -ت words)."""
    w = norm_key(word)
    return (len(w) >= 5 and w.endswith("تا") and no_name(w[:-1])
            and (no_name(w) or not seen(w)))


# a diplomatic mission and the city it sits in: "القنصلية التونسية ببالارمو", "سفارة فرنسا بروما"
_MISSIONS = frozenset(norm_key(p + a + w) for p in ("", "و", "ب", "ل", "ف") for a in ("", "ال")
                      for w in ("سفارة", "قنصلية", "سفارات", "قنصليات", "بعثة", "ممثلية"))


def mission_city(toks, a: int, types) -> bool:
    """Is the chunk's first word, at `a`, ب + a name right after a diplomatic mission, or after
    a mission and its country (a nisba or a listed place: "القنصلية التونسية ببالارمو")? The
    mission is "in" the word: a city, however the tagger read it. `types` gives a word's
    name-list types; a listed person's name after ب is the object of a verb ("واتصلت السفارة
    بمحمد": the embassy called Mohammed), no city."""
    w = norm_key(toks[a].text)
    if len(w) < 5 or not w.startswith("ب") or a == 0 or types(toks[a].text[1:]) & PERSON_TYPES:
        return False
    before = norm_key(toks[a - 1].text)
    if before in _MISSIONS:
        return True
    return a > 1 and norm_key(toks[a - 2].text) in _MISSIONS and bool(types(toks[a - 1].text) & {"NAT", "LOCB"})


# elatives that head a construct ("كبرى مدنها", "أكبر المدن"): the greatest of them, never a place
# or a man there, though كبرى and أبرز are listed villages and أكبر a given name
_ELATIVES = frozenset(norm_key(p + w) for p in ("", "و", "ف", "ب", "ل")
                      for w in ("كبرى", "صغرى", "عظمى", "كبريات", "أكبر", "أصغر", "أبرز", "أهم", "أشهر"))


def elative_of(toks, a: int) -> bool:
    """Is the chunk's one word an elative with a definite or possessed noun right after it
    ("وكبرى مدنها الموصل", "أكبر المدن")? The greatest of a group, no name (audit U62). A name
    after أكبر ("علي أكبر ولايتي") is neither definite nor possessed."""
    if norm_key(toks[a].text) not in _ELATIVES or a + 1 >= len(toks):
        return False
    nxt = norm_key(toks[a + 1].text)
    return len(nxt) >= 4 and (nxt.startswith("ال") or nxt.endswith(POSSESSIVE_SUFFIXES))


# "أم" is "or" in a question opened by هل earlier in the sentence ("هل أصابه مرض أم تعب؟"); the
# tagger reads it as "mother of", the start of a kunya or of a place (أم درمان)
_AM = norm_key("أم")
_HAL = frozenset(norm_key(p + "هل") for p in ("", "و", "ف"))
_SENTENCE_ENDS = frozenset(".?!؟؛\n")
_QUESTION_REACH = 20  # tokens back to the هل


def question_or(toks, a: int) -> bool:
    """Is the chunk's first word أم with هل before it in the same sentence: "or", no name
    (audit U62: "هل أصابك سقم أم بليت بعارض أم تراك استهويت")?"""
    if norm_key(toks[a].text) != _AM:
        return False
    for t in toks[max(0, a - _QUESTION_REACH):a][::-1]:
        if any(ch in _SENTENCE_ENDS for ch in t.text):
            return False
        if norm_key(t.text) in _HAL:
            return True
    return False
