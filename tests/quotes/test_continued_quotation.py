"""'إن "هذه جريمة … القبيل . "نعمل بجد … البدنية." وهذه ليست …': the first closing mark typed as an
opener (space before, letter after) left the quotation open to the paragraph's end; after a full
stop, a second opened-and-closed stretch continues the speech, which ends at its close (audit
U32, ant-JA-diverse-248)."""
from __future__ import annotations

import pytest

from rasd.stages.quotes_marks import pair_marks


def _contents(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    return [q.content.text for q in doc.quotes]


def test_speech_ends_at_the_second_close(quotes, check):
    text = ('وقال متحدث باسم الشركة إن "هذه جريمة بشعة ولا نسمح بمحتوى من هذا القبيل . "نعمل بجد '
            'للحفاظ على مناخ آمن للجميع." وهذه ليست المرة الأولى التي يتم فيها عرض جريمة.')
    assert _contents(quotes, check, text) == [
        'هذه جريمة بشعة ولا نسمح بمحتوى من هذا القبيل . "نعمل بجد للحفاظ على مناخ آمن للجميع']


@pytest.mark.parametrize("text,closes", [
    # must not fire: a quoted name after a word inside an unclosed quotation — it still runs on
    ('وقال المتحدث إن "الوضع صعب وإن حركة "حماس" مسؤولة عن التصعيد.', [-1]),
    # two well-formed quotations stay two
    ('قال "الوضع صعب." وأضاف "سنرد قريبا."', [15, 35]),
])
def test_marks_unchanged(text, closes):
    assert [q.close for q in pair_marks(text)[0]] == closes
