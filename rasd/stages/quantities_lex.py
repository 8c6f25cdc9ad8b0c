"""Lexicons and compiled regexes for the quantities stage (SPEC §2.4), normalised spelling."""
from __future__ import annotations

import re

from rasd.lang.lexicon import alternation as _alt, load_table
from rasd.lang.words import PRONOUN_SUFFIXES
from rasd.stages.numbers import PHRASE
from rasd.stages.times_lex import ORDINALS

_L = r"[^\W\d_]"  # one letter


QUALIFIERS_BEFORE = {
    "اكثر من": "more_than", "ما يزيد عن": "more_than", "ما يزيد علي": "more_than",
    "يزيد عن": "more_than", "يزيد علي": "more_than", "ازيد من": "more_than",
    "ما يربو علي": "more_than", "يربو علي": "more_than", "ما يفوق": "more_than",
    "يفوق": "more_than", "اكثر من نحو": "more_than",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "علي الاقل": "at_least",
    "نحو": "about", "حوالي": "about", "قرابة": "about", "زهاء": "about", "ما يقارب": "about",
    "يقارب": "about", "ما يقرب من": "about", "قرابه": "about", "تقريبا": "about",
    "ما يناهز": "about", "يناهز": "about",
    "ما يصل الي": "up_to", "يصل الي": "up_to", "ما يصل عددهم الي": "up_to",
    "اقل من": "less_than", "ما دون": "less_than",
}
QUALIFIERS_AFTER = {"علي الاقل": "at_least", "تقريبا": "about", "فقط": "exact"}

NUM_CORE = re.compile(rf"(?P<num>{PHRASE})(?![\d.,]*\d)")
QTY_PREFIX = re.compile(
    rf"(?<!{_L})(?:[وفبلك](?=[^\W_]))?(?P<px>(?:(?P<qual>{_alt(QUALIFIERS_BEFORE)})\s*)?(?:(?P<rng>بين|من)\s+)?)$")
# Last words of a qualifier or range opener: only then is QTY_PREFIX worth trying.
PREFIX_LAST = {q.split()[-1] for q in QUALIFIERS_BEFORE} | {"بين", "من"}
# one nisba adjective may stand between the counted noun and the qualifier: "أصيب مواطنان
# أميركيان على الأقل", "قتل 12 جنديا أفغانيا على الأقل" (audit U64)
AFTER_QUAL_RE = re.compile(rf"(?:\s+{_L}{{2,}}(?:يان|يين|يون|يا))?\s*(?P<q>{_alt(QUALIFIERS_AFTER)})(?!{_L})")
RANGE_HIGH_RE = re.compile(rf"\s*(?:و|الي|حتي|-|–)\s*(?P<hi>{PHRASE})")
WORD_RE = re.compile(rf"[#]?(?:{_L}|_)+|\d+(?:[.,]\d+)*|[^\s]")
MIN_RE = re.compile(rf"\s*من\s+#?(?P<noun>{_L}+)(?:\s+(?P<gen>{_L}+))?")

# The unit word of a compound ordinal ("الثالث عشر", "الحادية عشرة"): its عشر is no count
# ("المركز الثالث عشر عالميا" counted 10 people — audit U62)
ORDINAL_UNITS = frozenset({w + t for w, v in ORDINALS.items() if 2 <= v <= 9 for t in ("", "ة", "ه")}
                          | {"الحادي", "الحادية", "الحاديه"})
# Nisba adverbs of scope that end like a demonym accusative ("260 كرديا"): "المركز 13 عالميا"
SCOPE_ADVERBS = frozenset({"عالميا", "دوليا", "محليا", "اقليميا", "قاريا"})


def _nouns() -> dict[str, tuple[str, str | None, bool]]:
    out = {}
    for key, cols in load_table("quantities_nouns.tsv").items():
        unit, cat, strength = cols[0], cols[1], cols[2]
        out[key] = (unit, None if cat == "-" else cat, strength == "strong")
    return out


