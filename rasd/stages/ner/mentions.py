"""How a tagged chunk becomes a mention (SPEC 2.1, 2.7): the words outside names (titles,
descriptors, generic institutions), names kept whole, words that are never a name, and how
extra mentions (lexicon groups, organisation phrases) join the CRF's chunks."""
from __future__ import annotations

import re

from .actors import key as actor_key
from .features import TITLES
from .norm import norm, norm_key
from .starts import after_letters

# Descriptor words outside names (SPEC 2.7, and بلدية like them), stripped from the start of a
# mention; after the place ones the name is a place, whatever the CRF called it.
PLACE_DESCRIPTORS = frozenset(norm(w) for w in """حي منطقة محافظة مدينة بلدة قرية ولاية مخيم مطار سجن قاعدة
دوار شارع ميدان جبل بلدية مديرية قضاء ناحية معتمدية
مديريتي منطقتي محافظتي مدينتي بلدتي قريتي مخيمي حيي مديريات محافظات مناطق بلدات قرى مدن""".split())  # (duals, plurals)
# the descriptors of facilities: the name after one is the facility, a place, whatever the
# tagger's MISC says ("عبر مطار الملك فهد الدولي", audit U60)
FACILITY_DESCRIPTORS = frozenset(norm(w) for w in "مطار سجن مخيم قاعدة".split())
DESCRIPTOR_PREFIXES = PLACE_DESCRIPTORS | frozenset(norm(w) for w in "حركة تنظيم جماعة قناة جمعية".split())
# Number words ("بينهم ستون نصرانياً": sixty, not a man called Stone)
NUMBER_WORDS = frozenset(norm(w) for w in """عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين
سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئات ألف آلاف مليون ملايين""".split())
# Words that are never a name on their own: the descriptors, and generic institutions (SPEC
# 2.1: "الحكومة", "الشرطة" are not entities; "مديرية أمن …" is not a place called أمن).
NOT_ALONE = DESCRIPTOR_PREFIXES | frozenset(norm(w) for w in """أمن الأمن شرطة الشرطة حكومة الحكومة وزارة
الوزارة مديرية إدارة الإدارة مصالح الجيش جيش حزب منظمة هيئة الهيئة ريف الريف الولايات ولايات الفندق الموقع
العدالة""".split()) | NUMBER_WORDS  # (a type word, "الريف الشرقي", "الولايات": no names alone)
# Common nouns that name no place or body when they stand alone with ال (audit U18, 2026-11-27):
# "بالمديرية ذاتها", "سور المجمع الحكومي", "على الحدود السورية", "أنقاض البيت", "المواطنين
# بالمدينة" — though the tagger reads them as places (and المدينة as the Saudi paper). Not in
# quotation marks («المدينة», the paper), nor as a longer name's first word ("البيت الأبيض").
GENERIC_NOUNS = frozenset(norm(w) for w in "المديرية المجمع الحدود البيت المدينة المحافظة المنطقة".split())


def generic_noun(text: str) -> bool:
    """One of GENERIC_NOUNS after any proclitics (بالمديرية, والحدود)."""
    w = norm(text)
    return any(w[n:] in GENERIC_NOUNS and all(c in "وفبلك" for c in w[:n]) for n in (0, 1, 2))


# "منطقة X": an area named by the word after it, even a word no name stands for alone (الريف)
AREA_WORDS = frozenset(norm(w) for w in ("منطقة", "إقليم"))
# Names kept whole though they begin with a descriptor or generic word (SPEC 2.7), and their
# label, which wins over the CRF's ("قناة السويس" is a waterway, not a channel), except where
# the name is also another's ("الشرق الأوسط", the region and the newspaper: the CRF decides).
KEEP_WHOLE = {norm_key(w): label for w, label in (
    ("قطاع غزة", "LOC"), ("الضفة الغربية", "LOC"), ("إقليم كردستان", "LOC"), ("مجلس الأمن", "ORG"),
    ("الأمم المتحدة", "ORG"), ("جامعة الدول العربية", "ORG"), ("الشرق الأوسط", None),
    ("جماعة الحوثي", "ORG"), ("ولاية سيناء", "ORG"), ("ولاية خراسان", "ORG"), ("قناة السويس", "LOC"),
    ("جنوب السودان", "LOC"),  # a country since 2011, not the south of Sudan (SPEC 2.7)
    ("ريف دمشق", "LOC"),  # a governorate (SPEC 2.7), where ريف alone is no name
    ("روسيا البيضاء", "LOC"),  # Belarus, not Russia and an adjective
    ("أيرلندا الشمالية", "LOC"), ("إيرلندا الشمالية", "LOC"),  # Northern Ireland (GB), not Ireland's north
    ("مقدونيا الشمالية", "LOC"),  # North Macedonia
    ("الخليج العربي", "LOC"), ("الخليج الفارسي", "LOC"))}  # the Gulf: the adjective is its name's
