"""A plural cue's speaker when the only name before it is one person: "تداول عدد كبير من
المغردين صورة تظهر فلانا وقد أكدوا أنه": the plural verb agrees with the plural subject of the
verb opening the sentence, not with the one person named as its object (audit U58)."""
from __future__ import annotations

from rasd.model.span import ArgSpan
from rasd.stages.quotes_before import agreement
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_lex import strip_conj
from rasd.stages.quotes_subject import opening_subject


def plural_opening_subject(ctx: Ctx, i: int, named: ArgSpan | None) -> ArgSpan | None:
    """The unnamed subject of the sentence's opening verb for a plural cue (…وا) at token i
    whose nearest name `named` is one person (a PER mention); "عدد كبير من المغردين" keeps the plural it
    counts. None when the cue is not plural, no person was found, or the opening verb has no
    unnamed subject."""
    n = ctx.norms[i]
    if named is None or named.entity is None or not strip_conj(n).endswith("وا") or agreement(n) != "pl":
        return None
    m = ctx.mention_of[ctx.token_index_at(named.start)]
    if m is None or m.label != "PER":
        return None  # (an organisation may take a plural verb: "الاتحاد الأوروبي قالوا")
    sub = opening_subject(ctx, i)
    if sub is None or sub.entity is not None or sub.end > named.start:
        return None
    k = ctx.token_index_at(sub.end)  # (a partitive "من + definite plural" after a count noun)
    if k + 1 < i and ctx.norms[k] == "من" and ctx.norms[k + 1].startswith("ال"):
        return ctx.arg(sub.start, ctx.toks[k + 1].end)
    return sub
