"""Triggers that name an act already told or told by another word (SPEC §2.6, §2.7): verbal
nouns with the article, participles that name people, series nouns, speaker = actor, outcomes
joined to the act they came of, attack subjects, causes and victims of a known act, one person
named without a number.
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import Span
from rasd.stages.event_dates import dated_after
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_mentions import THAT, clause_bounds
from rasd.text import norm_key


def tokens_between(tokens: list, a: int, b: int) -> int:
    """How many tokens lie whole between character offsets a and b (in either order)."""
    lo, hi = min(a, b), max(a, b)
    return sum(1 for t in tokens if lo <= t.start and t.end <= hi)


def definite(tok) -> bool:
    """The word carries the article, after و/ف and a preposition (الهجوم، بالهجوم، للهجوم)."""
    return tok.norm.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


def nominal(tok) -> bool:
    """A verbal noun, not a verb: with the article (الاتهامات), or a derived-form masdar
    (افتعال/استفعال: اتهام، استنكار) carrying a possessive suffix (اتهامه)."""
    kinds = {seg.kind for seg in tok.segments}
    if "article" in kinds:
        return True
    stem = tok.stem.norm
    return "suffix" in kinds and len(stem) >= 5 and stem[0] == "ا" and stem[-2] == "ا"


def same_as_actor(source, actors: list) -> bool:
    """The source is one of the actors: the same entity, the same name, or overlapping spans."""
    name = norm_key(source.text)
    for a in actors:
        span = a.span
        if (source.entity and span.entity == source.entity) or norm_key(span.text) == name:
            return True
        if source.start < span.end and span.start < source.end:
            return True
    return False


# "قالت المفوضية إنها تدعو", "إننا نطالب": a complementiser with the speaker's own pronoun
_OWN_THAT = THAT - {"ان", "بان"}
_OWN_REACH = 4  # tokens between an announcer and the act it announces ("أعلنت حماس مساء الثلاثاء وقفا")


def own_act(tokens: list, trig: Trigger, source) -> bool:
    """Does the source announce its own act? It is the trigger's subject right after it ("دعا
    قايد السبسي السياح"), names the act as the object of its announcement ("أعلنت حماس وقف
    إطلاق النار"), or speaks of itself ("قالت المفوضية إنها تدعو")."""
    first = next((i for i, t in enumerate(tokens) if t.start >= source.start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= source.end), None)
    if first is None or last is None:
        return False
    if 0 < first - trig.last <= 1:
        return True  # verb, then its subject
    between = [candidates(t.norm)[0] for t in tokens[last + 1:trig.first]]
    if not 0 <= len(between) <= _OWN_REACH or any(w in (",", "،", ".", ":") for w in between):
        return False
    if between and between[-1].lstrip("و") in _OWN_THAT:
        return True
    return not any(w.lstrip("و") in THAT for w in between)  # (a complementiser: someone else's act)


# Participles and adjectives name the people who fled, not a dated act of fleeing.
_PEOPLE_FORMS = frozenset({"هاربين", "هاربون", "فارين", "فارون", "نازحين", "نازحون"})


def describes_people(tokens: list, trig: Trigger) -> bool:
    return trig.type == "DISPLACE" and bool(_PEOPLE_FORMS & set(candidates(tokens[trig.first].norm)))


def adjacent(tokens: list, trig: Trigger, t, reach: int = 4) -> bool:
    """The time expression lies within `reach` words of the trigger."""
    return tokens_between(tokens, min(trig.end, t.end), max(trig.start, t.start)) <= reach


_THROUGH = frozenset({"في", "خلال", "جراء", "اثر", "عقب", "بسبب", "نتيجه"})


def told_by_its_act(tokens: list, t: Trigger, trigs: Sequence[Trigger]) -> bool:
    """An outcome word followed closely by the act it came of, named afresh ("مقتل 500 عنصر …
    في معركة الحديدة", "قتل ثلاثة برصاص الجيش"): that act carries the toll, and the outcome
    joins no act of another sentence (a definite "خلال المواجهات" refers back: the outcome stays)."""
    if t.type != "ASSAULT" or t.strength != 1:
        return False
    return any(o.type == "ASSAULT" and o is not t and 0 < o.first - t.last <= _OUTCOME_REACH
               and (candidates(tokens[o.first - 1].norm)[0] in _THROUGH or tokens[o.first].norm[:1] == "ب")
               and not definite(tokens[o.first])  # ("خلال المواجهات": told)
               and not any(tok.norm in (".", "؛", ":") for tok in tokens[t.last + 1:o.first])
               for o in trigs)


_OUTCOME_REACH = 12  # "مقتل 500 عنصر من ميليشيات الحوثي، خلال الستة الأيام الماضية في معركة"


# verbs of carrying out an act ("شنت غارات", "نفذ هجوما"), also read by the doer places
DOER_VERBS = ("شن", "نفذ", "وجه", "اطلق")


