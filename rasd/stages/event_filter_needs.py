"""Acts that are feared, needed, owed, urged or coming — named, not done (read by event_filters).

"عبروا عن مخاوفهم من الاعتقال", "بحاجة إلى إجلاء فوري", "بأن عليهم الانسحاب",
"لإقناع الحوثيين بالانسحاب": the act is the object of a fear, a need, a duty or a
persuasion; none of them says it happened; nor does "صواريخ جديدة قادمة حتما" (missiles to
come) or an act that is the subject of a future verb ("أن رفض الكونغرس للاتفاق سيقود إلى حرب").
The bare fear nouns (مخاوف، خشية) are modals already; these are their forms with a possessive,
and the need, duty and persuasion shapes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_words import BREAKS, PHYSICAL
from rasd.stages.quotes_marks import ALL_MARKS
from rasd.text.cliticlex import PARTICLES

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

# fear nouns with or without a possessive ending ("مخاوفهم", "خشيتها", "خوفهم", "تخوفه")
_FEAR_STEMS = ("مخاوف", "المخاوف", "خوف", "الخوف", "تخوف", "خشيت", "خشيه")
# the need itself ("بحاجة إلى", "في حاجة ماسة إلى", "حاجتهم إلى")
_NEED_STEMS = ("حاجه", "بحاجه", "الحاجه", "حاجت", "لحاجه")
_NEED_ADJ = frozenset({"ماسه", "ملحه", "عاجله", "كبيره", "شديده"})
# "(أن|إن) عليهم الانسحاب", "أن على الحكومة الإفراج": a duty laid on someone
_ON_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما", "علينا", "عليكم"})
_THAT = frozenset({"ان", "بان", "وان", "لان", "فان"})
# persuading someone to an act (the verbal noun or the imperfect; "أقنع" could report success)
_PERSUADE = frozenset({"اقناع", "لاقناع", "واقناع", "يقنع", "تقنع", "ليقنع", "لتقنع", "اقناعه", "اقناعها",
                       "اقناعهم", "لاقناعه", "لاقناعها", "لاقناعهم"})
_PERSUADE_REACH = 4


def _possessed(word: str, stems: Sequence[str]) -> bool:
    return word.startswith(tuple(stems)) and len(word) <= max(map(len, stems)) + 3


def feared_or_needed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act right after "FEAR من" or "NEED إلى/لـ" (one adjective may stand between)."""
    if trig.type not in PHYSICAL or trig.first < 2:
        return False
    prev = keys[trig.first - 1][0]
    if prev == "من":
        stems, at = _FEAR_STEMS, trig.first - 2
    elif prev in ("الي", "لـ"):
        stems, at = _NEED_STEMS, trig.first - 2
    elif keys[trig.first][0].startswith("لل"):  # "بحاجة للإجلاء"
        stems, at = _NEED_STEMS, trig.first - 1
    else:
        return False
    for i in (at, at - 1):
        if i < 0:
            break
        w = keys[i][0]
        if _possessed(w, stems):
            return True
        if w not in _NEED_ADJ and not w.startswith(("شديد", "جدي", "كبير", "متزايد")):
            break  # only an adjective may stand between ("مخاوف جدية من", "حاجة ماسة إلى")
    return False


def owed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verbal noun whose doer is told with على after أن/إن: "بأن عليهم الانسحاب", "إن على
    المسلحين الانسحاب" (up to two words for the doer)."""
    if trig.type not in PHYSICAL or not keys[trig.first][0].startswith("ال") or trig.first < 2:
        return False
    if keys[trig.first - 1][0] in _ON_PRONOUNS:
        return keys[trig.first - 2][0] in _THAT
    for k in (2, 3):
        i = trig.first - k
        if i >= 1 and keys[i][0] == "علي" and keys[i - 1][0] in _THAT:
            return True
    return False


