"""Event filters for threats' purposes, avoiding, permitting, warnings, verbal attacks, refusals and requests."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_clause import act_head, clause_after, clause_before
from rasd.stages.event_filter_goals import joined_noun
from rasd.stages.event_filter_words import (AFTER_LINKS, ASKING, BREAKS, BRIDGES, BRIDGING, BRINGING, CLAUSE_OPENERS,
                                            DAY_WORDS, PHYSICAL, REFUSAL, SENTENCE_MARKS, THREAT_SET, WARNING,
                                            act_with_ba)
from rasd.stages.quotes_marks import ALL_MARKS

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

_PURPOSE_REACH = 12  # words back from a ل-purpose to the threat whose act it serves


def threatened_purpose(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"هدد الرئيس التركي رجب طيب إردوغان، بضرب شمال العراق لاستهداف معسكرات المسلحين": a ل +
    verbal noun that is the purpose of a threatened act (بـ + act between the threat and it) is
    threatened too, past the long subject the five-word check stops at."""
    word = keys[trig.first][0]
    if not (word.startswith("ل") and len(word) > 3):
        return False
    acted = False  # (a comma may set off the threat's subject, not stand after the act)
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _PURPOSE_REACH), -1):
        if keys[i][0] in AFTER_LINKS or (keys[i][0] in BREAKS and not (acted and keys[i][0] == ",")):
            return False
        acted = acted or act_with_ba(keys[i][:1])
        if acted and (i < trig.first - 1) and not THREAT_SET.isdisjoint(keys[i]):
            return True
    return False


# "تجنبا لاشتباكات دامية", "تفاديا للتصعيد", "منعا لوقوع هجمات": what is avoided did not happen
# (the act done to avoid it, before the head, did: "فر السكان تجنبا للقصف")
AVOIDING = frozenset({"تجنبا", "تفاديا", "منعا", "لتجنب", "لتفادي", "لمنع", "تحسبا"})

# "وتجنب البيت الأبيض الخميس انتقاد إسرائيل", "امتنعت الحكومة عن إدانة", "أحجم عن تأييد
# السياسات السعودية علنا" (refrained): a verb of avoiding
# governs its verbal noun past a subject and a day (a و/ف-prefixed trigger is a verb of its own:
# "تجنب الجيش المدينة وقصف القرى")
AVOIDING_VERBS = frozenset(v + n for v in ("تجنب", "يتجنب", "تتجنب", "امتنع", "يمتنع", "تمتنع", "تفادي",
                                           "يتفادي", "تتفادي", "تفادت", "احجم", "يحجم", "تحجم")
                           for n in ("", "ت", "وا", "ون", "ان"))
_AVOID_REACH = 6


