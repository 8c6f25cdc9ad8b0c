"""Clause scope, negators, the imperfect, conditions and expectations, and an act's head for the event filters."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.lang.lexicon import complementisers
from rasd.lang.words import WAS
from rasd.stages.event_filter_words import BREAKS, BRIDGING, CLAUSE_OPENERS, DAY_WORDS, NEGATORS

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

AND_VERB = frozenset({"و", "ف"})  # (a lone conjunction token ends the act's noun phrase)

# "ألا" (أن + لا) reads as إلا (except) once hamza is folded; before an imperfect it negates
THAT_NOT = frozenset({"الا", "والا", "بالا"})


def verb_next(tokens: Sequence, i: int) -> bool:
    """An imperfect verb follows token i: يـ/نـ, or تـ in a short word ("تشن", not "تنفيذ")."""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return nxt[:1] in "ين" and len(nxt) > 2 or (nxt[:1] == "ت" and 2 < len(nxt) <= 4)


def negator(word: str) -> bool:
    """A negator, also with و/ف on it ("ولم", "فلن": candidates keeps short words whole) or
    ب/ل on عدم/دون/غير ("بعدم السماح بالتظاهر", "لعدم وقوع")."""
    return word in NEGATORS or (word[:1] in "وف" and word[1:] in NEGATORS) or (
        word[:1] in "بل" and word[1:] in _PREPOSED_NEGATORS)


_PREPOSED_NEGATORS = frozenset({"عدم", "دون", "غير"})
# negators that govern a noun or open a set phrase ("عدم نشر اسمه", "غير أن" however, "لا شك"
# no doubt), not the clause a complementiser (أن/إن/بأن) opens after them
_NOUN_NEGATORS = frozenset({"عدم", "دون", "بدون", "غير"})
_DOUBT = frozenset({"شك", "ريب"})


def negates_before_that(keys: Sequence[tuple[str, ...]], i: int, trig: Trigger) -> bool:
    """The negator at i stops before a complementiser that stands between it and the trigger."""
    word = keys[i][0]
    bare = word[1:] if word[:1] in "وفبل" and word[1:] in _NOUN_NEGATORS else word
    if bare not in _NOUN_NEGATORS and not (bare == "لا" and i + 1 < len(keys) and keys[i + 1][0] in _DOUBT):
        return False
    that = [j for j in range(i + 1, trig.first) if keys[j][0] in THAT
            or (keys[j][0][:1] in "وف" and keys[j][0][1:] in THAT)]
    return bool(that) and not (bare in ("دون", "بدون") and that[0] == i + 1)  # "دون أن يبلغ عن": without


def clause_after(keys: Sequence[tuple[str, ...]], trig: Trigger, reach: int):
    """The candidate forms of up to `reach` words after the trigger, up to a clause break."""
    for cands in keys[trig.last + 1:trig.last + 1 + reach]:
        if cands[0] in BREAKS or cands[0] == "،":
            return
        yield cands


def clause_before(keys: Sequence[tuple[str, ...]], trig: Trigger, reach: int):
    """Indices of up to `reach` words before the trigger, nearest first, back to a clause break
    (a day set off by commas is no break: "قضت محكمة، السبت، بإعدام")."""
    i, stop = trig.first - 1, max(-1, trig.first - 1 - reach)
    while i > stop:
        if keys[i][0] in BREAKS or keys[i][0] == "،":
            opened = _day_aside(keys, i)
            if opened < 0:
                return
            stop, i = max(-1, stop - (i - opened)), opened - 1
            continue
        yield i
        i -= 1


def _day_aside(keys: Sequence[tuple[str, ...]], i: int) -> int:
    """The comma opening "، الثلاثاء،" when token i is its closing comma, else -1."""
    if keys[i][0] not in (",", "،"):
        return -1
    j = i - 1
    while j >= 0 and i - j <= 3 and keys[j][0] in DAY_WORDS:
        j -= 1
    return j if j < i - 1 and j >= 0 and keys[j][0] in (",", "،") else -1


# Perfects that begin like an imperfect: "قد تم القبض", "وقد تمكنت القوات" are affirmative
_T_PERFECTS = ("تم", "تعرض", "توصل", "تسلم", "تلقي", "تبني", "تسبب")


def imperfect(norm: str) -> bool:
    return norm[:1] in "يتن" and not norm.startswith(_T_PERFECTS)


def _in_case(keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """"في حالة وقوع هجوم", "في حال أقدمت": in case of (not "حالة من الاستنفار", a state of alert)."""
    return keys[i][-1] in ("حال", "حاله") and i > 0 and keys[i - 1][0] in ("في", "وفي")


# "في حال أقدمت الأخيرة على شن هجمات", "إذا هاجمت الفصائل مواقعه": a condition's whole clause
# is hypothetical, however far its act stands from the opener (not past a comma or a ف-answer)
CONDITIONS = frozenset({"اذا", "واذا", "فاذا", "لو", "ولو"})
_CONDITION_REACH = 10


def conditioned(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in clause_before(keys, trig, _CONDITION_REACH):
        if (keys[i][0][:1] == "ف" and keys[i][0] not in CONDITIONS) or keys[i][-1] in OTHER_CLAUSE:
            return False  # "وإذا تأكد ذلك فسوف …": the answer after ف is no longer the condition
        if keys[i][0] in CONDITIONS or _in_case(keys, i):
            return True
    return False


# "إنه يتعين على رئيس الوزراء الاستقالة", "يجب على الحكومة وقف القصف": an obligation laid on
# someone governs the act after its على-phrase, however long the subject between (MODALS
# reach 3 words only); not an act told in a clause opened after it ("يجب على العالم محاسبة
# الذين نفذوا الهجوم": the attack happened)
OBLIGATIONS = frozenset({"يجب", "يتعين", "ينبغي", "يتوجب", "يتحتم", "لزاما"})
_ON = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما"})
_OBLIGED_REACH = 7


def obliged(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in clause_before(keys, trig, _OBLIGED_REACH):
        if keys[i][-1] in OTHER_CLAUSE or (keys[i][0] in ("من", "ما") and keys[i + 1][0].endswith("وا")):
            return False  # ("محاسبة من نفذوا الهجوم": who did it, a deed done)
        if not OBLIGATIONS.isdisjoint(keys[i]) and i + 1 < trig.first and keys[i + 1][0] in _ON:
            return True
    return False


# "الحكومة مطالبة بأن تقرر": the passive participle as the predicate of a definite subject says
# who is required to act — a duty, no call made (the active "مطالبين بـ" after a verb, the masdar
# "مطالبة الحكومة بـ" before its subject and "مذكرة مطالبة بأن" after an indefinite noun are calls)
_REQUIRED = frozenset({"مطالبه"})
_SUBJECT_PRONOUNS = frozenset({"انها", "انه", "انهم", "هي", "هو", "هم", "نحن", "انتم"})


def required(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "REQUEST" or keys[trig.first][0] not in _REQUIRED or trig.first == 0:
        return False
    before, after = keys[trig.first - 1][0], keys[trig.last + 1][0] if trig.last + 1 < len(keys) else ""
    if not (before.startswith("ال") or before in _SUBJECT_PRONOUNS):
        return False  # ("مذكرة مطالبة بأن": an indefinite noun's adjective, a memo that calls)
    return after == "بان"


# "وأن يتم استهداف الأطفال", "طالب بأن يتم الإفراج عنهم": أن + the passive auxiliary يتم/تتم
# right before the act names it as wished, feared or due, not as done — except after قبل ("قبل
# أن يتم اعتقاله": it was done, after that)
# the present of the passive auxiliary only: "أن يتم + verbal noun" is an act still to be done
# (the past "أن تم" told one done)
_TO_BE_DONE_AUX = frozenset({"يتم", "تتم"})
_THAT_LIKE = frozenset({"ان", "بان", "وان", "لان"})


def to_be_done(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    i = trig.first
    if i < 2 or keys[i - 1][0] not in _TO_BE_DONE_AUX or keys[i - 2][0] not in _THAT_LIKE:
        return False
    return not (i >= 3 and keys[i - 3][-1] == "قبل")


# "يفترض أن يتوجه الوزير الأربعاء إلى بروكسل للاجتماع", "من المقرر أن يلتقي": a step expected
# or scheduled (an imperfect after أن), not "الهجوم المفترض" (alleged: the adjective follows)
EXPECTING = frozenset({"يفترض", "المفترض", "المقرر", "المتوقع", "ويفترض", "يتوقع", "ويتوقع",
                       "المرتقب", "المنتظر", "المزمع"})  # ("وكان من المرتقب أن يشارك … في اجتماع")
_EXPECT_REACH = 10


def expected_to(tokens: Sequence, keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    for i in clause_before(keys, trig, _EXPECT_REACH):
        if keys[i][-1] in OTHER_CLAUSE:
            return False  # "التي يفترض أن تناقش الوضع غداة الضربات": the strikes happened
        if keys[i][0] in EXPECTING and i >= 1 and keys[i - 1][0] in ("من", "ومن") and i >= act_head(keys, trig) - 2:
            return True  # "ومن المنتظر إجلاء 250 ألف شخص": the act's noun right after, no أن
        if (keys[i][0] in EXPECTING and i + 2 < len(keys) and keys[i + 1][0] == "ان"
                and imperfect(tokens[i + 2].norm)):
            return True
        if keys[i][0] in FORECASTS and _that_imperfect(tokens, keys, i, trig):
            return True
    return False


# expectations whose complementiser may stand a few words on, or carry ب: "وسط توقعات بأن تشن
# الولايات المتحدة ضربة", "ويتوقع محللون أن تشن" — the act after أن + imperfect is awaited, not
# told. (Fears, يخشى …, are left to MODALS' three words: read this far they changed the GSR
# detector's cues and cost it a point of precision.)
FORECASTS = frozenset({"توقعات", "التوقعات", "ترجيحات", "تكهنات", "يتوقع", "ويتوقع", "تتوقع", "وتتوقع"})
# "يتوقع أن يكون المسلحون قد نفذوا الهجوم": a guess about who did a past act, which happened
_CONJECTURE = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا"})
_THAT_FORMS = frozenset({"ان", "بان"})


def _that_imperfect(tokens: Sequence, keys: Sequence[tuple[str, ...]], i: int, trig: Trigger) -> bool:
    """أن/بأن up to three words after i, an imperfect right after it, all before the trigger and
    with no mark between."""
    for j in range(i + 1, min(i + 5, trig.first)):
        if keys[j][0] in BREAKS or keys[j][0] == "،":
            return False
        if keys[j][0] in _THAT_FORMS:
            return imperfect(tokens[j + 1].norm) and tokens[j + 1].norm not in _CONJECTURE
    return False


# words that open another clause within a condition's or an expectation's reach
OTHER_CLAUSE = CLAUSE_OPENERS - {"ان"} | {"غداه", "جراء", "بسبب", "منذ"}


def act_head(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """Where the act's words begin: a bridging masdar right before the trigger ("في توجيه ضربة",
    "من شن هجوم") belongs to the act, so a modal counts its reach from there; so does the noun
    the trigger is coordinated with ("قد يتسبب في تشريد أو حصار")."""
    if trig.first >= 1 and not BRIDGING.isdisjoint(keys[trig.first - 1]):
        return trig.first - 1
    return coordinated_head(keys, trig)


def coordinated_head(keys: Sequence[tuple[str, ...]], trig: Trigger) -> int:
    """The first of "X أو <trigger>": the alternatives share whatever governs X."""
    if trig.first >= 2 and keys[trig.first - 1][0] == "او" and keys[trig.first - 2][0] not in BREAKS \
            and keys[trig.first - 2][0] != "،":
        return trig.first - 2
    return trig.first


def may(tokens: Sequence, keys: Sequence[tuple[str, ...]], i: int) -> bool:
    """قد at token i means "may": an imperfect follows, and no كان stands before it in the
    clause — "وكان ترامب قد توعد", "وكانوا قد تظاهروا" are pluperfects (a Form V perfect
    looks like an imperfect)."""
    if i + 1 >= len(tokens) or not imperfect(tokens[i + 1].norm):
        return False
    for j in range(i - 1, max(-1, i - 1 - _WAS_REACH), -1):
        if keys[j][0] in BREAKS or keys[j][0] == "،" or keys[j][0] in THAT:
            return True  # ("كان المسؤول قال إن المحتجين قد يتظاهرون": another clause's كان)
        if not WAS.isdisjoint(keys[j]):
            return False
    return True


THAT = complementisers(fold_taa=True)
_WAS_REACH = 5  # "وكان وزير الخارجية الأمريكي قد تعهد"
