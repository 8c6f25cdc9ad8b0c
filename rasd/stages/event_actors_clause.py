"""Clause shapes around a trigger that decide which candidate is the actor: the subject of a
governing verb, a site or hit object after the verb, an outlet subject, a clash partner,
the genitive of an object, feminine and participle forms of the trigger.
"""
from __future__ import annotations

from typing import Sequence

from rasd.gazetteer.countries import ISO3, is_capital
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_named import OUTLETS, POLITICAL_TITLES
from rasd.stages.event_args import mentions_in, places_by_entity
from rasd.stages.event_mentions import RELATIVES, bare_word, clause_bounds
from rasd.stages.event_candidates import COMMAS, PREPOSITIONS, Candidate, close_by, word_forms
from rasd.stages.event_detect import PARTICIPLES, Trigger, candidates, find_triggers, key
from rasd.stages.event_filters import PHYSICAL
from rasd.stages.event_source import LEAD_VERBS
from rasd.text.conj import without_conjunction


# Verbs whose first letters look like the article ال: "التقى الرئيس …" (he met)
_AL_VERBS = frozenset({"التقي", "التقت", "التقوا", "التقيا", "التقتا"})


def verb_like(tokens: Sequence, trig: Trigger) -> bool:
    """A finite verb (VSO order puts the actor after it); nouns and outcome words are not."""
    word = tokens[trig.first].norm.replace("و", "", 1)
    if word in _AL_VERBS:
        return True
    stem = candidates(tokens[trig.first].norm)[-1]
    if _taf_il(stem) and trig.type not in PHYSICAL:
        # "تمديد تجميد الأصول المالية للرئيس …": a Form II verbal noun, no verb (a physical one
        # keeps the VSO reading for its doer nominal: "تفجير انتحاري نفسه")
        return False
    # a derived verb in the feminine past runs to 7 letters: استنكرت, استقبلت
    return trig.strength >= 2 and not word.startswith("ال") and not stem.endswith(("ات", "ه")) \
        and (len(stem) <= 6 or (len(stem) == 7 and stem.endswith("ت")))


def _taf_il(stem: str) -> bool:
    """The تفعيل shape of a Form II verbal noun (تجميد، تمديد، تعليق، تفجير، تهجير): five letters,
    ت first and ي before the last; no perfect or imperfect verb has it."""
    return len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"


def states_next_to(doc: Document, tokens: Sequence, trig: Trigger,
                   exclude: Sequence[tuple[int, int]]) -> list[tuple[Candidate, bool]]:
    """Countries and capitals right before or right after a finite verb of speech or
    diplomacy, for their governments (SPEC §2.1 <ISO3>GOV), each with whether it comes before.
    Physical acts are left alone (a country next to "قصف" is as often where it happened), and
    so is a country with any word or a preposition between it and the verb ("من إيران")."""
    if not verb_like(tokens, trig):
        return []
    # a physical verb keeps only the country right after it, when it opens its clause in the
    # feminine perfect: "قصفت روسيا مدينة إدلب", "اعتقلت إيران عشرة أشخاص" (its subject)
    physical = trig.type in PHYSICAL
    if physical and not (opens_clause(tokens, trig) and tokens[trig.first].norm.endswith("ت")
                         and feminine_verb(tokens[trig.first].norm)):
        return []
    places = places_by_entity(doc)
    out = []
    for m in mentions_in(doc, Span(tokens[0].start, tokens[-1].end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is None or ISO3.get(p.country or "") is None \
                or (not physical and any(s <= m.start < e for s, e in exclude)):
            continue  # (the state doing a physical act may be its place too: "اعتقلت إيران عشرة")
        if p.feature != "country" and not is_capital(p.name_en, p.country):
            continue
        before = m.end <= trig.start
        if physical and (before or p.feature != "country"):
            continue
        # (inside a gapped pattern: "طردت بريطانيا 23 دبلوماسيا" — right after its verb)
        verb_end = tokens[trig.first].end if m.start < trig.end else trig.end
        gap = (m.end, trig.start) if before else (verb_end, m.start)
        between = [t for t in tokens if gap[0] <= t.start and t.end <= gap[1]]
        # "لكن الدول الغربية وعلى رأسها واشنطن وباريس، اتهمت": a topic closed by a comma is the
        # subject of the bare verb right after it (one with و/ف opens a clause of its own)
        topic = before and len(between) == 1 and between[0].norm in COMMAS \
            and tokens[trig.first].norm[:1] not in ("و", "ف")
        if gap[0] > gap[1] or (between and not topic):
            continue
        if before and _governed(doc, tokens, m):
            continue
        out.append((Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                      ISO3[p.country] + "GOV"), True), before))
    return out


