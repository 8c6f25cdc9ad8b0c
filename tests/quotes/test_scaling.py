"""The quotes stage is linear in article length: look-backs go through per-document
indexes, not a scan of every earlier token. Checked structurally (token reads), not by
wall-clock time, so the test is stable on a loaded machine."""
from __future__ import annotations

import pytest

from rasd.stages import quotes_ctx, quotes_near
from tests.quotes.conftest import make_doc, run_quotes

OPENING = "أعلنت لجنة الانتخابات المستقلة أن التصويت بدأ صباح اليوم. "
# "اللجنة" has no antecedent nearby: the only "لجنة …" phrase is in the opening sentence
PARAGRAPH = ("وقالت اللجنة إن المراكز فتحت أبوابها في موعدها. "
             "وأكد الرئيس خالد العمري أن الأمن مستتب في المدن كلها. "
             "وأضاف الرئيس أن النتائج تعلن غدا. ")


class _CountingList(list):
    """A list that counts item reads (ctx.norms[k])."""

    reads = 0

    def __getitem__(self, k):
        _CountingList.reads += 1
        return super().__getitem__(k)


def _norm_reads(monkeypatch, text: str, names: dict[str, str]) -> int:
    real = quotes_ctx.build_ctx

    def counting(doc):
        ctx = real(doc)
        ctx.norms = _CountingList(ctx.norms)
        return ctx

    monkeypatch.setattr("rasd.stages.quotes.build_ctx", counting)
    _CountingList.reads = 0
    run_quotes(text, names)
    return _CountingList.reads


def test_token_reads_grow_linearly_with_length(monkeypatch):
    names = {"خالد العمري": "PER"}
    short = _norm_reads(monkeypatch, OPENING + PARAGRAPH * 20, names)
    long = _norm_reads(monkeypatch, OPENING + PARAGRAPH * 160, names)
    # 8× the text: a linear stage reads about 8× the tokens; scanning back over every
    # earlier token for each "وقالت اللجنة" made this ratio grow with the length (≈ 40×)
    assert long < 9 * short


def test_generic_head_still_finds_a_far_antecedent():
    doc = run_quotes(OPENING + PARAGRAPH * 60, {"خالد العمري": "PER"})
    heads = [q for q in doc.quotes if q.cue is not None and q.cue.text == "وقالت"]
    assert len(heads) == 60
    assert all(q.speaker is not None and q.speaker.text == "لجنة الانتخابات المستقلة" for q in heads)


def test_title_antecedent_is_the_latest_titled_person():
    text = ("وقال الرئيس سالم الهادي إن الحوار مستمر. " + "وقال مصدر أمني إن الطرق مفتوحة. " * 30
            + "وأكد الرئيس اليمني أن الاتفاق قريب.")
    doc = run_quotes(text, {"سالم الهادي": "PER"})
    last = doc.quotes[-1]
    assert last.cue.text == "وأكد"
    assert last.speaker is not None and last.speaker.text == "سالم الهادي"


@pytest.mark.parametrize("labels", [("PER",), ("PER", "ORG")])
def test_label_index_matches_a_plain_scan(labels):
    doc = make_doc("قال خالد العمري إن وزارة الصحة أعلنت أن سالم الهادي وصل. " * 5,
                   {"خالد العمري": "PER", "وزارة الصحة": "ORG", "سالم الهادي": "PER"})
    ctx = quotes_ctx.build_ctx(doc)
    plain = [k for k, m in enumerate(ctx.mention_of) if m is not None and m.label in labels]
    assert ctx.label_index(labels) == plain
    for i in range(len(ctx.toks)):
        got = quotes_near.nearest_name(ctx, i, same_sentence=False, labels=labels)
        want = next((ctx.mention_arg(ctx.mention_of[k]) for k in reversed(plain) if k < i
                     and not quotes_ctx.addressee(ctx, k, ctx.mention_of[k])), None)
        assert got == want
