"""Event rules for borderline cases (SPEC §2.6, §2.7, §3): verbal nouns, participles, series
nouns, speaker = actor, and which places a following sentence may inherit."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from rasd.gazetteer.countries import ISO2, country_extra_names, is_capital
from rasd.lang.lexicon import complementisers
from rasd.model.document import Document
from rasd.model.record import Place
from rasd.model.span import Span
from rasd.stages.event_actors import demonym, nominals_in, participle
from rasd.stages.event_dates import dated_after
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filters import ASKING, ATTACK_STEMS, CUSTODY, DAY_WORDS, PHYSICAL, VERBAL_TYPES, act_with_ba
from rasd.stages.event_mentions import (RELATIVES, _DESCRIPTORS, _DIRECTIONS, _INSTITUTION, bare_word, clause_bounds,
                                        geo_precision, mentions_in, place_mentions, relative_between)
from rasd.stages.event_places import in_topic, is_holder, is_locative, is_side, joined_by_and, most_specific
from rasd.stages.event_source import OUTLET_NOUNS
from rasd.stages.quotes_marks import ALL_MARKS
from rasd.text import norm_key


def _words_between(tokens: list, a: int, b: int) -> int:
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
_THAT = complementisers(fold_taa=True)
_OWN_THAT = _THAT - {"ان", "بان"}
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
    return not any(w.lstrip("و") in _THAT for w in between)  # (a complementiser: someone else's act)


# Participles and adjectives name the people who fled, not a dated act of fleeing.
_PEOPLE_FORMS = frozenset({"هاربين", "هاربون", "فارين", "فارون", "نازحين", "نازحون"})


def describes_people(tokens: list, trig: Trigger) -> bool:
    return trig.type == "DISPLACE" and bool(_PEOPLE_FORMS & set(candidates(tokens[trig.first].norm)))


def adjacent(tokens: list, trig: Trigger, t, reach: int = 4) -> bool:
    """The time expression lies within `reach` words of the trigger."""
    return _words_between(tokens, min(trig.end, t.end), max(trig.start, t.start)) <= reach


# acts a state does to a place ("يزور قطر": the country visited is the place; "انسحاب أميركا من
# الاتفاق" is no place at all)
_STATE_ACTS = ("ASSAULT", "COERCE", "MOBILIZE")


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


TOWN_FEATURES = frozenset({"city", "town", "village"})
_TOWN_WORDS = frozenset({"المدينه", "البلده", "القريه"})


def town_descriptor(tokens: list, trig: Trigger) -> bool:
    """"في المدينة" with no name after it, in the trigger's clause after it."""
    _lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any(tokens[k - 1].norm in ("في", "وفي") and tokens[k].norm.replace("ة", "ه") in _TOWN_WORDS
               and (k + 1 >= hi or tokens[k + 1].norm in (",", "،", ".")) for k in range(trig.last + 1, hi))


def says_the_country(tokens: list, trig: Trigger) -> bool:
    """"في شرق البلاد", "في أنحاء البلاد" in the trigger's clause: somewhere in the country told."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    return any(candidates(t.norm)[-1] == "بلاد" and definite(t) for t in tokens[lo:hi])


def story_country(doc: Document) -> Place | None:
    """The country the article is about: the most named country that is a place of its own."""
    named: dict[str, int] = {}
    mentions = {e.id: len(e.mentions) for e in doc.entities}
    for p in doc.places:
        if p.country and p.lat is not None:
            named[p.country] = named.get(p.country, 0) + mentions.get(p.entity, 1)
    states = {p.country: p for p in doc.places if p.feature == "country" and p.lat is not None}
    best = max((c for c in named if c in states), key=lambda c: named[c], default=None)
    return states.get(best) if best else None


def state_after_verb(tokens: list, trig: Trigger, m, p: Place) -> bool:
    """A country or capital named right after a one-word attack, arrest or deployment trigger:
    its subject ("قصفت روسيا", "هاجمت إسرائيل"), not where the act happened."""
    if trig.type not in _STATE_ACTS or trig.first != trig.last or trig.last + 1 >= len(tokens):
        return False
    if nominal(tokens[trig.first]) or definite(tokens[trig.first]):
        return False
    nxt = tokens[trig.last + 1]
    state = p.feature == "country" or (p.lat is not None and is_capital(p.name_en, p.country))
    return state and nxt.start <= m.start < nxt.end


def inherited_precision(place: Place | None, *, inherited: bool, near: bool = False) -> int | None:
    """A place taken from the previous sentence only says the happening was in that area
    (SPEC §3: the flight "from the same area" is معرة النعمان with geo_precision 2), and so does
    one it happened `near` ("بالقرب من فندق وهيلي": 2)."""
    if place is None:
        return None
    gp = geo_precision(place)
    return max(gp, 2) if (inherited or near) and gp is not None else gp


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
    acted = any(candidates(t.norm)[-1].startswith(_DOER_VERBS + ("جدد",)) for t in tokens[lo:trig.first])
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


def one_person(tokens: list, cats: tuple[str, ...]) -> dict[str, int]:
    """Categories whose outcome noun governs a single person noun ("مقتل الطالب"), or whose
    passive verb follows one ("إن صحفيا قتل"), → 1."""
    out: dict[str, int] = {}
    for i, t in enumerate(tokens[:-1]):
        cat = _ONE_OUTCOME.get(candidates(t.norm)[-1].replace("ة", "ه"))
        if cat in cats and cat not in out:
            # (any reading: "فلسطينيا" is also read ف + ل + "سطينيا")
            if any(c.replace("ة", "ه") in ONE_PERSON for c in candidates(tokens[i + 1].norm)):
                out[cat] = 1
        after = _ONE_PASSIVE.get(candidates(tokens[i + 1].norm)[-1])
        if after in cats and after not in out and _is_one_person(t):
            out[after] = 1
    return out


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


def context_places(doc: Document, tokens: list, sent: Span) -> list[Place]:
    """The places a sentence says something happened at, for the next sentence to inherit:
    not the dateline ("إدلب -") nor a container after a direction ("جنوب إدلب"), unless
    the sentence names nothing else (SPEC §3: the flight is from معرة النعمان)."""
    found = [(m, p) for m, p in place_mentions(doc, tokens, sent) if not _who(doc, tokens, m, p)]
    own = [p for m, p in found if not is_dateline(doc, m) and not after_direction(doc, m)]
    return own or [p for _, p in found]


def _who(doc: Document, tokens: list, m, p: Place) -> bool:
    """A place the sentence names as someone, not somewhere: a holder ("قلق إسرائيل",
    "انتقادات لإسرائيل") or a side ("الموالية لإيران")."""
    return is_holder(tokens, m) or is_side(tokens, m) or in_topic(tokens, m)


def unnamed_capital(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"في وسط العاصمة", "شوارع العاصمة الإيرانية": the capital the article names elsewhere, when
    the trigger's clause says "the capital" without its name (of the adjective's country, or the
    only capital the article names). No place is made for the bare word itself (SPEC 2.2)."""
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    for k in range(lo, hi):
        if "العاصمه" not in candidates(tokens[k].norm):
            continue
        if k + 1 < hi and mentions_in(doc, Span(tokens[k + 1].start, tokens[k + 1].end, "")):
            return None  # "العاصمة بغداد": named, the places stage has it
        nation = demonym(tokens[k + 1]) if k + 1 < hi else None
        capitals = {(p.name_en, p.country): p for p in doc.places
                    if p.lat is not None and p.feature != "country" and is_capital(p.name_en, p.country)
                    and (nation is None or p.country == ISO2.get(nation))}
        return next(iter(capitals.values())) if len(capitals) == 1 else None
    return None


def is_dateline(doc: Document, m) -> bool:
    return doc.text[m.end:m.end + 2].strip()[:1] in ("-", "–", ":")


def after_direction(doc: Document, m) -> bool:
    before = doc.text[max(0, m.start - 12):m.start].split()
    return bool(before) and bare_word(norm_key(before[-1])) in _DIRECTIONS


# --- places of statements and doers (third pass)



SETTING_WORDS = frozenset({"كلمه", "ندوه", "مؤتمر", "موتمر", "خطاب", "منتدي", "محاضره", "جلسه",
                           "اجتماع", "لقاء", "قمه", "زياره", "تصريحات", "حفل"})


def verbal_place(doc: Document, sent: Span, tokens: list, trig: Trigger,
                 prev: list[tuple[list, Span]]) -> Place | None:
    """A statement with no place in its clause: a locative place later in its sentence
    ("طالب الرئيس … بعدما حصد تفجير … قرب مطار كابول"), else the setting of the speech an
    earlier sentence (`prev`, nearest first) describes ("في كلمة ألقاها بقاعة الصداقة")."""
    found = [(m, p) for m, p in place_mentions(doc, tokens, sent)
             if m.start >= trig.end and is_locative(doc, tokens, m)
             and not relative_between(tokens, trig.end, m.start)]
    if found:
        return most_specific(found)[1]
    for toks, span in prev:
        if not {candidates(t.norm)[-1] for t in toks} & SETTING_WORDS:
            continue
        found = [(m, p) for m, p in place_mentions(doc, toks, span)
                 if is_locative(doc, toks, m) and not is_dateline(doc, m)
                 and (geo_precision(p) or 5) <= 3]  # not "الشرق الأوسط"
        if found:
            return most_specific(found)[1]
    return None


def commentary(doc: Document, trig: Trigger) -> bool:
    """"قال الدكتور … في تغريدته: "استهداف رجال الأمن استهداف لنا جميعا"": an attack word inside
    someone's direct quote, with no place, date or toll of its own, is comment on the news; so is
    one in an opinion piece, told in the writer's own first person (the caller checks that the
    act has no place, date or toll)."""
    return trig.type in PHYSICAL and (any(
        q.kind == "direct" and q.content.start <= trig.start and trig.end <= q.content.end
        for q in doc.quotes) or _writers_voice(doc))


# the writer's "we"/"I" ("ونحن نمر بنفس الموقف", "أعتقد بكل أسف", "على بلادنا"): only the
# unambiguous forms (not "اعتقد", which is also "he believed"; not verbs like "ننتظر")
_FIRST_PERSON = re.compile(r"(?<!\w)(?:و?نحن|[إأا]ننا|[إأا]نني|و?أعتقد|بلادنا|وطننا|مجتمعنا)(?!\w)")
_VOICE_MIN = 2  # one "نحن" may be a quoted official's
# "وقال الكعود في حوار مع «عكاظ»", "في حواره مع الوطن": an interview's "we" is the speaker's,
# whose answers stand unquoted; the acts he tells are news
_INTERVIEW = re.compile(r"(?<!\w)(?:حوار|حواره|حوارها|مقابلة|مقابلته|مقابلتها) مع(?!\w)")


