"""Event filters for deal terms, illness, standing positions, stances, ceasefires, plots, every-acts and intents;
and other senses of the words of an act: "aimed at", labels, sport talk, celebrations, world-war history."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_clause import clause_after, clause_before
from rasd.stages.event_filter_words import (BREAKS, CARRIED_OUT, CARRYING_OUT, CEASE, CLAUSE_OPENERS, DAY_WORDS, DEALS,
                                            EPIDEMIC, EPIDEMIC_REACH, GETTING_READY, ILLNESS, PHYSICAL, SENTENCE_MARKS,
                                            TERMS, VERBAL_TYPES)

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger


# verbs of including whose subject may stand a clause back ("أصدر قائمة مطالب …، وتضمنت سحب
# طهران لقواتها"): the act noun after one is an item of the list, plan or deal (bare forms)
_INCLUDING = frozenset({"تضمن", "تضمنت", "يتضمن", "تتضمن", "شمل", "شملت", "يشمل", "تشمل"})
_LISTS = DEALS + ("مطالب", "شروط", "قائمه", "بنود", "لائحه")
_INCLUDED_REACH = 12  # words back to the list's noun, across commas


def _listed_item(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """An act noun right after a verb of including, with a list, demand, plan or deal noun up
    to twelve words back in the sentence (commas crossed): "وتضمنت [المطالب] سحب القوات"."""
    if not trig.first or _INCLUDING.isdisjoint(keys[trig.first - 1]):
        return False
    for cands in reversed(keys[max(0, trig.first - 1 - _INCLUDED_REACH):trig.first - 1]):
        if cands[0] in SENTENCE_MARKS:
            return False
        if any(c.startswith(_LISTS) for c in cands):
            return True
    return False


def deal_term(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verbal noun after a terms word (حول، على، يقضي بـ، مقابل) or with بـ/لـ on it, with a
    deal's noun earlier in its clause: what the deal provides for, not what happened ("اتفاق
    مبدئي حول انسحاب المسلحين"; "بعد الاتفاق انسحب المسلحون" is a happening)."""
    if not trig.first:
        return False
    before = keys[trig.first - 1]
    word = keys[trig.first][0]
    if _listed_item(keys, trig):
        return True
    governed = bool(set(before) & TERMS) or (word[:1] in "بل" and keys[trig.first][-1] != word)
    if not governed:
        return False
    for i in clause_before(keys, trig, 10):
        if any(c.startswith(DEALS) for c in keys[i]):
            # "في إطار اتفاق … حول إجلاء السكان", "تنفيذاً لاتفاق": carried out under the deal
            return not any(set(c) & CARRYING_OUT for c in keys[max(0, i - 2):i + 1])
    return False


# "أدخلت المفوضية القضية في إطار مباحثات، بهدف سن تشريعات": talks named bare and indefinite
# after إطار/ضمن, with nothing after them (no partner, no doer, no day), are the setting a
# matter is put into, no meeting held ("في إطار مباحثات أجراها الوزير مع نظيره" stays)
_FRAMES = frozenset({"اطار", "باطار", "ضمن"})
_BARE_TALKS = frozenset({"مباحثات", "محادثات", "مشاورات", "مفاوضات"})
_FRAME_ENDS = frozenset({".", "،", ",", ":", "؛", ";", "!", "؟", "?", "\n", "بهدف", "بغيه", "سعيا", "لاجل"})


