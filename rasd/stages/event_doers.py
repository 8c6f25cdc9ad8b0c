"""Doers and victims the events stage reads around a trigger: one victim of an outcome verb,
a death met alone ("لقي مصرعه"), doers "على يد", the firer of a launched weapon, states that
announce or support an act, and the states named after an act noun.
"""
from __future__ import annotations

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages import event_rules as rules
from rasd.stages.event_actors_named import state_at
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates
from rasd.text.conj import without_conjunction


# active outcome verbs whose object may follow the doer ("قتلت الشرطة فلسطينيا")
_ACTIVE_OUTCOME = {"قتل": "killed", "قتلت": "killed", "اصاب": "injured", "اصابت": "injured",
                   "جرح": "injured", "جرحت": "injured"}
DOER_WORDS = 3  # how many words a doer between the verb and its one victim may take


def one_victim(doc: Document, tokens: list, cats: tuple[str, ...]) -> dict[str, int]:
    """Categories with one victim and no number: the outcome noun or verb right before it
    ("مقتل الطالب", "قتلت فلسطينيا", event_rules.one_person), or an active verb, its doer,
    then one person in the accusative ("قتلت الشرطة الإسرائيلية فلسطينيا") — not where a
    number stands before the noun ("قتل نحو ستين فلسطينيا": the count says how many)."""
    out = rules.one_person(tokens, cats, lambda tok: any(q.start <= tok.start < q.end for q in doc.quantities))
    for i, t in enumerate(tokens):
        cat = _ACTIVE_OUTCOME.get(candidates(t.norm)[-1])
        if cat not in cats or cat in out:
            continue
        for j in range(i + 2, min(i + 2 + DOER_WORDS, len(tokens))):
            if _counted_between(doc, tokens[i].end, tokens[j].start) or not tokens[j - 1].norm.isalpha():
                break
            if tokens[j].norm.endswith("ا") and tokens[j].norm in rules.ONE_PERSON:
                out[cat] = 1
                break
    return out


_MET = frozenset({"لقي", "لقيت"})
_DEATH_ONE = frozenset({"مصرعه", "مصرعها", "حتفه", "حتفها"})  # a singular pronoun: one person
_MET_SPAN = 9  # title, origin and a four-part name between لقي and مصرعه
_CLAUSE_ENDS = frozenset({".", "،", ",", ":", "؛", ";"})


def met_death_alone(doc: Document, tokens: list, at: int | None = None) -> bool:
    """"لقي القيادي الحوثي وليد حسين السراجي مصرعه": one person named by name died — the
    pronoun of مصرع/حتف is singular — though no number is written; not "لقي 3 أشخاص مصرعهم"
    (plural, and counted), nor where a number stands between (the count says how many), nor
    an unnamed "لقي طفل فلسطيني مصرعه" (often the later death of one already counted as hurt). `at`: only the
    لقي at that token (the count is that trigger's, not every attack's in its sentence)."""
    for i, t in enumerate(tokens):
        if candidates(t.norm)[-1] not in _MET or at not in (None, i):
            continue
        for j in range(i + 1, min(i + 1 + _MET_SPAN, len(tokens))):
            if tokens[j].norm in _CLAUSE_ENDS:
                break
            if tokens[j].norm in _DEATH_ONE:
                lo, hi = tokens[i].end, tokens[j].start
                if not _counted_between(doc, lo, hi) and _person_named_between(doc, lo, hi):
                    return True
                break
    return False


_HAND = frozenset({"يد", "ايدي"})  # "على يد", "على أيدي": by the hand of
_HAND_REACH = 6  # tokens of the doer's phrase after "على يد" (a unit and its name)
_HAND_GAP = 1  # "مصرعه على يد", "قتلوا على يد": the hand right after the trigger
_HAND_STOPS = frozenset({"في", "ب", "خلال", "اثناء", "قرب", "بعد"})


