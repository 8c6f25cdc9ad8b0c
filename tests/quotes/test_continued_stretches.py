"""A speech typed in several stretches, each opened by a mark after a full stop and only the
last one closed ('وقال "… الأول. "… الثاني. "… الثالث".'), is one quotation up to that close, not
an opener running to the paragraph's end that swallows the quotes after it (audit U56,
saudinewsnet-2015-07-22-00815: four direct quotes of one scientist were lost)."""
from __future__ import annotations

from rasd.stages.quotes_marks import pair_marks


def test_stretches_make_one_speech(quotes, check):
    text = ('وقال سامي العلي "نقيس حرارة البحر كل يوم. "ونقارنها بما سجلناه قبل عشر سنوات. '
            '"عندها نعرف مدى التغير". وأضاف العلي "النتائج التي حصلنا عليها مقلقة جدا لكل العلماء".')
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    got = [(q.kind, q.content.text) for q in doc.quotes]
    assert got == [
        ("direct", 'نقيس حرارة البحر كل يوم. "ونقارنها بما سجلناه قبل عشر سنوات. "عندها نعرف مدى التغير'),
        ("direct", "النتائج التي حصلنا عليها مقلقة جدا لكل العلماء"),
    ]


def test_marks_unchanged():
    # must not fire: no full stop before the second opener (a quoted word inside the speech),
    # an opener with no closed stretch after it keeps running to the paragraph's end
    text = 'وقال المتحدث إن "الوضع صعب وإن "الحل" بعيد. "لكننا نعمل'
    assert [(q.open, q.close) for q in pair_marks(text)[0]] == [(16, -1)]
    text = 'قال "الأول. "الثاني.'
    assert [q.close for q in pair_marks(text)[0]] == [-1]
