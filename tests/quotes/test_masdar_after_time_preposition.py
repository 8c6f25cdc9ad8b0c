"""Audit U48: a cue form right after an adverbial preposition (بعد، قبل، عقب، إثر، منذ …, also
with و) is a verbal noun, not a finite verb: "وبعد نقل المهاجرين إلى سفينتين أصر الوزير على
إصدار أوامر لهم «…»" has no quote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وبعد نقل الركاب إلى سفينتين أصر الوزير على إصدار أوامر لهم "بالتوجه شمالا إلى الميناء القديم".', {}, []),
    ('وعقب نقل الجرحى أمر المحافظ بإغلاق الطريق "حتى إشعار آخر في كل الأحوال".', {}, []),
    # must keep: a finite cue after بعد ذلك, a cue after a comma
    ("وقال سامي العلي إن الوضع صعب. وبعد ذلك قال إن الحل قريب.", {"سامي العلي": "PER"},
     ["سامي العلي", "سامي العلي"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