def series(doc: Document, sent: Span, tokens: list, trig: Trigger, starts: list[int]) -> bool:
    """"عانت المملكة من التطرف والتفجيرات": a definite (or possessed) plural event noun with no
    date in its sentence and no place after it names a kind of happening or a series, not one
    (SPEC §2.7)."""
    if _series_of(doc, tokens, trig):
        return True
    tok = tokens[trig.first]
    stem = tok.stem.norm
    kinds = {seg.kind for seg in tok.segments}
    plural = stem.endswith("ات") and trig.first == trig.last
    dated = any(sent.start <= t.start < sent.end and t.type in ("date", "range") for t in doc.times)
    if not plural or dated or any(p > trig.start for p in starts):
        return False
    if "article" in kinds:
        return True
    if "suffix" not in kinds:
        return False  # a bare plural is how news tells clashes and strikes ("اندلعت اشتباكات")
    # "كثفت إسرائيل من وتيرة هجماتها": a possessed plural with no doer's verb and no count in its
    # sentence names the kind too ("شنت هجماتها على …", "وجدد المستوطنون اقتحاماتهم" do not)
    counted = any(sent.start <= q.start < sent.end for q in doc.quantities)
    lo, _hi = clause_bounds(tokens, trig.first, trig.last)
    acted = any(candidates(t.norm)[-1].startswith(DOER_VERBS + ("جدد",)) for t in tokens[lo:trig.first])
    return not counted and not acted


# "واستهدف الهجوم قاعدة الشعيرات": a verb whose subject is a definite attack noun tells more of
# an attack already reported (its target, often a finer place)
ATTACK_SUBJECTS = frozenset({"الهجوم", "الهجمات", "الغاره", "الغارات", "القصف", "الانفجار", "التفجير",
                             "الضربه", "الضربات"})


def attack_subject(tokens: list, trig: Trigger) -> bool:
    """An ASSAULT verb right before a definite attack noun, its subject ("استهدف الهجوم")."""
    if trig.type != "ASSAULT" or trig.first != trig.last or trig.last + 1 >= len(tokens):
        return False
    if nominal(tokens[trig.first]) or definite(tokens[trig.first]):
        return False
    return not ATTACK_SUBJECTS.isdisjoint(candidates(tokens[trig.last + 1].norm))


# "على خلفية توقيف القس", "بسبب اعتقال القس", "التي تصر على اعتقاله": the cause of the news, or
# a standing demand, names an arrest, a charge or a refusal told before. Physical acts keep their
# own rules ("قتل خمسة بسبب القصف"), and a verb is the news itself ("اعتقلت الشرطة 5 بسبب").
_CAUSE_HEADS = (("بسبب",), ("جراء",), ("علي", "خلفيه"), ("علي", "اثر"), ("تصر", "علي"), ("يصر", "علي"))
_TOLD_BEFORE = ("COERCE", "ACCUSE", "REJECT")


def _after_cause(tokens: list, first: int) -> bool:
    return any(first >= len(head) and all(
        w in candidates(tokens[first - len(head) + i].norm) for i, w in enumerate(head))
        for head in _CAUSE_HEADS)


def cause_told(doc: Document, tokens: list, trig: Trigger, trigs: list[Trigger]) -> bool:
    """An arrest, charge or refusal named as the cause of the news ("على خلفية توقيف القس …
    واتهامه") with no day of its own after it ("على خلفية اعتقال ناشط أمس" is news)."""
    if trig.type not in _TOLD_BEFORE:
        return False
    joined = tokens[trig.first].norm.startswith("و") and any(  # "… واتهامه": the same cause
        o.type in _TOLD_BEFORE and o.last < trig.first <= o.last + 6 and _after_cause(tokens, o.first)
        for o in trigs)
    return (joined or _after_cause(tokens, trig.first)) and not dated_after(doc, tokens, trig)


# "المصابين في الحادثة الإرهابية": the wounded of an attack the reader already knows
VICTIM_WORDS = frozenset({"مصابين", "المصابين", "مصابي", "جرحي", "الجرحي", "قتلي", "القتلي",
                          "ضحايا", "الضحايا", "شهداء", "الشهداء", "مصابا", "جريحا"})


def victims_of(tokens: list, trig: Trigger) -> bool:
    """A definite event noun named through its victims refers to a known happening; with no
    date of its own it is background (the article's news is about the victims)."""
    tok = tokens[trig.first]
    if not any(seg.kind == "article" for seg in tok.segments) and not tok.norm.lstrip("وف").startswith("ال"):
        return False
    before = [candidates(t.norm)[0].replace("ة", "ه") for t in tokens[max(0, trig.first - 3):trig.first]]
    return bool(VICTIM_WORDS & set(before))


# "مقتل الطالب السعودي", "إصابة شاب": one person named without a number
ONE_PERSON = frozenset({"طالب", "شاب", "شابا", "مواطن", "مواطنا", "طفل", "طفلا", "طفله", "امراه",
                        "سيده", "رجل", "رجلا", "جندي", "جنديا", "شرطي", "شرطيا", "ضابط", "ضابطا",
                        "صحفي", "صحفيا", "مدني", "مدنيا", "فلسطيني", "فلسطينيا", "مسن", "سائق",
                        "سائقا", "مزارع", "مزارعا", "عنصر", "عنصرا", "مقاتل", "مقاتلا"})
