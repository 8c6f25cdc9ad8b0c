"""Event filters for habits, background, lasting states, tolls since, pledges and acts awaited."""
from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Sequence

from rasd.lang.words import DEMONSTRATIVES, WHICH
from rasd.stages.event_filter_clause import AND_VERB, THAT, clause_after, clause_before, imperfect
from rasd.stages.event_filter_words import (CLAUSE_OPENERS, CUMULATIVE, DAY_WORDS, FUTURE_REACH, HABITUAL, OUGHT,
                                            PHYSICAL, PLEDGES, SENTENCE_MARKS, SUPERLATIVES)

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

# "لا تزال", "ما زالت", "لم يزل": "still" — no negation
_STILL = frozenset({"تزال", "يزال", "زال", "زالت", "تزل", "يزل", "زالوا", "يزالون", "تزالان"})
# "تتواصل المعارك", "تصاعدت حدة المعارك": fighting goes on, a general state (SPEC 2.7)
_GOING_ON = frozenset({"تتواصل", "يتواصل", "تواصلت", "تواصل", "تستمر", "يستمر", "استمرت", "استمر",
                       "تصاعدت", "تتصاعد", "يتصاعد", "تصاعد", "تجددت", "تتجدد", "تدور", "يدور", "تشهد",
                       "يشهد"})
_CONTINUING = frozenset({"استمرار", "الاستمرار", "تواصل", "متواصل", "المتواصل", "المستمر", "مستمر"})
_GENERAL = frozenset({"معارك", "اشتباكات", "مواجهات", "اعمال", "احتجاجات", "مظاهرات", "تظاهرات"})
# "سبق واعتقل", "سبق أن شنت", "سبق لها أن": done before, background to the news
_BEFORE = frozenset({"سبق", "وسبق"})
_BEFORE_LINKS = frozenset({"ان", "وان", "له", "لها", "لهم", "لهما"})
_DOES = frozenset({"يقوم", "تقوم", "يقومون", "تقومان", "يقومان"})
_YEARS = frozenset({"سنوات", "اعوام", "عقود", "سنين"})

_SINCE = frozenset({"منذ", "ومنذ"})
_INCIDENT = frozenset({"حادث", "حادثه", "وقوع", "حصول"})