def by_hand(tokens: list, trig: Trigger, actors: list, targets: list) -> tuple[list, list]:
    """"لقي القيادي … مصرعه على يد قوات ألوية العمالقة": what "على يد/على أيدي" names is the
    doer, never the one hit — without it an actorless killing agrees with any doer and is
    merged into the strikes of a later sentence (ant-SK-middleEast-2761); so does the clause "أطلقتها X" after
    a weapon (the same child shelled in تعز counted twice, ant-AL-908). Only right after
    the trigger: in "اعتقالهما وترحيلهما وتعرضهما للتعذيب على يد قوات القذافي" the hand is the
    torturer's, not the arrest's."""
    spans = _hand_phrases(tokens, trig.last)
    if not spans:
        return actors, targets
    doers = [t for t in targets if any(lo <= t.span.start < hi for lo, hi in spans)]
    if not doers:
        return actors, targets
    return actors + doers, [t for t in targets if t not in doers]


def _hand_phrases(tokens: list, last: int) -> list[tuple[int, int]]:
    """The character spans named after "على يد/أيدي" (shortly after the trigger `last`) and after
    "أطلقتها/أطلقه" (right after the weapon)."""
    heads = [i for i in range(1, len(tokens) - 1) if tokens[i].norm in _HAND
             and tokens[i - 1].norm in ("على", "علي") and 0 < i - 1 - last <= _HAND_GAP]
    heads += [i for i in range(last + 1, min(len(tokens) - 1, last + 1 + _LAUNCH_GAP))
              if tokens[i].norm.replace("أ", "ا") in _LAUNCHED]
    return [span for i in heads if (span := _named_after(tokens, i)) is not None]


def _named_after(tokens: list, i: int) -> tuple[int, int] | None:
    """The words after token `i` up to a clause end or a stop word (≤ _HAND_REACH), as a span."""
    end = i + 1
    while (end < min(len(tokens), i + 1 + _HAND_REACH) and tokens[end].norm not in _CLAUSE_ENDS
           and tokens[end].norm not in _HAND_STOPS):
        end += 1
    return (tokens[i + 1].start, tokens[end - 1].end) if end > i + 1 else None


# "قذيفة صاروخية أطلقتها ميليشيا الحوثي": the relative clause of the weapon names who fired it
_LAUNCHED = frozenset({"اطلقها", "اطلقتها", "اطلقه", "اطلقته", "اطلقوها", "اطلقوه"})
_LAUNCH_GAP = 2  # the weapon and one adjective ("قذيفة صاروخية") before the clause


# "أعلنت الحكومة أنها فرضت": a complementiser carrying the speaker's own pronoun
SELF_THAT = frozenset({"انها", "انه", "انهم", "انهما", "بانها", "بانه", "بانهم", "انا", "اننا", "باننا"})
SELF_REACH = 5  # tokens between the announcer and its act ("أعلنت الحكومة أمس أنها فرضت عقوبات")
SELF_VERB = 2  # the verb (and a future particle) between the pronoun and the act


# a support verb whose subject does the act told by the بـ noun after it ("قامت بريطانيا بطرد")
_SUPPORT_VERBS = frozenset({"قام", "قامت", "يقوم", "تقوم"})
# a verb of issuing whose subject does the act told by its object noun ("أصدرت قطر إدانة للهجوم")
_ISSUE_VERBS = frozenset({"اصدر", "اصدرت", "يصدر", "تصدر"})
_SUPPORT_REACH = 8  # tokens from the support verb to the act noun (three states: "سلطنة عمان والكويت وقطر")
# plural heads of the states named after an act noun ("اجتماع رؤساء إيران وروسيا وتركيا")
_LEADERS = frozenset({"رؤساء", "زعماء", "قاده", "قادة", "وزراء", "رئيسي", "زعيمي", "وزيري"})
_PORTFOLIOS = frozenset({"خارجيه", "خارجية", "دفاع"})


def _state(doc: Document, tokens: list, k: int) -> Candidate | None:
    """The country or capital named from token k (one of a few words: "الولايات المتحدة"),
    for its government (SPEC §2.1 <ISO3>GOV)."""
    return state_at(doc, tokens[k], tokens[min(len(tokens) - 1, k + 3)].end)


