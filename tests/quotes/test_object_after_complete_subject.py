"""A nominal subject after a cue ends where the verb's object starts: ما or a demonstrative
after a definite word or a name ("ووصف المصدر ما حدث بأنه"), a verbal noun with a pronoun after
a person's name ("ونقل الكاتب عن ترامب مخاطبته للوزير") (audit U58: the spans "المصدر ما
حدث", "وودورد هذا الوضع", "ترامب مخاطبته لماتيس" spoke)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("ووصف المصدر ما حدث بأنه تصعيد خطير.", {}, ["المصدر"]),
    ("ويصف الكاتب هذا الوضع بأنه أزمة حقيقية.", {}, ["الكاتب"]),
    ("ويصف سامر خليل هذه المرحلة بأنها الأصعب.", {"سامر خليل": "PER"}, ["سامر خليل"]),
    ('ونقل الكاتب عن سامر خليل مخاطبته للوزير "دعنا نذهب إلى هناك".', {"سامر خليل": "PER"}, ["سامر خليل"]),
    # must not fire: a demonstrative or ما after a noun in construct or an indefinite one
    ("وقال رئيس هذه اللجنة إن العمل مستمر.", {}, ["رئيس هذه اللجنة"]),
    ("وقال مصدر ما إن الاتفاق قريب.", {}, ["مصدر ما"]),
])
def test_object_after_complete_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