NOUNS = _nouns()
# Singular nisba nouns of people, from the list's sound plurals (فلسطينيين → فلسطيني): after a
# number of 11 or more the counted noun is singular ("حوالي 500 فلسطيني")
NISBA_SINGULARS = {k[:-2] for k, (unit, _, _) in NOUNS.items()
                   if unit == "person" and k.endswith("يين") and len(k) > 5}


def _person_duals() -> set[str]:
    """Nominative duals of the person nouns ("فلسطينيان", "صحفيان", "شخصان" = 2). Only ـان: the
    ـين form of a nisba is also its plural ("مدنيين"). Not "طالبان" (the movement) nor
    "صبيان" (a broken plural, "boys")."""
    singular = {k[:-1] for k, v in NOUNS.items() if k.endswith("ا") and v[0] == "person"}
    singular |= {k for k, v in NOUNS.items() if k + "ا" in NOUNS and v[0] == "person"}
    singular |= NISBA_SINGULARS
    return {w + "ان" for w in singular} - {"طالبان", "صبيان", "ضحايان"}


PERSON_DUALS = _person_duals()
# Person-heads after "من": "21 من عناصر الجيش", "عشرة من رجال الامن", "العشرات من المدنيين".
OF_HEADS = {"عناصر", "رجال", "افراد", "ابناء", "اهالي", "سكان", "منتسبي", "قوات", "جنود",
            "مقاتلي", "انصار", "اعضاء", "موظفي", "طلاب", "عمال", "منسوبي", "مسلحي", "قاده",
            # a crew, a country's citizens or subjects: "5 من طاقمها", "اثنين من مواطنيها", "6 من الرعايا"
            "طاقم", "مواطني", "رعايا"}
# Armed groups named as a whole after "من": "23 من الحوثيين", "2 من المقاومة", "15 من ميليشيا الحوثي"
OF_GROUPS = {"مقاومه", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "جيش", "شرطه"}
# Possessive endings on a person head: "أربعة من جنوده", "عشرات من قادتها"
OF_SUFFIXES = PRONOUN_SUFFIXES


def _cues() -> tuple[re.Pattern, dict[str, str]]:
    cats, parts = {}, []
    for key, cols in load_table("quantities_cues.tsv").items():
        cats[key] = cols[0]
        parts.append((key, cols[1] == "prefix"))
    parts.sort(key=lambda p: len(p[0]), reverse=True)
    alt = "|".join(re.escape(k) + (f"{_L}*" if pre else f"(?!{_L})") for k, pre in parts)
    stems = "|".join(re.escape(k) for k, _ in parts)
    rx = re.compile(rf"(?<!{_L})[#]?(?:[وفبل]{{0,2}}(?:ال)?)?(?P<stem>(?={stems})(?:{alt}))")
    return rx, cats


CUE_RE, CUE_CATS = _cues()
_STEMS_SORTED = sorted(CUE_CATS, key=len, reverse=True)
# Cues that name the count only right before it: "إيقاف 6 عناصر", "أسر 5 من أفرادهم" are
# arrested (أسر is also "families"); the 300 workers of "إيقاف العمل بالمصنع الذي يعمل فيه
# 300 عامل" are not. "تجمع/خرج الآلاف" are protesters, but the noun تجمع ("في تجمع انتخابي") and
# "خرج من المستشفى" are not: those verbs too count only the number right after them.
# "جثث/جثامين" (bodies) name the dead only right before their count ("انتشال جثث اثنين آخرين"),
# not a count later in the clause ("نقلت جثث الضحايا إلى مستشفى يعمل فيه 40 طبيبا").
BODIES = frozenset(load_table(["جثث", "جثة", "جثامين"]))
ADJACENT_CUES = tuple(load_table(["إيقاف", "أسر", "تجمع", "خرج", "خرجت"])) + tuple(BODIES)


def cue_category(word: str) -> str:
    for stem in _STEMS_SORTED:
        if word.startswith(stem):
            return CUE_CATS[stem]
    return "other"


# Nouns that make a number something other than a count of people.
NOT_PEOPLE = {"%", "بالمئة", "بالمائة", "في", "دولار", "دولارا", "دولارات", "ريال", "ريالا",
              "ريالات", "يورو", "جنيه", "جنيها", "دينار", "دينارا", "ليرة", "درهم", "درهما",
              "كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "امتار", "طن",
              "طنا", "اطنان", "كيلوغرام", "كغ", "ميل", "هكتار", "دونم", "برميل"}