def _writers_voice(doc: Document) -> bool:
    """At least two first-person words outside every quote, in no interview: the article is the
    writer's opinion."""
    if _INTERVIEW.search(doc.text):
        return False
    inside = [(q.content.start, q.content.end) for q in doc.quotes]
    hits = [m.start() for m in _FIRST_PERSON.finditer(doc.text)
            if not any(a <= m.start() < b for a, b in inside)]
    return len(hits) >= _VOICE_MIN


_DOER_VERBS = ("شن", "نفذ", "وجه", "اطلق")


def doer_places(doc: Document, tokens: list, trig: Trigger, places: list) -> set:
    """Places that are the subject of a support verb (شنت، نفذت، وجهت) before the trigger,
    or of one with the trigger's pronoun right after it ("ضربات وجهتها الولايات المتحدة
    وبريطانيا وفرنسا"), and the places coordinated with them."""
    out, chain_end = set(), None
    for m, _ in sorted(places, key=lambda mp: mp[0].start):
        before = m.end <= trig.start
        joined = chain_end is not None and joined_by_and(doc.text, chain_end, m.start)
        prev = [t for t in tokens if t.end <= m.start][-1:]
        verb = candidates(prev[0].norm)[-1] if prev else ""
        if joined or (before and verb.startswith(_DOER_VERBS)) or verb in _ALONGSIDE or (
                not before and prev and prev[0].start >= trig.end
                and any(_resumptive(f) for f in candidates(prev[0].norm))
                and _describes(tokens, trig.end, prev[0].start)):
            out.add(m)
            chain_end = m.end
        else:
            chain_end = None
    return out


# "شنتها بلاده إلى جانب فرنسا وبريطانيا", "بمشاركة مصر": partners in the act, not its places
_ALONGSIDE = frozenset({"جانب", "بمشاركه", "مشاركه", "رفقه", "بالتعاون"})


# what may stand between a trigger and its resumptive verb: the trigger's adjectives ("غارات
# جوية غير مسبوقة شنتها"), not a preposition or a comma ("غارات على مواقع في سوريا شنتها")
_DESCRIBING_MAX = 4
_NOT_DESCRIBING = frozenset({"في", "على", "علي", "من", "الى", "إلى", "عن", "مع", "ضد", "قرب", "داخل", "،", ",",
                             ".", ":", "؛"})


def _describes(tokens: list, start: int, end: int) -> bool:
    between = [t for t in tokens if start <= t.start < end]
    return len(between) <= _DESCRIBING_MAX and not any(t.norm in _NOT_DESCRIBING for t in between)


def _resumptive(verb: str) -> bool:
    """A support verb with the object pronoun that points back at the trigger (وجهتها)."""
    return verb.startswith(_DOER_VERBS) and verb.endswith(("ها", "ه", "هم"))


def seat_place(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"مسعود برزاني رئيس إقليم كردستان العراق … وطالب الحزب": the place an office before the
    trigger belongs to is where its holder speaks from."""
    by_entity = {p.entity: p for p in doc.places if p.entity}
    seats = []
    for e in doc.entities:
        p = by_entity.get(e.id)
        for m in e.mentions if p is not None and e.label == "LOC" else ():
            if tokens and tokens[0].start <= m.start and m.end <= trig.start \
                    and _office_before(tokens, m.start):
                seats.append(p)
    return seats[-1] if seats else None


def _office_before(tokens: list, pos: int) -> bool:
    """An office word right before `pos`, over descriptors ("رئيس إقليم كردستان")."""
    before = [candidates(t.norm)[-1] for t in tokens if t.end <= pos][-3:]
    for w in reversed(before):
        if w in _INSTITUTION:
            return True
        if w not in _DESCRIPTORS and w not in ("اقليم", "امير"):
            return False
    return False


def nation_place(doc: Document, tokens: list, trig: Trigger) -> Place | None:
    """"أعلن الرئيس التونسي، الباجي قايد السبسي، …، بعد التشاور مع …": the named actor has no
    code, but the institution noun before the trigger carries a nationality; the act happens
    in that country (when the article names it as a place)."""
    nations = [n.nation for n in nominals_in(tokens, 0, trig.first) if n.nation and n.institutional]
    iso2 = ISO2.get(nations[-1]) if nations else None
    return next((p for p in doc.places if iso2 and p.country == iso2 and p.feature == "country"),
                None)


BOILERPLATE = ("سمات", "اقرا", "شاهد", "كلمات مفتاحيه", "الوسوم", "للمزيد", "رابط", "مقالات اخري",
               "مقالات ذات")


def boilerplate(tokens: list) -> bool:
    """Tag lines and "read also" links: not reported happenings."""
    head = " ".join(t.norm for t in tokens[:2]).replace("ة", "ه").replace("أ", "ا")
    return any(head.startswith(b) for b in BOILERPLATE)


def link_line(doc: Document, sent: Span, plate: list[bool], si: int) -> bool:
    """"اقرأ.. الأمير خالد: هجوم الحوثي …": the headline after a "read also" cue is split off
    as its own sentence, but it still sits on the link's line. `plate`: `boilerplate` of
    each sentence."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    return any(doc.sentences[j].start >= line_start and plate[j] for j in range(max(0, si - 2), si))


_LINE_ENDS = ".!?؟:\"»”)'…"
HEADLINE_WORDS = 15


def headline_line(doc: Document, sent: Span) -> bool:
    """A related story's headline: a whole line after the first, of at most 15 words, that does
    not open with و/ف and ends with no sentence mark ("انسحاب حزب "التغيير" من حكومة الإقليم").
    Reported happenings are told in sentences; a bare title line is a link to another story."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    line_end = doc.text.find("\n", sent.end)
    line = doc.text[line_start:len(doc.text) if line_end < 0 else line_end].strip()
    if line_start == 0 or not line:
        return False
    words = line.split()
    if len(words) <= HEADLINE_WORDS + 3 and line[0] not in "وف" and _TEASER.search(line):
        return True  # "6 أسباب أدت لاندلاع الاحتجاجات.. تعرف عليها": split at "..", still a title
    if doc.text[sent.start:sent.end].strip() != line:
        return False
    return len(words) <= HEADLINE_WORDS and line[0] not in "وف" and line[-1] not in _LINE_ENDS


# a teaser that closes a link's title line: "… تعرف عليها", "… تعرفوا عليهم", "… اقرأ المزيد"
_TEASER = re.compile(r"(?:تعرف(?:وا)?\s+(?:عليها|عليه|عليهم|عليهن|على\s+التفاصيل)|[اإ]قرأ\s+المزيد)\W*$")


def home_country(doc: Document, actors: list) -> Place | None:
    """A verbal act with no place in its sentence happens in its actor's country (when the
    article names that country as a place)."""
    for a in actors:
        code = a.span.code or ""
        iso2 = ISO2.get(code[:3])
        if iso2:
            for p in doc.places:
                if p.country == iso2 and p.feature == "country":
                    return p
    return None


# "رسالة احتجاج", "برقية احتجاج": a written protest is a complaint, not a gathering
_LETTERS = frozenset({"رساله", "برقيه", "مذكره", "مذكرات", "رسائل"})
# "قصفت المقاتلات تعزيزات", "وسط تعزيزات": reinforcements hit or standing by, not deployed
_AMID = frozenset({"وسط", "بوسط"})


_DIPLOMATS = ("سفير", "السفير", "سفيره", "سفاره", "السفاره", "استدع", "الخارجيه", "القائم بالاعمال")
_CROWD = ("متظاهر", "محتج", "وقفه", "مسيره", "اعتصام", "المتظاهر", "المحتج")


_THREAT_MADE = ("وجه", "اطلق", "جدد", "كرر")
# the people "أوقف" (stopped) takes as an arrest ("أوقفت الشرطة أربعة أشخاص/المدون/ناشطا"), and
# what follows a passive one ("أوقف بتهمة", "أوقف في ألمانيا", "أوقف أمس", "أوقفت رهن التحقيق")
_DETAINED = ("شخص", "اشخاص", "مشتبه", "متهم", "رجل", "رجال", "شاب", "ناشط", "مدون", "صحفي", "صحاف",
             "محتج", "متظاهر", "مهاجر", "شيخ", "قس", "مدعو", "مطلوب", "عناصر", "ارهابي", "امراه",
             "نساء", "طالب", "طلاب", "مواطن", "لاجئ", "شخصا", "مشتبها")
_PASSIVE_NEXT = frozenset({"بتهمه", "رهن", "في", "قبل", "الاسبوع"}) | frozenset(DAY_WORDS)


def _stopped_someone(tokens: list, t: Trigger) -> bool:
    nxt = candidates(tokens[t.last + 1].norm) if t.last + 1 < len(tokens) else ()
    return not _PASSIVE_NEXT.isdisjoint(nxt) or any(
        candidates(tok.norm)[-1].startswith(_DETAINED) for tok in tokens[t.last + 1:t.last + 6])


def _threat_made(tokens: list, t: Trigger) -> bool:
    """A threat noun that someone made: with بـ the act threatened ("تهديد بقصف", "تهديدات
    بالانسحاب") or after a verb of making it ("وجه تهديدا", "أطلق تهديدات")."""
    after = [tok.norm for tok in tokens[t.last + 1:t.last + 3]]  # ("تهديد إيران بإغلاق")
    before = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 3):t.first]]
    return act_with_ba(after) or any(w.startswith(_THREAT_MADE) for w in before)


def _diplomatic(tokens: list) -> bool:
    """An ambassador summoned or a ministry's note in the sentence, and no crowd."""
    words = [candidates(t.norm)[-1] for t in tokens]
    return any(w.startswith(_DIPLOMATS) for w in words) and not any(w.startswith(_CROWD) for w in words)


# The word after an outlet's type word is the outlet's name; not after موقع, also "the site of"
_OUTLET_HEADS = frozenset(OUTLET_NOUNS) - {"موقع"} | {"تلفزه", "فضائيه", "شبكه"}


# vessels named by their role ("غواصة هجوم نووي", "زوارق هجوم سريعة"): no attack
_CRAFT_HEADS = frozenset({"غواصه", "غواصات", "زورق", "زوارق"})  # (bare forms)


# a crisis as the doer of the act named right before it ("أحرقته الأزمة", "دمرتهم الأزمات"): a
# metaphor (not الحرب: "دمرته الحرب" may tell real damage)
_ABSTRACT_AGENTS = frozenset({"ازمه", "ازمات"})


