"""What a sentence tells again: sentence tokens and main triggers, anaphoric and repeated
triggers, tolls and records of a happening told before, counted victims, and what a
back-reference may add to the event it joins.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from rasd.lang.words import DEMONSTRATIVES
from rasd.model.document import Document
from rasd.model.record import Event
from rasd.model.span import Span
from rasd.stages import event_args as args
from rasd.stages import event_rules as rules
from rasd.stages.event_detect import Trigger, candidates, find_triggers
from rasd.stages.event_doers import SELF_REACH, SELF_THAT, SELF_VERB
from rasd.stages.event_filters import commemorated


# an act's aftermath: its victims, doers, circumstances, responsibility
AFTERMATH = frozenset({"ملابسات", "ضحايا", "منفذي", "منفذ", "مسووليه", "مسؤوليه"})
REFERENCE_WORDS = frozenset({"تحقيق", "للتحقيق", "عقب", "اثر", "بعد", "بشان", "حول", "موقع",
                             "مكان"}) | DEMONSTRATIVES | AFTERMATH
# how far after a relative clause's act verb its time may stand ("الذي استهدف في الرابع من آذار")
RELATIVE_TIME_WORDS = 3


def opens_relative(o: Trigger, r: int, k: int) -> bool:
    """Physical act o is the verb right after relative pronoun r, and the time at token k
    follows it closely enough to be inside that clause (not "الذين هاجموا القرية إلى
    الانسحاب يوم الأحد": the main clause's time, past the clause)."""
    return o.first == r + 1 and o.last < k <= o.last + RELATIVE_TIME_WORDS


# "وقتل ثلاثة ضباط في الاشتباكات": the words that put a toll in the act told before
_TOLL_IN = frozenset({"في", "خلال", "اثناء", "أثناء", "جراء", "اثر", "إثر"})


def toll_in(doc: Document, sent: Span, tokens: list, trig: Trigger) -> bool:
    """A definite plural act noun right after في/خلال/جراء with a casualty count before it in
    its sentence ("وقتل ثلاثة ضباط شرطة في الاشتباكات العنيفة"): the toll of the clashes told
    before, not a kind of happening."""
    if trig.first == 0 or tokens[trig.first - 1].norm not in _TOLL_IN:
        return False
    return any(sent.start <= q.start and q.end <= trig.start and q.category in ("killed", "injured")
               for q in doc.quantities)


def counted_victim(doc: Document, sent: Span, a) -> bool:
    """The candidate is inside a casualty count or names its people right after it ("ثلاثة
    ضباط شرطة": the police are the dead, not the doers)."""
    return any(sent.start <= q.start and q.start <= a.span.start <= q.end + 1
               and q.category in ("killed", "injured") for q in doc.quantities)


def speaks_of_itself(tokens: list, trig, source) -> bool:
    """"أعلنت الحكومة الأميركية أمس أنها فرضت عقوبات": the announcer says that it did the act,
    so it is the act's doer (the pronoun أنها itself names no one); not "أعلنت الحكومة أن
    واشنطن فرضت عقوبات" (someone else's act) nor an act told farther on."""
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= source.end), None)
    if last is None or not 0 < trig.first - last - 1 <= SELF_REACH:
        return False
    between = [candidates(t.norm)[0] for t in tokens[last + 1:trig.first]]
    if any(not w.isalpha() for w in between):
        return False
    k = next((i for i, w in enumerate(between) if w.lstrip("و") in SELF_THAT), None)
    return k is not None and 0 < len(between) - k - 1 <= SELF_VERB


def sentence_tokens(doc: Document, sent: Span, starts: Sequence[int] | None = None) -> list:
    """The tokens of `sent`; `starts` (the tokens' start offsets) can be built once per doc."""
    if starts is None:
        starts = [t.start for t in doc.tokens]
    lo = bisect.bisect_left(starts, sent.start)
    hi = bisect.bisect_left(starts, sent.end)
    return doc.tokens[lo:hi]