def framed_talks(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "CONSULT" or not trig.first or keys[trig.first][0] not in _BARE_TALKS:
        return False  # (the whole word: "المباحثات", "ومباحثات" are not bare)
    if _FRAMES.isdisjoint(keys[trig.first - 1]):
        return False
    return trig.last + 1 >= len(keys) or keys[trig.last + 1][0] in _FRAME_ENDS


def illness(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """An injury word with an illness right after it ("إصابات بالتهاب الكبد"), after "حالات"
    (cases), or an outcome injury word near an outbreak word (وباء، تفشي، الكوليرا …)."""
    if not keys[trig.first][-1].startswith(("اصاب", "اصيب")):
        return False
    if trig.first and keys[trig.first - 1][-1] in ("حالات", "حاله"):
        return True  # "حالات الإصابة" are cases of a disease; wounds are "إصابات"
    if any(set(c) & ILLNESS for c in keys[trig.last + 1:trig.last + 3]):
        return True
    return trig.strength == 1 and any(  # an outcome word only: "قصف" near "الكوليرا" stays an attack
        set(c) & EPIDEMIC for c in keys[max(0, trig.first - EPIDEMIC_REACH):trig.last + 1 + EPIDEMIC_REACH])


# "عبوة ناسفة معدة للتفجير", "السيارات المفخخة المجهزة للتفجير": a device made ready, found or
# seized before it went off — no blast
_READIED = frozenset({"معده", "مجهزه", "جاهزه"})  # (not معدات: equipment)
_TO_BLOW = frozenset({"تفجير", "استخدام"})

# "مصر تواجه هجمات شرسة من تنظيمات إرهابية", "نحن نواجه منذ سنوات هجمات": attacks (plural) a
# country or force is facing, in the present, are its condition, not a happening told
FACING = frozenset({"يواجه", "تواجه", "نواجه", "يواجهون", "يواجهان", "تواجهان"})


def facing_attacks(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A plural ASSAULT noun up to three words after a present-tense واجه, in a sentence with no day."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].endswith("ات"):
        return False
    if any(set(c) & DAY_WORDS for c in keys):
        return False  # "تواجه القوات اليوم هجمات على محورين": today's attacks are news
    return any(set(keys[i]) & FACING for i in range(max(0, trig.first - 3), trig.first))


# "ودعا البعض إلى …", "واتهم كثيرون الحكومة": a verbal act whose subject is "some" or "many"
# (people unnamed) has no political actor (SPEC 2.6); "بعض النواب" names a group and is not here
SOME_PEOPLE = frozenset({"البعض", "بعضهم", "كثيرون", "الكثيرون", "اخرون", "الاخرون"})


def said_by_some(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    return trig.type in VERBAL_TYPES and trig.last + 1 < len(keys) and not SOME_PEOPLE.isdisjoint(keys[trig.last + 1])


# "واشنطن التي تتهم النظام بشن الهجمات", "وتؤيد ألمانيا هذا الانفتاح": an accusation in the present
# inside a relative clause (what an actor is known for), or a backing in the present opening its
# sentence, in the writer's voice, is a standing position (SPEC 2.7: a general state, no happening
# told) — not "قال إن الحكومة تتهم …" (reported speech), not a dated one ("وتتهم الحكومة اليوم …"),
# and not a sentence-opening "وتتهم دمشق المتمردين بقصف الممرات", which news agencies write for the
# day's accusations (news-dev BB-120: a current accusation)
STANDING = frozenset({"يتهم", "تتهم", "يتهمون", "يتهمان", "تتهمان", "يؤيد", "تؤيد", "يؤيدون", "يدعم", "تدعم",
                      "يدعمون"})
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللتان", "اللذان"})


def standing_position(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in ("ACCUSE", "SUPPORT") or STANDING.isdisjoint(keys[trig.first]):
        return False
    if trig.first and _RELATIVES.isdisjoint(keys[trig.first - 1]):
        return False
    if not trig.first and trig.type == "ACCUSE":
        return False
    return not any(set(c) & DAY_WORDS for c in keys)


# "بما في ذلك الاحتجاز لفترات طويلة دون تهمة", "اعتقالهم لفترات متفاوتة": an act lasting for
# periods (plural) is a practice repeated on many people, not one happening
_PERIODS = frozenset({"فترات", "لفترات"})


def for_periods(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    return trig.type in PHYSICAL and trig.last + 1 < len(keys) and not _PERIODS.isdisjoint(keys[trig.last + 1])


# "أكد الوزير رفض بلاده لأعمال الإرهاب", "ترفض كل أشكال العنف": a refusal of terrorism or violence
# in general is a stance, directed at no actor or event (SPEC 2.6) — not "رفض العنف الذي تمارسه
# الشرطة" nor "العنف ضد المتظاهرين" (someone's violence, named after it)
_EVILS = frozenset({"ارهاب", "الارهاب", "عنف", "العنف", "تطرف", "التطرف", "طائفيه", "الطائفيه"})
_WHOSE = frozenset({"الذي", "التي", "الذين", "ضد", "من", "بحق", "علي", "في"})


def stance_against_evil(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "REJECT":
        return False
    for i in range(trig.last + 1, min(len(keys), trig.last + 5)):
        if not _EVILS.isdisjoint(keys[i]):
            return i + 1 >= len(keys) or _WHOSE.isdisjoint(keys[i + 1])
    return False


# "سددت قوات الأمن ضربات قاصمة للإرهاب", "وجهت ضربة موجعة للفساد": a bare blow dealt to an evil or
# to the economy is a figure (a success against it), no strike; "ضربات قاسية للمتمردين" (people)
# and "ضربات جوية" (its own row) stay
_BLOWS = frozenset({"ضربات", "الضربات", "ضربه", "الضربه"})
_STRUCK_ABSTRACTS = _EVILS | {"فساد", "الفساد", "اقتصاد", "الاقتصاد"}
_BLOW_REACH = 3  # words after the blow to its ل-object: "ضربات قوية وموجعة للإرهاب"


def blow_at_evil(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first != trig.last or _BLOWS.isdisjoint(keys[trig.first]):
        return False
    for i in range(trig.last + 1, min(len(keys), trig.last + 1 + _BLOW_REACH)):
        if keys[i][0].startswith("ل") and not _STRUCK_ABSTRACTS.isdisjoint(keys[i]):
            return True
    return False


def ready_to_blow(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A bombing device followed (≤ 2 words on) by "معدة/مجهزة/جاهزة للتفجير", or that تفجير itself."""
    if trig.mode != "bombing":
        return False
    if trig.first and _READIED.intersection(keys[trig.first - 1]) and _TO_BLOW.intersection(keys[trig.first]):
        return True
    for i in range(trig.last + 1, min(len(keys) - 1, trig.last + 3)):
        if _READIED.intersection(keys[i]) and _TO_BLOW.intersection(keys[i + 1]):
            return True
    return False


def ceasefire(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"إطلاق النار" one or two words after وقف: a ceasefire (AGREE's word), not shooting; and
    any attack named as what stopped ("توقف كافة عمليات الرد سواء إطلاق النار أو القصف")."""
    reach = 2 if any(c.startswith("اطلاق") for c in keys[trig.first]) else _halted(keys, trig)
    if any(not _STOPPED.isdisjoint(keys[i]) for i in clause_before(keys, trig, 8)):
        reach = 9
    # (a short form keeps its proclitic in `candidates`: "لوقف", "بوقف")
    return any(w in CEASE or (w[:1] in "لبو" and w[1:] in CEASE)
               for c in keys[max(0, trig.first - reach):trig.first] for w in c)


# a truce breached, exploited or ended: "أفادت مصادر بخرق الحوثيين وميليشيات صالح، الهدنة",
# "استغلت الجماعة الهدنة", "مع انتهاء الهدنة" — the truce is named as what was broken (its own
# news, if any, is told by its own words); read past a comma, since the breakers stand between
_BREACHING = ("خرق", "خروق", "انتهاك", "اختراق", "نقض", "استغل", "يستغل", "تستغل", "انتهاء", "انهيار")
_BREACH_REACH = 8


def breached_truce(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "AGREE" or trig.mode != "ceasefire":
        return False
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _BREACH_REACH), -1):
        if keys[i][0] in SENTENCE_MARKS:
            return False
        if any(c.startswith(_BREACHING) for c in keys[i]):
            return True
    return False


def _halted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """1 when a halt word stands right before the attack word and is itself no call's object:
    "أعلن الحوثيون وقف الهجمات" stops the attacks (not "دعا إلى وقف الغارات التي أدت لمقتل …":
    the raids go on and their toll is theirs)."""
    i = trig.first - 1
    if i < 0 or keys[i][0] not in CEASE:
        return 0
    return 0 if i and keys[i - 1][-1] in ("الي", "علي") else 1


def plotted(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A plot or an aim is not the act: "كشف مخطط اغتيال", "اتهمها بالتخطيط لاستهداف مؤتمرها",
    "كانت تهدف إلى اختطافه" (up to three words before, in the clause); a plot carried out is
    ("نفذ المسلحون مخطط التفجير")."""
    for i in clause_before(keys, trig, 3):
        if not PLOTTING.isdisjoint(keys[i]):
            return not any(w.startswith(CARRIED_OUT) for c in keys[max(0, i - 3):i] for w in c)
    return False


ANY = frozenset({"اي", "لاي", "باي", "واي", "ايه", "لايه", "بايه"})
KINDS = frozenset({"عمليه", "عمليات", "نوع", "شكل"})  # "لأي عملية تفجيرية"
# "كل" right before an act word, or before its kind noun ("بعد كل عملية تفجير", "مع كل غارة"): a
# habit or a rule about every such act, not one happening; كل after the act ("قصف كل المناطق")
# quantifies its object and leaves the act alone
_EVERY = frozenset({"كل", "لكل", "بكل", "وكل", "فكل"})


def every(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first >= 1 and keys[trig.first - 1][0] in _EVERY:
        return True
    return trig.first >= 2 and keys[trig.first - 1][-1] in KINDS and keys[trig.first - 2][0] in _EVERY


def commemorated(keys: Sequence[tuple[str, ...]], k: int) -> bool:
    """Token k stands in what an anniversary recalls ("يحيي فيه الفلسطينيون ذكرى مقتل 6 …
    خلال مظاهرات عام 1976", "إحياء للذكرى الأولى للاستفتاء … مما أدى إلى مواجهات"): up to
    twenty words after ذكرى, in its clause. A past act, not the news; the march held for the
    anniversary, before the word, is."""
    for i in range(k - 1, max(-1, k - 1 - _RECALL_REACH), -1):
        if keys[i][0] in BREAKS or keys[i][0] == "،":
            return False
        if not ANNIVERSARY.isdisjoint(keys[i]):
            return True
    return False


ANNIVERSARY = frozenset({"ذكري", "الذكري", "ذكراه", "ذكراها", "ذكراهم"})
_RECALL_REACH = 20


def intended(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verb of intending at the head of the clause governs the act however long its subject
    ("يدرس الرئيس الأميركي دونالد ترمب أيضا طرد دبلوماسيين", "عناصر الحزب الذين أرادوا اعتقال
    أبنائهم"), up to a word that opens another clause ("يريد السيطرة عليها بعد أن قصفت
    الطائرات", "أراد استعادة سلعته التي صادرتها الشرطة": these happened)."""
    return _governed_by(keys, trig, INTENDING, _INTENT_REACH)


# "عن مذبحة مروعة، كانت الميليشيات تنوي ارتكابها": a verb of intending after the act, its verbal
# noun of doing carrying the act back as a pronoun — the act was intended, not done (key forms)
_DONE_BACK = frozenset(p + m + e for p in ("", "ل") for m in ("ارتكاب", "تنفيذ", "شن", "القيام")
                       for e in ("ه", "ها", "هم"))
_INTENDED_AFTER_REACH = 12  # words from the act to the intending verb (past a comma and a long subject)
_DOER_GAP = 4


def intended_after(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False
    end = min(len(keys) - 1, trig.last + 1 + _INTENDED_AFTER_REACH)
    for i in range(trig.last + 1, end):
        if keys[i][0] in SENTENCE_MARKS:
            return False
        if not INTENDING.isdisjoint(keys[i]):  # (the doer may stand between: "يخطط المتمردون لشنه")
            return any(not _DONE_BACK.isdisjoint(k) for k in keys[i + 1:i + 1 + _DOER_GAP])
    return False


def _governed_by(keys: Sequence[tuple[str, ...]], trig: Trigger, words: frozenset, reach: int) -> bool:
    """One of `words` in the clause before the act (≤ `reach` words), with no word that opens
    another clause between them."""
    for i in clause_before(keys, trig, reach):
        if keys[i][-1] in CLAUSE_OPENERS:
            return False
        if not words.isdisjoint(keys[i]):
            return True
    return False


INTENDING = frozenset({"يدرس", "تدرس", "يدرسون", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون",
                       "يخطط", "تخطط", "يخططون", "خططوا", "يريد", "تريد", "يريدون", "اراد", "ارادت",
                       "ارادوا"})
_INTENT_REACH = 8

PLOTTING = frozenset({"مخطط", "مخططا", "مخططات", "مؤامره", "التخطيط", "تخطيط", "تهدف", "يهدف", "هدفت",
                      "يرمي", "ترمي"})

# "كافة/جميع عمليات": the acts a stop or a ceasefire covers
_STOPPED = frozenset({"كافه", "جميع", "عمليات"})

# a statistic's head noun (bare forms): "ارتفاع مستوى الهجمات ضد المستشفيات", "معدل الاعتقالات"
_MEASURES = frozenset({"مستوي", "مستويات", "معدل", "معدلات"})  # (not نسبة: "بالنسبة للعائدين")


def measured(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act named as what a level or a rate measures is a general state, no one
    happening (SPEC 2.7); not "عدد" ("ارتفع عدد قتلى الغارة": the toll of one act)."""
    return trig.type in PHYSICAL and trig.first > 0 and keys[trig.first - 1][-1] in _MEASURES


_PREPARE_REACH = 5  # "استعدت القوات الأمنية العراقية لاقتحام": the subject stands between


def prepared_for(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verb of getting ready in the clause before a ل-prefixed act: the act is prepared, not
    done ("استعدت القوات الأمنية لاقتحام المنطقة"); a clause opener between ends the reach
    ("استعدت القوات بعد أن ... لاقتحام" is not read)."""
    return _governed_by(keys, trig, GETTING_READY, _PREPARE_REACH)


# "حملة أمنية استهدفت مروجي المخدرات", "الإجراءات التي اتخذتها البلديات استهدفت المواطنين",
# "استهدفت المساعدات المواطنين", "أعراض تبدأ باستهداف الجهاز التنفسي": استهدف whose subject is a
# campaign, a measure, aid or a symptom means "aimed at" — no violence (an arrest campaign is
# COERCE by its own words); not "حملة عسكرية استهدفت مواقع" (military: an attack)
_TARGETING = ("استهداف", "استهدف", "يستهدف", "تستهدف")  # (key forms)
AIMERS = frozenset({"حمله", "حملات", "حملا", "مساعدات", "برنامج", "مشروع", "خطه", "مبادره", "اجراءات",
                    "اجراء", "تدابير", "قرار", "قرارات", "قانون", "عقوبات", "دراسه", "اعراض", "اصلاحات"})
_ARMED_AIM = frozenset({"عسكريه", "عسكري", "جويه", "جوي", "قصف", "غارات", "صاروخيه", "مدفعيه", "ارهابيه"})
_AIM_REACH = 6


def aimed_at(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "ASSAULT" or not any(c.startswith(_TARGETING)
                                         for c in keys[trig.first]):
        return False
    if trig.last + 1 < len(keys) and not AIMERS.isdisjoint(keys[trig.last + 1]):
        return True  # verb first: "استهدفت المساعدات المواطنين"
    for i in clause_before(keys, trig, _AIM_REACH):
        if not _ARMED_AIM.isdisjoint(keys[i]):
            return False
        if not AIMERS.isdisjoint(keys[i]):
            return True
    return False


# "اعتبر الفصيل أن الاتفاق بمثابة فرض "تهجير" على السكان", "ممارسات ترقى إلى جرائم حرب": a label
# put on something (it amounts to …), not a happening told
LABELLING = frozenset({"بمثابه", "مثابه",
                       # a name given ("جماعة تسمى "الاعتصام بالكتاب والسنة"", "ما يسمى بالاحتجاجات")
                       "تسمي", "يسمي", "المسماه", "المسمي"})
_AMOUNTS = frozenset({"يرقي", "ترقي", "ترتقي", "يرتقي"})
_LABEL_REACH = 3  # tokens, quote marks included ("بمثابة فرض "تهجير"")


def labelled(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _LABEL_REACH), -1):
        if keys[i][0] in BREAKS or keys[i][0] == "،":
            return False
        if not LABELLING.isdisjoint(keys[i]) or (keys[i][0] == "الي" and i and not _AMOUNTS.isdisjoint(keys[i - 1])):
            return True
    return False


# Sport pages: "شرح المدرب … في حالتي الهجوم والدفاع" (a team's attack and defence), "أشادت
# الجماهير بالمدرب", "الاتحاد يرفض طلب النادي … ويطالب اللاعب بالالتحاق بتمارين الفريق": fans,
# clubs and football federations are no political actors (SPEC 2.6) and a team's attack hurts
# no one. Two different sport words in the sentence make it sport talk; one is not enough
# ("طالبت الخارجية جميع اللاعبين باحترام الحكومة": players of politics). Not الفريق (a
# general's rank) nor الجماهير alone (crowds).
SPORT_WORDS = frozenset({"لاعب", "اللاعب", "لاعبا", "اللاعبين", "لاعبين", "لاعبي", "مدرب", "المدرب", "مدربا",
                         "النادي", "نادي", "الاندية", "اندية", "المنتخب", "منتخب", "مباراه", "المباراه",
                         "مباريات", "المباريات", "الدوري", "كره", "الكره", "تمارين", "التمارين", "التدريبات",
                         "الكابتن", "الملعب", "ملعب", "الجماهير", "الهداف", "المونديال", "جماهير", "مدربين",
                         "الاعب", "الاعبين"})  # (للاعب, للاعبين: لل folds to ال)
_SPORT_MIN = 2


def _sport_words(keys: Sequence[tuple[str, ...]]) -> int:
    """How many different sport words the sentence has (a word counted once, whatever its clitics)."""
    return len({cands[-1] for cands in keys if not SPORT_WORDS.isdisjoint(cands)})


# "طريقة بناء الهجمة من الخلف", "هدف من هجمة مرتدة": a team's move, built, finished or
# countering, in a sentence of two sport words (not "الهجمة التي شنها مسلحون")
_MOVE_BEFORE = frozenset({"بناء", "انهاء", "تنظيم"})


def _team_move(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    before = keys[trig.first - 1] if trig.first > 0 else ()
    after = keys[trig.last + 1] if trig.last + 1 < len(keys) else ()
    return ((not _MOVE_BEFORE.isdisjoint(before) or any(k.startswith("مرتد") for k in after))
            and _sport_words(keys) >= _SPORT_MIN)


def sport_talk(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type == "ASSAULT" and keys[trig.first][-1].startswith(_TARGETING):
        # "واصلت الإدارة استهدافها للاعبين": a club targeting players to sign them, in sport talk
        after = keys[trig.last + 1] if trig.last + 1 < len(keys) else ()
        return not SPORT_WORDS.isdisjoint(after) and _sport_words(keys) >= _SPORT_MIN
    if trig.type == "ASSAULT":
        if keys[trig.first][-1].startswith(("هجمه", "هجمات")) and _team_move(keys, trig):
            return True
        if not keys[trig.first][-1].startswith(("هاجم", "يهاجم", "تهاجم", "هجوم", "هجمات")):
            return False
        after = keys[trig.last + 1] if trig.last + 1 < len(keys) else ()
        # "الهجوم والدفاع", "الدفاع والهجوم": a side's play; sport words alone do not make an attack
        # a game ("هجوم انتحاري استهدف مباراة لكرة القدم في الملعب")
        return "دفاع" in after and after[0].startswith("و") or (
            keys[trig.first][0].startswith("و") and trig.first > 0 and "دفاع" in keys[trig.first - 1])
    if trig.type not in VERBAL_TYPES and trig.type != "CONSULT":
        return False  # (a club's talks or meetings too: "فتح عضو شرف النادي خط مفاوضات" over a
        # player's transfer is no diplomacy)
    if trig.type == "CONSULT" and any(not _PLAYERS.isdisjoint(k) for k in clause_after(keys, trig, _PLAYERS_REACH)):
        return True  # "اجتمع المدرب مع اللاعبين قبل التدريب": a coach and his squad, no diplomacy
    return _sport_words(keys) >= _SPORT_MIN


# a team's players as whom a meeting is with (bare forms; "للاعبين" folds to "الاعبين")
_PLAYERS = frozenset({"اللاعبين", "لاعبين", "لاعبي", "الاعبين", "لاعبيه", "لاعبيها"})
_PLAYERS_REACH = 4  # words after the meeting word, past its subject ("اجتمع داسيلفا مع اللاعبين")


# "احتشد آلاف الليبيين … بمناسبة الذكرى السابعة للثورة", "تجمع الآلاف للاحتفال بعيد الجيش": a
# crowd celebrating is no dissent (SPEC 2.6: PROTEST is collective public dissent). A celebration
# word in the sentence, or a crowd verb (strength 2, not تظاهر) gathered for the anniversary of a
# revolution, independence or a feast — unless a word of dissent says it protested too
# ("تظاهر آلاف … في ذكرى الثورة للمطالبة بالتشغيل"). Not ذكرى alone: the Land Day and Nakba
# marches are protests.
CELEBRATING = ("احتفال", "احتفاء", "ابتهاج")
_FESTIVE = frozenset({"ثوره", "استقلال", "عيد", "تحرير", "النصر", "نصر", "تاسيس", "الجلاء", "جلاء"})
_DISSENT = ("احتجاج", "تنديد", "مندد", "مطالب", "رافض", "غضب", "اعتصام", "منددين", "شعارات", "هتف")


def celebrated(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "PROTEST":
        return False
    if any(c.startswith(_DISSENT) for cands in keys for c in cands):
        return False
    if any(c.startswith(CELEBRATING) for cands in keys for c in cands):
        return True
    if trig.strength >= 3:
        return False
    for i, cands in enumerate(keys):
        if not ANNIVERSARY.isdisjoint(cands) and any(
                not _FESTIVE.isdisjoint(k) for k in keys[i + 1:i + 4]):
            return True
    return False


# "وأسفر الهجوم النووي … في الأيام الأخيرة للحرب العالمية الثانية عن مقتل 74 ألف شخص",
# "المحرقة التي استهدفت اليهود خلال الحرب العالمية الثانية": an act of a world war is history,
# not news (SPEC 2.7: older background is not coded) — not "للمرة الأولى منذ الحرب العالمية"
# (a first since then: the act is today's)
_WORLD_WAR = ("الحرب", "العالميه")
_SINCE_THEN = frozenset({"منذ", "ومنذ", "بعد"})


def world_war(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False
    for i in range(len(keys) - 1):
        if _WORLD_WAR[0] in keys[i] or "حرب" in keys[i]:
            if _WORLD_WAR[1] in keys[i + 1] or "عالميه" in keys[i + 1]:
                return not (i and not _SINCE_THEN.isdisjoint(keys[i - 1]))
    return False