def joined_states(doc: Document, state: Candidate) -> list[Candidate]:
    """The countries or capitals joined to a preverbal state by و right before it ("واشنطن
    وباريس، اتهمت"): subjects with it, each coded as its government."""
    places, out, start = places_by_entity(doc), [], state.span.start
    while True:
        m = next((m for m in mentions_in(doc, Span(max(0, start - 40), start, ""))
                  if m.label == "LOC" and doc.text[m.end:start] in (" و", "، و")), None)
        p = places.get(m.entity) if m is not None and m.entity else None
        if p is None or ISO3.get(p.country or "") is None \
                or (p.feature != "country" and not is_capital(p.name_en, p.country)):
            kingdom = home_kingdom(doc, start)
            return [kingdom] + out if kingdom is not None else out
        out.insert(0, Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                        ISO3[p.country] + "GOV"), True))
        start = m.start


# a Saudi article names its own state "المملكة" ("المملكة ومصر اتفقتا"), its king "خادم الحرمين"
_KINGDOM_JOINS = ("المملكة و", "المملكة، و")
_SAUDI_MARKS = ("خادم الحرمين", "السعودي")


def home_kingdom(doc: Document, start: int) -> Candidate | None:
    """A bare "المملكة" joined by و right before a preverbal state, in an article that names
    Saudi Arabia: the Saudi government, a subject with it (no other kingdom's adjective follows,
    as that would be a named place)."""
    text = doc.text
    join = next((j for j in _KINGDOM_JOINS if text.endswith(j, 0, start)), None)
    if join is None or not any(m in text for m in _SAUDI_MARKS):
        return None
    at = start - len(join)
    if at > 0 and text[at - 1].isalpha():
        return None  # ("المملكة" is the word's end: not the bare noun)
    return Candidate(ArgSpan(at, at + len("المملكة"), "المملكة", None, "SAUGOV"), True)


# between a noun trigger's state subject and the noun: a masdar of imposing ("أعادت واشنطن
# فرض عقوبات"), a time, punctuation
_SUBJECT_GAP = ("فرض", "هذا", "هذه", "اسبوع", "يوم", "امس", "ثلاثاء", "اربعاء", "خميس", "جمعه",
                "سبت", "احد", "اثنين")


_IMPOSING = ("فرض", "اعاد", "شدد", "وسع", "جدد", "مدد")


# verbs that conclude a deal ("أبرمت روسيا وفصائل معارضة … اتفاق هدنة"); the deal word is the
# trigger or right before it
_CONCLUDING = ("ابرم", "وقع", "عقد")


_DEAL_WORDS = ("اتفاق", "الاتفاق")


def _a_deal(tokens: Sequence, trig: Trigger) -> bool:
    words = [tokens[trig.first]] + ([tokens[trig.first - 1]] if trig.first > 0 else [])
    return any(c.startswith(_DEAL_WORDS) for t in words for c in candidates(t.norm))


def subject_of_governing_verb(doc: Document, tokens: Sequence, trig: Trigger,
                              exclude: Sequence[tuple[int, int]]) -> Candidate | None:
    """"فرضت الولايات المتحدة عقوبات على إيران": a noun trigger's actor is the state right
    after the feminine perfect that governs it (the feminine test is the verb's, not the
    noun's); the verb one of imposing or renewing. Not when that verb is itself a trigger ("ودانت مصر العقوبات التي فرضتها
    واشنطن": مصر condemns), nor a physical act."""
    if trig.type not in ("SANCTION", "AGREE") or verb_like(tokens, trig):
        return None  # ("وطالت طهران اتهامات": accusations reached Tehran, its target)
    deal = trig.type == "AGREE"
    if deal and not _a_deal(tokens, trig):
        return None
    starts = {t.first for t in find_triggers(tokens)}
    for v in range(trig.first - 1, max(-1, trig.first - (16 if deal else 11)), -1):
        norm = tokens[v].norm
        if deal:
            if not candidates(norm)[-1].startswith(_CONCLUDING) or v in starts:
                continue
        elif not feminine_verb(norm) or not norm.endswith("ت") or v in starts \
                or not candidates(norm)[-1].startswith(_IMPOSING):
            continue
        verb = Trigger(tokens[v].start, tokens[v].end, trig.type, None, 2, v, v)
        for cand, preverbal in states_next_to(doc, tokens, verb, exclude):
            gap = [t for t in tokens if cand.span.end <= t.start and t.end <= trig.start]
            if not preverbal and (deal or all(not any(ch.isalpha() for ch in t.norm)
                                              or candidates(t.norm)[-1].startswith(_SUBJECT_GAP) for t in gap)):
                return cand
        return None
    return None


