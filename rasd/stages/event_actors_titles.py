"""Titles and their holders: apposed nationality adjectives, a title's holder and antecedent,
the state of an office, blame with a duty noun, and states right next to the verb.
"""
from __future__ import annotations

import re
from typing import Sequence

from rasd.gazetteer.countries import ISO3
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_named import POLITICAL_TITLES
from rasd.stages.event_args import RELATIVES, mentions_in, places_by_entity
from rasd.stages.event_candidates import Candidate, is_passive, word_forms, word_forms_before
from rasd.stages.event_detect import Trigger, candidates, find_triggers, key
from rasd.stages.event_filters import PHYSICAL


TO_POST = frozenset({"الي", "لدى", "لدي"})


def title_reaching(tokens: Sequence, trig: Trigger, cand: Candidate) -> bool:
    """"طالب المبعوث الدولي إلى سوريا ستافان دي ميستورا": a political title right after the verb
    whose complement is a post (إلى/لدى + place) reaches the person named after it; the words
    between are the title, with no punctuation ("طالب المبعوث، …" is no title chain)."""
    gap = [t for t in tokens if trig.end <= t.start and t.end <= cand.span.start]
    if not 3 <= len(gap) <= 7 or cand.span.entity is None:
        return False
    if not POLITICAL_TITLES.intersection(word_forms(gap[0].text)):
        return False
    return any(t.norm in TO_POST for t in gap) and all(any(ch.isalpha() for ch in t.norm) for t in gap)


def apposed(doc: Document, actor: Candidate, c: Candidate) -> bool:
    """"رفض وزير الدفاع الأمريكي جيمس ماتيس": a person named right after an actor that is a
    title (nothing but a comma between) is the actor, not a target; a country or a body there
    is the object ("اتهم وزير الخارجية الأمريكي إيران"), and so is a person after a body. The
    monarch's "الملك" and the name after it are his too ("العاهل السعودي الملك سلمان")."""
    if c.span.start < actor.span.end:
        return False
    if not (POLITICAL_TITLES.intersection(word_forms(actor.span.text.split()[0]))
            or _office_of(doc, actor)):
        return False  # "اتهمت الحكومة المصرية محمد مرسي": a body's object
    between = doc.text[actor.span.end:c.span.start].strip(" ،,").split()
    monarch = _MONARCH[0] in word_forms(actor.span.text.split()[0])
    if c.span.entity is None:  # "العاهل الأردني، الملك …": the monarch is the king
        return monarch and not between and _MONARCH[1] in word_forms(c.span.text.split()[0])
    king_between = monarch and len(between) == 1 and _MONARCH[1] in word_forms(between[0])  # "العاهل السعودي الملك سلمان"
    if between and not king_between and not (1 < len(between) <= 5 and key(between[0]) in TO_POST):
        return False  # ("السفير الأمريكي لدى إسرائيل ديفيد فريدمان": his post between)
    return any(e.id == c.span.entity and e.label == "PER" for e in doc.entities)


# words that end a title's complement: the name after them is another party ("رئيس الجمهورية
# اتفق على التحدث مع الرئيس ترامب"); a place after في is where the person was met
# ("استقبل السفير الروسي في القاهرة X")
_OUT_OF_TITLE = frozenset({"من", "في", "على", "علي", "عن", "مع", "بين", "ضد", "نحو", "منذ", "بعد", "قبل"})


_TITLE_GAP = re.compile(r"[،,.:؛;()«»\"“”\-–]")


def before_relative(tokens: Sequence, trig: Trigger, after: list[Candidate]) -> list[Candidate]:
    """A relative clause on a physical act's noun after the act ("وحث لافروف لندن على الرد على الهجوم الذي استهدف
    … سيرغي سكريبال") tells of another happening: the parties named in it are its own, not the
    statement's targets."""
    acts = {t.last for t in find_triggers(tokens) if t.type in PHYSICAL and t.first > trig.last}
    rel = next((tokens[i] for i in range(trig.last + 2, len(tokens))
                if tokens[i].norm in RELATIVES and i - 1 in acts), None)
    return after if rel is None else [c for c in after if c.span.start < rel.start]


