"""Event filters for purposes and goals, accusations, escapes, preventions, orders, sentences, prayers and settings."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_clause import OTHER_CLAUSE, THAT, act_head, clause_after, clause_before, negator
from rasd.stages.event_filter_senses import prepared_for
from rasd.stages.event_filter_words import (ACCUSING, BREAKS, BRIDGES, BRIDGING, CARRIED_OUT, CHARGES, CLAUSE_OPENERS,
                                            DASHES, DAY_WORDS, DISCUSSING, ESCAPE, FEARED, MANY_PEOPLE, PARTICIPANTS,
                                            PHYSICAL, PLAN, PRAYER, PRAYING, PREPARING, PRESSING, PROPOSAL_GAP,
                                            PROPOSING, PROSPECTIVE, PURPOSE, QUEST, READY, RECEIVED, RIGHTS,
                                            SENTENCE_MARKS, SENTENCING, SUSPECTING, THAT_IT, TOPIC, VERBAL_TYPES)

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger


def purpose(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A trigger up to three words after a purpose word ("ليساعدها في اقتحام تلك المواقع") or a
    word of fear or risk ("في خوف دائم من الاعتقال"); talks or a deal after "استئناف" ("الآمال
    في استئناف محادثات")."""
    words = PURPOSE | PROSPECTIVE if trig.type in ("CONSULT", "AGREE") else PURPOSE
    if trig.type in PHYSICAL:
        words = words | FEARED
    if trig.first and (not RIGHTS.isdisjoint(keys[trig.first - 1]) or (  # ("لحق عودة اللاجئين")
            keys[trig.first - 1][0] in PREPARING and keys[trig.first][0].startswith("ل"))):
        return True
    if keys[trig.first][0].startswith("ل") and prepared_for(keys, trig):
        return True
    if _ready_for(keys, trig):
        return True
    if trig.first and keys[trig.first - 1][0] in QUEST and keys[trig.first][0].startswith("ل"):
        return True  # "تقدمت القوات في مسعى لاقتحامها": not yet in
    if trig.first and not PLAN.isdisjoint(keys[trig.first - 1]) and keys[trig.first][0].startswith("ل"):
        return True  # "تسجيل الأسماء ضمن مخططها للتجنيد": the plan's act, not yet done
    if trig.type in ("CONSULT", "AGREE") and _proposed(keys, trig):
        return True
    if keys[trig.first][0].startswith(("ل", "ب")) and any(  # "للضغط على جيش الإسلام للانسحاب",
            c.startswith(PRESSING) for i in clause_before(keys, trig, 6) for c in keys[i]):  # "يسمح
        return True  # لموسكو بنشر مزيد من القوات"
    if not keys[trig.first][-1].startswith(PARTICIPANTS) and trig.type != "CONSULT":
        words = words | TOPIC | DISCUSSING
        if joined_noun(keys, trig) and any(set(keys[i]) & (TOPIC | DISCUSSING)
                                           for i in clause_before(keys, trig, 8)):
            return True  # "لبحث التسوية السياسية في سورية وعودة اللاجئين": both topics
    before = keys[max(0, trig.first - 3):trig.first]
    if _aimed_at(keys, trig) or _goal_of_effort(keys, trig) or _on_course_to(keys, trig):
        return True
    if trig.type in _DEAL_TERMS and any(c[0] == "مقابل" for c in before):
        return True  # "انسحاب الحوثيين مقابل رفع العقوبات": the price of a deal, not done
    return any(set(c) & words for c in before)


_READY_REACH = 6  # "أبدت الحكومة السورية استعدادها للحوار": the subject may stand between


