"""Trigger verbs and nouns in a figurative or sporting sense, told by the word they govern (SPEC
§2.6; asked by `event_other_uses.other_use`): "خطف" with a prize or attention as its object
("خطف الفريق الفوز", "خطفت الأضواء": snatched, no abduction); "التقدم نحو/في" with a process as
its goal ("التقدم نحو نزع السلاح": progress, no troops advancing); a position heading of a team
line-up ("الهجوم: محمد صلاح (ليفربول)": the forwards, no attack); "مصادرة" before a word that only
qualifies sources ("مصادرة عدة": a misspelt مصادر); a vehicle or a flood as the subject of داهم
("فداهمتهم سيارة": an accident, no raid).
"""
from __future__ import annotations

from rasd.stages.event_detect import Trigger, candidates

_SNATCH = "خطف"
# what is snatched in a match or on a stage, as written after the verb (ة read as ه): "خطف الضيوف
# الفوز", "خطف هدف التعادل", "خطفت الأضواء", "خطف اللقب من منافسه". Written forms, not bare ones,
# so a prize behind a preposition ("الفائز باللقب") is no object
_PRIZES = frozenset({"الفوز", "فوزا", "النقاط", "نقطه", "نقاط", "التعادل", "هدفا", "هدفين", "اللقب", "لقبا",
                     "الصداره", "البطوله", "الكاس", "الميداليه", "الذهبيه", "التاهل", "بطاقه", "الانتصار",
                     "انتصارا", "الاضواء", "الانظار", "الاهتمام", "القلوب", "الاعجاب", "المركز"})
_PRIZE_REACH = 4  # words after the verb to its object, past a subject ("خطف الفريق الضيف الفوز")


def snatched_prize(tokens: list, t: Trigger, word: str) -> bool:
    """An abduction word whose object, within four words and before any mark, is a prize or
    attention."""
    if t.type != "ASSAULT" or _SNATCH not in word:
        return False
    for tok in tokens[t.last + 1:t.last + 1 + _PRIZE_REACH]:
        w = tok.norm.replace("ة", "ه")
        if not w[:1].isalnum():
            return False
        if w in _PRIZES or (w[:1] == "و" and w[1:] in _PRIZES):
            return True
    return False


_ADVANCE = "تقدم"
# the goal of progress, behind نحو/في/على/باتجاه: "التقدم نحو نزع السلاح"، "التقدم في المفاوضات"،
# "تقدم باتجاه الحل السياسي" — a process moves on, no force (bare forms; "الحل" is too short to
# lose its ال)
_TOWARDS = frozenset({"نحو", "في", "علي", "باتجاه", "صوب"})
_PROCESSES = frozenset({"نزع", "مفاوضات", "محادثات", "مباحثات", "حل", "الحل", "تسويه", "سلام", "اتفاق", "تنفيذ",
                        "تحقيق", "اصلاح", "اصلاحات", "حوار", "مسار", "تطبيع", "مصالحه", "ديمقراطيه",
                        "انتقال", "ملف", "اتفاقيه", "تسويات", "حلول"})


def progress_made(tokens: list, t: Trigger, word: str) -> bool:
    """An advance word with a preposition of direction right after it and a process noun next."""
    if t.type != "MOBILIZE" or _ADVANCE not in word or t.last + 2 >= len(tokens):
        return False
    if candidates(tokens[t.last + 1].norm)[-1] not in _TOWARDS:
        return False
    return not _PROCESSES.isdisjoint(candidates(tokens[t.last + 2].norm))


# "الهجوم: محمد صلاح (ليفربول)، مروان محسن (الأهلي)": a colon after the word and a club in
# brackets after a name — a line-up's heading
_LINEUP_REACH = 5  # words from the colon to the first bracket (a name of up to three words)


def lineup_heading(tokens: list, t: Trigger, word: str) -> bool:
    """An attack noun right before a colon, a bracket within five words after it (a speaker's
    colon is followed by the words said, no club in brackets)."""
    if t.type != "ASSAULT" or not word.startswith("هجوم") or t.last + 2 >= len(tokens):
        return False
    if tokens[t.last + 1].norm not in (":", "："):
        return False
    return any(tok.norm == "(" for tok in tokens[t.last + 2:t.last + 2 + _LINEUP_REACH])


