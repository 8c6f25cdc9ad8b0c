"""A description naming its own office ("وزير الداخلية") is not the previous speaker named with
the same title and another office ("فايز كاكار وزير صحة …") (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال فايز كاكار وزير صحة الولاية لوكالة فرانس برس "توجد جثث كثيرة في المستشفيات". وأضاف وزير الداخلية '
     'أن الاعتداء استهدف لقاء انتخابيا. وقال: "قضى متأثرا بجروحه خلال نقله".',
     {"فايز كاكار": "PER"}, ["فايز كاكار", "وزير الداخلية", "وزير الداخلية"]),
    ("وقال وزير الصحة فايز كاكار إن الوضع صعب. وأضاف وزير الداخلية أن الحدود مغلقة.",
     {"فايز كاكار": "PER"}, ["فايز كاكار", "وزير الداخلية"]),
    # must not fire: the same office; a nisba description; a bare pronoun cue
    ("وقال فايز كاكار وزير الداخلية إن الوضع صعب. وأضاف وزير الداخلية أن الحدود مغلقة.",
     {"فايز كاكار": "PER"}, ["فايز كاكار", "فايز كاكار"]),
    ("وقال فايز كاكار وزير الصحة إن الوضع صعب. وأضاف الوزير الباكستاني أن الحدود مغلقة.",
     {"فايز كاكار": "PER"}, ["فايز كاكار", "فايز كاكار"]),
    ("وقال فايز كاكار وزير الصحة إن الوضع صعب. وأضاف أن الحدود مغلقة.",
     {"فايز كاكار": "PER"}, ["فايز كاكار", "فايز كاكار"]),
])
def test_other_portfolio(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
