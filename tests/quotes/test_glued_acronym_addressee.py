"""An outlet spelt in letter names glued by full stops ("لسي.إن.إن", to CNN) between the cue and
its speech is one acronym: the sentence does not end at its dots and its last إن is no
complementiser (audit U56, ant-SK-internationalNews-2322: «وقال بومبيو لسي.إن.إن "لن أضع …"» was
lost)."""
from __future__ import annotations

from rasd.text.sentences import split_sentences


def test_glued_acronym_speech(quotes, check):
    text = ('وقال سامي العلي لسي.إن.إن "لن نحدد موعدا للانسحاب من المدينة سواء كان بعد شهر أو سنة. '
            'نحن ملتزمون بالحل". وكان يشير إلى الاتفاق.')
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [(q.kind, q.speaker.text, q.content.text[:12]) for q in doc.quotes] == [
        ("direct", "سامي العلي", "لن نحدد موعد")]


def test_sentences():
    assert len(split_sentences("وقال العلي لسي.إن.إن إنه بخير وإن المدينة آمنة.")) == 1
    # must not fire: a full stop glued between two ordinary words still ends a sentence, and
    # a word that is no letter name after the dot
    assert len(split_sentences("وصل الوفد إلى المدينة.وقال إنه بخير.")) == 2
    assert len(split_sentences("تحدث العلي لسي.وقال إنه بخير.")) == 2