# adjectives of attack words: "الأسلحة ذات الطابع الهجومي", "أنظمة الدفاع الصاروخية"
_ATTACK_ADJECTIVES = frozenset({"هجومي", "هجوميه", "هجومية", "هجوميا", "هجوميين", "صاروخي", "صاروخيه",
                                "صاروخية"})
# the relational adjective of a demonstration word: "الحراك التظاهري" (the movement, no march told)
_PROTEST_ADJECTIVES = frozenset({"تظاهري", "تظاهريه", "تظاهرية", "التظاهري", "التظاهريه", "التظاهرية"})


_CYBER = ("الكتروني", "كتروني", "سيبراني", "قرصن")  # (ال off: "الإلكترونية" is read "كترونيه")
# spies and hackers as the doers of a targeting word: "جاسوسان روسيان استهدفا منشأة لاختبار
# الأسلحة", "استهدف قراصنة مواقع الوزارة" — espionage or intrusion, no physical attack
_SPIES = ("جاسوس", "جواسيس", "قراصن", "هاكر")
# facilities named after what is done in them: "مخيم الاحتجاز", "مراكز الاعتقال"
_FACILITY_HEADS = frozenset({"مخيم", "مخيمات", "مركز", "مراكز", "معسكر", "معسكرات", "سجن", "سجون",
                             "منشاه", "منشات", "زنزانه",
                             # how and how long someone is held, the van that takes them: "ظروف
                             # احتجاز", "تمديد فترة توقيفهما", "سيارة ترحيلات" (gold codes "فتحت
                             # أماكن احتجاز لعشرات الحوثيين": where people are held is kept)
                             "ظروف", "فتره", "مده", "سياره", "سيارات", "عربه", "حافله", "اداره"})


def _interview(tokens: list, t: Trigger) -> bool:
    """A meeting word followed by "مع" and an outlet's type word: an interview."""
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 3]]
    return len(after) == 2 and after[0] == "مع" and (after[1] in _OUTLET_HEADS or after[1] == "وسيله")


# Other senses of trigger words, read from the word before (b) or after (a) them:
# "شرطة مكافحة الشغب" (riot police), "لتفريق الحشود" (the crowds), "مسيرة طويلة حافلة" /
# "مسيرته" (a career), "سيطرت فرق الدفاع المدني على الحريق" (a fire put out)
_RIOT_POLICE = frozenset({"مكافحه"})
_DISPERSING = ("تفريق", "فرق")
# a process: "مسيرة الحوار الوطني", "مسيرة السلام", "مسيرة التنمية" (a march may bear one as
# its name: "انطلقت مسيرة السلام من وسط المدينة")
_PROCESSES = frozenset({"الحوار", "السلام", "التنميه", "الاصلاح", "البناء", "التسويه", "المصالحه",
                        "الديمقراطيه", "التحول", "الانتقال", "التعاون", "التكامل"})
_CAREER = frozenset({"طويله", "حافله", "المهنيه", "مهنيه", "السياسيه", "الفنيه", "الرياضيه", "الادبيه",
                     "العلميه", "حياه", "الحياه", "عمله", "حياته"}) | _PROCESSES
# a career's length: "مسيرة أربع سنوات", "مسيرة 20 عاما" (bare forms; not hours: a march lasts hours)
_CAREER_SPANS = frozenset({"سنوات", "اعوام", "عاما", "عامين", "سنتين", "سنين", "عقود", "عقدين"})


def _career(tokens: list, t: Trigger) -> bool:
    """"مسيرة الحوار الوطني", "بمسيرة التعاون", "مسيرة أربع سنوات": a process or a career, not
    a march. The next word is read in every form (its ال-form in _CAREER, its bare form after a
    proclitic: "لمسيرة السلام"); a span of years follows within two words."""
    after = [candidates(tok.norm.replace("ة", "ه")) for tok in tokens[t.last + 1:t.last + 3]]
    if after and not _CAREER.isdisjoint(after[0]):
        return _PROCESSES.isdisjoint(after[0]) or not _marched(tokens)
    return any(not _CAREER_SPANS.isdisjoint(forms) for forms in after)


# words of marchers on the move: "انطلقت من وسط المدينة", "جابت الشوارع", "باتجاه البرلمان"
_MARCHING = ("انطلق", "جاب", "سارت", "ساروا", "باتجاه", "شوارع", "الشوارع", "لافتات", "هتف", "هتافات",
             "المشاركون", "المشاركين")


def _marched(tokens: list) -> bool:
    return any(f.startswith(_MARCHING) for tok in tokens for f in candidates(tok.norm))


# "أعقبه", "تلاه", "تبعه": the next stage of the same attack
_FOLLOWED = ("اعقب", "تلا", "تلته", "تبع")
# troops massing are no crowd of protesters: "احتشدت القوات على الحدود"
_TROOPS = ("قوات", "جنود", "جيش", "مقاتل", "مسلح", "عسكري", "دبابات", "اليات", "تعزيزات")  # (bare forms)
_STORMING = ("اقتحام", "اقتحم")
_PROTESTERS = ("المحتج", "محتج", "المتظاهر", "متظاهر", "انصار", "الانصار", "المعتصم", "معتصم")
# wrongdoers: who breaks in is no force raiding, who runs away is no displaced population
_WRONGDOERS = frozenset({"لصوص", "اللصوص", "السارقون", "الجناه", "الجاني", "القتله", "القاتل", "الخاطفون",
                         "الخاطف", "الخاطفين", "المتهم", "المتهمون", "المتهمين", "المطلوب", "المطلوبون",
                         "المطلوبين"})
_CRIMINALS = tuple(_WRONGDOERS) + ("صياد", "الصياد", "مجهولون", "مجهولين", "سارق", "السارق")
_HACKERS = ("متسلل", "المتسلل", "قراصن", "القراصن", "هاكر", "الهاكر", "مخترق", "المخترق")


def _hacked(tokens: list, t: Trigger) -> bool:
    """Storming by intruders (متسللون, also armed infiltrators) in a sentence that names
    something online or cyber: a hack."""
    return _stormed_by(tokens, t, _HACKERS) and any(
        f.startswith(_CYBER) for tok in tokens for f in candidates(tok.norm))


def _troops_relative(tokens: list, t: Trigger) -> bool:
    """"للقوات اليمنية التي احتشدت جنوبي المدينة": the verb of a relative clause on troops."""
    if t.first < 2 or tokens[t.first - 1].norm not in ("التي", "الذي", "الذين"):
        return False
    return any(f.startswith(_TROOPS) for tok in tokens[max(0, t.first - 3):t.first - 1] for f in candidates(tok.norm))


def _stormed_by(tokens: list, t: Trigger, who: tuple[str, ...]) -> bool:
    """The storming verb's subject, up to three words before it or right after it, is one of
    `who` ("وكان المحتجون قد اقتحموا", "اقتحم محتجون")."""
    near = tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 2]
    return any(f.startswith(who) for tok in near for f in candidates(tok.norm))
_AIRCRAFT = ("طائر", "طيار", "استطلاع")
_NOT_EXPLOSIVE = frozenset({"موجه", "احتجاجات", "مظاهرات", "غضب", "وضع", "اوضاع", "ازمه", "خلاف", "خلافات",
                            "موجات", "شعبي"})
_AIMED = ("استهدف", "طال", "هز")


def _comma_between(tokens: list, a: int, b: int) -> bool:
    return any(tok.norm in ("،", ",") for tok in tokens[a + 1:b])


def _grievance(tokens: list, t: Trigger) -> bool:
    """"تعاني من استهدافات", "يشكو من اعتقالات": what someone suffers in general."""
    prev = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 2):t.first]]
    return len(prev) == 2 and prev[1] == "من" and prev[0].startswith(("تعاني", "يعاني", "يعانون", "يشكو",
                                                                      "تشكو", "يشكون"))


_STATUS = frozenset({"حاله", "بحاله"})
_DETAINEES = CUSTODY | {"معتقلا", "معتقلين", "سجين", "سجينا", "سجناء", "نزلاء"}


def _detainees_near(tokens: list, t: Trigger) -> bool:
    """Detainees or a prison within three words of a flight word: a jailbreak."""
    near = tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 4]
    return any(f in _DETAINEES for tok in near for f in candidates(tok.norm))


# who runs away without being displaced: "فر اللصوص", "المسلحون هربوا إلى عفرين"
_RUNAWAYS = _WRONGDOERS | {"المهاجمون", "المهاجم", "المسلحون", "مسلحون", "الارهابيون", "ارهابيون", "المنفذون",
                           "الارهابيين", "المسلحين", "المهاجمين"}
# "الفارين من النظام/الخدمة": deserters; "الفار من العدالة": a fugitive
# (and the scene of a crime: "ضرب رجلا … قبل أن يفر من الموقع", "الفرار من مسرح الجريمة")
_DESERTED = frozenset({"النظام", "الجيش", "الخدمه", "التجنيد", "العداله", "القضاء", "وجه", "الموقع", "مسرح"})


def _runaways(tokens: list, t: Trigger) -> bool:
    """The flight word's subject, right before or after it, is a wrongdoer or a fighter, or
    what was fled is the army or justice."""
    side = tokens[t.first - 1:t.first] + tokens[t.last + 1:t.last + 2]
    if any(f in _RUNAWAYS for tok in side for f in candidates(tok.norm)):
        return True
    # any reading: "فروا" is also read ف + "روا", whose bare form hides the verb
    fled = any(f.startswith(_FLEEING) for f in candidates(tokens[t.first].norm))
    if fled and _counted(tokens, t.last + 1):
        side.append(tokens[t.last + 3])  # "فر كثير من قواتهم", "فر عدد من عناصر التنظيم"
    if fled and t.last + 2 < len(tokens) and tokens[t.last + 1].norm in _MOST and _fighter_word(
            candidates(tokens[t.last + 2].norm)):
        return True  # "بعد فرار معظم قيادات ميليشيات الحوثي": a share of the fighters or leaders
    if fled and any(f.startswith(_FIGHTERS) for tok in side for f in candidates(tok.norm)):
        return True  # (fighters evacuated under a deal are displaced: "إجلاء المقاتلين")
    if fled and (_fighters_subject(tokens, t) or _rest_of_fighters(tokens, t)):
        return True
    after = [candidates(tok.norm) for tok in tokens[t.last + 1:t.last + 4]]
    if any(c[-1] == "صفوف" for c in after):
        return True  # "فرار واسع بين صفوف الميليشيات": a rout
    if any(candidates(tok.norm)[-1].startswith(_TOOK_REFUGE) for tok in tokens[max(0, t.first - 8):t.first]):
        return True  # "ولاذ الرجل الذي يبلغ … بالفرار": a culprit got away
    if fled and _fugitive_near(tokens, t):
        return True  # "وهرب ستيفانسون من نافذة سجن", "شابا يشتبه بقتله لفتاة … بعدما فر"
    return len(after) >= 2 and after[0][-1] == "من" and not _DESERTED.isdisjoint(after[1])