def state_doers(doc: Document, tokens: list, trig: Trigger) -> list[Candidate]:
    """States that do a verbal act the actor rules leave without a doer: the subject of a
    support verb right before a بـ noun ("وقامت بريطانيا بطرد 23 دبلوماسيا"), or the states
    of a plural head right after the noun ("اجتماع رؤساء إيران وروسيا وتركيا")."""
    f = trig.first
    verb = next((g for g in range(f - 2, max(-1, f - 1 - _SUPPORT_REACH), -1)
                 if without_conjunction(tokens[g].norm) in (_SUPPORT_VERBS if tokens[f].norm.startswith("ب") else _ISSUE_VERBS)), None)
    if verb is not None:
        # (a name of two words: "قامت الولايات المتحدة بفرض"; states joined by و: "أصدرت سلطنة
        # عمان والكويت وقطر إدانات") — the act noun must follow the last one
        states = _state_chain(doc, tokens, verb + 1)
        return states if states and tokens[f - 1].start < states[-1].span.end <= tokens[f - 1].end else []
    k = trig.last + 1
    if k >= len(tokens) or tokens[k].norm not in _LEADERS:
        return []
    k += 1
    if k < len(tokens) and tokens[k].norm in _PORTFOLIOS:
        k += 1  # "وزراء خارجية"
    out = _state_chain(doc, tokens, k)
    return out if len(out) >= 2 else []


def _state_chain(doc: Document, tokens: list, k: int) -> list[Candidate]:
    """The states named from token k on, joined by و ("إيران وروسيا وتركيا")."""
    out: list[Candidate] = []
    while k < len(tokens) and (not out or tokens[k].norm.startswith("و")) \
            and (state := _state(doc, tokens, k)) is not None:
        out.append(state)
        k = next((j for j in range(k + 1, len(tokens)) if tokens[j].start >= state.span.end), len(tokens))
    return out



def _person_named_between(doc: Document, start: int, end: int) -> bool:
    return any(e.label == "PER" and any(start <= m.start and m.end <= end for m in e.mentions)
               for e in doc.entities)


def _counted_between(doc: Document, start: int, end: int) -> bool:
    return any(start <= q.start < end for q in doc.quantities)


DETAINEE_WORDS = 6  # words between an arrest trigger and its counted object: doer, day, على
_CLAUSE_ENDS = frozenset(".؛;:")


def counted_detainees(doc: Document, tokens: list, trig: Trigger, counts: dict) -> list[Candidate]:
    """"اعتقلت الشرطة، الخميس، خمسة أشخاص", "القبض على 17 شخصا", "اعتقل أكثر من 200 أستاذ": the
    arrest's own count standing a few words after its trigger, in the same clause, is who was
    arrested — SPEC's example target is such a counted nominal ("ثلاثة مدنيين"); the arrest had
    none. A count before the trigger ("9 أشخاص اعتقلوا") is left: there the object is a pronoun."""
    got = counts.get("arrested")
    q = next((q for q in doc.quantities if got is not None and q.id == got.quantity), None)
    if q is None or trig.mode != "arrest" or q.start < trig.end:
        return []
    between = [t for t in tokens if trig.end <= t.start and t.end <= q.start]
    if len(between) > DETAINEE_WORDS or any(c in _CLAUSE_ENDS for c in doc.text[trig.end:q.start]):
        return []
    return [Candidate(ArgSpan(q.start, q.end, q.text), False)]


# "431 شخصا مرتبطين بداعش", "ينتمون إلى تنظيم داعش": the group after these words is what the
# counted people belong to, not who was held
_BELONGING = frozenset({"مرتبطين", "مرتبطون", "المرتبطين", "المرتبطون", "ينتمون", "المنتمين", "منتمين",
                        "تابعين", "التابعين", "يرتبطون"})


def only_affiliations(doc: Document, targets: list[Candidate]) -> bool:
    """Every target is a group named right after a word of belonging (up to three words before it:
    "مرتبطين بتنظيم داعش"): the counted detainees are the arrest's target instead."""
    def belongs(c: Candidate) -> bool:
        return not _BELONGING.isdisjoint(doc.text[max(0, c.span.start - 30):c.span.start].split()[-3:])
    return bool(targets) and all(belongs(c) for c in targets)