def _ready_for(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A word of readiness in the clause before the act, its ل-complement between them or on the
    act: the act is offered, not done; a word that opens another clause ends the reach."""
    for i in clause_before(keys, trig, _READY_REACH):
        if keys[i][-1] in CLAUSE_OPENERS:
            return False
        if not READY.isdisjoint(keys[i]):
            return any(keys[j][0].lstrip("وف").startswith("ل") for j in range(i + 1, trig.first + 1))
    return False


# "لجنة تنسيق للعمل على عودة اللاجئين", "ناشد المجتمع الدولي المساهمة في عودة اللاجئين": the
# work or the contribution an act is the goal of (not بالمساهمة: "اتهمت الأردن بالمساهمة في
# سقوط معبر نصيب", a charge about a past act, which _accused_of reads)
_EFFORTS = {"علي": frozenset({"للعمل", "العمل", "والعمل"}),
            "في": frozenset({"المساهمه", "للمساهمه", "والمساهمه"})}


def _proposed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    k = trig.first - 1
    while k >= 0 and keys[k][0] in PROPOSAL_GAP and k >= trig.first - 2:
        k -= 1
    return k >= 0 and keys[k][0] in PROPOSING


def _goal_of_effort(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The act right after a work or contribution word and its preposition ("للعمل على عودة",
    "المساهمة في عودة") is what the effort is for, not something done."""
    if _after_effort(keys, trig.first):
        return True
    if not joined_noun(keys, trig):
        return False
    for i in clause_before(keys, trig, _GOAL_REACH):  # "لإكمال عودة العالقين خارج اليمن وعودة
        if keys[i][0] in _COMPLETING or _after_effort(keys, i):  # النازحين": both returns
            return True
    return False


def _after_effort(keys: Sequence[tuple[str, ...]], k: int) -> bool:
    """Token k right after a work or contribution word and its preposition."""
    efforts = _EFFORTS.get(keys[k - 1][0]) if k >= 2 else None
    return efforts is not None and keys[k - 2][0] in efforts


_GOAL_REACH = 6  # words back from a joined act to the goal phrase of the act it is joined to
_COMPLETING = frozenset({"لاكمال", "لاستكمال", "لاتمام"})

AIMING = frozenset({"بغيه", "بهدف", "قصد", "بقصد"})


# "إيران في الطريق لتسجيل تنفيذ حكم الإعدام ضد أكثر من ألف", "القوات في طريقها لاقتحام المدينة": on
# course to an act, not yet done (a place after: "في طريقه إلى المدرسة" — not a ل-word — is a route)
_ROAD = frozenset({"الطريق", "طريقها", "طريقه", "طريقهم", "طريقهما"})


def _on_course_to(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger up to four words after "في الطريق/طريقها" + a ل-word that opens the aim."""
    for i in clause_before(keys, trig, 4):
        if not _ROAD.isdisjoint(keys[i]) and i and keys[i - 1][0] == "في":
            nxt = keys[i + 1][0]
            return nxt.startswith("ل") and not nxt.startswith("لل")  # (not "للمستشفى": a place)
    return False


def _aimed_at(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"من أجل توقيف المسؤولين", "بغية اعتقال", "من أجل شن هجمات": the act right after an aim
    word, or after its bridge masdar, is what it is done for (not "والمؤتمر من أجل الجمهورية
    غادروا اجتماع": a party's name, a verb between)."""
    for j in (trig.first - 1, trig.first - 2):
        if j < 0 or (j == trig.first - 2 and keys[j + 1][-1] not in BRIDGES | BRIDGING):
            continue
        if keys[j][-1] in AIMING or (keys[j][-1] == "اجل" and j and keys[j - 1][-1] == "من"):
            return True
    return False


# what a deal trades ("مقابل إطلاق سراح المحتجزين"); not "بالمقابل/في المقابل" (on the other
# hand) nor an attack's toll "مقابل القضاء على 36 إرهابيا" (as against)
_DEAL_TERMS = frozenset({"RETREAT", "SANCTION", "AGREE", "CONCEDE"})


def joined_noun(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A noun joined by و ("وعودة", "والهجمات"), not a verb ("وعاد")."""
    word = keys[trig.first][0]
    return word.startswith("و") and (word.startswith("وال") or word.endswith(("ه", "ات")))


def accused_of(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"اتهمت الجماعة جبهة النصرة بخطف زعيمها": the act someone is accused of is a claim
    (the ACCUSE event records it), not an asserted happening."""
    if trig.type in VERBAL_TYPES:
        return trig.type == "REJECT" and _charged_with_refusing(keys, trig)
    for i in clause_before(keys, trig, 8):
        if any(c.startswith(ACCUSING) for c in keys[i]) or not CHARGES.isdisjoint(keys[i]):
            return True
        if (any(c.startswith(SUSPECTING) for c in keys[i])
                and not (i + 1 < len(keys) and THAT_IT & set(keys[i + 1]))
                and not _own_day_after(keys, trig)):
            return True  # (not "يشتبه بضلوعهم في التفجيرات التي وقعت صباح السبت": those happened)
    return False


def _charged_with_refusing(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"اتهم الوزير الحكومة برفض الحوار": a refusal with بـ, after an accusation word in its
    clause, is what the accused is charged with (the ACCUSE event), not a refusal told as news
    (not "ورفض الوزير الاتهامات": a refusal of its own, without بـ)."""
    if not keys[trig.first][0].startswith("ب"):
        return False
    return any(c.startswith(ACCUSING) for i in clause_before(keys, trig, 8) for c in keys[i])


# what one escapes from that is no home: custody, a hospital, the fronts ("فرت من جبهات عدن")
# custody: what a jailbreak is from ("هرب 400 معتقل من السجن")
CUSTODY = frozenset({"سجن", "السجن", "سجون", "السجون", "معتقل", "المعتقل", "الاحتجاز", "احتجاز"})
ESCAPED_FROM = CUSTODY | {"مستشفي", "المستشفي", "خاطفي", "خاطفيه", "خاطفيها", "خاطفيهم", "اسري", "اسريه",
                          "قبضه", "جبهات", "الجبهات", "جبهه", "الجبهه", "خطوط", "الخطوط"}
_FROM = frozenset({"من", "عن"})
SHELTERING = ("يختبئ", "تختبئ", "يختبئون", "اختبا", "يحتمي", "يحتمون", "تحتمي", "احتمي", "احتموا")


def _own_day_after(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A day named within six words after the trigger, in its clause."""
    return any(not DAY_WORDS.isdisjoint(cands) for cands in clause_after(keys, trig, 6))


def _managed_to_flee(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"إذ تمكن أصدقاء عبد الرؤوف من الهرب": تمكن/نجح/استطاع, a subject of up to four words,
    من, then the flight word — someone got away, unless they are people in numbers."""
    if trig.first < 3 or "من" not in keys[trig.first - 1]:
        return False
    for i in range(trig.first - 2, max(-1, trig.first - 7), -1):
        if keys[i][0] in BREAKS or keys[i][0] == "،":
            return False
        if any(c.startswith(ESCAPE) for c in keys[i]):
            return not any(c.startswith(MANY_PEOPLE) for cs in keys[i + 1:trig.first] for c in cs)
    return False


def escape(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """Flight words after "تمكن من" / "لاذ بـ", or from custody, a hospital or the fronts
    ("هرب من المستشفى", "فرار امرأة من خاطفيها"): someone got away (SPEC: DISPLACE is people
    fleeing a place, not attackers or detainees escaping)."""
    if trig.type != "DISPLACE":
        return False
    if any(c.startswith(ESCAPE) for cs in keys[max(0, trig.first - 3):trig.first] for c in cs):
        return True
    if _managed_to_flee(keys, trig):
        return True
    if any(c.startswith(SHELTERING) for i in clause_before(keys, trig, 8) for c in keys[i]):
        return True  # "الأقبية التي يختبئ فيها الناس هرباً من القصف": sheltering where they are
    after = keys[trig.last + 1:trig.last + 5]
    return any(cs[0] in _FROM and j + 1 < len(after) and after[j + 1][-1] in ESCAPED_FROM
               for j, cs in enumerate(after))


# "منعت سكانها من النزوح", "منعت السلطات الأمهات من التظاهر", "حال دون وقوع": prevented acts;
# "ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات": acts not managed
PREVENTING = ("منع", "يمنع", "تمنع", "لمنع")
BARRING = frozenset({"حال", "حالت", "يحول", "تحول"})  # … دون
ENABLED = ("تمكن", "يتمكن", "تتمكن", "استطاع", "يستطع", "تستطع")
_PREVENT_REACH = 8

# a present "prevents" right before the act it governs ("كادت أن تمنع قوافل الأمم المتحدة من
# إيصال": its object, the convoys, is no act; "تمنع العقوبات": sanctions are no physical act)
PREVENTS = frozenset({"يمنع", "تمنع", "يمنعون", "يمنعان", "تمنعان"})


def prevented(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if keys[trig.first][-1].startswith("منع"):
        return False  # "منع دخول": the prevention is the event
    head = act_head(keys, trig)
    if trig.type in PHYSICAL and head and not PREVENTS.isdisjoint(keys[head - 1]):
        return True  # "حل سياسي يمنع شن هجوم على الميناء", "تمنع نزوحهم": the act prevented
    # من/دون right before the act, or before its verbal noun ("من نقل مساعدات")
    prev = set(keys[trig.first - 1] if trig.first else ()) | set(keys[trig.first - 2] if trig.first > 1 else ())
    for i in clause_before(keys, trig, _PREVENT_REACH):
        if "دون" in prev and not BARRING.isdisjoint(keys[i]):
            return True
        if "من" in prev and any(c.startswith(PREVENTING) for c in keys[i]):
            return True
        if "من" in prev and any(c.startswith(ENABLED) for c in keys[i]) and i and negator(keys[i - 1][0]):
            return True  # "ولم تتمكن … من"
        if "من" in prev and any(c.startswith(ENABLED) for c in keys[i]) and i > 1 \
                and keys[i - 1][0] == "ان" and "قبل" in keys[i - 2]:
            return True  # "غادر قبل أن تتمكن السلطات من إلقاء القبض عليه": it did not come to pass
    return False


# "أصدرت أمراً رسمياً باحتجازها", "مذكرة اعتقال بحق": a court's order, not an arrest made
ORDERS = frozenset({"امر", "امرا", "اوامر", "قرار", "قرارا", "مذكره", "مذكرات"})

# "أعلنت اللجنة "إرجاء" قافلة المساعدات", "تأجيل الاجتماع": put off, so not (yet) happened
# (not أجّلت: unvowelled it is also أجلت, evacuated)
POSTPONED = frozenset({"ارجاء", "تاجيل", "ارجا", "ارجات", "ارجاوا"})


def postponed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A word of putting off up to three words (quote marks included) before the trigger, in
    its clause; or a word of calling off (`_called_off`)."""
    return any(not POSTPONED.isdisjoint(keys[i]) for i in clause_before(keys, trig, 3)) or _called_off(keys, trig)


# "الإتفاق على تعليق إضراب أعوان الإذاعة", "السبب وراء إلغاء القمة", "وعلق وزير الداخلية هورست
# زيهوفر استقالته": an act suspended, cancelled or frozen is called off, not done — up to five words
# on, not past على/عن ("تعليق على الهجوم", "علق الوزير على الهجوم": a comment on an act done) nor
# past another clause ("ألغت الحكومة الاحتفالات بسبب الهجوم")
CALLED_OFF = frozenset({"تعليق", "علق", "علقت", "علقوا", "الغاء", "الغي", "الغت", "الغوا", "يلغي", "تلغي",
                        "تجميد", "جمد", "جمدت"})
_CALLED_OFF_REACH = 5
_ABOUT = frozenset({"علي", "عن", "بسبب", "اثر", "بعد", "عقب", "جراء"})


def _called_off(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in clause_before(keys, trig, _CALLED_OFF_REACH):
        if not _ABOUT.isdisjoint(keys[i]) or keys[i][-1] in OTHER_CLAUSE:
            return False
        if not CALLED_OFF.isdisjoint(keys[i]):
            return True
    return False


# "الاجتماع سيعقد بعد ظهر الأربعاء", "المظاهرات ستنطلق غدا": the trigger is the subject of a
# future verb of holding or starting (not "سيتم الرد على الهجوم", "سيستمر القصف": an act done)
HELD_LATER = frozenset("س" + p + v for p in "يت" for v in ("عقد", "جري", "نظم", "قام", "نطلق", "بدا"))


def held_later(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A future verb of holding or starting up to two words after the trigger (an adjective
    between: "الاجتماع الطارئ سيعقد"), in its clause."""
    return any(not HELD_LATER.isdisjoint(k) for k in clause_after(keys, trig, 2))


def ordered(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "COERCE" or trig.mode != "arrest":
        return False
    return any(not ORDERS.isdisjoint(keys[i]) for i in clause_before(keys, trig, 3))


# "اتفق كيم وترامب، خلال الشهر الجاري، على القمة", "اتفق الطرفان على عقد جولة محادثات": what an
# agreement settles has not happened yet — a meeting, a withdrawal, an exchange — and the agreement
# itself is AGREE's (a verbal act agreed on, "اتفقوا على إدانة الهجوم", was made together)
AGREEING = ("اتفق", "يتفق", "تتفق", "اتفاق", "وافق", "يوافق", "توافق")
_SET_UP = frozenset({"عقد", "اجراء", "استئناف", "بدء", "تنظيم"})  # "على عقد قمة"
_AGREEMENT_REACH = 10  # words from على back to the agreeing word (its subject and a time between)


def agreed_on(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type == "AGREE" or trig.type in VERBAL_TYPES:
        return False
    j = trig.first - 1  # على right before the act, or before a set-up word a few words back
    if j >= 0 and "علي" not in keys[j]:  # ("على عقد جولة جديدة من المحادثات")
        j = next((k - 1 for k in range(trig.first - 1, max(0, trig.first - 5), -1)
                  if not _SET_UP.isdisjoint(keys[k])), -1)
    if j < 0 or "علي" not in keys[j]:
        return False
    for i in range(j - 1, max(-1, j - 1 - _AGREEMENT_REACH), -1):
        if keys[i][0] in SENTENCE_MARKS:
            return False
        if any(c.startswith(AGREEING) for c in keys[i]):
            return True
    return False


def death_sentence(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """الإعدام up to five words after a sentencing word in its clause ("قضت محكمة باكستانية، السبت،
    بإعدام"): a verdict, not an execution — unless the sentence was carried out ("نفذت السلطات
    حكم الإعدام")."""
    if trig.type != "ASSAULT" or not keys[trig.first][-1].startswith("اعدام"):
        return False
    before = [keys[i] for i in clause_before(keys, trig, 5)]
    if any(c[-1].startswith(CARRIED_OUT) for c in before):
        return False
    return any(not SENTENCING.isdisjoint(c) for c in before) or _penalty_reaches(keys, trig)


# a penalty's detention: "العقاب الذي تضاف إليه الغرامة والتوقيف", "عقوبة الحبس أو التوقيف" — a
# punishment named, no arrest told (bare forms of the word before the arrest word)
PENALTIES = frozenset({"غرامه", "غرامات", "عقوبه", "عقوبات", "عقاب", "سجن", "حبس"})


def penalty(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "COERCE" or trig.mode != "arrest" or trig.first == 0:
        return False
    before = keys[trig.first - 1]
    if before[0] in ("او", "أو") and trig.first >= 2:
        before = keys[trig.first - 2]
    joined = keys[trig.first][0].startswith("و") or keys[trig.first - 1][0] in ("او", "أو")
    return not PENALTIES.isdisjoint(before) and (joined or before[-1] in ("عقوبه", "عقوبات"))


# "بعقوبات يصل بعضها إلى الإعدام", "عقوبة … تصل إلى الإعدام": the most a penalty reaches
REACHING = frozenset({"يصل", "تصل", "ويصل", "وتصل", "قد"})


def _penalty_reaches(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first < 2 or "الي" not in keys[trig.first - 1]:
        return False
    return any(not REACHING.isdisjoint(keys[i]) for i in range(max(0, trig.first - 4), trig.first - 1))


def prayer(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """دعا followed, in the next 15 words, by a prayer word or a verb with God as its subject
    ("بأن يحفظ الله"): a prayer, not a REQUEST."""
    if trig.type != "REQUEST" or not keys[trig.first][-1].startswith(PRAYING):
        return False
    after = keys[trig.last + 1:trig.last + 16]
    for i, cands in enumerate(after):
        if not PRAYER.isdisjoint(cands):
            return True
        if "الله" in cands and i and after[i - 1][-1][:1] in "يت":
            return True
    return False


def received(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"استقبل" with a hospital or patients around it is admission, not a meeting."""
    if trig.type != "CONSULT" or not keys[trig.first][-1].startswith("استقبل"):
        return False
    window = keys[max(0, trig.first - 3):trig.first] + keys[trig.last + 1:trig.last + 6]
    return any(set(c) & RECEIVED for c in window)


# heads whose genitive act names an area, not a happening: "أرسل قوات إلى مناطق الاشتباك"
AREA_HEADS = frozenset({"مناطق", "منطقه", "خطوط", "خط"})
# a meeting "with the press" is a briefing, not a meeting of parties: "في اللقاء الصحفي الأسبوعي"
PRESS = frozenset({"صحفي", "الصحفي", "صحافي", "الصحافي", "صحفيا", "صحافيا"})
MEDIUM_LINKS = frozenset({"في", "خلال", "عبر"})
# whom a call is with when it is only the channel of a statement: "في اتصال هاتفي مع وكالة"
OUTLETS = frozenset({"وكاله", "صحيفه", "قناه", "القناه", "موقع", "اذاعه", "مراسل", "مجله", "جريده"})


def named_setting(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger names the setting of something else: an area ("مناطق الاشتباك"), a press
    briefing ("اللقاء الصحفي"), or the phone call through which words were said ("قال في اتصال
    هاتفي إن", "في اتصال هاتفي مع وكالة …") — no clash or meeting of parties happened."""
    if trig.type == "ASSAULT":
        return trig.first >= 1 and not AREA_HEADS.isdisjoint(keys[trig.first - 1])
    if trig.type != "CONSULT":
        return False
    if trig.last + 1 < len(keys) and not PRESS.isdisjoint(keys[trig.last + 1]):
        return True
    if trig.mode != "call" or not trig.first or MEDIUM_LINKS.isdisjoint(keys[trig.first - 1]):
        return False
    after = [c for c in keys[trig.last + 1:trig.last + 4] if c[0] not in DASHES]
    if not after:
        return False
    if "مع" in after[0]:
        return len(after) > 1 and not OUTLETS.isdisjoint(after[1])
    return not THAT.isdisjoint(after[0])