# Their first two words: a mention that starts with them keeps them ("قناة السويس الجديدة"), and
# one that starts at the second ("غزة" after "قطاع", "كردستان العراق" after "إقليم") takes the
# first in.
WHOLE_HEADS = {tuple(k.split()[:2]): label for k, label in KEEP_WHOLE.items()}
# Family names a movement is named after: "جماعة الحوثي" is the group and stays whole, but
# "الحوثي" alone is the man (SPEC 2.7), though the actor lists give it as the group's alias.
LEADER_NAMES = frozenset(norm(w) for w in ("الحوثي",))


def leader_alone(text: str) -> bool:
    """One word naming a movement's leader, after any proclitics (والحوثي, للحوثي)."""
    w = norm(text)
    for n in (0, 1, 2):
        head, rest = w[:n], w[n:]
        if any(c not in "وفبلك" for c in head):
            break
        if rest in LEADER_NAMES or (head.endswith("ل") and "ا" + rest in LEADER_NAMES):
            return True
    return False


# Group names that are also everyday words ("الشباب": the young; "فتح": opening, opened; "أمل",
# "الأمل": hope) name the group only with their descriptor ("حركة الشباب", "حركة فتح");
# alone they are not added from the actor lexicon.
EVERYDAY_GROUP_NAMES = frozenset(actor_key(w) for w in ("الشباب", "فتح", "أمل", "سبق", "عين اليوم"))
# News outlets whose names are everyday words, named between dashes in a dateline: "حاتم
# العميري - سبق - مكة المكرمة:", "عين اليوم – عمان"
DATELINE_OUTLETS = frozenset(norm_key(w) for w in ("سبق", "عين اليوم"))
# God and the religions are not names in rasd/1 (SPEC 2.1 MISC: events, nationalities used as
# names, products), though ANERcorp, which the model learnt from, tags them MISC; nor are
# currencies (ANERcorp's MISC again) and the generic word for a militia.
# (audit U56: أورو, the Maghreb's euro, "16 مليون أورو" seven times in one news-dev article)
_CURRENCIES = "دولار يورو أورو اورو جنيه شيكل درهم دينار ريال ليرة روبل يوان روبية بيزو كرونة"
# Common nouns ANERcorp-style tagging leaves as MISC: materials, drugs, weapon classes, school
# exams, the hashtag (on 600 news-dev articles 40 of the 180 MISC mentions were these)
_COMMON_NOUNS = """هاون ألومنيوم ألمنيوم المينيوم فولاذ يورانيوم بلوتونيوم كبريت بترول كوكايين كواكيين
كيتامين إكستازي بروستات باكالوريا بكالوريا هاشتاق هاشتاغ ميليشيا مليشيا كوماندوز درون فيتو
كونسورتيوم شيشة"""
# (audit U52: "اتفاق مع كونسورتيوم يضم ثلاث شركات", "أن "الشيشة" التي وجدت في غرفته"; and the
# idiom "بين ظهرانينا", among us, below)
NOT_NAMES = frozenset(norm_key(w) for w in (
    "الله لله الإسلام المسيحية اليهودية البوذية الهندوسية الميليشيا الميليشيات المليشيا المليشيات".split()
    + [f"{a}{c}" for c in _CURRENCIES.split() + _COMMON_NOUNS.split() for a in ("", "ال")]
    + ["دولارا", "لله الحمد", "ظهرانينا", "ظهرانيهم", "ظهرانيكم"]
    + [f"{a}جنيه {a}{b}" for a in ("", "ال") for b in ("استرليني", "إسترليني")]  # the pound sterling
    # greetings of the season, which the tagger reads as a person ("رمضان كريم", audit U54)
    + ["رمضان كريم", "رمضان مبارك", "عيد مبارك", "عيدكم مبارك", "عيد سعيد", "جمعة مباركة"]
    # the Levantine months ("ابريل/نيسان")
    + "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين".split()))