def urged_by_persuasion(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"لإقناع الحوثيين بالانسحاب": an act in بـ that someone is being persuaded to."""
    if trig.type not in PHYSICAL or not keys[trig.first][0].startswith("ب"):
        return False
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _PERSUADE_REACH), -1):
        if not _PERSUADE.isdisjoint(keys[i]):
            return True
        if keys[i][0] in BREAKS:
            break
    return False


# "أكد ترامب أن صواريخ جديدة وذكية قادمة حتما": an indefinite act or weapon whose predicate is
# "coming" is to come, no launch; "صواريخ قادمة من سوريا" (incoming, with where from or whither)
# was fired (key forms; the definite القادمة is "next", an adjective of time)
_COMING = frozenset({"قادمه", "قادم", "قادمون", "قادمين", "اتيه", "ات", "ستاتي", "سياتي"})
_INCOMING = frozenset({"من", "باتجاه", "اتجاه", "نحو", "الي", "عبر", "صوب"})
_COMING_REACH = 4  # words from the act to its predicate ("صواريخ جديدة وذكية قادمة")


def coming(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False
    words, i = 0, trig.last + 1
    while i < len(keys) and words < _COMING_REACH:
        if keys[i][0] in BREAKS:
            return False
        if keys[i][0] in ALL_MARKS:  # (quote marks round an adjective: صواريخ "جديدة وذكية" قادمة)
            i += 1
            continue
        if keys[i][0].lstrip("وف") in _COMING:  # (as written: not القادمة)
            return i + 1 >= len(keys) or _INCOMING.isdisjoint(keys[i + 1])
        words, i = words + 1, i + 1
    return False


# "مؤكدا أن رفض الكونغرس للاتفاق النووي سيقود إلى حرب", "أن عقوبات قاسية ستلاحق كوريا الشمالية":
# an indefinite act noun opening a that-clause whose verb is a future is a hypothesis or an act to
# come; not when the future verb goes on with it ("إن استنفار القوات سيستمر 72 ساعة": it is on),
# nor for a gathering, whose future verb tells its agenda, not whether it is held ("إن لقاء موسكو
# سيركز على التعاون", "أن مظاهرات الجمعة ستطالب الحكومة")
_GATHERINGS = frozenset({"CONSULT", "PROTEST"})
_ON_GOING = ("ستستمر", "سيستمر", "ستتواصل", "سيتواصل", "سيبقي", "ستبقي", "سيظل", "ستظل", "ستتجدد", "سيتجدد")
_FUTURE_VERB_REACH = 7  # words from the act to its verb ("رفض الكونغرس الأمريكي للاتفاق النووي مع إيران")
# nouns that open like سيفعل/ستفعل (key forms): سيارة، سياسة، سيادة (an alif third), سيطرة، سيدات,
# and loanwords: سيناتور، سيناريو، سينما
_FUTURE_LOOKALIKES = ("سيطر", "سيد", "ستراتيج", "ستوديو", "سينات", "سيناري", "سينما")


def _future(word: str, before: str) -> bool:
    """A future verb (سيفعل، ستفعل), not a noun that opens alike: a verb never follows a
    preposition ("في سيناء") nor ends in the noun ending ـاء ("سيناء")."""
    return (word[:2] in ("سي", "ست") and len(word) > 4 and word[2] != "ا"
            and not word.startswith(_FUTURE_LOOKALIKES) and not word.endswith("اء")
            and before not in PARTICLES)


def subject_of_future(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type in _GATHERINGS:
        return False
    k = trig.first - 1
    if k >= 0 and keys[k][0] in ALL_MARKS:
        k -= 1
    word = keys[trig.first][0]
    if k < 0 or keys[k][0] not in _THAT or word.startswith(("ال", "ي")) or word.endswith("وا") or (
            word.endswith("ت") and not word.endswith("ات")):
        return False  # (a definite noun, often a real act's name, or a verb: "أن قصفت الطائرات")
    for i in range(trig.last + 1, min(len(keys), trig.last + 1 + _FUTURE_VERB_REACH)):
        w = keys[i][0].lstrip("و")
        if w in BREAKS or keys[i][-1] in _THAT:  # (token norms: ، and ؛ are , and ;)
            return False
        if _future(w, keys[i - 1][0]):
            return not w.startswith(_ON_GOING)
    return False


# "سيتم الإعلان عن رئيس جديد للجنة في أول اجتماع للاتحاد", "سيبحث الوزراء الملف في اجتماعهم":
# a meeting named as when a future act is to be done is itself to come (SPEC 2.6: no planned event)
_FUTURE_WORDS = frozenset({"سيتم", "ستتم", "سوف"})
_ORDINALS = frozenset({"اول", "ثاني", "ثالث", "اخر"})  # ("في أول اجتماع")
_MEETING_TIME_REACH = 12  # words from في back to the future verb ("سيتم الإعلان عن رئيس جديد للجنة الانضباط")


def meeting_ahead(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A CONSULT noun after في (an ordinal between) with a future verb before it in the clause."""
    if trig.type != "CONSULT" or trig.first < 2:
        return False
    k = trig.first - 1
    if keys[k][-1] in _ORDINALS:
        k -= 1
    if keys[k][0] != "في":
        return False
    for i in range(k - 1, max(-1, k - 1 - _MEETING_TIME_REACH), -1):
        w = keys[i][0].lstrip("و")
        if w in BREAKS or keys[i][-1] in _THAT:  # (token norms: ، and ؛ are , and ;)
            return False
        if w in _FUTURE_WORDS or _future(w, keys[i - 1][0] if i else ""):
            return True
    return False