_ONE_OUTCOME = {"مقتل": "killed", "قتل": "killed", "قتلت": "killed", "استشهاد": "killed", "اصابه": "injured",
                "جرح": "injured"}


# passive outcome verbs after their one victim: "إن صحفيا قتل في …", "الصحفي خوسيه دزيب قتل"
_ONE_PASSIVE = {"قتل": "killed", "اغتيل": "killed", "اصيب": "injured", "جرح": "injured"}


def one_person(tokens: list, cats: tuple[str, ...], counted=None) -> dict[str, int]:
    """Categories whose outcome noun governs a single person noun ("مقتل الطالب"), or whose
    passive verb follows one ("إن صحفيا قتل"), → 1. `counted(tok)`: the token stands in a
    counted phrase — "مقتل نحو ستين فلسطينيا وجرح أكثر من ألفين" has no lone victim before وجرح."""
    out: dict[str, int] = {}
    for i, t in enumerate(tokens[:-1]):
        cat = _ONE_OUTCOME.get(candidates(t.norm)[-1].replace("ة", "ه"))
        if cat in cats and cat not in out:
            # (any reading: "فلسطينيا" is also read ف + ل + "سطينيا")
            if any(c.replace("ة", "ه") in ONE_PERSON for c in candidates(tokens[i + 1].norm)):
                out[cat] = 1
        after = _ONE_PASSIVE.get(candidates(tokens[i + 1].norm)[-1])
        # (a nationality adjective may stand after the person: "جنديا أميركيا قتل")
        one = _is_one_person(t) or (i > 0 and _nisba(t.norm) and _is_one_person(tokens[i - 1]))
        if after in cats and after not in out and one and not (counted and counted(t)):
            out[after] = 1
        # "قتل جندي وأصيب آخر": the passive verb and "آخر" (one more) after it
        cat = _ONE_PASSIVE.get(candidates(t.norm)[-1])
        if cat in cats and cat not in out and tokens[i + 1].norm in _ANOTHER and _ends_np(tokens, i + 2):
            out[cat] = 1  # (not "قتل آخر زعيم": "the last" before its noun)
    return out


_ANOTHER = frozenset({"اخر", "آخر"})
_AFTER_NP = frozenset({"في", "من", "خلال", "جراء", "اثر", "بعد", "عندما", "حين"})


def _ends_np(tokens: list, k: int) -> bool:
    """Nothing of the phrase follows token k-1: the sentence ends, a mark, و, or a preposition."""
    if k >= len(tokens):
        return True
    w = tokens[k].norm
    return not w[:1].isalpha() or w[:1] in "وب" or w in _AFTER_NP


def _nisba(norm: str) -> bool:
    """A nisba adjective in the accusative ("أميركيا", "بريطانيا" read as adjective)."""
    return len(norm) > 4 and norm.endswith("يا") and not norm.startswith("ال")


def _is_one_person(tok) -> bool:
    forms = candidates(tok.norm)
    return any(c.replace("ة", "ه") in ONE_PERSON or (c.startswith("ال") and c[2:] in ONE_PERSON)
               for c in forms)


SERIES_WORDS = frozenset({"سلسله", "سلسلة", "سلسلات"})
WAVE_WORDS = frozenset({"موجه"})  # "موجة هجمات" (of attacks only: "خامس جمعة من موجة الاحتجاجات" is news)
_MANY = frozenset({"العديد", "عشرات", "مئات"})  # "العديد من الهجمات"
SERIES_VERBS = ("عقد", "شن", "نفذ", "اجر", "شهد", "اطلق", "بدا", "بدء")


def _series_of(doc: Document, tokens: list, trig: Trigger) -> bool:
    """"بعد سلسلة هجمات دامية في تركيا": a run of attacks named in passing, with no date in
    its clause, is not one happening (SPEC §2.7: general states are not events)."""
    prev = [candidates(tok.norm) for tok in tokens[max(0, trig.first - 2):trig.first]]
    many = len(prev) == 2 and prev[1][-1] == "من" and not _MANY.isdisjoint(prev[0])
    wave = trig.type == "ASSAULT" and bool(prev) and bool(WAVE_WORDS & set(prev[-1]))
    if trig.first == 0 or not (SERIES_WORDS & set(prev[-1]) or many or wave):
        return False
    if any(candidates(tok.norm)[-1].startswith(SERIES_VERBS) for tok in tokens[max(0, trig.first - 4):trig.first - 1]):
        return False  # "عقدت سلسلة اجتماعات", "شنت الطائرات سلسلة غارات": the series is the news
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    cstart, cend = tokens[lo].start, tokens[hi - 1].end
    # (a day or a week makes the run one day's news; "هذا الشهر" does not)
    return not any(cstart <= t.start < cend and t.type in ("date", "range") and t.precision in ("day", "week")
                   for t in doc.times)