# the head of a subject that is fighters or their leaders ("معظم القيادات الأجنبية لتنظيم داعش
# هربت"), or an armed group's name in it ("عناصر داعش هربت")
_LEADERS = ("قيادات", "قاده", "قائد", "زعيم", "مقاتل", "مسلح")
_ARMED_GROUPS = ("داعش", "التنظيم", "تنظيم", "الحوثي", "حوثي", "النصره")
_SUBJECT_REACH = 6
_SUBJECT_OPENERS = frozenset({"ان", "وان", "بان", "،", ",", "فيما", "بينما", "حيث"})
# "فيما فر آخرون": the rest of the fighters the sentence counted before
_THE_REST = frozenset({"اخرون", "اخرين", "البقيه", "الباقون", "الباقين", "بقيتهم"})


def _fighters_subject(tokens: list, t: Trigger) -> bool:
    """A verb of fleeing whose subject, from the clause start up to it (six words), names
    fighters, their leaders or an armed group, and no people who flee in numbers."""
    words = []
    for tok in reversed(tokens[max(0, t.first - _SUBJECT_REACH):t.first]):
        if tok.norm in _SUBJECT_OPENERS or tok.norm in (".", ":", "؛"):
            break
        words.append(candidates(tok.norm))
    if not words or any(any(f.startswith(_MANY_PEOPLE) for f in c) and not _counts_fighters(words, j)
                        for j, c in enumerate(words)):
        return False
    return any(_fighter_word(c) for c in words)


_COUNTS = ("الاف", "مئات", "عشرات")
# a share of whoever fled, named right after it (normalised forms)
_MOST = frozenset({"معظم", "اغلب", "غالبيه", "جميع", "كل", "بعض", "اكثر"})


def _fighter_word(forms) -> bool:
    return any(f.startswith(_FIGHTERS + _LEADERS) or f.startswith(_ARMED_GROUPS) for f in forms)


def _counts_fighters(words: list, j: int) -> bool:
    """The number word at j (words nearest the verb first) counts fighters, right after it or
    after من ("العشرات من ميليشيات الحوثي فروا", "عشرات المسلحين فروا"): no people in numbers."""
    if not any(f.startswith(_COUNTS) for f in words[j]):
        return False
    k = j - 1
    if k >= 0 and words[k][-1] == "من":
        k -= 1
    return k >= 0 and _fighter_word(words[k])


def _rest_of_fighters(tokens: list, t: Trigger) -> bool:
    near = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 3):t.first] + tokens[t.last + 1:t.last + 2]]
    if _THE_REST.isdisjoint(near):
        return False
    earlier = [candidates(tok.norm)[-1] for tok in tokens[:t.first]]
    return any(w.startswith(_FIGHTERS + _LEADERS) for w in earlier) and not any(w.startswith(_CIVILIANS) for w in earlier)


_CIVILIANS = ("عائل", "اسر", "سكان", "اهالي", "مدني", "نازح", "مواطن")  # (not counts: "عشرات المتمردين")


def _fugitive_near(tokens: list, t: Trigger) -> bool:
    """A prison or a suspect up to eight words around a verb of fleeing, and no people who flee
    in numbers (families, residents, civilians, thousands)."""
    near = [candidates(tok.norm)[-1] for tok in tokens[max(0, t.first - 8):t.last + 9]]
    return (any(w.startswith(_FUGITIVE_CUES) for w in near)
            and not any(w.startswith(_MANY_PEOPLE) for w in near))


_FUGITIVE_CUES = ("سجن", "يشتبه", "مشتبه", "متهم")
_MANY_PEOPLE = ("عائل", "اسر", "سكان", "اهالي", "مدني", "الاف", "مئات", "عشرات", "نازح", "مواطن")


def _counted(tokens: list, k: int) -> bool:
    """"كثير من", "عدد من", "عشرات من" at token k, with a noun after it."""
    return k + 2 < len(tokens) and tokens[k].norm in _SOME and tokens[k + 1].norm == "من"


_SOME = frozenset({"كثير", "الكثير", "عدد", "العديد", "عشرات", "مئات", "بعض"})
# fighters: their flight is a rout or a desertion, not displacement ("فر كثير من قواتهم")
_FIGHTERS = _TROOPS + ("عناصر", "متمرد", "ميليشيات", "مليشيات")
_TOOK_REFUGE = ("لاذ", "يلوذ", "تلوذ")  # "لاذ بالفرار"
_FLEEING = ("فر", "هرب", "هروب", "يفر", "تفر", "يهرب", "تهرب")


def _force_after(tokens: list, t: Trigger) -> bool:
    return any(f.startswith(_TROOPS) for tok in tokens[t.last + 2:t.last + 4] for f in candidates(tok.norm))


_CAMPAIGNED = frozenset({"ناخبين", "مؤيدين", "انصار", "جماهير", "تاييد", "دعم", "اصوات", "راي"})
# a trigger noun right after these heads names the body ("هيئة الإغاثة"), no happening
_BODY_HEADS = frozenset({"جمعيه", "منظمه", "هيئه", "مؤسسه", "اتحاد", "رابطه", "وكاله", "خليه", "لجنه", "غرفه",
                         "وحده", "فريق"})  # ("خلية الإجلاء والعمليات الإنسانية")
_NOT_SEIZED = ("حريق", "الحريق", "النيران", "نيران", "الوضع", "الاوضاع", "الاسعار", "التسرب")


# "تجمهر الآلاف لتشييع ضحايا الهجوم": mourners, not protesters, unless they chant or protest
_FUNERAL = ("تشييع", "لتشييع", "جنازه", "جنازات", "لتوديع", "توديع", "مراسم دفن")
_CHANTING = ("هتف", "يهتف", "يهتفون", "هتاف", "شعار", "الشعارات", "ردد", "يرددون", "لافت", "اللافتات")
_PROTESTING = _CHANTING + ("تظاهر", "احتج", "منددين")


# arrival or receipt of aid: "ووصلت إلى عدن أول سفينة مساعدات", "استقبل مطار عدن طائرة محملة
# بالمساعدات", "دخلت قافلة مساعدات"
_ARRIVING = ("وصل", "وصول", "استقبل", "رست", "دخل", "دخول", "تسلم", "حطت", "هبطت")
_AID_WORDS = ("مساعد", "اغاث", "انساني", "غذائي", "طبي", "اغذيه", "ادويه")
_OBSTRUCTING = ("عرقل", "اعاق", "يعيق", "تعيق", "منع", "يمنع", "تمنع", "عطل")  # "عرقلت وصول المساعدات"


def delivered(tokens: list, t: Trigger) -> bool:
    """Aid follows, in its clause, a verb of its arrival (up to six words before): the aid
    words themselves, or a convoy named as aid ("قافلة مساعدات"; not "قافلة مدرعات")."""
    named = [f for tok in tokens[t.first:t.last + 4] for f in candidates(tok.norm)]
    if not any(f.startswith(_AID_WORDS) for f in named):
        return False
    lo, _hi = clause_bounds(tokens, t.first, t.last)
    forms = [f for tok in tokens[max(lo, t.first - 6):t.first] for f in candidates(tok.norm)]
    return any(f.startswith(_ARRIVING) for f in forms) and not any(f.startswith(_OBSTRUCTING) for f in forms)


_BY_FIRE = ("برصاص", "بالرصاص")
_OF_WOUNDS = ("متاثر",)  # "قضى الأربعاء متأثرا بجراح أصيب بها برصاص …": a death, not the shooting


def fired_on_a_day(tokens: list, trigs: list[Trigger]) -> bool:
    """"قتلت رزان النجار بالرصاص الجمعة": fire and a day make an outcome word one happening,
    without a number ("الجرحى برصاص المليشيات" with no day is a general charge)."""
    return (any(tokens[t.first].norm.startswith(_BY_FIRE) for t in trigs)
            and any(c in DAY_WORDS for t in tokens for c in candidates(t.norm))
            and not any(t.norm.startswith(_OF_WOUNDS) for t in tokens))


def _mourners(tokens: list) -> bool:
    words = [f for tok in tokens for f in candidates(tok.norm)]
    return any(f.startswith(_FUNERAL) for f in words) and not any(f.startswith(_PROTESTING) for f in words)


# the wounded moved or treated: "وصل مائة جريح إلى عمان لتلقي العلاج", "نقل المصابون إلى المستشفى"
_MOVED = ("وصل", "نقل", "استقبل", "اجلاء", "اجلي", "اجلت", "يتلقي", "يتلقون", "تلقي")
_TREATMENT = ("لتلقي", "للعلاج", "العلاج", "لعلاج", "علاج")


def _treated(tokens: list, t: Trigger) -> bool:
    """An outcome word for the wounded being moved or treated (the attack is told elsewhere)."""
    lo, hi = clause_bounds(tokens, t.first, t.last)
    words = [f for tok in tokens[lo:hi] for f in candidates(tok.norm)]
    near = [f for tok in tokens[max(lo, t.first - 3):t.first] for f in candidates(tok.norm)]
    return any(f.startswith(_TREATMENT) for f in words) or any(f.startswith(_MOVED) for f in near)


# a match report: "الهجوم النصراوي", "خط الهجوم" are a team's attackers
_SPORT = ("لاعب", "اللاعب", "المدرب", "مدرب", "المنتخب", "منتخب", "الدوري", "مباراه", "المباراه", "مباريات",
          "المباريات", "البطوله", "بطوله")


def _match_report(tokens: list) -> bool:
    return any(candidates(tok.norm)[0].startswith(_SPORT) for tok in tokens)


# ideas and rules that "call for" something: no one's request ("القوانين الدولية التي تدعو إلى
# احترام سيادة الدول", "الأساليب القتالية … وهي تدعو إلى")
_IDEAS = ("قوانين", "القوانين", "مبادئ", "المبادئ", "اساليب", "الاساليب", "فكر", "الفكر", "عقيده", "العقيده",
          "ايديولوجي", "الايديولوجي", "استراتيجي", "الاستراتيجي", "افكار", "الافكار", "تعاليم", "التعاليم",
          "نصوص", "النصوص", "الشريعه", "الديانه", "الاديان", "المواثيق", "مواثيق", "الاعراف")
