"""The reporter of "مصادر رئاسية في عدن قالت": a place named right after a source noun and في
is where the sources are, not who reports — the source is the noun phrase before في (the
quotes stage may hand the place over as the speaker, the name nearest its cue)."""
from __future__ import annotations

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.event_detect import key
from rasd.stages.event_mentions import bare_word

_IN = frozenset({"في"})
_BACK = 4  # words from في back to the source noun ("مصادر عسكرية يمنية رفيعة في")


def placed_source(doc: Document, source: ArgSpan, nouns: tuple[str, ...]) -> ArgSpan:
    """`source` moved to the source-noun phrase before "في <place>" when it is only that place
    (a LOC mention); `nouns`: the normalised source nouns (event_source._SOURCE_NOUNS)."""
    if not any(m.start == source.start and m.end == source.end
               for e in doc.entities if e.label == "LOC" for m in e.mentions):
        return source
    before = doc.text[max(0, source.start - 80):source.start].split()
    if not before or key(before[-1]) not in _IN:
        return source
    words = before[:-1][-_BACK:]
    for k, w in enumerate(words):
        if any(ch in w for ch in ".،,:؛;\"«»()"):
            continue  # (a mark ends the phrase: the noun is after it)
        form = bare_word(key(w)).replace("ة", "ه")
        if form.startswith(nouns) and not any(ch in "".join(words[k:]) for ch in ".،,:؛;"):
            phrase = " ".join(words[k:])
            end = source.start - len(before[-1]) - 1
            while end > 0 and doc.text[end - 1].isspace():
                end -= 1
            start = end - len(phrase)
            if doc.text[start:end] != phrase:
                return source  # (spaces other than one between the words: leave it)
            return ArgSpan(start, end, phrase, None)
    return source