def avoided(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if any(not AVOIDING.isdisjoint(keys[i]) for i in clause_before(keys, trig, 3)):
        return True
    if keys[trig.first][0][:1] in "وف" and keys[trig.first][0][1:] in keys[trig.first]:
        return False
    return any(_avoiding_verb(keys[i][0]) for i in clause_before(keys, trig, _AVOID_REACH))


def _avoiding_verb(word: str) -> bool:
    """The written word itself, with و/ف at most ("لتفادي" is a purpose, AVOIDING's)."""
    return word in AVOIDING_VERBS or (word[:1] in "وف" and word[1:] in AVOIDING_VERBS)


# "سمحت للطائرات الأميركية بشن هجمات": an attack or a deployment permitted is not done (only
# those: "سمحت السلطات بدخول قافلة مساعدات" lets the aid in)
PERMITTING = frozenset({"سمح", "سمحت", "سمحوا", "اجاز", "اجازت", "اذن", "اذنت", "وسمح", "وسمحت"})
_PERMITTED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
_PERMIT_REACH = 6


def permitted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in _PERMITTED_TYPES:
        return False
    word = keys[trig.first][0]
    ba = word[:1] == "ب" and keys[trig.first][-1] != word  # "بنشر قوات"
    if not ba and not (trig.first and keys[trig.first - 1][0][:1] == "ب" and keys[trig.first - 1][0][1:] in BRIDGING):
        return False
    return any(not PERMITTING.isdisjoint(keys[i]) for i in clause_before(keys, trig, _PERMIT_REACH))


# "حذر ترامب، الإثنين، الأسد من شن هجوم": what is warned against (من right before the act or its
# bridging masdar, the first من after the warning) has not happened; "مقدمة لهجوم كبير",
# "تمهيدا لاقتحام المدينة": a prelude to an act to come
_WARNING = frozenset({"حذر", "حذرت", "يحذر", "تحذر", "حذروا", "يحذرون", "محذرا", "محذره", "تحذير",
                      "تحذيرات", "تحذيره", "تحذيرها"})
_WARN_REACH = 20
_PRELUDE = frozenset({"مقدمه", "كمقدمه", "تمهيدا"})
# an act being prepared, the genitive or ل-object of a preparation noun: "لبحث ترتيبات القمة",
# "التحضير للقمة", "تحضيرات الزيارة" — still to come (bare forms, not اعداد: also "numbers")
_PREPARING = frozenset({"ترتيبات", "تحضيرات", "تحضير", "استعدادات"})


def warned_against(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    head = act_head(keys, trig)
    if head >= 1 and keys[head][0][:1] == "ل" and keys[head][0][1:] in keys[head] \
            and not _PRELUDE.isdisjoint(keys[head - 1]):
        return True
    if head >= 1 and keys[head - 1][-1] in _PREPARING:
        return True  # "ترتيبات القمة", "التحضير للزيارة": the meeting is being prepared
    if head < 1 or keys[head - 1][0] != "من":
        return False
    for i in range(head - 2, max(-1, head - 2 - _WARN_REACH), -1):
        if keys[i][0] in (".", "!", "?", ":", "من") or not CLAUSE_OPENERS.isdisjoint(keys[i]):
            return False  # "ويأتي التحذير بعد يوم من لقاء": the من of another phrase
        if not _WARNING.isdisjoint(keys[i]):
            return True
    return False


# "الذي كثف مؤخرا تفجيراته", "وصعد الحوثيون هجماتهم": a trend of the doer's acts, not one
# happening — unless a day names one ("كثفت الطائرات غاراتها أمس على …")
INTENSIFYING = frozenset(v + n for v in ("كثف", "يكثف", "تكثف", "صعد", "يصعد", "تصعد")
                         for n in ("", "ت", "وا", "ون", "ان"))
_POSSESSED_PLURAL = ("اته", "اتها", "اتهم", "اتهما")
_LATELY = frozenset({"مؤخرا", "اخيرا"})


def stepped_up(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL or not keys[trig.first][0].endswith(_POSSESSED_PLURAL):
        return False
    verb = next((i for i in clause_before(keys, trig, 3) if not INTENSIFYING.isdisjoint(keys[i])), None)
    if verb is None:
        return False
    if any(not _LATELY.isdisjoint(keys[i]) for i in range(verb + 1, trig.first)):
        return True
    return not any(not DAY_WORDS.isdisjoint(keys[i]) for i in range(verb + 1, trig.first)) \
        and not any(not DAY_WORDS.isdisjoint(c) for c in clause_after(keys, trig, 4))


# "هاجم ترامب بشدة روسيا", "هجوم لاذع": an attack in words is an accusation
VERBAL_ATTACK = frozenset({"بشده", "لاذع", "لاذعا", "لاذعه", "كلامي", "كلاميا", "حاد", "حادا",
                           # what was said follows: "شن ترامب هجومه … بالقول إن"
                           "بالقول", "قائلا", "بقوله", "معتبرا", "واصفا", "متهما", "منتقدا",
                           "معتبره", "واصفه", "متهمه", "منتقده", "قائله", "معتبرين", "واصفين", "متهمين",
                           "منتقدين", "قائلين"})
# a participle of speech set off by a comma still tells what the attack said ("هاجمت الهيئة
# القضائية التيار، معتبرة أن …"); one comma is crossed, no harm word may be in the clause
_SPEECH_PARTICIPLES = frozenset({"قائلا", "معتبرا", "واصفا", "متهما", "منتقدا", "معتبره", "واصفه", "متهمه",
                                 "منتقده", "قائله", "معتبرين", "واصفين", "منتقدين"})
_VERBAL_ATTACK_REACH = 10
_ARMED = ("مسلح", "قوات", "عناصر", "مقاتل", "جنود", "حاجز", "مواقع", "موقع")
ATTACK_STEMS = ("هاجم", "يهاجم", "تهاجم", "هجوم")
# "تعرض عباس لهجوم شرس، الأربعاء، بعد كلمته": an attack for one's own words is in words — a
# word of cause, then a speech noun with its owner's pronoun (bare forms)
_AFTER_WORDS = frozenset({"بعد", "اثر", "عقب", "بسبب", "خلفيه"})
_OWN_WORDS = frozenset(w + p for w in ("كلمت", "تصريح", "تصريحات", "خطاب", "تغريد", "تغريدات", "مقال", "مقالت",
                                       "اقوال", "حديث", "كلمات", "مقابلت", "تعليق", "تعليقات")
                       for p in ("ه", "ها", "هم"))
_OWN_WORDS_REACH = 8  # words after the attack noun, its adjective and a day set off by commas


def verbal_attack(keys: Sequence[tuple[str, ...]], trig: Trigger) -> Trigger:
    """ASSAULT's هاجم/هجوم with a word of speech after it (up to ten words, its clause) is
    ACCUSE."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].startswith(ATTACK_STEMS):
        return trig
    for cands in clause_after(keys, trig, _VERBAL_ATTACK_REACH):
        if not VERBAL_ATTACK.isdisjoint(cands):
            return replace(trig, type="ACCUSE", mode=None)
    clause = list(clause_after(keys, trig, _VERBAL_ATTACK_REACH))
    end = trig.last + 1 + len(clause)
    armed = any(c.startswith(_ARMED) for cands in clause for c in cands)  # "هاجم مسلحون حاجزا"
    verb = keys[trig.first][-1].startswith(("هاجم", "يهاجم", "تهاجم"))  # ("مسؤوليتها عن هجوم قندز، قائلة")
    if verb and not armed and end + 1 < len(keys) and keys[end][0] in ("،", ",") \
            and not _SPEECH_PARTICIPLES.isdisjoint(keys[end + 1]):
        return replace(trig, type="ACCUSE", mode=None)  # one comma, then a speech participle
    if not armed and _for_own_words(keys, trig):
        return replace(trig, type="ACCUSE", mode=None)
    if verb and not armed and _then_described(keys, trig):
        return replace(trig, type="ACCUSE", mode=None)
    return trig


# "هاجم مسؤولون حوثيون المبعوث الأممي، مع وصوله إلى صنعاء، السبت، ووصفوا زيارته بأنها فاشلة":
# the attackers go on to describe or blame in a verb of their own, past commas — the attack
# was in words (no harm word and no armed doer between)
_JOINED_SPEECH = frozenset(v + e for v in ("ووصف", "واعتبر", "واتهم", "وانتقد", "ووجه")
                           for e in ("", "ت", "وا"))
_HARM = ("قتل", "اصاب", "اصيب", "جرح", "رصاص", "قذائف", "صواريخ", "سلاح", "اسلح", "مسلح", "عبو", "نار")
# "هاجم الرئيس، دونالد ترامب، رئيس الشبكة، جيف زوكر، على موقع تويتر": an attack made on a
# social medium or in a post is in words (bare forms, with ب/في/عبر split off)
_MEDIA = frozenset({"تويتر", "فيسبوك", "فيس", "تغريده", "تغريدات", "تدوينه", "تدوينات", "منشور"})
_SOURCED = frozenset({"بحسب", "حسب", "وفق", "وفقا", "حسبما", "نقلا", "وبحسب", "وحسب"})  # (a post telling
# an attack: "هاجمت الطائرات القرية، بحسب تغريدة للجيش")
_JOINED_REACH = 24  # (past a name and a day set off by commas)


def _then_described(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in range(trig.last + 1, min(len(keys), trig.last + 1 + _JOINED_REACH)):
        cands = keys[i]
        website = i + 1 < len(keys) and not _MEDIA.isdisjoint(keys[i + 1])  # ("على موقع تويتر")
        if cands[0] in SENTENCE_MARKS or cands[0] in _SOURCED or (
                any(c.startswith(_HARM + _ARMED) for c in cands) and not website):
            return False
        if cands[0] in _JOINED_SPEECH or not _MEDIA.isdisjoint(cands):
            return True
    return False


_UNDERGOING = ("تعرض", "يتعرض", "تتعرض", "يتعرضون", "تعرضت", "تعرضوا")


def undergone_for_words(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"تعرض عباس لهجوم شرس بعد كلمته": the one attacked for his words is the subject, and
    no accuser is told — no event (an accuser named is its own ACCUSE: "وقال نتنياهو …")."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].startswith(ATTACK_STEMS + ("هجمات", "هجمه")):
        return False
    before = []  # up to eight words back, past the commas of a name set off ("الرئيس، محمود عباس،")
    for cands in reversed(keys[max(0, trig.first - 8):trig.first]):
        if cands[0] in SENTENCE_MARKS:
            break
        before.append(cands)
    undergone = any(c.startswith(_UNDERGOING) for cands in before for c in cands)
    return undergone and _for_own_words(keys, trig)


def _for_own_words(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A cause word (بعد، إثر، بسبب، على خلفية) right before a speech noun with a pronoun
    ("بعد كلمته", "بسبب تصريحاتها") within eight words after the attack, in its sentence."""
    after = keys[trig.last + 1:trig.last + 1 + _OWN_WORDS_REACH]
    for i, cands in enumerate(after):
        if cands[0] in SENTENCE_MARKS:  # (commas may set off a day)
            return False
        if cands[0][:1] == "ل" and cands[-1] in _OWN_STANCES:
            return True  # "هاجم المسؤولون نتنياهو لمعارضته الشديدة للاتفاق": for his stance
        if i + 1 < len(after) and not _AFTER_WORDS.isdisjoint(cands) and not _OWN_WORDS.isdisjoint(after[i + 1]):
            return True
    return False


# a stance or a speech of the one attacked, with ل (for): the attack answers words
_OWN_STANCES = _OWN_WORDS | frozenset(w + p for w in ("معارضت", "موقف", "مواقف", "انتقاد", "انتقادات")
                                      for p in ("ه", "ها", "هم"))


_MARKS = ALL_MARKS | {"(", ")"}


def declined(keys: Sequence[Sequence[str]], trig: Trigger) -> bool:
    """Declining to comment or to be named: "رفضت الحكومة التعليق", "رفضوا الإدلاء بمعلومات",
    "رفض الكشف عن هويته" (not "رفضت نشر قوات": a deployment is rejected)."""
    after = [" ".join(cs) for cs in keys[trig.last + 1:trig.last + 10] if cs[0] not in _MARKS][:6]  # (past
    # the marks of 'رفضت وزارة الدفاع "البنتاغون" التعليق')
    if any("تعليق" in w or "ادلاء" in w for w in after[:5]):
        return True  # (past "في وقت سابق", a subject: "رفض في وقت سابق التعليق")
    told = next((i for i, w in enumerate(after[:3]) if any(v in w for v in ("كشف", "افصاح", "ذكر", "نشر"))), None)
    return told is not None and any(n in w for w in after[told + 1:] for n in ("اسم", "هوي", "معلومات"))


_CALL_REACH = 15  # words a call may stand before what it asks for (its subject and object between)


def refused_or_asked(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A refusal up to five words before the trigger, or a call or a warning ("حذر … من") up
    to 14, in its clause: "رفضت المحكمة الإفراج عنه", "دعت الأمم المتحدة إلى وقف إطلاق النار",
    "طالبت بانسحاب القوات", "وحذرت الأمم المتحدة من هجوم وشيك" (not "دعا إلى الحوار بعد أن
    قصفت …": a new clause starts at بعد أن)."""
    if _requested(keys, trig):
        return True
    asked = _asked_for(keys, trig)
    # "وحذرت الأمم المتحدة من هجوم وشيك": what is warned of has not happened
    warned = trig.first > 0 and ("من" in keys[trig.first - 1] or (  # ("تحذر … من أن عودة اللاجئين")
        trig.first > 1 and keys[trig.first - 1][0] == "ان" and "من" in keys[trig.first - 2]))
    # a call reaches further: its subject and object stand between it and what it asks for
    # ("ودعت اللجان المركزية … أهالي المحافظة إلى الخروج بمظاهرات", 12 words)
    for i in clause_before(keys, trig, (_CALL_REACH if asked or warned else 6) - 1):
        if keys[i][-1] in CLAUSE_OPENERS and not (warned and i == trig.first - 1):
            return False
        if i >= trig.first - 5 and not REFUSAL.isdisjoint(keys[i]):
            return True
        if asked and not ASKING.isdisjoint(keys[i]):
            return True
        if warned and not WARNING.isdisjoint(keys[i]):
            return True
    return False


# the statements a call can ask for (its own REQUEST is the event told)
_ASKED_STATEMENTS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def asked_statement(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A support, condemnation or rejection asked for — بـ/إلى on it (`_asked_for`) and a call
    up to 14 words before it in its clause: "طالب الجبوري رؤساء الكتل السياسية بتأييد ورقة
    الإصلاح", "دعت الوزارة الدول إلى إدانة الهجوم"; the call is the REQUEST, what it asks of
    others is not given."""
    if trig.type not in _ASKED_STATEMENTS or not _asked_for(keys, trig):
        return False
    for i in clause_before(keys, trig, _CALL_REACH - 1):
        if keys[i][-1] in CLAUSE_OPENERS:
            return False
        if not ASKING.isdisjoint(keys[i]):
            return True
    return False


# "طلب العراق سحب القوات", "طلبت الأمم المتحدة الإفراج عن": طلب takes what it asks for as a
# direct object, so `_asked_for` (إلى/بـ/لـ) misses it
REQUESTING = frozenset({"طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون", "وطلب", "وطلبت",
                        "طلبه", "طلبها", "طلبهم",  # ("تؤكد طلبه من مساعدي ترامب ترتيب لقاء")
                        # a condition set: "يشترطان انسحابهم من الميناء"
                        "اشترط", "اشترطت", "يشترط", "تشترط", "يشترطان", "تشترطان", "يشترطون"})
# "بناء على طلب", "تلبية لطلب": done at someone's request, so it happened
_ANSWERING = frozenset({"علي", "تلبيه", "استجابه"})
_REQUEST_REACH = 4  # طلب, its subject (up to two words) and a day
_REQUEST_FROM_REACH = 6  # … and whom it is asked of: "طلب من وزير الدفاع ماتيس اغتيال الرئيس"


def _requested(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A form of طلب up to four words before the trigger, in its clause, with no clause opener
    between: the act asked for has not happened ("انسحبت القوات بطلب من الحكومة", "بناء على طلب
    الحكومة": it has)."""
    asked_of = False  # a من (whom it is asked of) between طلب and the trigger
    word = keys[trig.first][0]
    own_verb = word[:1] in "وف" and word[1:] in keys[trig.first]  # ("… من الرجل الخروج فاعتقلته")
    for i in clause_before(keys, trig, _REQUEST_REACH if own_verb else _REQUEST_FROM_REACH):
        if keys[i][-1] in CLAUSE_OPENERS:
            return False
        if keys[i][0] in REQUESTING and (i >= trig.first - _REQUEST_REACH or asked_of):
            return not (i and keys[i - 1][-1] in _ANSWERING)
        asked_of = asked_of or keys[i][0] == "من"
    return False


def _asked_for(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger is the object of a call: "إلى" right before it, or بـ/لـ on it ("طالبت
    بانسحاب"), not "طالب خلال اجتماعه" (the meeting happened)."""
    prev = _unmarked_before(keys, trig.first)  # (past the marks of 'على تنفيذ "هجمات بالمركبات"')
    if prev >= 0 and keys[prev][-1] in ("الي", "لل", "علي"):
        return True  # ("حث على وقف", "دعا إلى التظاهر")
    if prev >= 0 and keys[prev][0] in BRINGING:
        return True  # "طالب الوزير بإرسال مساعدات": the sending is asked for
    bridge = prev >= 0 and (keys[prev][0] in BRIDGES or (keys[prev][0][:1] == "و" and keys[prev][0][1:] in BRIDGES))
    before = _unmarked_before(keys, prev) if bridge else -1
    if before >= 0 and keys[before][-1] in ("الي", "علي"):
        return True  # "دعا إلى فرض حظر التجول", "حث على إجراء مفاوضات"
    if joined_noun(keys, trig) or (bridge and keys[prev][0][:1] == "و"):
        return _second_asked(keys, trig)  # "تدعو إلى حرق الناس وتنفيذ هجمات"
    if _joined_by_participation(keys, prev):
        return True  # "دعوات للمشاركة في مسيرات", "دعا إلى المشاركة في مسيرات": the march is asked for
    word = keys[trig.first][0]
    return word[:1] in "بل" and word[1:2] != "" and keys[trig.first][-1] != word


# a participation noun between a call and the act it asks people to join (bare forms)
_PARTICIPATION = frozenset({"مشاركه", "انضمام", "مشاركتهم", "مشاركتها"})


def _joined_by_participation(keys: Sequence[tuple[str, ...]], prev: int) -> bool:
    """"للمشاركة في مسيرات", "إلى المشاركة في": the trigger is what the participation (ل-prefixed,
    or right after إلى) joins, so it is what a call asks for. Only with في/الى before the trigger
    and the call word still to be found by the caller ("خرج الآلاف للمشاركة في مسيرة": no call)."""
    if prev < 1 or keys[prev][-1] not in ("في", "الي"):
        return False
    noun = keys[prev - 1]
    if _PARTICIPATION.isdisjoint(noun):
        return False
    return noun[0][:1] == "ل" or (prev >= 2 and keys[prev - 2][-1] == "الي")


def _unmarked_before(keys: Sequence[tuple[str, ...]], i: int) -> int:
    """The nearest token before i that is no quotation mark or bracket (-1 if none)."""
    j = i - 1
    while j >= 0 and keys[j][0] in _MARKS:
        j -= 1
    return j


_CONJUNCT_REACH = 6  # words back to the first thing asked for ("إلى حرق الناس وتنفيذ")


def _second_asked(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A noun joined by و whose first conjunct, a few words back in its clause, is a masdar
    after إلى/على (the call itself is checked by the caller's ASKING scan)."""
    for i in clause_before(keys, trig, _CONJUNCT_REACH):
        if keys[i][-1] in CLAUSE_OPENERS:
            return False
        if keys[i][-1] in ("الي", "علي") and i + 1 < trig.first and keys[i + 1][0] != "ان":
            return True  # (a masdar, not "إلى أن تقصف")
    return False


# "أعلن ترامب التراجع عن تأييده للبيان", "سحب الحزب دعمه للحكومة": support taken back is no
# support given (SUPPORT only: a withdrawn deal or troops are other rules' business)
_BACKING_OUT = ("تراجع", "يتراجع", "تتراجع", "تخلي", "تخلت", "يتخلي", "تتخلي", "عدول", "عدل")
_ENDING = frozenset({"سحب", "سحبت", "سحبوا", "يسحب", "تسحب", "انهاء", "ايقاف", "وقف", "قطع", "قطعت"})


def withdrawn_support(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "SUPPORT" or trig.first < 1:
        return False
    if not _ENDING.isdisjoint(keys[trig.first - 1]):
        return True
    if keys[trig.first - 1][-1] != "عن":
        return False  # (the verb may stand past its subject: "تراجع الرئيس عن تأييده")
    return any(f.startswith(_BACKING_OUT) for i in clause_before(keys, trig, 4) for f in keys[i])