# Types in the NER name lists (ner/gazetteer.py): none; those of a name; those of a place
NO_TYPES: frozenset[str] = frozenset()
NAMED_TYPES = frozenset({"ORG", "LOCB", "PERF", "PERL"})
PLACE_TYPES = frozenset({"LOCB", "LOCS"})


def stem_norm(text: str) -> str:
    """Normalised word without an attached و/ف/ب/ل/ك, when what remains is a title or a
    descriptor word (وزير, بمحافظة, لتنظيم); else the word itself."""
    w = norm(text)
    if len(w) > 3 and w[0] in "وفبلك" and (w[1:] in TITLES or w[1:] in NOT_ALONE):
        return w[1:]
    if len(w) > 4 and w.startswith("لل") and "ا" + w[1:] in TITLES:
        return "ا" + w[1:]  # "للرئيس هادي": ل + الرئيس, the article's ا dropped after the preposition
    return w


def is_definite(w: str) -> bool:
    """The word carries ال, after any proclitics (والقاعدة, بالقاعدة, للقاعدة)."""
    return w.startswith(("ال", "لل")) or (w[:1] in "وفبلك" and w[1:].startswith(("ال", "لل")))


_ARABIC_LETTER = re.compile("[\u0621-\u064a]").search  # (one C scan, not a generator per character)


def is_arabic(s: str) -> bool:
    """Does `s` hold an Arabic letter (hamza U+0621 … yeh U+064A)?"""
    return _ARABIC_LETTER(s) is not None


def whole_name(text: str) -> tuple[str, ...] | None:
    """The first two words of the kept-whole name `text` begins with, if any."""
    head = tuple(norm_key(text).split()[:2])
    return head if head in WHOLE_HEADS else None


def whole_head_start(toks, a: int) -> int | None:
    """Where the word before token `a` starts when it and token `a` begin one of the names
    kept whole (قطاع غزة, إقليم كردستان): that word belongs to the mention. None otherwise."""
    if a == 0 or not is_arabic(toks[a].text):
        return None
    prev, first = norm_key(toks[a - 1].text), norm_key(toks[a].text)
    for n in (0, 1):  # the head may carry a proclitic: بإقليم, وقطاع
        if (prev[n:], first) in WHOLE_HEADS and all(c in "وفبلك" for c in prev[:n]):
            return after_letters(toks[a - 1], n)
    return None


def whole_tail_end(toks, b: int) -> int:
    """Where a mention ending at token `b` ends when its last word and the next begin a name
    kept whole ("روسيا" + "البيضاء": Belarus): after that word. `b` otherwise."""
    if b >= len(toks) or not is_arabic(toks[b - 1].text):
        return b
    last, nxt = norm_key(toks[b - 1].text), norm_key(toks[b].text)
    for n in (0, 1):  # "وروسيا البيضاء"
        if (last[n:], nxt) in WHOLE_HEADS and all(c in "وفبلك" for c in last[:n]):
            return b + 1
    return b


def absorb(chunks: list[tuple[int, int, str]], extra: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add `extra` mentions to the CRF's chunks: one replaces the chunks inside it, and is
    dropped where it would cut across a chunk (the CRF saw a different name there)."""
    for la, lb, lab in extra:
        inside = [c for c in chunks if la <= c[0] and c[1] <= lb]
        crossing = [c for c in chunks if c[0] < lb and la < c[1] and c not in inside]
        if crossing:
            continue
        chunks = [c for c in chunks if c not in inside] + [(la, lb, lab)]
    return sorted(chunks)


# Indefinite nouns of an act or a statement that an adjective follows: "قصف جوي تركي", "بيان رسمي"
_ACT_NOUNS = frozenset(norm_key(w) for w in "قصف هجوم بيان تصريح دعم غارة غارات هجمات ضربة ضربات".split())


def adjective_after_act(prev: str, words: list[str], mostly_no_name) -> bool:
    """A person's or misc chunk that is the adjectives of the act noun before it (2026-11-27):
    "غداة قصف جوي تركي", "في بيان رسمي". The chunk's first word is mostly no name in the label
    priors (`mostly_no_name(word)`) and its last ends in a nisba. Not a name after a title
    ("الجنرال راي اوديرنو": no act noun before it)."""
    p = norm_key(prev)
    p = p[1:] if p[:1] in "وفبل" and p[1:] in _ACT_NOUNS else p
    return (p in _ACT_NOUNS and bool(words) and mostly_no_name(words[0])
            and norm_key(words[-1]).endswith(("ي", "يه", "ية")))
