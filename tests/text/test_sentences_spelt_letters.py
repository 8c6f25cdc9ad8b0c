"""Latin letters spelt in Arabic with full stops between them ("إف. بي. آي" = FBI) are one
abbreviation, not three sentences: the NER cut "(إف. بي. آي)" into two organisations and the events
stage lost an act told after it (audit U50, ant-SK-internationalNews-925)."""
from __future__ import annotations

import pytest

from rasd.text.sentences import split_sentences


@pytest.mark.parametrize("text", [
    "أقال الرئيس مدير مكتب التحقيقات الفدرالي (إف. بي. آي) جيمس كومي داعيا إلى ملاحقته.",
    "وقالت شبكة «سي. إن. إن» الأمريكية إن الوفد وصل أمس.",
    "ونقلت قناة إن. تي. في التركية الخبر عن مصادر أمنية.",
])
def test_spelt_letters_stay_in_one_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("text,first", [
    # must not fire: the letter ends its sentence when the next word is no letter
    ("شاهدنا الخبر على قناة بي بي سي. وقال المتحدث إن الوفد وصل.", "شاهدنا الخبر على قناة بي بي سي."),
    # must not fire: an ordinary word before the full stop
    ("وصل الوفد إلى المدينة. وقال المتحدث إن الاجتماع بدأ.", "وصل الوفد إلى المدينة."),
])
def test_other_full_stops_still_end_sentences(text, first):
    assert split_sentences(text)[0].text == first