_SEIZURE = "مصادره"
# what follows "مصادر" (sources) and never a seized thing: "ذكرته مصادرة عدة", "مصادرة موثوقة":
# a misspelt plural of مصدر, no confiscation (bare forms, ة read as ه)
_SOURCE_KINDS = frozenset({"عده", "موثوقه", "مطلعه", "مقربه", "متطابقه", "متعدده", "خاصه", "اعلاميه", "صحفيه",
                           "ميدانيه", "دبلوماسيه"})
# "عدة" is a source's count only where no noun follows it ("مصادرة عدة أطنان" seizes tons): a mark,
# the end, or a word that opens what the sources said
_SAID_OPENERS = frozenset({"ان", "بان", "حيث", "الي", "في"})


def sources_misspelt(tokens: list, t: Trigger, word: str) -> bool:
    """A seizure noun followed right away by a word that only qualifies sources."""
    if t.type != "COERCE" or word != _SEIZURE or t.last + 1 >= len(tokens):
        return False
    kind = tokens[t.last + 1].norm.replace("ة", "ه").lstrip("و")
    if kind not in _SOURCE_KINDS:
        return False
    if kind != "عده" or t.last + 2 >= len(tokens):
        return True
    after = tokens[t.last + 2].norm
    return not after[:1].isalnum() or after.lstrip("و") in _SAID_OPENERS


_RAN_INTO = "داهم"
# a vehicle or a force of nature as the subject of داهم: "فداهمتهم سيارة مسرعة", "داهمت السيول
# القرية" — an accident or a flood, no raid (SPEC 2.7: no human agent)
_NATURE = frozenset({"سيول", "السيول", "الامطار", "امطار", "مياه", "المياه", "الفيضانات", "فيضانات", "الفيضان",
                     "النيران", "نيران", "العاصفه", "عاصفه", "الثلوج", "الموج", "الامواج"})
_NON_HUMAN = _NATURE | {"سياره", "شاحنه", "حافله", "قطار", "دراجه", "مركبه", "عربه", "جرافه", "السياره",
                        "الشاحنه", "الحافله", "القطار", "الدراجه", "المركبه", "العربه"}


def vehicle_ran_into(tokens: list, t: Trigger, word: str) -> bool:
    """A داهم verb whose next word (its subject, the object a pronoun on the verb) is a vehicle
    or a force of nature."""
    if t.type != "COERCE" or not word.startswith(_RAN_INTO) or t.last + 1 >= len(tokens):
        return False
    return tokens[t.last + 1].norm.replace("ة", "ه") in _NON_HUMAN


# "ارتفع منسوب النهر ما دفع السلطات إلى توجيه إنذار": إنذار in a sentence about weather or
# water is an alert to the public, no ultimatum (SPEC 2.6 THREATEN needs a threatened act); an
# addressee in the two words after it ("إنذارا للمسلحين", "الإنذار الأخير إلى") keeps the ultimatum reading
_ALERTS = frozenset({"انذار", "انذارا", "الانذار", "انذارات"})
# (not fire nor storm: "إطلاق النيران", "عاصفة الحزم" stand in battle news)
_WEATHER = (_NATURE - {"النيران", "نيران", "العاصفه", "عاصفه", "الموج", "الامواج"}) | {
    "مطر", "المطر", "فيضان", "منسوب", "الارصاد", "اعصار", "الاعصار", "نهر", "النهر"}
_ALERT_REACH = 25  # words either side, within the sentence


def weather_alert(tokens: list, t: Trigger, word: str) -> bool:
    """A THREATEN إنذار with no addressee after it whose sentence names weather or water."""
    if t.type != "THREATEN" or word not in _ALERTS:
        return False
    if any(tok.norm.startswith(("ل", "الي")) for tok in tokens[t.last + 1:t.last + 3]):
        return False  # ("الإنذار الأخير إلى المسلحين")
    for rng in (range(t.first - 1, max(-1, t.first - 1 - _ALERT_REACH), -1),
                range(t.last + 1, min(len(tokens), t.last + 1 + _ALERT_REACH))):
        for i in rng:
            w = tokens[i].norm.replace("ة", "ه")
            if w in (".", "!", "?"):  # (token norms: ؟ is ?, and no token is a line end)
                break
            if w in _WEATHER or w.lstrip("وفب") in _WEATHER:
                return True
    return False