# words after which a verb still opens its clause: "وقد دعت بريطانيا", "بعدما رفضت مصر"
_OPENERS = frozenset({"قد", "وقد", "لقد", "فقد", "كما", "ثم", "بعدما", "عندما", "حين", "حينما",
                      "بينما", "فيما", "اذ", "كذلك", "ايضا", "بدورها", "بدوره"})


# words of place: the noun after one (or the name after its indefinite head: "في ثانوية X",
# "داخل مبنى X") is where the act happened, never its subject (مع، من، على name a party)
_LOCATIVES = frozenset(key(w) for w in (
    "في", "داخل", "خارج", "قرب", "أمام", "وسط", "عند", "قبالة", "بالقرب", "خلف", "بجوار"))


# buildings and sites, in the construct state before their name ("ثانوية مارجوري ستونمان دوغلاس")
_SITES = frozenset(key(w) for w in (
    "ثانوية", "مدرسة", "جامعة", "كلية", "معهد", "مستشفى", "مسجد", "جامع", "كنيسة", "مبنى", "فندق",
    "سجن", "مقر", "مخيم", "مطار", "ميناء", "سوق", "ملعب", "قاعدة", "معسكر", "حي", "شارع", "ساحة"))


def where_it_happened(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"إطلاق نار داخل جامعة عثمان غازي", "في إطلاق النار في ثانوية مارجوري ستونمان دوغلاس":
    a locative word right after the act, and the candidate its object or the genitive of an
    indefinite noun after it, tells where the act happened; a verb's subject follows it bare
    ("أطلق مسلحون النار"), and after a noun "في" tells whose member it is ("اتهم القيادي في
    جيش الإسلام محمد علوش")."""
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start and any(ch.isalnum() for ch in t.norm)]
    if not prev or key(prev[0].norm) not in _LOCATIVES or len(prev) > 2:
        return False
    return len(prev) == 1 or bool(_SITES.intersection(candidates(prev[1].norm)))


# verbs by which an act reaches what it hits: "انفجار استهدف موكب الوزير", "هجوم طال مقر
# الشرطة", "انفجار هز مبنى الوزارة"
_HITTING_VERBS = frozenset(key(w) for w in (
    "استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت", "ضرب", "ضربت", "هز", "هزت", "أصاب", "أصابت"))


def hit_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"وقتل سبعة أشخاص في انفجار استهدف موكب الوزير", "واستهدف انفجار موكب رئيس الوزراء": a
    verb of hitting between the act and the name, or one whose subject the act is (or the
    hitting verb as the act, an act noun its subject), makes the
    name what was hit (its object), not the act's subject (a verbal noun such as انفجار passes
    the VSO test of verb_like)."""
    between = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start]
    governing = tokens[trig.first - 1:trig.first] if trig.first > 0 else []
    if any(_HITTING_VERBS.intersection(word_forms(t.text)) for t in between + governing):
        return True
    # the hitting verb itself, its subject an act noun ("استهدف انفجار موكب الوزير")
    return _HITTING_VERBS.intersection(word_forms(tokens[trig.first].text)) != set() \
        and trig.last + 1 in {t.first for t in find_triggers(tokens)}


def outlet_subject(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"واتهمت الوكالة الحوثيين بالوقوف خلف القصف": a news outlet right after the verb is its
    subject (outlets are no candidates, see _outlet_named), so the name after it is the object."""
    nxt = next((t for t in tokens[trig.last + 1:] if any(ch.isalpha() for ch in t.norm)), None)
    return nxt is not None and nxt.end <= c.span.start and bool(OUTLETS.intersection(word_forms(nxt.text)))