def since_it(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """The trigger is منذ's object ("منذ التفجير", "منذ حادث التفجير"): the time since it."""
    i = trig.first - 1
    if i >= 0 and keys[i][0] in _INCIDENT:
        i -= 1
    return i >= 0 and keys[i][0] in _SINCE


def still(keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """The negator at i is the first word of "لا تزال" / "ما زال"."""
    return i + 1 < len(keys) and keys[i][-1] in ("لا", "ما", "لم") and keys[i + 1][0] in _STILL


def habit_or_background(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A habit, a lasting state or an act done before, not the news of one happening: see the
    functions below. A day named in the sentence makes the general wordings news again."""
    near = list(clause_before(keys, trig, 6))
    if trig.type == "COERCE" and any(not _CONTINUING.isdisjoint(keys[i]) for i in near[:2]):
        return True  # "احتجاجا على استمرار اعتقال تسعة": a detention that lasts, whatever the day
    dated = any(k[-1] in DAY_WORDS or k[0] in DAY_WORDS for k in keys)
    if not dated and (_toll_since(keys, trig) or _what_it_does(tokens, keys, trig, near) or _habit_before(keys, trig)
                      or _goes_on(keys, trig, near) or _state_cause(keys, trig) or _war_toll(keys, trig)
                      or any(not BACK_THEN.isdisjoint(k) for k in keys) or _whenever(keys, near)):
        return True
    return (_daily(keys, trig) or _kind_of_act(keys, trig) or _subjected_as_a_rule(keys, trig) or _years_since_in_clause(keys, trig) or _still_doing(tokens, keys, trig, near)
            or _done_before(tokens, keys, trig, near))


# "كلما اعتصر قلوبنا الحزن بعد تفجير آثم": an act in a "whenever" clause is any such act, a
# repeated case, no one happening (key forms)
_WHENEVER = frozenset({"كلما", "وكلما"})


def _whenever(keys: Sequence[tuple[str, ...]], near: list[int]) -> bool:
    return any(keys[i][0] in _WHENEVER for i in near)


# "حياة من الاغتصاب اليومي", "في ظل الهجمات اليومية": an act named with a word of daily or
# repeated doing is a way of life or a state, no one happening ("مرات كثيرة في اليوم" names no day;
# a toll told beside it is carried by its own outcome word: "قتل ثلاثة أمس في القصف اليومي")
_DAILY = frozenset({"اليومي", "اليوميه", "يومي", "يوميه", "المتكرر", "المتكرره", "متكرر", "متكرره"})


def _daily(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    return trig.type in PHYSICAL and trig.last + 1 < len(keys) and keys[trig.last + 1][0] in _DAILY


# "وتشمل عمليات الترحيل المهاجرين من …", "ويشمل البرنامج حملات الاعتقال": a class of acts that a
# present-tense verb of inclusion or use describes is a practice told in general, no one happening
# (SPEC 2.7: general states); a day named does not change that (the verb tells what the acts include)
_INCLUDES = frozenset({"تشمل", "يشمل", "تتضمن", "يتضمن", "تستخدم", "يستخدم"})
_OPERATIONS = frozenset({"عمليات", "حملات", "العمليات", "الحملات"})


def _kind_of_act(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    ops = trig.first - 1 if trig.first and not _OPERATIONS.isdisjoint(keys[trig.first - 1]) else trig.first
    if _OPERATIONS.isdisjoint(keys[ops]):
        return False
    at_ops = SimpleNamespace(first=ops, last=ops)  # (the clause helpers read only the word's place)
    return any(not _INCLUDES.isdisjoint(keys[i]) for i in clause_before(keys, at_ops, 4))


# "المهاجرون … يتعرضون للاعتقال والإساءة", "يتعرض البالغون للاعتقال": the present of being subjected
# to a coercive act tells what befalls a class of people (a practice), no one arrest; physical acts
# are left ("عفرين التي تتعرض للقصف" is a campaign going on)
_SUBJECTED_NOW = frozenset({"يتعرض", "تتعرض", "يتعرضون", "يتعرضن", "تتعرضن", "يتعرضان", "تتعرضان"})


def _subjected_as_a_rule(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "COERCE" or not keys[trig.first][0].startswith("ل"):
        return False
    return any(not _SUBJECTED_NOW.isdisjoint(keys[i]) for i in clause_before(keys, trig, 3))


# "يخشون الخروج إلى الشوارع، بسبب المعارك": fighting named as the cause of a general state, with
# no count, harm or day in the sentence (SPEC 2.7: general states) — not "قتل 5 جراء المعارك"
_CAUSES = frozenset({"بسبب", "وبسبب", "جراء", "نتيجه", "ونتيجه"})
_HARMED = ("قتل", "مقتل", "اصيب", "اصابه", "جرح", "جريح", "شهيد", "استشهد", "قتيل", "قتلي", "نزح", "نازح",
           "فر", "فرار", "دمر", "تدمير", "اعتقل", "اعتقال", "مصرع", "ضحايا", "الاف", "مئات", "عشرات")


def _state_cause(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.first == 0 or keys[trig.first - 1][0] not in _CAUSES:
        return False
    if keys[trig.first][-1] not in _GENERAL or not keys[trig.first][0].startswith(("ال", "وال")):
        return False  # a general plural, definite: "المعارك", not "معارك عنيفة اندلعت أمس"
    return not any(c.isdigit() or c.startswith(_HARMED) for k in keys for c in k)


def _habit_before(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"وكثيرا ما تنفذ تركيا ضربات …، وشنت من قبل غارات جوية": a habit told before a physical
    act, in an undated sentence, makes it one of the habitual acts, however strong its word
    (the sentence-wide check keeps strength 3: "قصفت الطائرات البلدة التي كثيرا ما تتعرض للقصف")."""
    if trig.type not in PHYSICAL:  # (the cheap test first: most triggers are not physical)
        return False
    before = " ".join(k[0] for k in keys[:trig.first])
    return any(h in before for h in HABITUAL)


_SINCE_TOLLS = tuple(c for c in CUMULATIVE if c.startswith("منذ"))  # (order kept; built once)


def _toll_since(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"ومنذ قيام إسرائيل ارتكبت 70 مذبحة": a منذ toll opens the clause, whatever the word."""
    if trig.type not in PHYSICAL:  # (the cheap test first, as in _habit_before)
        return False
    before = " ".join(keys[i][0] for i in reversed(list(clause_before(keys, trig, 12))))
    return any(c in before for c in _SINCE_TOLLS)


# "back then": "أكدت رواية الجزائر الرسمية آنذاك اختطاف وذبح الرهبان", "وتم آنذاك اعتقالها": an
# undated sentence told from a past moment is background (a day named keeps it news)
BACK_THEN = frozenset({"انذاك", "حينذاك", "وقتذاك", "حينئذ", "وقتئذ"})
# a war or an insurgency as the subject of an outcome verb: "وأسفرت الحرب السورية عن مقتل …
# وفرار … ونزوح", "أسفرت حركة التمرد هذه عن سقوط … ونزوح", "حرب أودت بحياة": its toll, however
# strong the words (bare forms; a battle, "المعارك", or the fighting, "القتال", is no war here:
# its outcomes are news, "تسبب القتال في نزوح عائلات كثيرة"). A relative clause after the war
# ("الصراع متعدد الأطراف، الذي أدى لمقتل مئات الآلاف وتشريد 11 مليون") is its toll too, and a
# second outcome of the same subject ("…، كما تسببت في نزوح أكثر من 11 مليون") shares it: left
# in, the toll gave its millions to the day's evacuation or air strike by merging (audit of unseen
# news)
WAR_NOUNS = frozenset({"حرب", "حروب", "صراع", "نزاع", "تمرد", "ازمه"})
_WAR_OUTCOME_VERBS = frozenset({"اسفرت", "اسفر", "اودت", "اودي", "حصدت", "اوقعت", "ادت", "ادي", "خلفت", "خلف",
                                "تسبب", "تسببت"})
_WAR_SUBJECT_REACH = 3  # words between the outcome verb and the war noun ("أسفرت حركة التمرد هذه")
_WAR_TOLL_REACH = 40  # words back from the trigger to the outcome verb, across commas


def _war_toll(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act told as what a war brought about, its verb earlier in the trigger's sentence
    (the caller keeps any sentence that names a day: "أسفر النزاع القبلي، الأحد، عن مقتل")."""
    if trig.type not in PHYSICAL:
        return False
    so_far = any(k[0] == "حتي" and keys[n + 1][0] == "الان" for n, k in enumerate(keys[:-1]))
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _WAR_TOLL_REACH), -1):
        if keys[i][0] in SENTENCE_MARKS:
            return False
        if _WAR_OUTCOME_VERBS.isdisjoint(keys[i]):
            continue
        if _war_near(keys, i, trig.first, so_far) or (i and keys[i - 1][-1] in _ALSO and any(
                not _WAR_OUTCOME_VERBS.isdisjoint(keys[j]) and _war_near(keys, j, i, so_far)
                for j in range(max(0, i - _WAR_TOLL_REACH), i - 1))):
            return True
    return False


# a campaign's running total is its toll as well: "وأدت العمليات العسكرية في الجنوب إلى نزوح
# 320 ألف شخص حتى الآن", "وأسفرت هذه الحملة حتى الآن عن مقتل أكثر من 200"; without "حتى
# الآن" a campaign's outcome may be the day's news ("وأسفرت العملية العسكرية عن مقتل 20"). Left
# in, the total took in the day's flight of thousands by merging (audit U54)
_CAMPAIGNS = frozenset({"حمله", "حملات"})
_MILITARY_OPS = frozenset({"عمليه", "عمليات"})  # with "عسكرية" after them


def _war_word(keys: Sequence[tuple[str, ...]], j: int, so_far: bool) -> bool:
    if keys[j][-1] in WAR_NOUNS:
        return True
    return so_far and (keys[j][-1] in _CAMPAIGNS or (
        keys[j][-1] in _MILITARY_OPS and j + 1 < len(keys) and keys[j + 1][-1] in ("عسكريه", "العسكريه")))


_ALSO = frozenset({"كما"})  # "…، كما تسبب في": a second outcome of the same subject


def _war_near(keys: Sequence[tuple[str, ...]], i: int, end: int, so_far: bool) -> bool:
    """The war is the subject of the outcome verb at i: a war noun within reach before it, in
    its clause or across a comma right before the verb or its relative pronoun ("الصراع متعدد
    الأطراف، الذي أدى", "في الحرب ضد الحوثيين، أسفرت عن"; not
    "غارات على مواقع التمرد، ما أدى": the raids did it), or right after it ("خلف القتال",
    "أسفرت حركة التمرد هذه عن"), short of a preposition ("أدى إلى تفاقم الأزمة": its object)."""
    seen, j = 0, i - 1
    while j >= 0 and seen <= _WAR_SUBJECT_REACH:
        if keys[j][0] in WHICH:
            j -= 1
            if j >= 0 and keys[j][0] in (",", "،"):
                j -= 1
            continue
        if keys[j][0] in (",", "،") and j == i - 1:  # "الحرب ضد الحوثيين، أسفرت عن"
            j -= 1
            continue
        if keys[j][0] in SENTENCE_MARKS or keys[j][0] in (",", "،"):
            break
        if _war_word(keys, j, so_far):
            return True
        seen, j = seen + 1, j - 1
    for j in range(i + 1, min(end, i + _WAR_SUBJECT_REACH + 1)):
        if keys[j][0] in _OBJECT_STOPS:
            break
        if _war_word(keys, j, so_far):
            return True
    return False


_OBJECT_STOPS = frozenset({",", "،", ".", "الي", "في", "عن"})


def _what_it_does(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"داعش الذي يقوم بتجنيد مقاتلين" (physical acts: "يقوم بزيارة" is a visit under way)."""
    return (trig.type in PHYSICAL and bool(near) and keys[near[0]][-1] in _DOES
            and tokens[trig.first].norm[:1] == "ب")


def _goes_on(keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"وتتواصل المعارك في محافظة تعز", "تدور معارك", "التي تشهد معارك طاحنة": fighting that
    goes on; "مع استمرار القصف": any physical act that goes on."""
    if trig.type in PHYSICAL and any(not _CONTINUING.isdisjoint(keys[i]) for i in near[:2]):
        return True
    return keys[trig.first][-1] in _GENERAL and any(not _GOING_ON.isdisjoint(keys[i]) for i in near[:3])


def _still_doing(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"لا تزال الحركة تنفذ هجمات": "still" and a present verb before the trigger ("لا تزال
    الاشتباكات مستمرة", where the trigger is what goes on, stays)."""
    return any(still(keys, i) and any(imperfect(tokens[j].norm) for j in range(i + 2, trig.first))
               for i in near)


def _done_before(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger, near: list[int]) -> bool:
    """"سبق واعتقل", "سبق أن شنت … غارات", "سبق للحكومة أن هدمت": background."""
    return any(keys[i][0] in _BEFORE and not _outlet_name(tokens, i) and (
        i == trig.first - 1 and tokens[trig.first].norm[:1] == "و"
        or any(keys[j][0] in _BEFORE_LINKS for j in range(i + 1, trig.first))) for i in near)


def _years_since_in_clause(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"ونشرت إيران قوات في سوريا منذ سنوات", "خطفوا أكثر من 1000 طفل منذ عام 2013": "منذ
    سنوات/أعوام/عقود" or منذ a year in the trigger's own clause, after it (up to 8 words)."""
    bare = [k[-1] for k in keys]
    n = len(list(clause_after(keys, trig, 12)))
    return any(bare[j] == "منذ" and (j <= trig.last + 8 and any(x in _YEARS for x in bare[j + 1:j + 3])
                                     or _since_year(bare, j)) and not compared(bare, j)
               for j in range(trig.last + 1, trig.last + 1 + n))


# "هي الأولى منذ عام 2014": a first since a year measures the act, spans nothing
_FIRST = frozenset({"اول", "اولي", "ثاني", "ثانيه"})


def _since_year(bare: Sequence[str], j: int) -> bool:
    """منذ at j names a year ("منذ عام 2013", "منذ 2011"), not as a first-since."""
    k = j + 2 if j + 1 < len(bare) and bare[j + 1] == "عام" else j + 1
    year = k < len(bare) and len(bare[k]) == 4 and bare[k].isdigit()
    return year and not any(w in _FIRST for w in bare[max(0, j - 4):j])


def compared(bare: Sequence[str], j: int) -> bool:
    """The منذ at j measures a superlative up to four words before it ("في أعنف هجوم منذ سنوات")."""
    return any(w in SUPERLATIVES for w in bare[max(0, j - 4):j])


def _outlet_name(tokens: Sequence, i: int) -> bool:
    """"لـ"سبق" إن": the newspaper Sabq, quoted or after لـ."""
    return i > 0 and tokens[i - 1].norm in ('"', "«", "“", "ل", "لـ")


def pledged_or_due(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"تعهد الرئيس بمواصلة الزحف نحو …", "ينبغي استخدام … مع فرض قيود": the object of a pledge
    or a duty (physical acts only) has not happened. Read back over the clause, not past a
    clause opener ("تعهد الجيش بالرد بعد أن قصف المسلحون حاجزا": the shelling happened)."""
    for i in clause_before(keys, trig, FUTURE_REACH):
        if trig.type in PHYSICAL and not OUGHT.isdisjoint(keys[i]):
            return True
        if not PLEDGES.isdisjoint(keys[i]):  # its object: بـ or أن ("تعهد خلال اجتماع": a setting)
            return any(keys[j][0].startswith(("ب", "ان")) for j in range(i + 1, trig.first + 1))
        if keys[i][-1] in CLAUSE_OPENERS and keys[i][-1] != "ان":
            return False
    return False


# "لهجوم من المتوقع أن يشنه الجيش", "هجوما مثل هذا": expected, or a kind of act, not one
# ("الضربة العسكرية ضد دمشق وشيك": the predicate of a nominal clause, past a phrase)
_EXPECTED = frozenset({"المتوقع", "متوقع", "يتوقع", "المرتقب", "المزمع", "وشيك", "وشيكه"})
# nouns of lack right before an act: "بنقص تعاون", "غياب التنسيق", "قلة المساعدات" (bare forms)
LACK = frozenset({"نقص", "غياب", "انعدام", "قله", "شح", "ندره"})
SUCH = frozenset({"مثل", "بمثل", "لمثل"})
SUCH_AFTER = frozenset({"كهذا", "كهذه", "كتلك"})  # (not كذلك: "also")
# predicates that make an act a duty, a need or a demand (bare forms)
_NEEDED = frozenset({"واجب", "ضروري", "ضروريه", "مطلب", "مطلبا", "شرط", "شرطا"})


def expected_after(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False  # ("وتؤيد ألمانيا مثل هذا الانفتاح" supports)
    clause = list(clause_after(keys, trig, 3))
    after = [k[-1] for k in clause]
    for i, w in enumerate(after):
        if not _EXPECTED.isdisjoint(clause[i]) or (w == "مثل" and i + 1 < len(after) and after[i + 1] in DEMONSTRATIVES):
            return True
        if not _NEEDED.isdisjoint(clause[i]):  # (any reading: واجب is also و + اجب)
            return True  # "الإفراج عن الأسرى واجب وطني": a duty or a demand, not a happening
        if w in ("الذي", "التي") and i + 1 < len(after) and after[i + 1] in _PREPARING:
            return True  # "الهجوم الذي تحضر له القوات": being prepared
    return False


_PREPARING = frozenset({"تحضر", "يحضر", "تعد", "يعد", "تستعد", "يستعد", "تخطط", "يخطط", "تعتزم", "يعتزم"})
# future verbs of consequence whose subject is an act: "هجوم الأسد على إدلب سيجعل الولايات المتحدة
# غاضبة", "أي ضربة ستؤدي إلى": what the act would bring, so the act is one talked of, not done
CONSEQUENCE_TO_COME = frozenset("س" + p + v for p in "يت" for v in (
    "جعل", "ؤدي", "ادي", "كون", "دفع", "شكل", "تسبب", "قود", "فتح", "عرض", "زيد", "عيد", "خلف", "ترك"))
_CONSEQUENCE_REACH = 5  # words from the act to its future verb ("هجوم الأسد على إدلب سيجعل")


def consequence_to_come(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act right after أن/إن whose own clause goes on, with no clause opener or day
    between, to a future verb of consequence: the act is the subject of what will follow. "الهجوم
    الذي شنته القوات أمس سيؤدي" (a relative clause, a day) and "شنت هجوما على المدينة سيغير"
    (an object, no أن) stay news."""
    if trig.type not in PHYSICAL or not trig.first or THAT.isdisjoint(keys[trig.first - 1]):
        return False
    for cands in clause_after(keys, trig, _CONSEQUENCE_REACH):
        if not CONSEQUENCE_TO_COME.isdisjoint(cands):
            return True
        if not CLAUSE_OPENERS.isdisjoint(cands) or not DAY_WORDS.isdisjoint(cands) or cands[0] in AND_VERB:
            return False
    return False
