"""Audit U46: "قال في تغريدة له عبر حسابه في تويتر:" — the platform after "حسابه في" is where it
was posted, not who speaks; a person's name that names a league or building ("دوري عبداللطيف
جميل", "مستشفى الملك فهد") is no antecedent for a later "وأضاف"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وكان سامي العلي رئيس لجنة الاحتراف قد قال في تغريدة له عبر حسابه في تويتر: "الاتحاد يرفض الطلب '
     'ويطالب اللاعب بالعودة فورا".', {"سامي العلي": "PER", "تويتر": "ORG"}, ["سامي العلي"]),
    ("وقال سامي العلي في تغريدة في تويتر إن الاتحاد يرفض الطلب.", {"سامي العلي": "PER", "تويتر": "ORG"},
     ["سامي العلي"]),
    ("خرج اللاعب سامي العلي عن صمته بعد هبوط الفريق من دوري خالد المنصور. وأضاف: الفريق يحتاج إلى ترتيب "
     "من جديد للعودة.", {"سامي العلي": "PER", "خالد المنصور": "PER"}, ["سامي العلي"]),
    ("عاد الطبيب سامي العلي إلى العمل في مستشفى خالد المنصور. وأضاف: المرضى يحتاجون إلى رعاية أفضل.",
     {"سامي العلي": "PER", "خالد المنصور": "PER"}, ["سامي العلي"]),
    # must keep: the platform company speaking; a plain name before وأضاف
    ("وقالت إدارة تويتر في بيان إن الحساب أغلق.", {"تويتر": "ORG"}, ["إدارة تويتر"]),
    ("التقى سامي العلي بخالد المنصور. وأضاف: اللقاء كان مثمرا جدا.", {"سامي العلي": "PER", "خالد المنصور": "PER"},
     ["خالد المنصور"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