_WHICH = frozenset({"التي", "الذي", "وهي", "وهو", "فهي"})


_ENGAGEMENT_TERMS = frozenset({"فك", "فض", "قواعد", "خطوط", "خط"})
# "حوادث إطلاق النار نادرة الحدوث", "حوادث الطعن تتكرر": the plural incident noun and a word of
# frequency after the act describe a kind of act, not one that happened
_INCIDENTS_PLURAL = frozenset({"حوادث", "الحوادث", "وحوادث", "فحوادث"})
_FREQUENCY = frozenset({"نادره", "نادرة", "نادر", "نادرا", "تتكرر", "متكرره", "متكررة", "تكثر", "شائعه",
                        "شائعة", "تتزايد", "نادرو"})
_FREQUENCY_REACH = 4  # words after the act to its frequency word ("إطلاق النار في البلاد نادرة")


def _kind_of_incident(tokens: list, t: Trigger) -> bool:
    if not t.first or tokens[t.first - 1].norm not in _INCIDENTS_PLURAL:
        return False
    return any(tok.norm in _FREQUENCY for tok in tokens[t.last + 1:t.last + 1 + _FREQUENCY_REACH])


_POINTING = frozenset({"اشاره", "الاشاره", "بالاشاره", "اشارة", "الاشارة", "بالاشارة"})
_TO = frozenset({"الي", "الى"})


def _referred_to(tokens: list, t: Trigger) -> bool:
    """"في إشارة إلى المحتجين": the people a remark points at."""
    return t.first >= 2 and tokens[t.first - 1].norm in _TO and tokens[t.first - 2].norm.lstrip("وف") in _POINTING


# "إضرابات نفسية": a common misspelling of اضطرابات (disorders), told by its adjective
_STRIKES = ("اضراب", "الاضراب")
_DISORDERS = frozenset({"نفسيه", "النفسيه", "عصبيه", "العصبيه", "سلوكيه", "السلوكيه", "هضميه", "الهضميه",
                        "عقليه", "العقليه", "نفسي", "النفسي", "هرمونيه", "الهرمونيه", "معويه", "المعويه"})
_FESTIVE = frozenset({"ثقافيه", "فنيه", "رياضيه", "احتفاليه", "غنائيه", "كرويه", "سينمائيه", "علميه"})
# (and a deal, talks or a coalition left: "إعلان ترامب الانسحاب من الاتفاق النووي")
# "ساحات المعارك", "ميدان القتال": the battlefield named as a place, no battle told (bare forms)
_FIELDS = frozenset({"ساحه", "ساحات", "ميدان", "ميادين"})
# "قوة المداهمات", "قوات المداهمة", "وحدة مداهمة": a unit named after its task, no raid told
_UNIT_HEADS = frozenset({"قوه", "قوات", "وحده", "وحدات", "فرقه", "فرق", "فريق", "عناصر"})
_CONTESTS = ("محاكمه", "جلسه", "انتخابات", "سباق", "مباراه", "بطوله", "مسابقه",
             "اتفاق", "معاهده", "مفاوضات", "محادثات", "ائتلاف", "حوار")
_NATURAL_BODIES = ("صخور", "صخره", "شهاب", "نيزك", "نيازك", "كويكب", "بركان")


def _struck_protester(tokens: list, t: Trigger, trigs: list[Trigger]) -> bool:
    """A protester noun up to six words after a word of killing, wounding or arresting, in a
    sentence with no other protest word ("قتل متظاهران خلال مظاهرة" keeps its protest)."""
    hit = any(candidates(tok.norm)[-1].startswith(_STRUCK) for tok in tokens[max(0, t.first - 6):t.first])
    gathered = any(f.startswith(_GATHERING) for tok in tokens for f in candidates(tok.norm))
    return hit and not gathered and not any(o.type == "PROTEST" and o is not t and not candidates(
        tokens[o.first].norm)[-1].startswith(_PROTESTERS) for o in trigs)


_STRUCK = ("قتل", "مقتل", "اصيب", "اصابه", "جرح", "اعتقل", "اعتقال", "اصاب", "قتلت", "استشهد")
# a gathering told beside the casualty: "بعدما وصل المحتجون للتجمع أمام مبنى المحافظ"
_GATHERING = _PROTESTING + ("تجمع", "مظاهر", "اعتصام", "مسير", "تجمهر")


def _left_a_contest(tokens: list, t: Trigger) -> bool:
    """"انسحب (محاميه) من المحاكمة/السباق/الاتفاق": what was left, after a من up to three words
    on, is a trial, a race, a match, a deal or talks."""
    after = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 5]]
    k = after.index("من") if "من" in after[:3] else -1
    return 0 <= k < len(after) - 1 and after[k + 1].startswith(_CONTESTS)


def _ideas_call(tokens: list, t: Trigger) -> bool:
    """A call verb right after a relative or a pronoun whose antecedent (up to four words
    back) is an idea or a rule."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[0] not in _WHICH:
        return False
    back = tokens[max(0, t.first - 6):t.first - 1]
    return any(f.startswith(_IDEAS) for tok in back for f in candidates(tok.norm))


# a slogan's imperative: "وهتف المحتجون شعارات "أطلقوا سراح أطفالنا""
_IMPERATIVES = frozenset({"اطلقوا", "اوقفوا", "ارحلوا", "افرجوا", "اسقطوا", "انسحبوا"})


def _slogan(tokens: list, t: Trigger) -> bool:
    return (tokens[t.first].norm.lstrip("و") in _IMPERATIVES
            and any(f.startswith(_CHANTING) for tok in tokens for f in candidates(tok.norm)))


def _cases_counted(tokens: list, t: Trigger) -> bool:
    """"412 حالة تجنيد أطفال", "1513 حالة خطف": a tally of cases, not one happening."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[-1] not in ("حاله", "حالات"):
        return False
    before = tokens[t.first - 2].norm
    return before.isdigit() or before in ("عشرات", "مئات", "الاف")


# "أحياء سيطرت عليها الفصائل لسنوات", "داعش الذين سيطروا على مناطق شاسعة": a relative clause
# that states who holds a place, not a seizure — unless the clause names its own day ("القوات
# التي سيطرت أمس على المطار")
_RESUMPTIVES = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_CONTROL_CLAUSE = 10  # words of the relative clause read for a day of its own
_DAY_SET = frozenset(DAY_WORDS)


_MEANS = ("وسائل", "وسيله", "اداه", "ادوات", "اداتها", "اداته")


def _control_stated(tokens: list, t: Trigger, prev: str, nxt: str) -> bool:
    before = tokens[t.first - 1].norm if t.first else ""
    after = tokens[t.last + 1].norm if t.last + 1 < len(tokens) else ""
    relative = before in RELATIVES or (
        after in _RESUMPTIVES and bool(before) and not before.startswith(("ال", "وال")) and before[:1] not in "،,")
    if not relative:
        return False
    day = False
    for tok in tokens[t.last + 1:t.last + 1 + _CONTROL_CLAUSE]:
        if tok.norm in ("،", ",", ".", ";", ":"):
            break
        if tok.norm in _HELD_SPANS:
            return True  # "لسنوات": how long it was held, whatever day the sentence names
        day = day or not _DAY_SET.isdisjoint(candidates(tok.norm))
    return not day


_HELD_SPANS = frozenset({"لسنوات", "لاعوام", "لعقود", "لسنين", "منذ", "طوال", "طيله", "لاشهر", "لشهور"})


# "التظاهر بالفرح", "تظاهر المتآمرين باتخاذ مواقف", "يتظاهر بأنه مريض": تظاهر + بـ + a state
# or a verbal noun is pretending (not "تظاهر المئات ببغداد / بمدينة / بالقرب من", a place)
_PRETENDED = frozenset({"فرح", "حزن", "موت", "مرض", "جنون", "نوم", "براءه", "اغماء", "جهل", "غباء", "قوه",
                        "ضعف", "سعاده", "صمم", "عمي", "اسلام", "تدين", "ان", "انه", "انها", "انهم", "انهما"})
_PRETEND_REACH = 3  # words from تظاهر to its بـ-complement ("تظاهر المتآمرين باتخاذ")


def _derived_masdar(w: str) -> bool:
    """The verbal noun of a derived verb by its shape: افتعال/انفعال (اتخاذ، انتظار), استفعال."""
    return ((len(w) == 6 and w[0] == "ا" and w[2] in "تن" and w[4] == "ا")
            or (len(w) == 5 and w.startswith("ات") and w[3] == "ا")
            or (len(w) == 7 and w.startswith("است") and w[5] == "ا"))


def _pretending(tokens: list, t: Trigger) -> bool:
    for tok in tokens[t.last + 1:t.last + 1 + _PRETEND_REACH]:
        w = tok.norm.replace("ة", "ه")
        if w in ("،", ",", ".", ":"):
            return False
        if w.startswith("ب") and len(w) > 2:
            rest = w[3:] if w.startswith("بال") else w[1:]
            return rest in _PRETENDED or _derived_masdar(rest)
    return False


# "لاستعادة اليمن من الميليشيات التي اختطفته", "اختطفت الجماعة الدولة": a country or the state
# taken is a figure of speech (not "اختطفته جماعة مسلحة" of a child, nor "اختطف مسلحون ثلاثة أجانب")
_STATE_NOUNS = frozenset({"الدوله", "البلد", "البلاد", "القرار", "الثوره", "الوطن"})
_SEIZED_REACH = 5


@lru_cache(maxsize=1)
def _country_names() -> frozenset:
    return frozenset(norm_key(n).replace("ة", "ه") for names in country_extra_names().values() for n in names if " " not in n)


def _state_seized(tokens: list, t: Trigger) -> bool:
    figure = _STATE_NOUNS | _country_names()
    if t.last + 1 < len(tokens) and tokens[t.last + 1].norm.replace("ة", "ه") in figure:
        return True  # "اختطفت الجماعة الدولة" (object right after) / "اختطف اليمن"
    if not tokens[t.last].norm.endswith(("ته", "تها", "وه", "ها")):
        return False  # no pronoun object to look back for
    for tok in reversed(tokens[max(0, t.first - _SEIZED_REACH):t.first]):
        if tok.norm in ("،", ",", ".", ":"):
            return False
        if tok.norm.replace("ة", "ه") in figure:
            return True
    return False


