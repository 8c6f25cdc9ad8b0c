"""A participle cue whose sentence opens with a prepositional phrase closed by a comma takes
the subject of the verb after that comma (audit U44 Q-13: «وفي حفل …، حذر رئيس بلدية هيروشيما
… قائلا إن» had no speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وفي احتفال أقيم السبت بالمناسبة، حذر رئيس بلدية ناغازاكي في خطابه من سباق التسلح قائلا إن ذلك يهدد العالم.",
     {"ناغازاكي": "LOC"}, ["رئيس بلدية ناغازاكي"]),
    ("وخلال زيارته للمخيم، دعا المفوض الأممي إلى زيادة المساعدات، مشيرا إلى أن الأوضاع صعبة.",
     {}, ["المفوض الأممي"]),
    ("وفي الملف الليبي، كانت مصر قد أعلنت دعمها للحوار، معتبرة أن الحل سياسي.",
     {"مصر": "LOC"}, ["مصر"]),
    # kept: a name in the sentence still wins
    ("وفي مؤتمر صحفي، حذر وزير الصحة سامر خليل من الوباء، مؤكدا أن الإصابات تتزايد.",
     {"سامر خليل": "PER"}, ["سامر خليل"]),
    # kept: no verb + subject after the comma, no speaker
    ("وفي المدينة، الأوضاع هادئة، مشيرا إلى أن التحقيقات جارية.", {}, [None]),
])
def test_opening_adverbial_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