# "مواجهات …، أسفرت عن مقتل ستين": the outcome verb ties the outcome word to the act before it
_OUTCOME_LINKS = frozenset({"اسفرت", "اسفر", "ادت", "ادي", "خلفت", "خلف", "اوقعت", "اوقع"})


def _outcome_of(tokens: Sequence, t: Trigger, trigs: Sequence[Trigger]) -> bool:
    """An outcome word right after أسفر عن / أدى إلى / خلّف / أوقع (its preposition between),
    or joined by و to one ("أسفرت عن مقتل ستين وجرح ألفين"), with another trigger of its type
    before the link in the sentence: that act's outcome."""
    if _linked(tokens, t, trigs):
        return True
    return tokens[t.first].norm.startswith("و") and any(
        o.type == t.type and o.last < t.first <= o.last + _JOINED_OUTCOME_REACH and _linked(tokens, o, trigs)
        for o in trigs)


_JOINED_OUTCOME_REACH = 6  # words from the linked outcome to the و-joined one ("مقتل نحو ستين فلسطينيا وجرح")


def _linked(tokens: Sequence, t: Trigger, trigs: Sequence[Trigger]) -> bool:
    i = t.first - 1
    if i >= 0 and tokens[i].norm in ("عن", "الي", "إلى"):
        i -= 1
    if i < 0 or _OUTCOME_LINKS.isdisjoint(candidates(tokens[i].norm)):
        return False
    return any(o.type == t.type and o is not t and o.last < i for o in trigs)


def main_triggers(trigs: Sequence[Trigger], tokens: Sequence,
                  place_starts: Sequence[int] = ()) -> list[Trigger]:
    """Triggers that head an event: every strong one; an outcome word ("قتل") only when no
    stronger trigger of its type is in the sentence, or its own clause names a place ("وبعد
    إقدام عناصر … على قتل اثنين … في سروج، شنّت الحكومة غارات")."""
    out = []
    for t in trigs:
        stronger = any(o.type == t.type and o.strength > t.strength for o in trigs)
        if t.strength < 2 and _outcome_of(tokens, t, trigs):
            continue
        if t.strength >= 2 or not stronger or args.answered(tokens, t):
            out.append(t)  # ("قصفت … انتقاما لمقتل جنديين": the killing is an act of its own)
            continue
        lo, hi = args.clause_bounds(tokens, t.first, t.last)
        if any(tokens[lo].start <= p < tokens[hi - 1].end for p in place_starts) and not any(
                o.type == t.type and o.strength > t.strength and lo <= o.first < hi for o in trigs):
            out.append(t)
    return out


def is_anaphoric(doc: Document, sent: Span, tokens: list, trig: Trigger, trigs: Sequence[Trigger] = ()) -> bool:
    """A definite noun ("الهجوم") with no date of its own refers back to a reported event; so
    does an act named definite by its genitive ("مكان استهداف الغارات"), a verb in a relative
    clause on a definite act noun ("التعزيزات التي حشدتها"), and an act under investigation
    ("لجنة تحقيق في هجوم مفترض")."""
    if _held_reference(doc, sent, tokens, trig, trigs):
        return True
    if not rules.definite(tokens[trig.first]) or _idiom_article(tokens, trig):
        return False
    before = {candidates(t.norm)[-1] for t in tokens[max(0, trig.first - 2):trig.first]}
    if before & REFERENCE_WORDS:  # "للتحقيق في الهجوم", "عقب الانفجار" — not "بعد الهجوم
        # الكيماوي في السابع من أبريل", an earlier act dated where it is told
        return not (before & args.SEQUEL and args.dated_after(doc, tokens, trig))
    return not any(sent.start <= t.start < sent.end and t.type in ("date", "range") for t in doc.times)