# "الاستسلام لحياة البؤس", "الاستسلام للأمر الواقع": giving in to a state, not a surrender
_GIVEN_IN_TO = ("حياه", "الامر", "اليأس", "الياس", "القدر", "الضغوط", "الواقع", "الحزن", "المرض", "الاحباط")


def _gave_in(tokens: list, t: Trigger) -> bool:
    if t.last + 1 >= len(tokens):
        return False
    w = tokens[t.last + 1].norm.replace("ة", "ه")
    if not w.startswith("ل"):
        return False
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return rest.startswith(_GIVEN_IN_TO)


def _discussed(tokens: list, t: Trigger) -> bool:
    """"وبحثت الشرطة عنها", "بحث الوزيران الأزمة": the verb بحث (discussed, searched), not ب + حث
    (a preposition never stands on a perfect verb, so "حثت" is no reading of "بحثت")."""
    norm = tokens[t.first].norm
    return norm.lstrip("وف").startswith("بحث") and candidates(norm)[-1] in _URGED


_URGED = frozenset({"حث", "حثت", "حثوا", "حثا", "حثتا"})


def _other_sense(tokens: list, t: Trigger, word: str, prev: str, nxt: str, trigs: list[Trigger]) -> bool:
    if t.type == "REQUEST" and _ideas_call(tokens, t):
        return True
    if t.type == "REQUEST" and _discussed(tokens, t):
        return True
    if t.type == "PROTEST" and word.startswith(("تظاهر", "يتظاهر", "تتظاهر")) and _pretending(tokens, t):
        return True
    if t.type == "ASSAULT" and t.mode == "abduction" and _state_seized(tokens, t):
        return True
    if t.type == "RETREAT" and word.startswith(("استسلام", "استسلم")) and _gave_in(tokens, t):
        return True
    if t.type in PHYSICAL and _cases_counted(tokens, t):
        return True
    if _slogan(tokens, t):
        return True
    if t.type == "ASSAULT" and t.strength < 2 and _treated(tokens, t):
        return True
    if t.type == "ASSAULT" and word.startswith(("هجوم", "الهجوم", "هجمات")) and _match_report(tokens):
        return True  # "خط الهجوم", "الهجوم النصراوي" in a match report
    if t.type == "ASSAULT" and word.startswith("اشتباك") and prev in _ENGAGEMENT_TERMS:
        return True  # "اتفاقية فك الاشتباك", "قواعد الاشتباك": terms of engagement, no clash
    if t.type == "ASSAULT" and word.startswith(("معارك", "معركه")) and prev in ("ام", "وام"):
        return True  # "أم المعارك": an idiom
    if t.type == "COERCE" and word.startswith("مداهم") and t.first and _UNIT_HEADS.intersection(
            candidates(tokens[t.first - 1].norm)):  # (all forms: وحدات is not و + حدات)
        return True  # "اشتبك المسلحون مع قوة المداهمات": the unit, not a raid
    if t.type == "ASSAULT" and word.startswith(("معارك", "معركه", "قتال")) and prev in _FIELDS:
        return True  # "يفرون من ساحات المعارك", "دفعوا بهم إلى ميادين القتال": a place word
    after = set(candidates(tokens[t.last + 1].norm)) if t.last + 1 < len(tokens) else set()
    if t.type == "PROTEST" and (nxt in _FESTIVE or after & _FESTIVE):
        return True  # "التظاهرة الثقافية", "تظاهرة فنية" (ف read as a conjunction): a festival
    if t.type in PHYSICAL and _kind_of_incident(tokens, t):
        return True  # "حوادث إطلاق النار نادرة الحدوث": how often such acts happen, none told
    if t.type == "PROTEST" and word.startswith(_PROTESTERS) and _referred_to(tokens, t):
        return True  # "قال في إشارة إلى المحتجين": who is meant by a remark, no protest told
    if t.type == "PROTEST" and word.startswith(_STRIKES) and after & _DISORDERS:
        return True  # "إضرابات نفسية": اضطرابات (disorders) misspelt, no strike
    if t.type == "PROTEST" and word.startswith(_PROTESTERS) and _struck_protester(tokens, t, trigs):
        return True  # "قتل أحد أفراد الأمن ومتظاهر خلال اشتباكات": a casualty, no protest told
    if t.type == "RETREAT" and word.startswith("انسح") and _left_a_contest(tokens, t):
        return True  # "انسحب محاميه من المحاكمة", "انسحب من السباق": no troops pulled back
    if t.type == "ASSAULT" and word.startswith("انفجر") and any(
            f.startswith(_NATURAL_BODIES) for tok in tokens[max(0, t.first - 3):t.last + 3] for f in candidates(tok.norm)):
        return True  # "صخور أكبر انفجرت على ارتفاع أقل": meteors, no attack
    if t.type == "DISPLACE" and word.startswith("اجلي") and prev in ("من", "لاجل"):
        return True  # "من أجلي": for my sake
    if t.type == "PROTEST" and word == "شغب":
        return prev in _RIOT_POLICE
    if t.type == "MOBILIZE" and word in ("حشود", "الحشود"):
        # "تفريق الحشود"; "حشود من النساء والأطفال": a crowd, not troops
        return prev.startswith(_DISPERSING) or (nxt == "من" and not _force_after(tokens, t))
    if t.type == "PROTEST" and word.startswith("مسير"):
        return (word not in ("مسيره", "مسيرات", "المسيره", "المسيرات") or _career(tokens, t)
                or any(f.startswith(_AIRCRAFT) for tok in tokens[max(0, t.first - 3):t.first]
                       for f in candidates(tok.norm)))  # "طائرة استطلاع أمريكية مسيرة": a drone
    if t.type == "ASSAULT" and word.startswith(("انفجر", "انفجار")) and nxt in _NOT_EXPLOSIVE:
        return True  # "انفجرت موجة الاحتجاجات": an outburst
    if t.type == "PROTEST" and word.startswith(("اضرب", "يضرب", "تضرب")) and word.endswith(("ه", "ها", "هم")):
        return True  # "اضربه بعشرات الصفحات": multiply it
    if t.type == "ASSAULT" and word == "حرق" and t.last > t.first and tokens[t.first + 1].norm.startswith("ال"):
        return True  # "كان آخرها حرق الطفل الفلسطيني": the burning already told, named again
    if t.type == "ASSAULT" and word.startswith("سيطر"):
        obj = [candidates(tok.norm)[-1] for tok in tokens[t.last + 1:t.last + 8]]
        k = obj.index("علي") if "علي" in obj else len(obj)
        return (k + 1 < len(obj) and obj[k + 1] in _NOT_SEIZED) or _control_stated(tokens, t, prev, nxt)
    if t.type == "PROTEST" and word.startswith(("احتشد", "يحتشد", "تجمهر", "يتجمهر", "تجمع", "يتجمع")):
        return (any(f.startswith(_TROOPS) for tok in tokens[t.last + 1:t.last + 4] for f in candidates(tok.norm))
                or _mourners(tokens) or _troops_relative(tokens, t))
    if t.type == "COERCE" and word.startswith(("حظر", "الحظر")):
        return any(f.startswith(("رفع", "الغاء", "انهاء", "برفع", "الغت", "الغي")) for tok in
                   tokens[max(0, t.first - 3):t.first] for f in candidates(tok.norm))  # "رفعت المحكمة حظر البث"
    if t.type == "MOBILIZE" and word.startswith("حشد") and t.first and \
            tokens[t.first - 1].norm.replace("ة", "ه").endswith(_MEANS):
        return True  # "كأداة حشد للقتال", "وسائل حشد": a means of rallying, no troops moved
    if t.type == "MOBILIZE" and word.startswith("حشد"):
        # "حشد الناخبين": a campaign; "تجمع حشد من الناس": a crowd, not troops
        return nxt in _CAMPAIGNED or (nxt == "من" and not _force_after(tokens, t))
    if t.type == "DISPLACE" and (prev in _STATUS or _detainees_near(tokens, t) or _runaways(tokens, t)):
        return True  # "7 بحالة فرار" (a fugitive's status), "هرب 400 معتقل من السجن": no flight
    if prev == "قضيه" or (prev in ('"', "«") and t.first >= 2
                          and candidates(tokens[t.first - 2].norm)[-1] == "قضيه"):
        return True  # 'قضية "اغتصاب كاثوا"': a case's name
    if prev in _BODY_HEADS and not tokens[t.first - 1].norm.lstrip("وف").startswith("ال"):
        return True  # "جمعية الإغاثة الطبية", "منظمة حظر الأسلحة": a body's name (a construct
        # head has no ال: "تعقد اللجنة اجتماعا" is the committee's meeting)
    if t.type == "COOPERATE" and tokens[t.first].norm.lstrip("وف").startswith("بال"):
        return True  # "بالتعاون مع الجيش": how something was done, not a pact
    if t.type == "ASSAULT" and word.startswith(("هجوم", "هجمات")):
        after = [candidates(tok.norm) for tok in tokens[t.last + 1:t.last + 5]]
        k = next((i for i, forms in enumerate(after[:3]) if "علي" in forms), -1)
        obj = after[k + 1] if 0 <= k < len(after) - 1 else ()
        harm = any(o.type == "ASSAULT" and o is not t and not candidates(tokens[o.first].norm)[-1].startswith(
            ATTACK_STEMS) for o in trigs)  # (a killing, a bomb, shots; not another "هاجم")
        return bool(_WORDS_ATTACKED.intersection(obj)) and not harm  # "هجومه على الصحافة": words, not blows
    if t.type == "PROTEST" and _addressed_protesters(tokens, t):
        return True  # "داعيا المتظاهرين إلى إبقاء تحركهم سلميا": the protesters are called on
    if t.type == "CONSULT" and word.startswith(_RECEIVING) and _received_casualties(tokens, t):
        return True  # "إنها استقبلت 151 مصابا": patients or bodies taken in, no visitor
    if t.type == "ASSAULT" and word.startswith("قناص") and any(f.startswith(_POSTED) for tok in tokens[
            max(0, t.first - 3):t.first] for f in candidates(tok.norm)):
        return True  # "تم نشر القناصة بالقرب من ملعب الغولف": snipers posted, no shot told
    if t.type == "ACCUSE" and word.startswith(("ادان", "دان")) and _convicted_of(tokens, t):
        return True  # "أدانت الحكومة الروسية سكريبل بكشف أسرار": a verdict (SPEC: not an event)
    return False


