"""Sentence-level event filters: cumulative tolls, accidents and hazards, lasting spans and toll clauses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_habits import compared
from rasd.stages.event_filter_words import (ACCIDENT, CUMULATIVE, DAY_WORDS, HABITUAL, JUDICIAL, PHYSICAL, PLURAL_UNITS,
                                            SPANS, STATE_UNITS, SUPERLATIVES)

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger


def cumulative(sentence_key: str) -> bool:
    """A war or campaign toll ("منذ بدء الحرب"): its outcome words are not a happening. A منذ that
    only measures a superlative ("وهو الأعنف منذ عام 2015") makes nothing a toll."""
    if "منذ" in sentence_key:
        sentence_key = _COMPARED.sub(" ", sentence_key)  # (once per sentence, and only with a منذ)
    return any(k in sentence_key for k in CUMULATIVE)


_COMPARED = re.compile(r"(?:^|\s)(?:" + "|".join(SUPERLATIVES) + r")(?:\s\S+){0,4}?\sمنذ(?:\s\S+){1,2}")


def accident(bare_key: str) -> bool:
    """A crash, a collapse, a flood or a storm: its dead and injured are no violent happening; a
    real attack word in the sentence (strength ≥ 2) still is."""
    return (any(k in bare_key for k in ACCIDENT) or bool(_CRASHED.search(bare_key))
            or bool(_HAZARD.search(bare_key)))


# Natural hazards and animals (SPEC 2.7: no human agent, no event), on bare forms: "ثوران بركان
# فويغو", "الرماد البركاني", "أسفر الإعصار عن مقتل", "إحدى أسماك القرش". Not "عاصفة الحزم" (the
# Saudi-led operation) nor a bare "بركان" (the Houthi missile "بركان 2 إتش")
_HAZARD = re.compile(r"(?:^|\s)(?:اعصار|اعاصير|تسونامي|بركاني|بركانيه|ثوران ب?ركان|ثار ب?ركان"
                     r"|عاصفه(?! حزم)|انهيار ارضي|انهيارات ارضيه|صاعقه|صواعق"
                     r"|سمكه قرش|اسماك قرش|سمك قرش|حرائق غابات"
                     # weather ("جراء الأمطار الغزيرة", "بسبب العواصف الثلجية", "تساقط الثلوج")
                     r"|امطار|عواصف|ثلوج"
                     # landslides and mudslides ("انزلاقات للتربة", "انجراف التربة", "الانهيارات الطينية")
                     r"|انزلاق(?:ات)? تربه|انجراف(?:ات)? تربه|انهيار(?:ات)? طيني(?:ه)?|انزلاق(?:ات)? طيني(?:ه)?)(?:\s|$)")

# any overturn, crash or sinking verb with a vehicle up to two words on ("انقلب قطار
# في المغرب", "تحطمت الطائرة العسكرية"); not "انقلاب عسكري" (no vehicle) nor "تفجير قطار" (an
# attack word); a collision of two ("تصادم قطارين", "حادث تصادم حافلتين") counts its vehicles by a dual
_CRASH_VERBS = ("انقلب", "انقلاب", "تحطم", "اصطدم", "اصطدام", "غرق", "تصادم")
_VEHICLES = ("سياره", "سيارات", "حافله", "حافلات", "شاحنه", "شاحنات", "قطار", "قطارات", "عربه", "طائره",
             "مروحيه", "قارب", "قوارب", "مركب", "سفينه", "عباره", "دراجه", "زورق",
             "سيارتين", "حافلتين", "شاحنتين", "قطارين", "طائرتين", "سفينتين")
_CRASHED = re.compile(r"(?:^|\s)(?:" + "|".join(_CRASH_VERBS) + r")\S*(?:\s\S+){0,2}?\s(?:"
                      + "|".join(_VEHICLES) + r")(?:\s|$)")


def lasting_keyed(keys: Sequence[str]) -> bool:
    for i, k in enumerate(keys):
        if k == "منذ" and any(w in STATE_UNITS for w in keys[i + 1:i + 5]) and not compared(keys, i):
            return True
    return False


def _spanning(keys: Sequence[str]) -> bool:
    """"طيلة الأسابيع الستة الماضية", "خلال السنوات الأخيرة": a series of physical acts over a
    stretch of time, not one happening (a statement about them still is one)."""
    return any(k in SPANS and any(w in PLURAL_UNITS for w in keys[i + 1:i + 3]) for i, k in enumerate(keys))


# "اعترفت إيران بتنفيذ 246 حكما بالإعدام هذا العام حتى 15 يوليو", "نفذت 694 عملية منذ بداية العام":
# a number of acts counted over the year so far is a tally, no happening (SPEC 2.6: cumulative
# tolls), unless a day names one of them; on the sentence key (whole forms)
_YEAR_PHRASE = (r"(?:منذ (?:بدايه|مطلع) (?:العام|السنه)|(?:هذا|خلال) العام(?: الحالي| الجاري)?"
                r"|العام (?:الحالي|الجاري)|هذه السنه|السنه (?:الحاليه|الجاريه))")
_YEAR_SO_FAR = re.compile(r"(?:^|\s)" + _YEAR_PHRASE + r"(?:\s|$)")
# a year that only measures a superlative ("في أعنف هجوم هذا العام") counts nothing
_YEAR_COMPARED = re.compile(r"(?:^|\s)(?:" + "|".join(SUPERLATIVES) + r")(?:\s\S+){0,3}?\s" + _YEAR_PHRASE)


# two acts counted by a dual ("جراء هجومين كبيرين شنهما متشددون هذا العام") are a tally too
_DUAL_ACTS = frozenset(s + n for s in ("هجوم", "هجمت", "تفجير", "انفجار", "اعتداء", "عمليت", "غارت")
                       for n in ("ين", "ان"))


def _year_tally(skey: str) -> bool:
    if not any(w.isdigit() or w in _DUAL_ACTS for w in skey.split()) or not _YEAR_SO_FAR.search(skey):
        return False
    return bool(_YEAR_SO_FAR.search(_YEAR_COMPARED.sub(" ", skey)))


# "وخلال أكثر من 3 أعوام من سيطرته على المدينة، نفذ التنظيم عمليات قتل وإعدام": a span of years
# (an approximate count may stand between) holds a series of acts older than any news, however
# strong the act word; a day named in the sentence makes it news again ("قصفت الطائرات أمس البلدة
# التي تعرضت خلال السنوات الأخيرة لهجمات")
YEAR_UNITS = frozenset({"سنوات", "اعوام", "عقود", "سنين", "عامين", "سنتين", "عقدين"})
_ABOUT = frozenset({"اكثر", "من", "نحو", "قرابه", "حوالي", "زهاء", "ما", "يزيد", "يقارب", "عن", "السنوات", "الاعوام"})
_FEW = frozenset({"ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني",
                  "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عده", "بضع", "بضعه"})
_YEARS_REACH = 5


def _over_years(keys: Sequence[str]) -> bool:
    for i, k in enumerate(keys):
        if k not in SPANS:
            continue
        j = i + 1
        while j < min(len(keys), i + _YEARS_REACH) and (keys[j] in _ABOUT or keys[j] in _FEW or keys[j].isdigit()):
            j += 1
        if j < len(keys) and keys[j] in YEAR_UNITS:
            return True
    return False


# adverbial accusatives that qualify the act before them: "مظاهرات مزمعة احتجاجا على …"
IN_PROTEST = frozenset({"احتجاجا", "واحتجاجا", "تنديدا", "وتنديدا"})


def qualifies_dropped(keys: list, t: Trigger, trigs: tuple, keep: list[Trigger]) -> bool:
    """"وسط مظاهرات مزمعة احتجاجا على …": "احتجاجا" is the purpose of the protest before it,
    and shares its fate (here, awaited)."""
    if keys[t.first][0] not in IN_PROTEST:
        return False
    return any(o.type == t.type and o not in keep and 0 < t.first - o.last <= 4 for o in trigs)


def of_the_whole(keys: list, keep: list[Trigger]) -> list[Trigger]:
    """What the words of a stretch (a toll, a crash, a lasting state, a trial) leave standing."""
    skey = " ".join(k[0] for k in keys)
    if cumulative(skey) or accident(" ".join(k[-1] for k in keys)):
        keep = [t for t in keep if t.strength >= 2]
    if lasting_keyed([k[-1] for k in keys]) or any(h in skey for h in HABITUAL):
        keep = [t for t in keep if t.strength >= 3]
    if _spanning([k[-1] for k in keys]):
        keep = [t for t in keep if t.strength >= 3 or t.type not in PHYSICAL]
    if _over_years([k[-1] for k in keys]) and not any(k[-1] in DAY_WORDS or k[0] in DAY_WORDS for k in keys):
        keep = [t for t in keep if t.type not in PHYSICAL]
    if _year_tally(skey) and not any(k[-1] in DAY_WORDS or k[0] in DAY_WORDS for k in keys):
        keep = [t for t in keep if t.type not in PHYSICAL]
    if any(w in JUDICIAL for w in skey.split()):  # a trial's subject matter is not news of it
        keep = [t for t in keep if t.strength >= 2]
    return keep


# "لتصل/لترتفع (بذلك) الحصيلة", "ما يرفع عدد القتلى إلى": a clause that adds the news to a toll
_TOLL_OPENERS = frozenset({"لتصل", "ليصل", "لترتفع", "ليرتفع", "لتبلغ", "ليبلغ", "لترفع", "ليرفع", "وبذلك"})
_TOLL_VERBS = frozenset({"يرفع", "ترفع", "يصل", "تصل", "يبلغ", "تبلغ"})


def toll_clause(keys: list) -> int:
    """Where a clause adding the news to a running toll opens (else the sentence's length); a
    war's own toll is one too ("مسار حرب … أودت بحياة نصف مليون شخص")."""
    for i, k in enumerate(keys):
        if k[0] in _TOLL_OPENERS or (i and k[0] in _TOLL_VERBS and keys[i - 1][0] in ("ما", "مما")):
            return i
        if k[-1] in _WARS and any(c[0] in _WAR_TOLLS for c in keys[i + 1:i + 5]):
            return i
    return len(keys)


_WARS = frozenset({"حرب", "صراع", "نزاع", "ازمه"})
_WAR_TOLLS = frozenset({"اودت", "خلفت", "حصدت", "اسفرت", "اوقعت"})


def provides(tokens: Sequence, trig: Trigger) -> bool:
    """"وفّرت الحكومة الدعم" (provided) is not "و + فرّت" (and fled): without a shadda on the
    ر, "وفرت" is read as وفّرت (far more common in news); "وفروا من منازلهم" stays flight."""
    tok = tokens[trig.first]
    return (trig.type == "DISPLACE" and tok.norm in ("وفرت", "وفرتا")
            and "\u0631\u0651" not in tok.text)
