"""Where a nominal subject after a cue gives way to the verb's object, in shapes the word lists
alone do not settle: a demonstrative or ما after a complete definite phrase or a name, a verbal
noun with a pronoun after a person's name, a noun of time heading its clause (audit U58)."""
from __future__ import annotations

from rasd.stages.quotes_lex import is_word, strip_conj
from rasd.text.normalize import norm_key

# masdar + "his/her/their" ("مخاطبته", "دعوتها"): what نقل عن X relays (normalised endings)
_OWN = ("ته", "تها", "تهم", "تهما")

# nouns of time that head an adverbial ("وقت وقوع التفجير", "إثر الهجوم"): when, not who
_WHEN = frozenset(norm_key(w) for w in ("وقت", "لحظة", "أثناء", "إبان", "عقب", "إثر", "غداة", "عشية"))


def object_starts(ctx, k: int) -> bool:
    """Token k, inside a nominal subject, ends it: "ووصف المصدر ما حدث
    بأنه", "ويصف الكاتب هذا الوضع بأنه" — a definite word or a name is complete, so ما or a
    demonstrative after it opens the object ("رئيس هذه اللجنة", "مصدر ما" go on: a noun in
    construct, an indefinite); "ونقل الكاتب عن ترامب مخاطبته للوزير" — a verbal noun with a
    pronoun right after a person's name is what was relayed, not more of the name; a noun of
    time ("وقت", "إثر") opens an adverbial, not more of the subject."""
    n, prev_mention = ctx.norms[k], ctx.mention_of[k - 1]
    if n in _WHEN:
        return ctx.mention_of[k] is None  # "وأكدت مصادر أمنية وقت وقوع التفجير أن"
    if is_word(n, "nosubj"):
        return prev_mention is not None or strip_conj(ctx.norms[k - 1]).startswith("ال")
    return (prev_mention is not None and prev_mention.label == "PER" and ctx.mention_of[k] is None
            and len(n) >= 5 and n.endswith(_OWN))


# what a ل-word before a name may say it is ("لحزب", "لحركة"): the name completes it (normalised)
_NAMED_KINDS = frozenset(norm_key(w) for w in ("حزب", "حركة", "جبهة", "تنظيم", "جماعة", "منظمة", "جمعية",
                                               "هيئة", "مجلس", "اتحاد", "ائتلاف", "تحالف"))
NAME_TAIL_MAX = 5  # words a cut name may add ("جبهة التحرير الوطني", "المقاومة الإسلامية حماس")


def through_name(ctx, b: int, limit: int) -> int:
    """A subject cut by its length limit inside a name, or right after "لحزب/لحركة …" before
    one, goes on to the name's end: "قال الأمين العام لحزب جبهة التحرير الوطني إنه" (was cut
    at جبهة), "رئيس المكتب السياسي لحركة المقاومة الإسلامية" (at لحركة)."""
    if b >= limit or (m := ctx.mention_of[b]) is None or m.label == "PER":
        return b
    prev = ctx.norms[b - 1]
    if ctx.mention_of[b - 1] is not m and not (prev[:1] == "ل" and prev[1:] in _NAMED_KINDS):
        return b
    end = b
    while end < limit and end - b < NAME_TAIL_MAX and ctx.mention_of[end] is m:
        end += 1
    return end