def title_holders(doc: Document, trig: Trigger, actors: list[Candidate], after: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """Each unnamed title ("رئيس", "رئيس الوزراء التشيكي") followed by its complement and a
    person's name with no punctuation between ("رئيس مجلس النواب العراقي سليم الجبوري") gives
    way to that person (with the title's code if he has none), and the complement's words
    ("مجلس") are no party of their own."""
    for title in actors + after:
        holder = _holder_of(doc, trig, title, after)
        if holder is None and _post_before_titled(doc, title, after):
            after = [c for c in after if c is not title]  # the first person's post: no party
        if holder is None or not any(c is title for c in actors + after):
            continue
        post = TO_POST.intersection(key(w) for w in doc.text[title.span.end:holder.span.start].split())
        # (the post's country is not the envoy's: "سفير خادم الحرمين الشريفين لدى اليمن")
        code = holder.span.code or (None if post else _office_state(doc, title, holder) or title.span.code)
        named = Candidate(ArgSpan(holder.span.start, holder.span.end, holder.span.text, holder.span.entity, code),
                          True, holder.role)
        gone = [c for c in after if c is holder or title.span.end <= c.span.start < holder.span.start]
        if not title.span.code or _context_coded(title):
            # (a title coded by its own adjective stays the actor: a later "دعا العاهل الأردني"
            # is one speaker with it; a bare "الرئيس" coded from the article's country only
            # is better evidenced by the name after it, which keeps the code)
            actors = [named if c is title else c for c in actors]
        after = [named if c is title else c for c in after if not any(c is g for g in gone)]
    return actors, after


def _office_state(doc: Document, title: Candidate, holder: Candidate) -> str | None:
    """The government code of a country named in a context-coded title's complement ("رئيس
    دولة جنوب السودان سلفا ماير", "وزير خارجية تركيا"): the office's own country, not the
    article's."""
    if not _context_coded(title):
        return None
    places = places_by_entity(doc)
    for m in mentions_in(doc, Span(title.span.end, holder.span.start, "")):
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is not None and p.feature == "country" and ISO3.get(p.country or ""):
            return ISO3[p.country] + "GOV"
    return None


def title_antecedent(doc: Document, actor: Candidate) -> Candidate:
    """An uncoded one-word title ("ودعا الملك …") takes the code of the last person the article
    named right after that same title before it ("كلف الملك عبدالله الثاني …"): the same office
    holder, told again by his title; the actor unchanged when there is none."""
    if actor.span.code or not _context_coded(actor) \
            or not POLITICAL_TITLES.intersection(word_forms(actor.span.text)):
        return actor
    title = word_forms(actor.span.text)[-1]
    named = [(m.start, e) for e in doc.entities if e.label == "PER" and e.actor is not None
             for m in e.mentions if m.end <= actor.span.start]
    for start, ent in sorted(named, key=lambda x: -x[0]):
        before = word_forms_before(doc.text, start, 1)
        if before and title in before[-1]:
            return Candidate(ArgSpan(actor.span.start, actor.span.end, actor.span.text, None, ent.actor.code),
                             actor.institutional, actor.role)
    return actor


def _context_coded(title: Candidate) -> bool:
    """A one-word title ("الرئيس", "الملك", "الوزير"): a nominal of one word carries no
    nationality adjective, so its code came from the article's country, not from its words."""
    return len(title.span.text.split()) == 1 and title.span.entity is None


def _holder_of(doc: Document, trig: Trigger, title: Candidate, cands: list[Candidate]) -> Candidate | None:
    if title.span.entity is not None or not title.span.text.split() \
            or not POLITICAL_TITLES.intersection(word_forms(title.span.text.split()[0])):
        return None
    holder = next((c for c in cands if c.span.start >= title.span.end and c.span.entity is not None), None)
    if holder is None or title.span.end <= trig.start < holder.span.start:
        return None
    if not any(e.id == holder.span.entity and e.label == "PER" for e in doc.entities):
        return None  # ("رئيس الوزراء اللبناني سعد الحريري" yes; "وزير خارجية إيران" no)
    gap = doc.text[title.span.end:holder.span.start]
    words = [key(w) for w in gap.split()]
    out = _OUT_OF_TITLE - {"في"} if _posted_in(trig, title) else _OUT_OF_TITLE
    if len(words) > 6 or _TITLE_GAP.search(gap) or out.intersection(words):
        return None
    if any(POLITICAL_TITLES.intersection(word_forms(w)) for w in gap.split()):
        return None  # a second title is a second person ("استقبل العاهل الأردني الرئيس الفلسطيني X")
    if any(m.start >= title.span.end and m.end <= holder.span.start and m.label == "PER"
           for m in mentions_in(doc, Span(title.span.end, holder.span.start, gap))):
        return None  # another person named in between ("الرئيس الأمريكي دونالد ترامب بشدة … بشار الأسد")
    if _post_before_titled(doc, title, [holder]):
        return None
    return holder


# titles of a post abroad: "سفير روسيا في لبنان" names the post, as "لدى" does
_ENVOYS = frozenset(key(w) for w in ("سفير", "السفير", "سفيرة", "السفيرة", "مبعوث", "المبعوث", "ممثل", "الممثل",
                                     "مندوب", "المندوب", "قنصل", "القنصل"))


def _posted_in(trig: Trigger, title: Candidate) -> bool:
    """"هدد سفير روسيا في لبنان ألكسندر زاسيبكين": after an envoy's title, في + place is his post
    and the name after it is his. Not for a meeting, whose guest follows where it was held
    ("استقبل السفير الروسي في القاهرة سمير داود")."""
    return trig.type != "CONSULT" and bool(_ENVOYS.intersection(word_forms(title.span.text.split()[0])))


def _post_before_titled(doc: Document, title: Candidate, cands: list[Candidate]) -> bool:
    """"انتقدت X نائبة وزير خارجية كوريا الشمالية مايك بنس نائب الرئيس الأميركي": a title that
    follows a person's name, before a next name with its own title after it, is the first
    person's post (the next name is not its holder, and the title is no party of its own)."""
    if title.span.entity is not None or not _post_of_the_one_before(doc, title):
        return False
    nxt = next((c for c in cands if c.span.start >= title.span.end and c.span.entity is not None), None)
    return nxt is not None and any(e.id == nxt.span.entity and e.label == "PER" for e in doc.entities) \
        and _own_title_after(doc, nxt)


def _bare_title(word: str) -> bool:
    """A political title written alone, not joined by و/ف ("والرئيس" is a next person)."""
    k = key(word.strip("،,"))
    return k in POLITICAL_TITLES or (k.startswith("ال") and k[2:] in POLITICAL_TITLES)


def _own_title_after(doc: Document, holder: Candidate) -> bool:
    after = doc.text[holder.span.end:holder.span.end + 40].lstrip(" ،,").split()
    return bool(after) and _bare_title(after[0])


def _post_of_the_one_before(doc: Document, title: Candidate) -> bool:
    """The title stands right after a person's name, with nothing or only title words between
    ("تشوي سون هوي نائبة وزير خارجية …")."""
    ends = [m.end for e in doc.entities if e.label == "PER" for m in e.mentions if m.end <= title.span.start]
    if not ends:
        return False
    between = doc.text[max(ends):title.span.start].replace("،", " ").replace(",", " ").split()
    return len(between) <= 2 and all(_bare_title(w) for w in between)


_MONARCH = (key("عاهل"), key("ملك"))  # "العاهل X" is always "الملك Y": one person, two titles


def _office_of(doc: Document, actor: Candidate) -> bool:
    """A body governed by a title right before it ("الأمين العام لجامعة الدول العربية", "رئيس
    مجلس النواب"): the name after it is the office holder's."""
    before = word_forms_before(doc.text, actor.span.start, 3)
    attached = doc.text[actor.span.start - 1:actor.span.start] == "ل"
    return bool(before) and (attached or bool(before[-1]) and not before[-1][0].startswith("ال")) \
        and any(POLITICAL_TITLES.intersection(f) for f in before)


_BLAME = ("حمل", "يحمل", "تحمل")


_RESPONSIBILITY = frozenset({"مسؤوليه", "المسؤوليه"})


def blamed_first(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> bool:
    """"ودانت الجامعة الهجوم، وحملت سلطات الاحتلال المسؤولية": one short name between "حمّل"
    and "المسؤولية", with a doer told earlier in the sentence, is the one blamed ("حملت الجامعة
    العربية إسرائيل المسؤولية" names both after the verb, the blamer first)."""
    if not candidates(tokens[trig.first].norm)[-1].startswith(_BLAME):
        return False
    duty = _duty(tokens, trig)
    return duty is not None and any(c.span.end <= tokens[trig.first].start and not is_passive(c)
                                    for c in everywhere)


def _duty(tokens: Sequence, trig: Trigger) -> int | None:
    """The token of "المسؤولية" up to three words after "حمّل", else None."""
    return next((i for i in range(trig.last + 1, min(len(tokens), trig.last + 4))
                 if set(candidates(tokens[i].norm)) & _RESPONSIBILITY), None)


def one_blamed(doc: Document, tokens: Sequence, trig: Trigger) -> bool:
    """One name between "حمّل" and "المسؤولية" ("وحمّلت إسرائيل المسؤولية"), not two ("وحمّلت
    قطر إسرائيل المسؤولية": the first is the new subject)."""
    gap = Span(tokens[trig.first].end, tokens[_duty(tokens, trig)].start, "")  # (after blamed_first: it is there)
    return len(mentions_in(doc, gap)) <= 1
