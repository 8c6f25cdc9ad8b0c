"""What a cue introduces: the direct or indirect content after its complementiser, colon or
quotation mark, and whether a quotation mark pairs into one speech (`runaway`).

`Found` (a quote found by quotes_find.cue_quotes) lives here so that the modules of the quote
search can name it without importing quotes_find.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.model.span import ArgSpan, Span
from rasd.stages.quotes_clauses import conjoined
from rasd.stages.quotes_ctx import Ctx
from rasd.stages.quotes_lex import cue_of, is_word, strip_conj, word_is
from rasd.stages.quotes_marks import Quotation

MIN_DIRECT_WORDS = 3  # shorter quoted stretches are names or scare quotes
TRAIL = " \t\n.,،:;؛!?؟…-–—\"'«»“”‘’„‹›"
LEAD = " \t\n\"'«»“”‘’„‹›،,"  # (a comma after "أنه،" opens an aside, not the content)


@dataclass
class Found:
    kind: str
    cue: Span | None
    speaker: ArgSpan | None
    start: int
    end: int
    hedged: bool = False
    relay: ArgSpan | None = None
    cue_tok: int = -1
    quotation: Quotation | None = None
    nested: bool = False  # a claim in a relative clause inside the previous quote (`quotes_find._nested_in`)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in LEAD:
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end


def words_in(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def runaway(ctx: Ctx, q: Quotation) -> bool:
    """An unbalanced mark paired across sentences: inside it a sentence opens with a
    reporting verb and its own subject ("… جسر جوي. وذكرت مصادر في المطار أن …"), so the
    stretch is narration with new quotes, not one speech. (Multi-sentence quotes whose
    sentences open otherwise stay whole.) Memoised per quotation on the context."""
    memo = ctx._index.setdefault("runaway", {})
    if q.open not in memo:
        memo[q.open] = _cue_opens_sentence_in(ctx, q)
    return memo[q.open]


def _cue_opens_sentence_in(ctx: Ctx, q: Quotation) -> bool:
    k = ctx.token_index_at(q.inner_start)
    while k + 1 < len(ctx.toks) and ctx.toks[k].start < q.inner_end:
        if k > 0 and ctx.sent_of[k] != ctx.sent_of[k - 1]:
            cue = cue_of(ctx.norms[k])
            # (narration opens its sentence with و/ف: "… جسر جوي. وذكرت مصادر"; a bare verb
            # there is the speaker's own: 'غرد: "… وكاذب. اعتبر الجميع أنه …"' — held-out U50)
            if cue is not None and cue.kind == "v" and conjoined(ctx, k) and subject_next(ctx, k + 1):
                return True
        k += 1
    return False


def subject_next(ctx: Ctx, k: int) -> bool:
    """A subject starts at token k: a name, a definite noun, or a source, title or
    description word ("وذكرت مصادر", "وقال المصدر"); not "وأعلنت وفاته", "وقال لي"."""
    n = strip_conj(ctx.norms[k])
    return ctx.mention_of[k] is not None or (n.startswith("ال") and not is_word(n, "adv")) \
        or any(word_is(n, c) for c in ("source", "title", "desc"))


def _carries_sentence(ctx: Ctx, j: int, q: Quotation) -> bool:
    """'أنه "من المرجح جدا" أن تكون …': a short quotation with more said after it stays indirect."""
    words = words_in(ctx.text, q.inner_start, q.inner_end)
    if words < MIN_DIRECT_WORDS:
        return _short_description(ctx, j, q)
    if not q.closed:
        return True
    if _ends_at_close(ctx, q):
        return True
    sent = ctx.doc.sentences[ctx.sent_of[j]] if ctx.doc.sentences else None
    tail_end = max(sent.end, q.close) if sent is not None else len(ctx.text)
    return words_in(ctx.text, q.close + 1, tail_end) <= words


# "describe as" complementisers: what follows them is the speaker's own label for something
_DESCRIBING = frozenset({"بانه", "بانها", "بانهم", "بانهما"})


def _short_description(ctx: Ctx, j: int, q: Quotation) -> bool:
    """'ووصف التحركات بأنها "عار".': a one- or two-word label quoted whole right after
    بأن(ه|ها|هم) and closing the speech is the speaker's own word, direct; other short quoted
    stretches ('أن "داعش" يقف وراء') are names or scare quotes inside an indirect clause."""
    return ctx.norms[j] in _DESCRIBING and q.closed and _ends_at_close(ctx, q)


# words after a closing mark that start a clause of the narrator's, not more of the speech
_AFTER_SPEECH = frozenset({"نظرا", "بعدما", "حسب", "بحسب", "وفق", "وفقا", "مضيفا", "مضيفة", "متابعا", "متابعة",
                           "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "لافتا", "لافتة"})


_MARKS = frozenset('"«»“”„')


def _ends_at_close(ctx: Ctx, q: Quotation) -> bool:
    """'إن "عدد الإرهابيين … ارتفع الى خمسة"، بعدما كانت …', 'بأنها "جنة للسياح …" نظرا لوجود':
    the speech ends at its own closing mark when a comma, the sentence's end or a narrator's
    clause word (نظرا، بعدما، حسب، مضيفا …) follows it."""
    inner = ctx.text[q.inner_start:q.inner_end]
    if any(c in _MARKS for c in inner) or "\n" in inner \
            or not ctx.same_sentence(ctx.token_index_at(q.open), ctx.token_index_at(q.close)):
        return False  # marks inside or a sentence crossed: the pairing may be off
    k = ctx.token_index_at(q.close + 1)
    if k >= len(ctx.toks) or not ctx.same_sentence(k, ctx.token_index_at(q.close)):
        return True
    n = ctx.norms[k]
    if n in (",", ".", "؛", ";"):
        return True
    return strip_conj(n) in _AFTER_SPEECH or n in _AFTER_SPEECH


def direct_content(ctx: Ctx, q: Quotation) -> tuple[int, int]:
    s, e = trim(ctx.text, q.inner_start, q.inner_end)
    k = ctx.token_index_at(s)
    # "وتابع "أن منظمة…"": the complementiser inside the marks is not content either
    if k < len(ctx.toks) and ctx.toks[k].start == s and ctx.norms[k] in ("ان", "انه", "بان") \
            and k + 1 < len(ctx.toks) and ctx.toks[k + 1].start < e:
        s = ctx.toks[k + 1].start
    return s, e


def indirect_content(ctx: Ctx, j: int) -> tuple[int, int] | None:
    """From the token after j to the end of its sentence (or of a quotation open there)."""
    if j + 1 >= len(ctx.toks):
        return None
    k = j + 1
    while k < len(ctx.toks) and is_word(ctx.norms[k], "comp") and ctx.same_sentence(j, k):
        k += 1  # "قال: إن …"
    if k >= len(ctx.toks):
        return None
    start = ctx.toks[k].start
    sent = ctx.doc.sentences[ctx.sent_of[j]] if ctx.doc.sentences else None
    end = sent.end if sent is not None and sent.end > start else len(ctx.text)
    for q in ctx.quotations:
        if start <= q.open < end and q.closed and q.close >= end and not runaway(ctx, q):
            end = q.close
    s, e = trim(ctx.text, start, end)
    return (s, e) if e > s else None


def content_after(ctx: Ctx, what: str, j: int) -> tuple[str, int, int, Quotation | None] | None:
    """(kind, start, end, quotation) of what follows the complementiser/colon/mark at token j."""
    q = None
    if what == "open":
        q = ctx.opener_at[ctx.toks[j].start]
    elif j + 1 < len(ctx.toks):
        q = ctx.opener_at.get(ctx.toks[j + 1].start)
        if q is not None and (runaway(ctx, q) or what == "comp" and not _carries_sentence(ctx, j, q)):
            q = None
    if q is not None:
        s, e = direct_content(ctx, q)
        return ("direct", s, e, q) if e > s else None
    rng = indirect_content(ctx, j)
    return ("indirect", *rng, None) if rng else None
