"""Per-document context for the quotes stage: tokens, sentence of each token,
entity mention under each token, paired quotation marks, and noun-phrase helpers.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.quotes_lex import PUNCT_STOP, cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_marks import ALL_MARKS, Quotation, pair_marks

NAME_LABELS = ("PER", "ORG", "LOC", "MISC")
NP_MAX = 4
QUOTED_NAME_MAX = 6


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str
    label: str


@dataclass
class Ctx:
    doc: Document
    toks: list
    norms: list[str]
    sent_of: list[int]
    mention_of: list[Mention | None]
    quotations: list[Quotation]
    stray: list[int]
    opener_at: dict[int, Quotation] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.toks) and 0 <= j < len(self.toks) and self.sent_of[i] == self.sent_of[j]

    def is_punct(self, i: int) -> bool:
        return self.norms[i] in PUNCT_STOP or self.toks[i].text in ALL_MARKS

    def is_mark(self, i: int) -> bool:
        return self.toks[i].text in ALL_MARKS

    def arg(self, start: int, end: int, entity: str | None = None) -> ArgSpan:
        return ArgSpan(start, end, self.text[start:end], entity)

    def mention_arg(self, m: Mention) -> ArgSpan:
        return self.arg(m.start, m.end, m.entity)

    def token_index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self._starts, pos)

    def __post_init__(self):
        self._starts = [t.start for t in self.toks]
        self.opener_at = {q.open: q for q in self.quotations}


def build_ctx(doc: Document) -> Ctx:
    toks = list(doc.tokens)
    sent_starts = [s.start for s in doc.sentences]
    sent_of = [max(0, bisect.bisect_right(sent_starts, t.start) - 1) for t in toks]
    mentions = sorted((Mention(m.start, m.end, e.id, e.label) for e in doc.entities
                       if e.label in NAME_LABELS for m in e.mentions), key=lambda m: m.start)
    mention_of: list[Mention | None] = [None] * len(toks)
    mi = 0
    for k, t in enumerate(toks):
        while mi < len(mentions) and mentions[mi].end <= t.start:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < t.end:
            if mentions[j].end > t.start:
                mention_of[k] = mentions[j]
                break
            j += 1
    quotations, stray = pair_marks(doc.text)
    return Ctx(doc, toks, [t.norm for t in toks], sent_of, mention_of, quotations, stray)


def addressee(ctx: Ctx, k: int, m: Mention) -> bool:
    """True when the mention at token k is governed by a preposition (لـ«عكاظ», في بغداد)."""
    tok = ctx.toks[k]
    if m.start > tok.start:
        lead = ctx.norms[k][: max(0, m.start - tok.start)]
        if any(c in "لبك" for c in lead):
            return True
    prev = k - 1
    while prev >= 0 and ctx.mention_of[prev] == m:
        prev -= 1
    return prev >= 0 and word_is(ctx.norms[prev], "prep") and ctx.norms[prev] != "و"


def np_stop(ctx: Ctx, k: int) -> bool:
    """Tokens that end a nominal subject: punctuation, complementisers, prepositions,
    adverbs of time, statement nouns, reporting verbs."""
    n = ctx.norms[k]
    if ctx.is_punct(k):
        return True
    bare = strip_conj(n)
    if is_word(n, "comp") or is_word(bare, "prep") or is_word(n, "prep"):
        return True
    if is_word(n, "adv") or is_word(n, "stmt") or is_word(n, "rel") or is_word(n, "block"):
        return True
    if n[:1].isdigit() or is_word(n, "object"):
        return True  # "أعلنت الوزارة مقتل 12": the object starts, the subject has ended
    tok = ctx.toks[k]
    if tok.segments and tok.segments[0].kind == "proclitic" and tok.segments[0].norm in "لب":
        return True  # لوكالة الأنباء, بالمستشفى: an addressee or place, not the subject
    return cue_of(n) is not None


def nominal(ctx: Ctx, a: int, limit: int) -> tuple[int, int] | None:
    """Token range of a nominal subject starting at token a (at most NP_MAX tokens)."""
    if a >= limit or np_stop(ctx, a) or word_is(ctx.norms[a], "nosubj"):
        return None
    b = a + 1
    while b < limit and b - a < NP_MAX and not np_stop(ctx, b) and ctx.same_sentence(a, b):
        b += 1
    q = ctx.opener_at.get(ctx.toks[b].start) if b < limit else None
    if q is not None and q.closed and len(ctx.text[q.inner_start:q.inner_end].split()) <= QUOTED_NAME_MAX:
        # 'قوات "التحالف لدعم الشرعية"': a quoted name completes the description
        b = max(b, ctx.token_index_at(q.close + 1))
    return a, b


def span_arg(ctx: Ctx, a: int, b: int) -> ArgSpan:
    """ArgSpan of tokens [a, b); an entity mention when the range is inside one mention."""
    m = ctx.mention_of[a]
    if m is not None and all(ctx.mention_of[k] == m for k in range(a, b)):
        return ctx.mention_arg(m)
    start = ctx.toks[a].start
    seg = ctx.toks[a].segments
    if seg and seg[0].kind == "proclitic" and seg[0].norm == "و" and strip_conj(ctx.norms[a]) != ctx.norms[a]:
        start = seg[1].start if len(seg) > 1 else start
    return ctx.arg(start, ctx.toks[b - 1].end)