_INQUIRY = frozenset({"تحقيق", "التحقيق", "للتحقيق", "تحقيقا", "بالتحقيق"})
# the finite light verb of "ألقى القبض على" (its noun always takes the article): a new arrest,
# not a back-reference ("وأصيب 89 شخصا …، وأُلقي القبض على أربعة آخرين"); the verbal noun
# إلقاء is as often the arrest told again ("وتمت عملية إلقاء القبض عليه", "أسفرت عن إلقاء القبض")
_THROWING = frozenset({"القي", "القى", "القت", "القوا", "يلقي", "تلقي", "يلقون", "القيا"})
_IDIOM_NOUNS = frozenset({"القبض"})
_IDIOM_REACH = 4  # the verb, up to three words of its subject ("ألقت قوات الأمن العراقية القبض")


def _idiom_article(tokens: list, trig: Trigger) -> bool:
    if trig.first != trig.last or tokens[trig.first].norm.lstrip("وف") not in _IDIOM_NOUNS:
        return False
    return any(t.norm.lstrip("وف") in _THROWING for t in tokens[max(0, trig.first - _IDIOM_REACH):trig.first])


def _held_reference(doc: Document, sent: Span, tokens: list, trig: Trigger, trigs: Sequence[Trigger]) -> bool:
    f = trig.first
    if f + 1 < len(tokens) and trig.type == "ASSAULT" and trig.last == f \
            and not rules.ATTACK_SUBJECTS.isdisjoint(candidates(tokens[f + 1].norm)):
        held = True  # "مكان استهداف الغارات": its genitive is the attack told
    elif f > 0 and tokens[f - 1].norm in args.RELATIVES:
        held = any(o.type == trig.type and o.last in (f - 2, f - 3) and o is not trig
                   and rules.definite(tokens[o.first]) for o in trigs)
        this = [d for d in range(max(0, f - 5), f - 2) if tokens[d].norm.lstrip("و") in DEMONSTRATIVES]
        if not held and this:
            # "هذا الهجوم الإرهابي الجبان الذي استهدف": a demonstrative's act noun, up to two
            # adjectives before the relative, points back even when the filters dropped the noun
            held = any(o.type == trig.type and o.first == this[-1] + 1 for o in find_triggers(tokens))
    else:  # an act under investigation is told elsewhere, or stays the first report of it
        return f > 1 and tokens[f - 1].norm == "في" and tokens[f - 2].norm.lstrip("وف") in _INQUIRY
    if not held:
        return False
    lo, hi = args.clause_bounds(tokens, trig.first, trig.last)
    return not any(tokens[lo].start <= t.start < tokens[hi - 1].end and t.type in ("date", "range")
                   for t in doc.times)


# "ارتفاع حصيلة قتلى التفجير إلى سبعة", "عدد جرحى الهجوم": the toll of a happening told
# before, whatever day the report that updates it names
TOLL_HEADS = frozenset({"قتلي", "جرحي", "مصابي", "حصيله"})
# heads whose complement is a happening already told: "لقطات مصورة لإطلاق النار", "الناجون من
# حادث إطلاق النار", "صور لزيارة السيسي", "حماس مسؤولة عن استهداف رئيس الوزراء"
RECORD_HEADS = frozenset({"صور", "الصور", "لقطات", "اللقطات", "فيديو", "الفيديو", "مشاهد", "تسجيل", "تفاصيل",
                          "الناجون", "الناجين", "ناجين", "المتورطين", "مسؤوله", "مسؤول", "مصوره",
                          "حادث"}) | AFTERMATH | TOLL_HEADS


def told_of(tokens: list, trig: Trigger) -> bool:
    """A definite or construct trigger noun up to three words after a record or aftermath head
    refers back to its happening (not "صورا لغارات جديدة": an indefinite new act)."""
    tok = tokens[trig.first]
    definite = tok.norm.lstrip("وفلب").startswith("ال") or any(seg.kind == "article" for seg in tok.segments)
    nxt = tokens[trig.last + 1].norm if trig.last + 1 < len(tokens) else ""
    construct = trig.last == trig.first and nxt.startswith("ال") or trig.last > trig.first
    if not (definite or construct):
        return False
    heads = [candidates(t.norm) for t in tokens[max(0, trig.first - 3):trig.first]]
    return any(not RECORD_HEADS.isdisjoint(forms) for forms in heads)


