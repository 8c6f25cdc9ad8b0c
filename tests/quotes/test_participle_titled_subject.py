""""ونوه وزير الخارجية بالاجتماع الذي جمع بين الرئيس X و…، مؤكدا أن": a participle with no
quote before it in its sentence goes on with the sentence's opening subject, a title with no
name of its own, and not with a name the verb's object or a relative clause holds (audit U60
saudinewsnet-2015-07-31-01974: the speaker was the president the minister met)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text, names):
    doc = quotes(text, names)
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ("وأشاد وزير الداخلية بالزيارة التي قام بها الرئيس كمال الحسني إلى المدينة، مؤكدا أن "
     "الأمن مستتب.", {"كمال الحسني": "PER"}, [("مؤكدا", "وزير الداخلية")]),
    # the title's holder named in an earlier sentence speaks
    ("التقى وزير الداخلية سعيد الناصر بالصحفيين. ورحب وزير الداخلية بقرار الرئيس كمال الحسني، "
     "مشيرا إلى أن القرار صائب.", {"سعيد الناصر": "PER", "كمال الحسني": "PER"},
     [("مشيرا", "سعيد الناصر")]),
])
def test_titled_subject_speaks(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want


@pytest.mark.parametrize("text,names,want", [
    # kept: the opening subject is named itself
    ("وأشاد وزير الداخلية سعيد الناصر بقرار الرئيس كمال الحسني، مؤكدا أن القرار صائب.",
     {"سعيد الناصر": "PER", "كمال الحسني": "PER"}, [("مؤكدا", "سعيد الناصر")]),
    # kept: the title's own complement before the name
    ("وأشاد رئيس وزراء البلاد كمال الحسني بالوثيقة، معتبرا أنها خطوة أولى.",
     {"كمال الحسني": "PER"}, [("معتبرا", "كمال الحسني")]),
    ("وأشادت الوزيرة الفرنسية للشؤون الأوروبية سلمى الحسني بالوثيقة، معتبرة أنها خطوة أولى.",
     {"سلمى الحسني": "PER"}, [("معتبرة", "سلمى الحسني")]),
    ("قطع قائد معركة تحرير المدينة، اللواء كمال الحسني، بأن النصر قريب، مشيرا إلى أن قواته تتقدم.",
     {"كمال الحسني": "PER"}, [("مشيرا", "كمال الحسني")]),
    # kept: a named apposition after a comma
    ("وأشاد وزير الداخلية، سعيد الناصر، بقرار الرئيس كمال الحسني، مؤكدا أن القرار صائب.",
     {"سعيد الناصر": "PER", "كمال الحسني": "PER"}, [("مؤكدا", "سعيد الناصر")]),
])
def test_named_subject_kept(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want
