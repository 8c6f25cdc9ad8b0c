"""The quotes stage's fast paths answer exactly what the token-by-token computations they
replace answer."""
from __future__ import annotations

import bisect
from types import SimpleNamespace as NS

from rasd.stages import quotes_ctx, quotes_marks
from rasd.stages.name_mentions import Mention
from rasd.stages.quotes_ctx import build_ctx
from rasd.stages.quotes_lex import cue_of

from tests.quotes.conftest import make_doc

TEXT = ("قال المتحدث باسم الجيش السوري إن قوات الجيش سيطرت على البلدة. "
        "وأضاف: «نحن مستمرون في العمليات»، مشيرا إلى أن المرصد السوري أكد ذلك.\n"
        "وبحسب المرصد السوري، قتل ثلاثة مدنيين.")


def _plain_sent_of(toks, sent_starts):
    return [max(0, bisect.bisect_right(sent_starts, t.start) - 1) for t in toks]


def test_sentence_of_tokens_equals_a_bisect_per_token():
    toks = [NS(start=s, end=s + 2) for s in (0, 3, 6, 9, 12, 15, 18)]
    for sent_starts in ([], [0], [5], [0, 9], [2, 9, 9, 16], [0, 3, 6, 9, 12, 15, 18], [20]):
        starts = [t.start for t in toks]
        assert quotes_ctx._sentence_of_tokens(starts, sent_starts) == _plain_sent_of(toks, sent_starts)


def test_mention_of_tokens_equals_the_token_scan_with_nested_mentions():
    toks = [NS(start=s, end=s + 3) for s in range(0, 40, 4)]
    starts, ends = [t.start for t in toks], [t.end for t in toks]
    # nested and overlapping mentions: the first one (by start, then list order) wins
    mentions = sorted([Mention(4, 15, "a", "ORG"), Mention(8, 11, "b", "PER"),
                       Mention(13, 30, "c", "LOC"), Mention(33, 34, "d", "PER"),
                       Mention(1, 2, "e", "MISC")], key=lambda m: m.start)
    fast = quotes_ctx._mention_of_tokens(starts, ends, mentions)
    assert fast == quotes_ctx._scan_mentions(toks, mentions)
    assert fast[2] == mentions[1] and fast[3] == mentions[1]  # "a" covers tokens 2-3 before "c"
    assert fast[9] is None


def test_built_context_equals_the_token_by_token_context():
    doc = make_doc(TEXT, {"الجيش السوري": "ORG", "المرصد السوري": "ORG", "المتحدث": "PER"})
    ctx = build_ctx(doc)
    starts = [s.start for s in doc.sentences]
    assert len(set(ctx.sent_of)) == len(doc.sentences) > 1  # the check means something
    assert ctx.sent_of == _plain_sent_of(ctx.toks, starts)
    mentions = sorted((Mention(m.start, m.end, e.id, e.label) for e in doc.entities
                       for m in e.mentions), key=lambda m: m.start)
    assert any(ctx.mention_of) and ctx.mention_of == quotes_ctx._scan_mentions(ctx.toks, mentions)
    assert ctx.cues() == [cue_of(n) for n in ctx.norms] and any(ctx.cues())


def _plain_marks(text):
    return [i for i, ch in enumerate(text) if ch in quotes_marks.ALL_MARKS]


def test_pair_marks_visits_the_same_marks_as_a_scan_of_every_character():
    texts = (TEXT, "لا علامات هنا", 'قال "نحن هنا" و\'ذلك\' و“هم” و»هو« don\'t', "", "«", "\n»\n«")
    for text in texts:
        found = [m.start() for m in quotes_marks._MARK_RE.finditer(text)]
        assert found == _plain_marks(text), text
    quotations, stray = quotes_marks.pair_marks(TEXT)
    assert [TEXT[q.inner_start:q.inner_end] for q in quotations] == ["نحن مستمرون في العمليات"]
    assert quotes_marks.pair_marks("لا علامات هنا") == ([], [])
