"""Names a hashtag cuts or glues: the tagger, never trained on "#" or "_", reads a hashtag's
parts as separate words ("علي عبدالله #صالح", "#رضوان_لقديم", "#خان_يونس"). Chunk rules of the
NER stage (`NerStage._fill` runs them first)."""
from __future__ import annotations

from .around import NOT_SURNAME
from .norm import norm_key


def hash_joined(toks, chunks: list[tuple[int, int, str]], types=lambda w: frozenset()) -> list[tuple[int, int, str]]:
    """Two person chunks with only a hashtag's "#" between them, glued to the second, are one
    name ("علي عبدالله #صالح", "أنطونيو #غوتيريس", audit U32): the tagger, never trained on a
    "#", cuts the name there. Only persons: "#" before a group or place ("قوات #التحالف")
    names another thing. A family name the tagger left out after the "#" ("محمد #المقدشي")
    joins too (`_hash_surname`; `types`: the lists' types of a word)."""
    out: list[tuple[int, int, str]] = []
    taken = {k for a, b, _ in chunks for k in range(a, b)}
    for a, b, lab in sorted(chunks):
        if (out and lab == "PER" and out[-1][2] == "PER" and out[-1][1] + 1 == a and toks[a - 1].text == "#"
                and toks[a - 1].end == toks[a].start and toks[a - 2].end < toks[a - 1].start):
            out[-1] = (out[-1][0], b, "PER")
            continue
        if lab == "PER" and _hash_surname(toks, b, taken, types):
            b += 2
        out.append((a, b, lab))
    return out


def hashtag_underscored(toks, chunks: list[tuple[int, int, str]], no_name) -> list[tuple[int, int, str]]:
    """A person chunk that opens a two-part hashtag ("#رضوان_لقديم") takes its second part
    when no chunk holds it and the hashtag ends there: the tagger saw only "رضوان". The part
    must be letters and no nationality, place, group or particle by the lists (`no_name`); a
    longer hashtag ("#محمد_يتحدث_للصحفيين") is a phrase, not a name. A second part the tagger
    read as a person of its own joins too ("#باراك_أوباما" was باراك and أوباما, audit U54)."""
    taken = {k for a, b, _ in chunks for k in range(a, b)}
    alone = {a for a, b, lab in chunks if lab == "PER" and b == a + 1}
    out: list[tuple[int, int, str]] = []
    joined: set[int] = set()
    for a, b, lab in sorted(chunks):
        if lab == "PER" and a > 0 and toks[a - 1].text == "#" and toks[a - 1].end == toks[a].start:
            u = b - 1 if toks[b - 1].text == "_" else b  # (the chunk may hold the "_")
            person = u + 1 in alone  # (the tagger's own person: the lists' types need not vouch)
            if _second_part(toks, u, taken - set(range(a, b)) - (alone & {u + 1}),
                            (lambda w: False) if person else no_name):
                b = u + 2
                joined.add(u + 1)
        out.append((a, b, lab))
    return [c for c in out if c[0] not in joined] if joined else out


def listed_hashtags(toks, chunks: list[tuple[int, int, str]], types) -> list[tuple[int, int, str]]:
    """A hashtag of two to four parts whose words, joined by spaces, are a listed city, country
    or organisation ("#خان_يونس", "#جنوب_السودان", "#الإخوان_المسلمين") is one chunk of that name
    when the tagger named something inside it: never trained on "_", it reads the parts as two
    places or keeps one (السودان: Sudan, not South Sudan). Villages are too weak a witness
    (named like anything), and a hashtag no list knows whole ("#ميليشيات_الحوثي") is left as it is.
    A chunk that starts inside the hashtag and runs on after it gives way to the name."""
    out = list(chunks)
    for h in range(len(toks) - 3):
        if toks[h].text != "#" or toks[h].end != toks[h + 1].start:
            continue
        e = h + 2
        while e + 1 < len(toks) and toks[e].text == "_" and toks[e - 1].end == toks[e].start == toks[e + 1].start - 1:
            e += 2
        parts = toks[h + 1:e:2]
        if not 2 <= len(parts) <= 4:
            continue
        listed = types(" ".join(t.text for t in parts))
        label = "LOC" if "LOCB" in listed else "ORG" if "ORG" in listed else None
        # a chunk that opens inside the hashtag and runs on past it is cut at its end: the
        # tagger read "_" as a word ("#الولايات_المتحدة بلد ديموقراطي" gave "المتحدة بلد
        # ديموقراطي", audit U58); the words after the hashtag were never the name's
        inside = [c for c in out if h < c[0] < e]
        if label is None or not inside or any(c[0] <= h < c[1] for c in out):
            continue
        out = [c for c in out if c not in inside] + [(h + 1, e, label)]
    return sorted(out)


def _second_part(toks, u: int, taken: set[int], no_name) -> bool:
    """Is token u a glued "_" and u + 1 the hashtag's glued last word, a name-like word?"""
    if u + 1 >= len(toks) or toks[u].text != "_" or u + 1 in taken:
        return False
    word, nxt = toks[u + 1], toks[u + 2] if u + 2 < len(toks) else None
    glued = toks[u - 1].end == toks[u].start and toks[u].end == word.start
    ends = nxt is None or nxt.start > word.end
    return glued and ends and word.text.isalpha() and len(word.text) > 2 and not no_name(word.text)


def _hash_surname(toks, h: int, taken: set[int], types) -> bool:
    """Is token h a "#" glued to a family-name-shaped word no chunk holds, after a space: a
    definite word ending in ي ("#المقدشي") that the lists give as no people, place or group
    ("محمد #اليمني" is a Yemeni)?"""
    if h + 1 >= len(toks) or toks[h].text != "#" or h + 1 in taken or h in taken:
        return False
    if toks[h].end != toks[h + 1].start or toks[h - 1].end >= toks[h].start:
        return False
    key = norm_key(toks[h + 1].text)
    return (key.startswith("ال") and key.endswith("ي") and len(key) > 4 and toks[h + 1].text.isalpha()
            and not types(toks[h + 1].text) & NOT_SURNAME)
