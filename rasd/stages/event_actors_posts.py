"""A named person's post told right after his name ("حافظ قائد السبسي المدير التنفيذي لحزب
نداء تونس", "ماورو بالما رئيس المنظمة الإيطالية"): the title and the bodies in its complement
describe the actor; none of them is the act's target."""
from __future__ import annotations

import re
from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.event_actors_named import POLITICAL_TITLES
from rasd.stages.event_candidates import PLAIN_THAT, PREPOSITIONS, Candidate, word_forms, word_forms_before
from rasd.stages.event_detect import key
from rasd.stages.event_mentions import RELATIVES
from rasd.stages.event_nominals import demonym

# words that end a post's complement: what follows a preposition other than لـ, a relative or
# that-word, or a verbal noun behind ب ("بتغيير الحكومة") is the act's own ("رئيس الدائرة في
# كرش بدعم الإمارات")
_OUT_OF_POST = PREPOSITIONS | PLAIN_THAT | RELATIVES | frozenset(key(w) for w in (
    "إلى", "منذ", "بعد", "قبل", "وهو", "وهي"))
_BREAK = re.compile(r"[،,.:؛;()«»\"“”\-–]")
_MAX_WORDS = 8


def _post_end(doc: Document, tokens: Sequence, actor: Candidate) -> int | None:
    """The end of the post apposed to a named person: a title right after his name (nothing
    between, or a comma) and its complement up to punctuation, a preposition or a word behind
    ب; None when no title follows him, or when the title is another's."""
    if actor.span.entity is None or not any(e.id == actor.span.entity and e.label == "PER" for e in doc.entities):
        return None
    if any(POLITICAL_TITLES.intersection(w) for w in word_forms_before(doc.text, actor.span.start, 4)):
        return None  # "دعا وزير حقوق الإنسان X مفوض الأمم المتحدة": titled before, the next title is another's
    text, pos = doc.text, actor.span.end
    gap = re.match(r"[ ،,]*", text[pos:]).end()
    words = list(re.finditer(r"\S+", text[pos + gap:pos + gap + 200]))
    if not words or not POLITICAL_TITLES.intersection(word_forms(words[0].group())):
        return None
    end = pos + gap + words[0].end()
    for w in words[1:_MAX_WORDS]:
        word = w.group()
        bare = _BREAK.sub("", word)
        if not bare or key(bare) in _OUT_OF_POST or (bare[0] == "ب" and not _named_at(doc, pos + gap + w.start())):
            break  # ("بتغيير الحكومة": the act's object; "وزير خارجية بريطانيا": a name)
        end = pos + gap + w.start() + len(word.rstrip("،,.:؛;()«»\"“”-–"))
        if _BREAK.search(word):
            break
    inside = [(e.label, m) for e in doc.entities for m in e.mentions if pos < m.start < end]
    if any(label == "PER" for label, _ in inside):
        return None  # "استقبل السيسي رئيس الوزراء العراقي حيدر العبادي": the title is the guest's
    names = [m for label, m in inside if label != "LOC"]
    if any(label == "LOC" and not any(n.start <= m.start < n.end for n in names) for label, m in inside) \
            or any(pos < t.start < end and demonym(t) and not any(n.start <= t.start < n.end for n in names)
                   for t in tokens):
        return None  # "اتهم أردوغان رئيس الوزراء الإسرائيلي", "وزير خارجية إيران": another state's office
    return end


def _named_at(doc: Document, start: int) -> bool:
    return any(m.start == start for e in doc.entities for m in e.mentions)


def own_post(doc: Document, tokens: Sequence, actor: Candidate, c: Candidate) -> bool:
    """A candidate inside the post apposed to the actor's name."""
    end = _post_end(doc, tokens, actor)
    return end is not None and actor.span.end <= c.span.start < end


# spokesman titles (key forms, also without ال): "المتحدث باسم X" speaks for X
_SPOKESMEN = frozenset(key(w) for w in ("متحدث", "متحدثة", "ناطق", "ناطقة"))
_ON_BEHALF = re.compile(r"(?: الرسمي| الرسمية)? باسم ")


def spokesmen(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """"المتحدث باسم وزارة الدفاع الروسية", "الناطق الرسمي باسم حركة حماس": one actor, the
    whole phrase, coded as the body it speaks for; that body is no party of its own (it was
    taken for the target of its own spokesman's accusation). Not after a person's name ("سمير
    داود المتحدث باسم الأونروا": his post; the rules on named speakers take it). `cands` sorted
    by start."""
    text, out, skip = doc.text, [], None
    named_ends = [m.end for e in doc.entities if e.label == "PER" for m in e.mentions]
    for i, c in enumerate(cands):
        if c is skip:
            continue
        words = c.span.text.split()
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        m = _ON_BEHALF.match(text, c.span.end)
        named = any(end <= c.span.start and not text[end:c.span.start].strip(" ،,") for end in named_ends)
        if c.span.entity is None and len(words) == 1 and not named \
                and _SPOKESMEN.intersection(word_forms(words[0])) \
                and m and nxt is not None and nxt.span.start in (m.end(), m.end() + 1):
            span = ArgSpan(c.span.start, nxt.span.end, text[c.span.start:nxt.span.end], None,
                           nxt.span.code or c.span.code)
            out.append(Candidate(span, True, nxt.role or c.role))
            skip = nxt
        else:
            out.append(c)
    return out