def repeated(tokens: list, trig: Trigger, trigs: Sequence[Trigger]) -> bool:
    """A definite noun whose word an earlier trigger of its type in the sentence already used
    indefinite ("واشتباك بمدينة السويس … وأصيب في الهجوم … والاشتباك أربعة"): the same act."""
    word = next((f for f in candidates(tokens[trig.first].norm) if f.startswith("ال")), "")
    if len(word) < 5:
        return False
    return any(o.type == trig.type and o.start < trig.start
               and candidates(tokens[o.first].norm)[-1] == word[2:] for o in trigs)


def told_in(doc: Document, ev: Event) -> bool:
    """Is the event's time named in its own sentence (not inherited from one before)?"""
    own = next((t for t in doc.times if t.id == ev.time), None)
    return own is not None and ev.sentence is not None and ev.sentence.start <= own.start < ev.sentence.end


def told_here(doc: Document, events: Sequence[Event]) -> frozenset:
    """What a back-reference may add to the event it joins, and what that event lacks:
    (id, "place") when the event's place is named right after its trigger ("استهدفت قرية
    سيدكان", not "مدير مستشفى حجة … في الغارة") or opens its sentence ("أما في الديوانية"), (id, "day") when its time is a day named in
    its sentence, (id, "coarse") when its place is only a country, province or region,
    (id, "borrowed") when its day is one an earlier sentence named."""
    by_id = {p.id: p for p in doc.places}
    spans = {e.id: e.mentions for e in doc.entities}
    days = {t.id: t for t in doc.times if t.precision == "day" and t.type in ("date", "range")}
    out = set()
    for ev in events:
        if ev.sentence is None:
            continue
        place = by_id.get(ev.place)
        lo, hi = ev.trigger.start, min(ev.sentence.end, ev.trigger.end + _TOLD_AFTER)
        if place is not None and any(lo <= m.start < hi or ev.sentence.start <= m.start < lo
                                     and args.opening_frame(sentence_tokens(doc, ev.sentence), m)
                                     for m in spans.get(place.entity, ())):
            out.add((ev.id, "place"))  # (or the place the sentence opens with: "أما في الديوانية")
        if place is not None and place.feature in _COARSE_FEATURES:
            out.add((ev.id, "coarse"))
        t = days.get(ev.time)
        if t is not None and ev.sentence.start <= t.start < ev.sentence.end and ev.time_precision == "day":
            out.add((ev.id, "day"))
            if any(w in t.text for w in _NIGHT_WORDS):  # "الليلة الماضية", "ليل الأحد"
                out.add((ev.id, "night"))
        elif t is not None and t.start < ev.sentence.start:
            out.add((ev.id, "borrowed"))
    return frozenset(out)


_TOLD_AFTER = 60  # characters after a trigger where the place it names stands
_NIGHT_WORDS = ("ليل", "ليلة", "الليلة")
_COARSE_FEATURES = frozenset({"country", "admin1", "region"})


def recalled_types(tokens: Sequence, lexicon, blocked: Sequence[tuple[int, int]]) -> set[str]:
    """The types of the acts an anniversary in the sentence recalls ("تحيي تونس اليوم الذكرى
    الثانية لهجوم متحف باردو"): they happened long ago, so a later back-reference to such an act
    with no date of its own ("ومثّل هذا الهجوم الإرهابي …") is background too."""
    keys = [candidates(t.norm) for t in tokens]
    return {t.type for t in find_triggers(tokens, lexicon=lexicon, blocked=blocked) if commemorated(keys, t.first)}