def _act_noun_shape(word: str) -> bool:
    """A verbal noun of the derived forms with a long ا before the last letter, the shape of
    اغتيال، اعتقال، احتجاز، اختطاف، إعدام، استهداف (norm form, with no ال and no plural ات);
    a Form I word (قتل، قصف) reads as a verb as well and is left out."""
    w = word[1:] if word[:1] in "وفبل" and len(word) > 5 else word
    return w.startswith("ا") and not w.startswith("ال") and len(w) >= 5 and w[-2] == "ا" \
        and not w.endswith("ات")


def person_after_act_noun(doc: Document, tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"اغتيال رفيق الحريري", "اعتقال محمد علي": a person (or a title) named right after a physical act noun
    of the اغتيال/اعتقال shape is its object (the one it befell), not its doer (the VSO test
    passes such a noun for a verb). Only acts done to someone (an assault, an arrest): the person
    after "انسحاب/انتشار/اعتصام/اشتباك" withdraws, deploys, protests or fights. Not when a
    لـ-object follows the person ("اجتياح شارون لبيروت": then he is the doer)."""
    if trig.type not in ("ASSAULT", "COERCE") or trig.mode == "clash" or trig.first != trig.last \
            or not (_act_noun_shape(tokens[trig.first].norm) or _taf_il(candidates(tokens[trig.first].norm)[-1])):
        return False
    if trig.last + 1 >= len(tokens) or c.span.start != tokens[trig.last + 1].start:
        return False
    nxt = next((t for t in tokens[trig.last + 1:] if t.start >= c.span.end), None)
    if nxt is not None and nxt.text.startswith("ل") and len(nxt.text) > 3 and key(nxt.norm) not in _LAM_PARTICLES:
        return False
    if c.span.entity is not None and any(e.id == c.span.entity and e.label == "PER" for e in doc.entities):
        return True
    # an office holder named by his title alone is a person too ("محاولة اغتيال رئيس الحكومة",
    # "اختطاف وزير الزراعة"): the act befell him
    words = c.span.text.split()
    return bool(words) and bool(POLITICAL_TITLES.intersection(word_forms(words[0])))


_WITH = frozenset({"مع", "ومع"})


# time and cause words before a fight noun ("عقب معارك", "خلال اشتباكات", "إثر مواجهات")
_AMID = frozenset(key(w) for w in ("بعد", "وبعد", "عقب", "وعقب", "إثر", "اثر", "خلال", "وخلال",
                                   "أثناء", "اثناء", "جراء", "في", "وسط"))


# time prepositions whose genitive is an act noun ("بعد مواجهات غزة", "غداة الهجوم")
_TIME_BEFORE_ACT = frozenset(key(w) for w in ("بعد", "وبعد", "عقب", "وعقب", "إثر", "اثر", "قبل", "وقبل", "غداة",
                                              "منذ", "ومنذ"))


# armed roles: such a party right before "بعد اشتباكات" fought in them ("على يد المقاومة … بعد اشتباكات")
_ARMED = frozenset({"MIL", "REB", "UAF", "POL", "SPY"})


def after_time_word(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"ضمن التحرك المقبل في الأمم المتحدة بعد مواجهات غزة", "بعد الإفراج عنه": a physical act
    noun governed by a time preposition is that preposition's genitive; the party `c` before the
    preposition belongs to the clause it qualifies, not to the act (its doer would follow the
    noun). A verb ("بعد أن قصفت") is left to the rules for verbs, and an armed party before a
    clash noun to the old reading (it fought in it)."""
    if trig.type not in PHYSICAL or trig.first == 0 or key(tokens[trig.first - 1].norm) not in _TIME_BEFORE_ACT \
            or verb_like(tokens, trig):
        return False
    role = c.span.code[3:] if c.span.code else c.role
    return not (trig.mode == "clash" and role in _ARMED)


# verbs of causing whose subject is "ما" standing for the clause before ("وهو ما أثار الاحتجاجات")
_CAUSING = frozenset(key(w) for w in ("أثار", "أثارت", "أشعل", "أشعلت", "فجر", "فجرت", "أجج", "أججت", "أذكى", "أذكت"))
_WHAT = frozenset(key(w) for w in ("ما", "مما", "وما"))


def caused_by_what(tokens: Sequence, trig: Trigger) -> bool:
    """"بعد اعتقال المرشح جوردي تورل، وهو ما أثار الاحتجاجات": an act noun right after a verb of
    causing whose subject is ما (مما) is that verb's object; what caused it is the clause
    before, so no party named there did the act (Turull's arrest sparked the protests, he did not
    protest)."""
    return trig.first >= 2 and key(tokens[trig.first - 1].norm) in _CAUSING \
        and key(tokens[trig.first - 2].norm) in _WHAT


def clash_partner(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"عقب معارك ضارية مع الميليشيات", "خلال اشتباكات مع مسلحين": the party after مع in a
    clash named by a noun after بعد/عقب/إثر/خلال is the other side, fought against — a target,
    never the fight noun's subject (the VSO test may take a broken plural, معارك, for a verb).
    A verb ("إنها اشتبكت مع النصرة") is left to the rules for verbs."""
    if trig.mode != "clash" or trig.first == 0 or key(tokens[trig.first - 1].norm) not in _AMID:
        return False
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start]
    return bool(prev) and prev[-1].norm in _WITH


# "that" with the pronoun of the one who says it ("أعلنت الشرطة أنها اعتقلت")
_THAT_PRONOUNS = frozenset(key(w) for w in (
    "أنها", "أنه", "أنهم", "أنهما", "بأنها", "بأنه", "بأنهم", "إنها", "إنه", "إنهم", "إنهما"))


def pronoun_that(tokens: Sequence, trig: Trigger) -> bool:
    """An arrest's (or release's) verb right after "أنها/أنه …": its subject is the pronoun (the
    speaker named before), so the name after the verb is the one held ("أنها اعتقلت القيادي محمد
    السويدي"). Other acts are left alone: a verbal act would lose its only actor ("أعلن تحالف …
    أنه اتفق مع الحكومة"), a clash without its doer merged with another attack."""
    return trig.type == "COERCE" and trig.first > 0 and key(tokens[trig.first - 1].norm) in _THAT_PRONOUNS \
        and verb_like(tokens, trig)


# how many words may stand between an announcer and its act ("والسعودية أعلنت أنها اعتقلت")
_ANNOUNCER_REACH = 6


def announcer_does(tokens: Sequence, trig: Trigger, source) -> bool:
    """The source of an act verb right after "أنها/أنه" stands close before it ("والمملكة أعلنت
    أنها اعتقلت 431 شخصا"): the pronoun names the announcer, so it stays a candidate for the
    doer rather than being kept out as the statement's voice."""
    return source.end <= trig.start and pronoun_that(tokens, trig) \
        and close_by(tokens, source.end, trig.start, _ANNOUNCER_REACH)


_LAM_PARTICLES = frozenset(key(w) for w in ("لدى", "لدي", "لكن", "لكنه", "لكنها", "لأن", "لان", "لهذا", "لذلك",
                                            "لهم", "لها", "لقد", "لماذا", "لعل"))


def genitive_of_object(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """"في رفض واضح لعرض الحكومة الأفغانية", "احتجاز لعشرات الحوثيين": the name right after a
    noun governed by لـ is that noun's owner or its number's people, not the subject of the act
    ("المتحدثة باسم الوزارة", "وبينهم رئيس الوزراء": بـ is left alone). For an act noun inside its
    clause, not a verb that opens it."""
    if opens_clause(tokens, trig) or tokens[trig.first].text.startswith(("و", "ف")):
        return False  # (a verb opening its clause keeps its reading: "وعبر عن امتنانه لدول التحالف")
    prev = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start and any(ch.isalnum() for ch in t.norm)]
    if not prev:
        return False
    word = prev[-1].text
    return len(word) > 3 and word[0] == "ل" and word[:2] != "لل" and key(word) not in _LAM_PARTICLES


def opens_clause(tokens: Sequence, trig: Trigger) -> bool:
    if trig.first == 0:
        return True
    prev = tokens[trig.first - 1]
    return prev.norm in _OPENERS or not any(ch.isalpha() for ch in prev.norm) or _time_an(tokens, trig)


_BEFORE_AN = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ"})


def _time_an(tokens: Sequence, trig: Trigger) -> bool:
    """"بعد أن هددت روسيا", "قبل أن": a time conjunction with أن opens a new clause, whose
    subject follows its verb (not the main clause's subject "أطلقت البنتاغون … بعد أن هددت")."""
    return trig.first >= 2 and tokens[trig.first - 1].norm == "ان" and tokens[trig.first - 2].norm in _BEFORE_AN


def feminine_verb(norm: str) -> bool:
    """اتهمت، دعت، تطالب، ترفض (and و/ف before them), the dual اتفقتا، أعلنتا — not اتهم، يطالب،
    توصلوا، الاتهامات."""
    w = without_conjunction(norm, 4)
    if w.startswith("ال") or w.endswith(("ات", "وا", "ون", "ان", "ين")):
        return False
    if w.endswith("تا") and len(w) >= 5 and not w.startswith(("ي", "ت", "ن")):
        return True  # the feminine dual perfect: "موسكو والقاهرة اتفقتا"
    return w.endswith("ت") or (w.startswith("ت") and not w.endswith("ا"))


def _governed(doc: Document, tokens: Sequence, m) -> bool:
    """The mention follows a preposition, attached ("لإيران") or written apart ("من إيران")."""
    if doc.text[m.start - 1:m.start] in ("ل", "ب", "ك"):
        return True
    prev = [t for t in tokens if t.end <= m.start][-1:]
    return bool(prev) and prev[0].norm in PREPOSITIONS


def opening_topic(tokens: Sequence, c: Candidate) -> bool:
    """An institutional actor that opens the sentence (after و/ف) and is described by a
    relative clause before the verb ("والنظام السوري الذي ينفي …، كان قد دعا")."""
    if not (c.institutional and tokens and tokens[0].start <= c.span.start < tokens[0].end + 2):
        return False
    nxt = [t for t in tokens if t.start >= c.span.end][:1]
    return bool(nxt) and nxt[0].norm in ("الذي", "التي", "الذين")


def act_genitive(tokens: Sequence, c: Candidate) -> bool:
    """The party right after a physical act's noun ("باقتحام قوات الاحتلال"): that act's doer or
    victim, told inside another clause, not the sentence's subject."""
    i = next((k for k, t in enumerate(tokens) if t.start <= c.span.start < t.end), None)
    if not i:
        return False
    return any(t.last == i - 1 and t.type in PHYSICAL and _act_noun(tokens, t) for t in find_triggers(tokens))


def _act_noun(tokens: Sequence, t: Trigger) -> bool:
    """A verbal noun, not a verb: with ال or a preposition on it ("باقتحام", "الهجوم"), or not
    verb-shaped at all."""
    word = tokens[t.first].norm.lstrip("وف")
    return word.startswith("ال") or bare_word(tokens[t.first].norm) != word or not verb_like(tokens, t)


def participle(tokens: Sequence, trig: Trigger) -> bool:
    """An active participle in the accusative (مشيداً، مطالباً، داعياً; the listed feminine and
    Form I ones: مطالبةً، رافضاً، رافضةً; the masculine plurals مطالبين، منددين)."""
    w = candidates(tokens[trig.first].norm)[-1]
    return w in PARTICIPLES or (w.startswith("م") and w.endswith("ا") and len(w) >= 4) \
        or _plural_participle(tokens, trig.first)


# masculine plural accusative participles of verbal acts; each is also a plural noun or adjective
# ("المتهمين", "على المطالبين"), so only the bare form out of a prepositional phrase counts.
# Not derived from event_detect.PARTICIPLES (nor it from this): that list names the lexicon
# words detect checks for a participle reading and holds only three of these plurals, and
# participle() above takes its members with no preposition test; merging the lists changes both.
_PLURAL_PARTICIPLES = frozenset({"مطالبين", "مشيدين", "منددين", "متهمين", "داعين", "رافضين"})


def _plural_participle(tokens: Sequence, i: int) -> bool:
    """"وتظاهر الطلاب، مطالبين الحكومة بـ": a bare plural participle (only و/ف before it), with
    no preposition or number right before it ("بين متهمين", "خمسة متهمين")."""
    cands = candidates(tokens[i].norm)
    if not (cands[0] in _PLURAL_PARTICIPLES or (cands[0][:1] in "وف" and cands[1:2] and cands[1] in _PLURAL_PARTICIPLES)):
        return False
    before = tokens[i - 1].norm if i > 0 else ""
    return not (before in PREPOSITIONS or before[:1].isdigit())


def carried_subject(tokens: Sequence, trig: Trigger, before: list[Candidate],
                    after: list[Candidate]) -> Candidate | None:
    """"بينما يرفض حزب النهضة تغيير رئيس الحكومة ويدعو لتعديل جزئي": a verb joined by و with no
    subject of its own goes on with the subject of the verb before it — the name right after that
    verb (or right before it) — not with that verb's object, the name nearest to it; None when
    the nearest name is no object of an earlier verb."""
    if not tokens[trig.first].norm.startswith("و") or not verb_like(tokens, trig) or not before:
        return None
    if after and close_by(tokens, trig.end, after[0].span.start, 0):
        return None  # ("ويدعو الحزب": a subject of its own)
    earlier = [t for t in find_triggers(tokens) if t.last < trig.first and verb_like(tokens, t)
               and tokens[t.last].end <= before[-1].span.start]
    if not earlier:
        return _opening_subject(tokens, before)
    verb = earlier[-1]
    objects = [c for c in before if c.span.start >= tokens[verb.last].end]
    nxt = tokens[verb.last + 1] if verb.last + 1 < len(tokens) else None
    if len(objects) > 1 and nxt is not None and nxt.start <= objects[0].span.start < nxt.end:
        return objects[0]  # VSO: "يرفض حزب النهضة تغيير رئيس الحكومة"
    prior = [c for c in before if c.span.end <= tokens[verb.first].start]
    if objects and prior and close_by(tokens, prior[-1].span.end, tokens[verb.first].start, 0):
        return prior[-1]  # SVO: "حزب النهضة يرفض تغيير رئيس الحكومة"
    return None


# words that open a sentence without being its verb ("وبحسب المرصد …", "وخلال اللقاء …")
_NOT_VERBS = frozenset(key(w) for w in (
    "بحسب", "حسب", "وفق", "وفقا", "بعد", "خلال", "قبل", "منذ", "أمام", "بين", "لدى", "إلى", "على", "عن", "مع",
    "ضمن", "عند", "أما", "كما", "لكن", "ثم", "بينما", "حيث", "فيما", "كان", "كانت", "قد", "لقد"))


def _opening_subject(tokens: Sequence, before: list[Candidate]) -> Candidate | None:
    """"وتمكن الجيش التركي من دفع وحدات حماية الشعب إلى التقهقر … وتقدم نحو عفرين": with no act
    verb before, the subject right after the verb that opens the sentence (و + a short verb, not
    one of saying, whose subject only reports) goes on, not the object nearest the trigger."""
    first = tokens[0].norm
    word = first[1:]
    if len(tokens) < 3 or not first.startswith("و") or not 3 <= len(word) <= 6 or word.startswith("ال") \
            or key(word) in _NOT_VERBS or word in LEAD_VERBS:
        return None
    subject = next((c for c in before if tokens[1].start <= c.span.start < tokens[1].end), None)
    return subject if subject is not None and subject is not before[-1] else None


def object_past_aside(tokens: Sequence, trig: Trigger, hi: int, everywhere: list[Candidate]) -> Candidate | None:
    """"وطالب السيستاني في الخطبة، التي ألقاها ممثل عنه في كربلاء، حكومة العبادي إلى …": the
    verb's clause breaks at a relative aside set off by commas; the name right after the aside's
    closing comma is the verb's object. None when no such aside closes the clause."""
    if hi + 2 >= len(tokens) or tokens[hi].norm not in COMMAS or tokens[hi + 1].norm not in RELATIVES:
        return None
    end = clause_bounds(tokens, hi + 1, hi + 1)[1]
    if end + 1 >= len(tokens) or tokens[end].norm not in COMMAS:
        return None
    nxt = tokens[end + 1]
    return next((c for c in everywhere if nxt.start <= c.span.start < nxt.end), None)


# words of deciding or announcing whose subject or genitive decides the act named after it
# ("قررت الرياض طرد السفير", "قرار الرياض طرد", "إعلان السعودية عن طرد")
_DECIDING = ("قرر", "قرار", "اعلن", "اعلان")


def decider_before(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """The state (country or capital, its government) between a word of deciding or announcing
    and the act it decides, with at most عن between it and the act: "وقررت الرياض طرد السفير
    الكندي", "بعد إعلان السعودية عن طرد السفير". None otherwise."""
    i = trig.first - 1
    if i >= 0 and tokens[i].norm in ("عن",):
        i -= 1
    if i < 1 or not candidates(tokens[i - 1].norm)[-1].startswith(_DECIDING):
        return None
    places = places_by_entity(doc)
    for m in mentions_in(doc, Span(tokens[i].start, tokens[i].end, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is not None and ISO3.get(p.country or "") and m.start == tokens[i].start \
                and (p.feature == "country" or is_capital(p.name_en, p.country)):
            return Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                     ISO3[p.country] + "GOV"), True)
    return None
