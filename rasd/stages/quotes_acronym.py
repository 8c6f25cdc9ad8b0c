"""The name after an organisation's acronym in a titled subject: "وقالت المديرة التنفيذية
لمنظمة الأمم المتحدة للطفولة (يونيسف) هنرييتا فور في بيان": the words after the closing
parenthesis are the person who holds the title, even when NER did not tag them (audit U54:
the nominal subject had been cut to its first four words, «المديرة التنفيذية لمنظمة الأمم»).
"""
from __future__ import annotations

from rasd.model.span import ArgSpan
from rasd.stages.quotes_ctx import Ctx, np_stop, span_arg, title_word
from rasd.stages.quotes_lex import word_is
from rasd.stages.quotes_near import timed

_REACH = 10  # tokens from the title to the opening parenthesis
_ACRONYM_MAX = 3  # tokens inside the parentheses
_NAME_MIN, _NAME_MAX = 2, 3  # words of a person's name (one word alone could be anything)


def name_after_acronym(ctx: Ctx, a: int, limit: int) -> ArgSpan | None:
    """Subject stretch [a, limit) opening with a title, then an organisation name (an ORG
    mention) with its acronym in parentheses, then 2–3 plain words (no ال, no mention, no
    function word, time or cue) up to punctuation or a word that ends a subject: those words."""
    end = min(limit, a + _REACH)
    if not title_word(ctx.norms[a]) or not any(ctx.toks[k].text == "(" for k in range(a + 1, end)):
        return None
    op = next(k for k in range(a + 1, end) if ctx.toks[k].text == "(")
    m = ctx.mention_of[op - 1]
    if m is None or m.label != "ORG" or any(ctx.is_punct(k) for k in range(a, op)):
        return None  # the parenthesis must close an organisation's name, inside the description
    cl = next((k for k in range(op + 1, min(limit, op + 2 + _ACRONYM_MAX)) if ctx.toks[k].text == ")"), -1)
    if cl < 0 or cl == op + 1:
        return None
    s = e = cl + 1
    while e < limit and ctx.same_sentence(s, e) and not np_stop(ctx, e) and _plain(ctx, e):
        e += 1
    if not _NAME_MIN <= e - s <= _NAME_MAX or (e < limit and not np_stop(ctx, e)):
        return None  # not followed by "في بيان", a comma or the complementiser: not a bare name
    return span_arg(ctx, s, e)


def _plain(ctx: Ctx, k: int) -> bool:
    n = ctx.norms[k]
    return (ctx.mention_of[k] is None and not n.startswith(("ال", "وال")) and not n[:1].isdigit()
            and not timed(ctx, k) and not title_word(n) and not word_is(n, "desc")
            and not word_is(n, "source") and not word_is(n, "pron"))