# armed acts whose motive an adverbial احتجاجا tells (not a self-harm or an "other" act, which
# may be the protest itself: "أحرق شاب نفسه احتجاجا"; not arrests: "اعتقلت 20 شخصا، احتجاجا …"
# may be of the protesters)
_ARMED_ACTS = frozenset({("ASSAULT", "clash"), ("ASSAULT", "shelling"), ("ASSAULT", "airstrike"),
                         ("ASSAULT", "bombing")})


# posting words before a sniper noun ("نشر القناصة", "تمركز قناصة")
_POSTED = ("نشر", "انتشار", "ينتشر", "انتشر", "تمركز", "يتمركز", "اعتلي")


# what a court convicts of (بـ + the offence): "أدان X بالتجسس", "بتهمة", "بكشف أسرار"
_OFFENCES = ("تجسس", "تهم", "خيان", "تسريب", "كشف", "انتماء", "انضمام", "تهريب", "اختلاس", "رشو", "تزوير",
             "فساد")


def _convicted_of(tokens: list, t: Trigger) -> bool:
    """أدان with its object, then بـ + an offence within four words: "convicted of", not
    "condemned" (whose بـ is a manner: "بشدة", "بأشد العبارات")."""
    for tok in tokens[t.last + 2:t.last + 6]:
        norm = tok.norm.replace("ة", "ه")
        if norm[:1] == "ب" and any(f.startswith(_OFFENCES) for f in candidates(norm)[1:]):
            return True
    return False


def _addressed_protesters(tokens: list, t: Trigger) -> bool:
    """A protester noun in the object form (-ين) right after a word of calling or urging: whom
    an appeal addresses; what they did is told, if at all, by its own words."""
    word = tokens[t.first].norm.replace("ة", "ه")
    if t.last > t.first or not word.endswith("ين") or not word.lstrip("وف").startswith(_PROTESTERS):
        return False
    return t.first > 0 and not ASKING.isdisjoint(candidates(tokens[t.first - 1].norm))


_RECEIVING = ("استقبل", "يستقبل", "تستقبل")
# who a hospital or a camp takes in ("استقبلت 151 مصابا", "استقبل المستشفى جثث القتلى")
_TAKEN_IN = ("مصاب", "جريح", "جرحي", "جث", "قتيل", "قتلي", "مريض", "مرضي", "لاجئ", "نازح", "حالات", "حاله",
             "مصابين", "ضحايا")


def _received_casualties(tokens: list, t: Trigger) -> bool:
    """A casualty, patient or refugee noun within three words after it (a number may stand
    before it: "151 مصابا"; "3 وزراء" are visitors)."""
    return any(f.startswith(_TAKEN_IN) for tok in tokens[t.last + 1:t.last + 4]
               for f in candidates(tok.norm.replace("ة", "ه")))


# what a verbal attack is aimed at: the press, a policy (bare forms: candidates()[-1])
_WORDS_ATTACKED = frozenset({"صحافه", "اعلام", "وسائل", "صحفيين", "سياسه", "قرار", "قانون", "معارضه",
                             "ديمقراطيين", "جمهوريين"})


_SEPARATE = frozenset({"منفصل", "منفصله", "مماثل", "مماثله"})  # ("بتفجير مماثل في منطقة الحبيبية")
_ANOTHER = frozenset({"اخر", "اخري", "جديد", "جديده"})


def said_separate(tokens: list, trig: Trigger) -> bool:
    """"وفي هجوم منفصل", "في حادث آخر": the text says this is another happening ("آخر" only
    after في: after a verb it is "the last", "استهدفت آخر مواقعهم")."""
    nxt = candidates(tokens[trig.last + 1].norm)[-1] if trig.last + 1 < len(tokens) else ""
    prev = tokens[trig.first - 1].norm if trig.first else ""
    return nxt in _SEPARATE or (nxt in _ANOTHER and prev in ("في", "وفي", "ففي"))


def opens_apart(tokens: list) -> bool:
    """"وفي حادث منفصل، قتل مدنيان": the sentence opens by saying it tells another happening
    (a word for an incident that is no trigger itself)."""
    words = [candidates(tok.norm)[-1] for tok in tokens[:4]]
    return (len(words) >= 3 and tokens[0].norm in ("في", "وفي", "ففي") and words[1] in _INCIDENTS
            and (words[2] in _SEPARATE or words[2] in _ANOTHER))


_INCIDENTS = frozenset({"حادث", "حادثه", "واقعه", "تطور"})


