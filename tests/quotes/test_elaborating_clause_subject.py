""""انتقدت منظمة X … حيث قالت في بيان": a cue right after حيث/إذ elaborates its sentence, whose
subject speaks — not the speaker of the sentence before (audit U64)."""
from __future__ import annotations


def _speakers(doc):
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_haythu_cue_takes_sentence_subject(quotes):
    doc = quotes('وبينت هيئة الإعلام أن وقف الصحيفة جاء لمخالفتها القانون.\n\nمن جهتها انتقدت منظمة العفو '
                 'الدولية قرار الهيئة حيث قالت في بيان: "إيقاف الصحيفة مؤشر آخر مقلق على حرية الصحافة".',
                 {"هيئة الإعلام": "ORG", "العفو الدولية": "ORG"})
    assert _speakers(doc) == ["هيئة الإعلام", "العفو الدولية"]


def test_same_sentence_speaker_goes_on(quotes):
    # unchanged: a quote earlier in the sentence keeps its speaker
    doc = quotes("وقال الوزير سامي العلي إن الحكومة ماضية في خطتها، حيث أكد أن الميزانية جاهزة.",
                 {"سامي العلي": "PER"})
    assert _speakers(doc) == ["سامي العلي", "سامي العلي"]


def test_came_in_tweet_keeps_previous_speaker(quotes):
    # unchanged: "جاء ذلك في تغريدة … على تويتر، حيث قال" names no subject; the speaker goes on
    doc = quotes('وصف الأمير سالم العلي ما يجري بالجرائم. جاء ذلك في تغريدة على حسابه بموقع تويتر، حيث قال: '
                 '"ما يجري في المدينة جرائم ضد الإنسانية".', {"سالم العلي": "PER", "تويتر": "ORG"})
    assert _speakers(doc)[-1] == "سالم العلي"