# (not "بعقوبة" with no ال: that is the Iraqi city Baqubah; a penalty "بعقوبة السجن" always
# comes with حكم/قضت/محكمة as well)
SENTENCED_RE = re.compile(rf"(?<!{_L})(?!بعقوب[ةه](?!{_L}))[وفب]?(?:ال)?(?:حكم|احكام|قضت|تقضي|يقضي|سجن|محكمة|عقوبة|عقوبه)(?!{_L})")
# ... unless the sentence was carried out ("نفذ حكم الاعدام في أربعة سائقين" is a killing).
EXECUTED_RE = re.compile(r"(?:نفذ|ينفذ|تنفيذ|نفذت)")
# ... nor "مقتل وجرح 45 من الجيش", the same total named before its number, nor the verb pair
# "قتل وأصيب العشرات" ("قتل 5 وأصيب 10": a number between, two counts; "25 جنديا قتلوا وأصيب
# 35 آخرون": a count before the plural verb, two counts)
COMBINED_BEFORE_RE = re.compile(rf"(?<!{_L})[وبل]?(?:مقتل|قتل|سقوط)\s+و\s*"  # (also "أدى لقتل وجرح")
                                r"(?:جرح|اصابه|اصابة|اصيب)\s+$")
# "قتلى وجرحى" totals are not quantities (SPEC §2.7); "عشرات القتلى والجرحى" (with ال) too.
COMBINED_RE = re.compile(rf"^\s*و\s*(?:ال)?(?:جرحي|جريح|جريحا|مصاب|مصابا|مصابين|اصابات|قتيل|قتيلا|قتلي)(?!{_L})")
# ... nor a count "بين قتيل وجريح" a few words later ("2300 مدني سقطوا بين قتيل وجريح")
BETWEEN_TOLL_RE = re.compile(rf"(?<!{_L})بين\s+(?:ال)?(?:قتيل|قتلي)\s+و\s*(?:ال)?(?:جريح|جرحي|مصاب)")
STOP_CHARS = ".!?:;\n"
# "شارك" counts participants only around a protest (not talks, contests or security duty).
# "خرج/تجمع" likewise (خرج is also "left", تجمع a gathering of any kind).
PARTICIPATE_STEMS = ("شارك", "يشارك", "تشارك", "خرج", "تجمع")
PROTEST_RE = re.compile(r"(?:تظاهر|مظاهر|احتجاج|احتج|مسير|اعتصام|وقفة|اضراب|حشود|مليوني|تجمع|حشد)")
# The counted noun named before its number: "بلغ عدد المشاركين فيها بضعة آلاف", "ارتفاع عدد
# قتلى المحتجين إلى أربعة" (the clause ends at the number)
COUNT_OF_RE = re.compile(
    rf"(?<!{_L})[وفل]?(?:بلغ|يبلغ|وصل|يصل|وصول|ارتفع|يرتفع|ارتفاع)\s+عدد\s+(?P<noun>{_L}+)"
    rf"(?P<rest>[^.!?:;\n\d]{{0,80}}?)\s*(?:الي\s*)?[(]?$")  # (no other number between)
# A bare count driven out ("مما دفع عشرات الآلاف إلى الخروج من مدينة عفرين", "أجبرت المعارك الآلاف
# على النزوح"): a verb of forcing before the count, إلى/على and a noun of leaving after it. Not
# "دفع الآلاف إلى الخروج إلى الشوارع" (a protest: الخروج only with من), nor "مغادرة البلاد بحثا عن
# عمل" (emigration: مغادرة only of one's homes).
DRIVE_VERBS = ("دفع", "اجبر", "اضطر", "ارغم")
DRIVEN_OUT_RE = re.compile(rf"\s*(?:الي|علي)\s+(?:ال)?(?:نزوح|فرار|هرب|هروب|خروج\s+من|"
                           rf"(?:مغادر[هة]|ترك)\s+(?:منازل|بيوت|ديار)){_L}*")
