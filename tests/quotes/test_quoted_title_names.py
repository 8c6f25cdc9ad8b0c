"""A name inside a quoted title or description before a subject-less cue is not the speaker
(held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال طاهر الأشرفي إن الشعب يقف مع السعودية. وجاءت كلمته خلال ترؤسه لـ"مسيرة الاحتجاج ضد هجمات '
     'جماعة الحوثي وإيران" بمدينة لاهور، حيث أوضح أن الصواريخ تهدد الأمة.',
     {"طاهر الأشرفي": "PER", "الحوثي": "PER"}, ["طاهر الأشرفي", "طاهر الأشرفي"]),
    ('روى لصحيفة اليوم الشيخ ناصر بشيري "والد الجندي حسن بشيري" تفاصيل أخيرة، مشيرا إلى أنه شعر بالقلق.',
     {"ناصر بشيري": "PER", "حسن بشيري": "PER"}, ["ناصر بشيري"]),
    # must not fire: a name that is the whole quotation; a name in long quoted speech
    ('التقى "خالد يوسف" بالوزير في العاصمة، حيث أوضح أن الحل قريب.', {"خالد يوسف": "PER"}, ["خالد يوسف"]),
    ('ونشر المكتب "لعبة خبيثة من حزب الله لإيقاع الشيخ عباس الجوهري والنيل منه بسبب معارضته للقتال في '
     'سوريا ولبنان" حيث أوضح أن الحل قريب.', {"عباس الجوهري": "PER"}, ["عباس الجوهري"]),
])
def test_quoted_title_names(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
