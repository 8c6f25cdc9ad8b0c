"""Where a nominal subject after a cue gives way to the verb's object, in shapes the word lists
alone do not settle: a demonstrative or ما after a complete definite phrase or a name, a verbal
noun with a pronoun after a person's name (audit U58)."""
from __future__ import annotations

from rasd.stages.quotes_lex import is_word, strip_conj

# masdar + "his/her/their" ("مخاطبته", "دعوتها"): what نقل عن X relays (normalised endings)
_OWN = ("ته", "تها", "تهم", "تهما")


def object_starts(ctx, k: int) -> bool:
    """Token k, inside a nominal subject, starts the verb's object: "ووصف المصدر ما حدث
    بأنه", "ويصف الكاتب هذا الوضع بأنه" — a definite word or a name is complete, so ما or a
    demonstrative after it opens the object ("رئيس هذه اللجنة", "مصدر ما" go on: a noun in
    construct, an indefinite); "ونقل الكاتب عن ترامب مخاطبته للوزير" — a verbal noun with a
    pronoun right after a person's name is what was relayed, not more of the name."""
    n, prev_mention = ctx.norms[k], ctx.mention_of[k - 1]
    if is_word(n, "nosubj"):
        return prev_mention is not None or strip_conj(ctx.norms[k - 1]).startswith("ال")
    return (prev_mention is not None and prev_mention.label == "PER" and ctx.mention_of[k] is None
            and len(n) >= 5 and n.endswith(_OWN))
