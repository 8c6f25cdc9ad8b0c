"""Audit U52: a bare source noun (مسؤول، مصدر، مصادر، ضابط with no adjective) says who speaks
only with the في/بال phrase after it — "مسؤول في قصر الرئاسة", "مسؤول بالبحرية الأمريكية" —
so the phrase belongs to the speaker, as gold-dev writes "مصدر في المقاومة الشعبية اليمنية"
and "مسؤوليين بالاتحاد الأوروبي". With an adjective the description is whole and stops before
the phrase, as gold-dev stops "مصدر عسكري رفيع" before "في الجيش اليمني"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وقال مسؤول في مكتب الحاكم لرويترز "تم إبلاغ الحاكم بكل التفاصيل الجديدة".', "مسؤول في مكتب الحاكم"),
    ("وصرح مسؤول بالشرطة الفرنسية لقناة محلية بأن المشتبه به فر من المكان.", "مسؤول بالشرطة الفرنسية"),
    ("وأفاد مصدر في المعارضة المسلحة أن القصف استمر طوال الليل.", "مصدر في المعارضة المسلحة"),
    # not extended: an adjective makes the description whole; a statement phrase is no description
    ("وقال مصدر عسكري في الجيش الوطني إن القصف استمر طوال الليل.", "مصدر عسكري"),
    ("وقال مسؤول في تصريح صحفي إن القصف استمر طوال الليل.", "مسؤول"),
    # a place says where, not who
    ("وقال مصدر في حلب إن القصف استمر طوال الليل.", "مصدر"),
    ("وقال مصدر في المعارضة بحلب إن القصف استمر طوال الليل.", "مصدر في المعارضة"),
    ("وقال مصدر في الدفاع المدني في حلب إن القصف استمر طوال الليل.", "مصدر في الدفاع المدني"),
    # a second preposition opens the verb's own phrase
    ("وقال مسؤولون في المنظمة على تويتر إن القصف استمر طوال الليل.", "مسؤولون في المنظمة"),
    ("وحذر مسؤولون في الأمم المتحدة من أن القصف سيستمر طوال الليل.", "مسؤولون في الأمم المتحدة"),
])
def test_bare_source_pp(quotes, text, want):
    assert [q.speaker.text for q in quotes(text, {"رويترز": "ORG", "حلب": "LOC"}).quotes] == [want]


@pytest.mark.parametrize("text,want", [
    # audit U56: من + an organisation or a group noun is the source's too
    ("وقال مسؤول من حماس إن المشتبه به أصيب في تبادل لإطلاق النار.", "مسؤول من حماس"),
    ("وقال مسؤول من قبيلة الزوي إن الاشتباكات بدأت بعد مقتل أحد أفرادها.", "مسؤول من قبيلة الزوي"),
    # not extended: من before a place, before the verb's own complement
    ("وقال مسؤول من حلب إن القصف استمر طوال الليل.", "مسؤول"),
    ("وحذر مسؤولون من أن القصف سيستمر طوال الليل.", "مسؤولون"),
])
def test_bare_source_from(quotes, text, want):
    got = quotes(text, {"حماس": "ORG", "حلب": "LOC"}).quotes
    assert [q.speaker.text for q in got] == [want]