def drop_misread(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """Triggers whose sense the words around them undo: "احتجاجا على" beside a strike or
    another protest (the reason, not a second protest), a protest in a letter or lodged with an
    ambassador (a complaint: ACCUSE), "أوقف" with nobody stopped, a threat noun nobody made,
    reinforcements that an attack in the clause hit or that an act happened amid, a word that
    names an outlet after its type word, "هجومي" (an adjective), a meeting with a TV channel."""
    out = []
    for t in trigs:
        word = candidates(tokens[t.first].norm)[-1]
        prev = candidates(tokens[t.first - 1].norm)[-1] if t.first else ""
        if t.type == "PROTEST" and word.startswith("احتجاج"):
            if prev in _LETTERS:
                continue
            if _diplomatic(tokens):  # "استدعت السفير وأبلغته احتجاجها": a complaint between states
                out.append(replace(t, type="ACCUSE", mode=None))
                continue
            if word in ("احتجاجا", "احتجاجاً") and any(o.type == "PROTEST" and o is not t for o in trigs):
                continue
            if word in ("احتجاجا", "احتجاجاً") and t.first and tokens[t.first - 1].norm in ("،", ",") and any(
                    o.first < t.first and (o.type, o.mode) in _ARMED_ACTS for o in trigs):
                continue  # "وقتل آخرين في اشتباكات …، احتجاجا على ترشح الرئيس": set off by a comma,
                # the motive of the fighting told before it, no gathering
        if prev in _OUTLET_HEADS:
            continue  # "قناة المسيرة", "صحيفة الثورة": an outlet's name, not a march or a revolt
        if t.type == "ASSAULT" and word == "هجوم" and prev in _CRAFT_HEADS:
            continue  # "غواصة هجوم نووي": a vessel's class, not an attack
        nxt = candidates(tokens[t.last + 1].norm)[-1] if t.last + 1 < len(tokens) else ""
        if t.type == "ASSAULT" and t.first == t.last and nxt in _ABSTRACT_AGENTS:
            continue  # "من أحرقته الأزمة": a crisis burns no one, a metaphor
        if _other_sense(tokens, t, word, prev, nxt, trigs):
            continue
        if t.type == "ASSAULT" and prev.startswith(_FOLLOWED) and any(
                o.type == "ASSAULT" and o.last < t.first for o in trigs):
            continue  # "هجوم انتحاري أعقبه إطلاق نار": one attack in two stages, one record
        if (t.type == "ASSAULT" and t.mode == "other" and word.startswith(_AIMED)
                and any(o.type == "ASSAULT" and o is not t and o.last < t.first <= o.last + 3
                        and not _comma_between(tokens, o.last, t.first) for o in trigs)):
            continue  # "انفجار استهدف مركزا": what the blast hit, one attack
        if t.type in ("ASSAULT", "COERCE") and _grievance(tokens, t):
            continue  # "تعاني من استهدافات أمنية": a grievance, not a happening
        if t.type == "AGREE" and any(o.type == "AGREE" and o.last < t.first <= o.last + 2 for o in trigs):
            continue  # "التوصل إلى اتفاق لوقف إطلاق النار": the deal's terms, one agreement
        if t.type == "ASSAULT" and word in _ATTACK_ADJECTIVES:
            continue  # "الأسلحة ذات الطابع الهجومي": offensive weapons, not an attack
        if t.type == "PROTEST" and t.first == t.last and word in _PROTEST_ADJECTIVES:
            continue  # "الحراك التظاهري": an adjective, not a demonstration
        if t.type in PHYSICAL and (prev in _LAWS or _a_right(tokens, t, prev)):
            continue  # "قانون المصادرة", "قانون التظاهر", "الحق في التظاهر": a law or a right, no act
        if t.type == "ASSAULT" and word.startswith(_BLAST_ADJECTIVES) and prev in _MATERIALS:
            continue  # "المواد التفجيرية", "أحزمة تفجيرية": explosives, not a blast
        if t.type in PHYSICAL and _drilled(tokens, t):
            continue  # "تدريبات على إطلاق النار": a drill in the act, not the act
        if t.type in PHYSICAL and _labelled(tokens, t):
            continue  # "ونددت بالحادث ووصفته بأنه هجوم إرهابي": a name for what is told, not a new act
        if t.type == "CONSULT" and _interview(tokens, t):
            continue  # "خلال لقاء مع قناة سكاي نيوز": an interview, not a meeting
        if t.type == "ASSAULT" and nxt.startswith(_CYBER):
            continue  # "هجمات إلكترونية", "هجوم سيبراني": no physical attack
        if t.type == "ASSAULT" and t.mode == "other" and word.startswith(("استهدف", "يستهدف", "تستهدف")) and any(
                f.startswith(_SPIES) for tok in tokens[max(0, t.first - 3):t.last + 2] for f in candidates(tok.norm)):
            continue  # "جاسوسان استهدفا منشأة": spying on a site, no attack
        if t.type == "COERCE" and t.first and not _FACILITY_HEADS.isdisjoint(candidates(tokens[t.first - 1].norm)):
            continue  # "مخيم الاحتجاز", "مركز الاعتقال": a facility's name, not an arrest
        if t.type == "COERCE" and word.startswith(_STORMING) and any(
                o.type == "ASSAULT" and o.mode == "clash" for o in trigs):
            out.append(replace(t, type="ASSAULT", mode="clash"))  # storming in a battle: "اقتحام
            continue  # القاعدة والسيطرة عليها بعد اشتباكات عنيفة" (a police raid has no clash)
        if t.type == "COERCE" and word.startswith(_STORMING) and _stormed_by(tokens, t, _PROTESTERS):
            mode = next((o.mode for o in trigs if o.type == "PROTEST"), "riot")  # (one protest)
            out.append(replace(t, type="PROTEST", mode=mode))  # "وكان المحتجون قد اقتحموا
            continue  # عددا من المؤسسات الحكومية": protesters storming, no police raid
        if t.type == "COERCE" and word.startswith(_STORMING) and _stormed_by(tokens, t, _CRIMINALS):
            continue  # "صيادين اقتحموا حديقة حيوان": a crime's break-in, no raid by a force
        if t.type == "COERCE" and word.startswith(_STORMING) and _hacked(tokens, t):
            continue  # "اقتحم متسللون هذه المواقع في ثاني هجوم إلكتروني": a hack, no raid
        if t.type == "COERCE" and t.mode == "arrest" and nxt.startswith("رهائن"):
            out.append(replace(t, type="ASSAULT", mode="abduction"))  # "احتجاز رهائن": hostage-taking
            continue
        if t.type == "COERCE" and word.startswith("اوقف") and not _stopped_someone(tokens, t):
            continue  # "أوقفت الشرطة أربعة أشخاص" is an arrest; "أوقف إطلاق النار … أشخاص" is not
        if t.type == "THREATEN" and word.startswith("تهديد") and not _threat_made(tokens, t):
            continue  # "يمثل تهديدا أمنيا", "تهديد إرهابي": a danger named, not a threat made
        if t.type == "ASSAULT" and word.startswith(_WEAPONS) and _weapon_held(tokens, t):
            continue  # "دمرت أكثر من 200 صاروخ", "بينها صواريخ أرض أرض": arms, not a launch
        if t.type == "ASSAULT" and word.startswith("اطلاق") and prev in _LAUNCHERS:
            continue  # "تدمير منصة إطلاق صواريخ": the launcher, not a launch
        if (t.type == "ASSAULT" and word.startswith(("حادث", "جريمه")) and t.last > t.first
                and tokens[t.first + 1].norm.startswith(("الطعن", "والطعن"))):
            continue  # "منفذ حادثة الطعن": the stabbing already told, named again (the outcome
            # words of its clause carry it)
        if t.type == "MOBILIZE" and word == "تعزيزات":
            lo, _hi = clause_bounds(tokens, t.first, t.last)
            if (t.first and tokens[t.first - 1].norm in _AMID) or any(
                    o.type == "ASSAULT" and lo <= o.first < t.first for o in trigs):
                continue
        out.append(t)
    return out


# law words whose next noun names the law, not an act (bare forms)
_LAWS = frozenset({"قانون", "قوانين", "لائحه", "تشريع", "تشريعات", "مرسوم"})


def _a_right(tokens: list, t: Trigger, prev: str) -> bool:
    """"حق التظاهر", "الحق في التظاهر السلمي": a right named, not its exercise."""
    if prev == "في" and t.first >= 2:
        prev = candidates(tokens[t.first - 2].norm)[-1]
    return prev in ("حق", "الحق")  # (candidates keeps "والحق" as الحق)


# "المواد التفجيرية", "أحزمة ناسفة تفجيرية": an explosive adjective after a material or a
# device noun names what is made or held, no blast ("عملية تفجيرية" stays a bombing)
_BLAST_ADJECTIVES = ("تفجيري", "متفجر")
_MATERIALS = frozenset({"مواد", "ماده", "احزمه", "حزام", "اجهزه", "جهاز", "ادوات", "شحنه", "شحنات"})
# training words before على: "تدريبات على إطلاق النار", "تمرين على اقتحام المباني"
_DRILLS = ("تدريب", "تدرب", "تمرين", "تمارين", "مناور")


def _drilled(tokens: list, t: Trigger) -> bool:
    """The act is what a drill trains in: على right before it, a training word before that."""
    if t.first < 2 or candidates(tokens[t.first - 1].norm)[-1] != "علي":
        return False
    return any(f.startswith(_DRILLS) for tok in tokens[max(0, t.first - 3):t.first - 1]
               for f in candidates(tok.norm))


# "ووصفته بأنه هجوم", "معتبرا أنها جريمة": the verb that describes something with a label
_DESCRIBING_VERBS = ("وصف", "واصف", "اعتبر", "معتبر")
_AS_THAT = frozenset({"بانه", "بانها", "انه", "انها"})


def _labelled(tokens: list, t: Trigger) -> bool:
    """The trigger is the label a describing verb (≤ 2 words before "بأنه") gives something; a
    quote mark may open the label ("ووصفته بأنه "هجوم إرهابي وحشي"")."""
    i = t.first - 1
    if i >= 0 and tokens[i].norm in ALL_MARKS:
        i -= 1
    if i < 0 or tokens[i].norm not in _AS_THAT:
        return False
    return any(f.startswith(_DESCRIBING_VERBS) for tok in tokens[max(0, i - 2):i] for f in candidates(tok.norm))


_WEAPONS = ("صاروخ", "صواريخ", "قذيف", "قذائف")
_LAUNCHERS = frozenset({"منصه", "منصات", "منصتي", "منصتين", "منصتا", "منصتان"})  # (a launcher's name)
# what is done with arms that are not fired: destroyed, moved, supplied, owned, built, listed
_HELD = ("دمر", "تدمير", "نقل", "تسليم", "سلم", "زود", "تزويد", "امتلاك", "يمتلك", "تمتلك", "مخزون",
         "شحنه", "صفقه", "بينها", "منها", "تهريب", "ضبط", "مصادره", "تطوير", "برنامج", "انتاج",
         "تصنيع", "ترسانه", "انتشار",  # ("انتشار الصواريخ البالستية": proliferation)
         "دعما", "بالاسلحه", "تلقت", "تلقي", "امداد", "امدادات")  # "تلقت دعما بالأسلحة … صواريخ تاو"
_INCLUDING = frozenset({"ذلك", "مثل", "منها", "بينها"})  # "بما في ذلك صواريخ": the arms listed
_FIRED = ("اطلق", "اطلاق", "سقط", "سقوط", "استهدف", "قصف", "اصاب", "انفجر", "تساقط", "ضرب")


def _weapon_held(tokens: list, t: Trigger) -> bool:
    """A weapon noun right after (≤ 4 words) a word of destroying, moving, owning or making
    arms, in a clause where nothing is fired or falls."""
    lo, hi = clause_bounds(tokens, t.first, t.last)
    start = max(lo, t.first - 4)
    if _INCLUDING & {tok.norm for tok in tokens[start:t.first]}:
        start = max(0, t.first - 10)  # "تلقت دعما بالأسلحة عن طريق تركيا، بما في ذلك صواريخ"
    held = any(f.startswith(_HELD) for tok in tokens[start:t.first] for f in candidates(tok.norm))
    return held and not any(f.startswith(_FIRED) for tok in tokens[lo:hi] for f in candidates(tok.norm))


def drop_participles(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """"أشاد الوزير بالاتفاق، مشيدا بدور الوسطاء": a participle after a verbal act of its type
    goes on with the same statement, not a new one."""
    return [t for t in trigs if not (t.type in VERBAL_TYPES and participle(tokens, t)
                                     and any(o.type == t.type and o.start < t.start for o in trigs))]


# "لاستصدار قرار يدين هجمات المستوطنين": what a resolution or statement condemns is its
# subject matter, named there, not a new happening (its author is no actor in the sentence)
_CONDEMNS = frozenset({"يدين", "تدين", "يندد", "تندد", "يستنكر", "تستنكر"})
_TEXTS = ("قرار", "مشروع", "بيان", "نص")


def _resolution_on(tokens: list, t: Trigger) -> bool:
    if t.first < 2 or tokens[t.first - 1].norm not in _CONDEMNS:
        return False
    return candidates(tokens[t.first - 2].norm)[-1].startswith(_TEXTS)


# "نددت الحكومة باعتقال الصحفيين", "أدان اعتقال الصحفيين": the act a condemnation names in
# construct (no article on the noun itself) is what someone else did, reported as the reason
# for the statement; its condemner is no doer of it
CONDEMNING = frozenset({"ندد", "نددت", "نددوا", "يندد", "تندد", "يندون", "منددا", "منددين", "منددة",
                        "ادان", "ادانت", "ادانوا", "يدين", "تدين", "يدينون", "مدينا",
                        "استنكر", "استنكرت", "استنكروا", "يستنكر", "تستنكر", "مستنكرا",
                        "شجب", "شجبت", "شجبوا", "يشجب", "تشجب"})
_CONDEMNED_REACH = 3  # words between the condemning verb and ب + act (its subject: "الحكومة اليمنية")


def _condemned_noun(tokens: list, t: Trigger) -> bool:
    """The trigger is a verbal noun the condemnation takes as object, a few words on within the
    clause, bare or after ب (no verb of its own: "اعتقال", "باعتقال")."""
    word = tokens[t.first].norm
    if word.startswith("ب"):
        word = word[1:]
    elif word.startswith(("و", "ف", "ل", "ك")) or definite(tokens[t.first]):
        return False  # (a definite noun: the first test of drop_condemned)
    if _verb_form(word) or _own_day(tokens, t):
        return False
    before = [tok.norm.lstrip("وف") for tok in tokens[max(0, t.first - 1 - _CONDEMNED_REACH):t.first]]
    for w in reversed(before):
        if w in CONDEMNING:
            return True
        if w in _CLAUSE_BREAKS:
            return False
    return False


_OWN_DAY_REACH = 3  # words after the act to its own day ("باعتقال السلطات السعودية الثلاثاء")


def _own_day(tokens: list, t: Trigger) -> bool:
    """The condemned act comes with its own day: it is reported here too, as news."""
    return any(tok.norm.lstrip("وف") in DAY_WORDS for tok in tokens[t.last + 1:t.last + 1 + _OWN_DAY_REACH])


_CLAUSE_BREAKS = frozenset({",", "،", ".", "و", "ثم", "بعد", "حيث", "فيما", "بينما", "خلال", "في", "اثناء",
                            "امام", "عقب", "اثر", "قبل"})


def _verb_form(word: str) -> bool:
    """A finite verb's look (يعتقل، اعتقلت، اعتقلوا): not a condemned noun."""
    return word.startswith("ي") or word.endswith("وا") or (word.endswith("ت") and not word.endswith("ات"))


def drop_condemned(tokens: list, trigs: list[Trigger]) -> list[Trigger]:
    """"أدانت الحكومة الهجوم": a definite noun after a verbal act names an event reported
    elsewhere, not a new happening; so does a construct noun the condemnation takes
    ("نددت الحكومة باعتقال الصحفيين")."""
    out, dropped = [], []
    for t in trigs:
        if (definite(tokens[t.first]) and any(v.type in VERBAL_TYPES and v.start < t.start for v in trigs)) \
                or _resolution_on(tokens, t) or (t.type in PHYSICAL and _condemned_noun(tokens, t)):
            dropped.append(t)
            continue
        # "… في الغارات التي يشنها الجيش والتي أدت لمقتل 260": the outcome of the referenced
        # event (often a running toll) is not a new happening either
        if t.strength == 1 and any(d.type == t.type and d.start < t.start
                                   and clause_bounds(tokens, d.first, d.last)[1] > t.first
                                   for d in dropped):
            continue
        out.append(t)
    return out
