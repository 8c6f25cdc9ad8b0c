""""وجدد X القول إن": the verbal noun القول after a verb of renewing/repeating reports speech
(audit U15 one-off); elsewhere ("يمكن القول إن") it does not, and it never cuts a relay."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,got", [
    ("وجدد سامي العلي القول إن ما يتعرض له هو حملة سياسية.", {"سامي العلي": "PER"},
     [("القول", "سامي العلي")]),
    ("وكرر الوزير القول إن الحكومة باقية.", {}, [("القول", "الوزير")]),
    # must not fire (and a relay's speaker now ends before القول)
    ("يمكن القول إن الوضع صعب جدا.", {}, []),
    ("ولم تجد القناة حرجا في القول إن الهجوم نجح.", {}, []),
    ("ونقلت الصحيفة عن حاكم الإقليم القول إن الوضع هادئ.", {}, [("ونقلت", "حاكم الإقليم")]),
])
def test_renewed_saying_is_a_cue(quotes, check, text, names, got):
    doc = quotes(text, names)
    check(doc)
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == got
