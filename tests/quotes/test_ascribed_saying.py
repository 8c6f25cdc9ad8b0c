"""«ونسبت X لـY القول إن» / «ونسب X إلى Y قوله إن»: the words are Y's, X only relays them
(news-dev «ونسبت الوكالة لأكرم القول إنهما اضطرا …» gave no quote). نسب ascribing deeds
(«نسبت الهجمات إلى روسيا») or نسب as the plural of نسبة («نسب البطالة») is no cue."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("ونسبت الوكالة لأكرم القول إنهما اضطرا لترك ابنيهما في دوما.", {}, ["أكرم"]),
    ("ونسب التلفزيون الرسمي إلى وزير الداخلية سامي خليل قوله إن الوضع مستقر.", {"سامي خليل": "PER"},
     ["سامي خليل"]),
    # must not fire: deeds ascribed, no saying noun; نسب as a plural noun
    ("ونسبت الشرطة الهجوم إلى تنظيم الدولة إن صح التعبير.", {}, []),
    ("وارتفعت نسب البطالة إلى مستويات قياسية إن لم تتدخل الحكومة.", {}, []),
])
def test_ascribed_saying(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
