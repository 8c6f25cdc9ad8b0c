"""Chunk edges and labels the tagger gets wrong around everyday words (audit U52): a person's
name run on into the verb or noun of company after it, the "in favour of" preposition read as
the given name صالح, a place after "بلدة" read as a person, spelt letters cut after the first,
a person's quoted name read as a paper's, and حماس the noun (enthusiasm) read as the movement."""
from __future__ import annotations

from .mentions import stem_norm
from .norm import norm, norm_key

# words of company that follow a name in visit reports and end it ("مستشفى الملك خالد بمرافقة
# مدير الطوارئ", "بدأ جولته يرافقه مدير الصحة"): verbs and verbal nouns, no name's words
ACCOMPANY = frozenset(norm_key(w) for w in """يرافقه يرافقها يرافقهم يرافقهما ترافقه ترافقها ترافقهم
بمرافقة برفقة بصحبة""".split())


def without_company(toks, chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's person chunks without the words of company they run on into ("الملك خالد
    بمرافقة" → الملك خالد), and without those that are one alone ("يرافقه"): cut before the
    institutions named after a ruler are read ("مستشفى الملك خالد", a place)."""
    out = []
    for a, b, lab in chunks:
        while lab == "PER" and b > a and norm_key(toks[b - 1].text) in ACCOMPANY:
            b -= 1
        if b > a:
            out.append((a, b, lab))
    return out


# "لصالح ترامب" (in favour of Trump): ل + صالح, the preposition, which reads as the given name
_IN_FAVOUR = frozenset(norm_key(w) for w in ("لصالح", "ولصالح"))


def in_favour_start(toks, chunks, a: int, b: int) -> int:
    """Where a person's chunk that begins with "لصالح" starts: after it, when the rest of the
    chunk ends as another person's name of the article ends under another given name
    ("دونالد ترامب" … "لصالح ترامب"); else `a` ("الموالين لصالح", the Yemeni president)."""
    if b - a < 2 or norm_key(toks[a].text) not in _IN_FAVOUR:
        return a
    last = toks[b - 1].norm
    given = toks[a + 1].norm
    for c, d, lab in chunks:
        if lab == "PER" and d - c >= 2 and toks[d - 1].norm == last and toks[c].norm not in (given, toks[a].norm) \
                and norm_key(toks[c].text) not in _IN_FAVOUR:
            return a + 1
    return a


# settlements: a name right after one is a place, whatever the tagger's person label says
# ("منزله القريب من بلدة كوربس كريستي"); not محافظة or ولاية, which also head institutions
_SETTLEMENTS = frozenset(norm(w) for w in "بلدة مدينة قرية بلدات مدن قرى".split())


def settlement_before(toks, a: int) -> bool:
    """The word before token `a` is a settlement word, with or without a proclitic (بمدينة)."""
    return a > 0 and stem_norm(toks[a - 1].text) in _SETTLEMENTS
