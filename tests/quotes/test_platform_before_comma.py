"""A platform named right before the comma of "…، قال فيها" is where the words were posted,
never the speaker (audit U37 SK-669: «بسبب رسالة نشرها على فيسبوك، قال فيها إنه» spoke as
فيسبوك). The poster speaks when one is written; else no speaker rather than the platform."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("يواجه شخص عقوبة بالسجن بسبب رسالة نشرها على فيسبوك، قال فيها إنه لا يتعاطف مع الضحية.",
     {"فيسبوك": "ORG"}, [None]),
    ("نشرت الشرطة الفرنسية رسالة على تويتر، قالت فيها إن المشتبه به اعتقل.",
     {"تويتر": "ORG"}, ["الشرطة الفرنسية"]),
    # must not fire: a name before the comma that is no platform
    ("وكان رئيس الحزب، سمير جعجع، قال إن الحكومة فشلت.", {"سمير جعجع": "PER"}, ["سمير جعجع"]),
])
def test_platform_before_comma(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
