"""Small clause tests of the quote search (held-out U50): words whose أن is not a cue's
complement, a sentence opened by a conjoined verb, a cue hidden inside an earlier content,
the relative pronoun that opens a cue's clause."""
from __future__ import annotations

from rasd.lang.words import WAS
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_lex import is_word, strip_conj, verbs

# "، ولعل أهمها أن": a clause of the narrator's opens; its أن is no cue's complement
PERHAPS = frozenset({"لعل", "ولعل", "فلعل"})


def especially(ctx: Ctx, k: int) -> bool:
    """"…، خاصة أن", "وخاصة أن" (especially as): the أن is the adverb's. Not the adjective
    "private" ("وذكرت مصادر خاصة أن"), which follows its noun with no comma."""
    n = ctx.norms[k]
    return (n in ("خاصة", "خاصه") and k > 0 and ctx.is_punct(k - 1)) or n in ("وخاصة", "وخاصه")


def conjoined(ctx: Ctx, k: int) -> bool:
    """Token k carries a و/ف conjunction (a proclitic segment, or a cue read after peeling it)."""
    seg = ctx.toks[k].segments
    return (bool(seg) and seg[0].kind == "proclitic") or (ctx.norms[k][:1] in "وف" and ctx.norms[k][1:] in verbs())


def cue_inside(found: list, pos: int) -> bool:
    """The cue at text position pos lies inside the content of an earlier quote than the last
    one found (each with .start/.end): a name standing there is hidden from the nearest-name search."""
    return any(f.start <= pos < f.end for f in found[:-1])


def relative_before(ctx: Ctx, i: int) -> int:
    """Token index of the relative pronoun opening the clause of the cue at token i — right before
    it, or with كان between ("التقديرات السابقة التي كانت تقول إن", audit U62) — else -1."""
    k = i - 2 if i >= 2 and ctx.norms[i - 1] in WAS else i - 1
    return k if k >= 0 and is_word(strip_conj(ctx.norms[k]), "rel") else -1
