"""The one told or met is no speaker: after أبلغ/أخبر the subject ends before a named
organisation or an indefinite accusative ("وأبلغ مصدر مخابراتي رويترز بأن"); a name reached
through "مع/قبيل/خلال … نظيره" is the one met (audit U22 Q-3)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وأبلغ مصدر أمني عنصرا متخفيا من الشرطة بأن المنفذ هرب.", {}, ["مصدر أمني"]),
    ("وأبلغ مصدر أمني رويترز بأن المقاتلين متشبثون بمواقعهم.", {"رويترز": "ORG"}, ["مصدر أمني"]),
    ("قال الوزير سامي خليل إنه يأمل بحل. وقال في العاصمة قبيل محادثات مع نظيره الروسي بوريس نيكولاي: "
     "\"علينا تحديد هذه الجماعات\".", {"سامي خليل": "PER", "بوريس نيكولاي": "PER"},
     ["سامي خليل", "سامي خليل"]),
    # must not fire: the speaker named before the PP; the one told after ل
    ("وقال بوريس نيكولاي متحدثا في مؤتمر صحفي مع سامي خليل إن الحل سياسي.",
     {"سامي خليل": "PER", "بوريس نيكولاي": "PER"}, ["بوريس نيكولاي"]),
    ("وأبلغ وزير الخارجية نظيره الفرنسي أن بلاده ترفض القرار.", {}, ["وزير الخارجية"]),
])
def test_told_and_met(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
