"""The words before a cue must form a noun phrase to be its speaker: a candidate opened by a
preposition or particle ("في حملة قالت", "إلا أنها أكدت"), holding a verb ("نشر التنظيم أسماء
… قال") or a bare indefinite accusative ("صورا قالت") falls back to the sentence's subject.
A verb of believing says something only through its own أن-clause (audit U22 Q-1)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("نشرت حسابات تابعة للتنظيم، مساء الأحد، صورا قالت إنها لمنفذي الهجوم.", {}, ["~حسابات"]),
    ("كما نشر التنظيم أسماء ثلاثة آخرين قال إنهم نفذوا الهجوم.", {}, ["التنظيم"]),
    ("وأعلنت قيادة القوات المشتركة، السبت، عن هدنة قصيرة، إلا أنها أكدت أنها سترد على أي خرق.",
     {}, ["قيادة القوات المشتركة"]),
    # must not fire: a noun subject with a PP inside; a named subject after "إلا أن"
    ("وقال مصدر في الشرطة إن المنفذ اعتقل.", {}, ["~مصدر"]),
    ("وأعلنت الحكومة هدنة، إلا أن الجيش أكد أنه سيرد.", {}, ["الجيش"]),
])
def test_speaker_is_a_noun_phrase(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    got = [q.speaker.text if q.speaker else None for q in doc.quotes]
    assert len(got) == len(speakers), got
    for have, want in zip(got, speakers):
        assert (want[1:] in (have or "")) if want.startswith("~") else have == want


@pytest.mark.parametrize("text,n", [
    ("ويعتبر الزعيم الجديد معتدلا ومؤيدا للحوار ما يزيد الآمال في أن تنتهي الحرب.", 0),
    ("وتوفي الرجل بعد أن شرب من قارورة اعتقد \"أنها ماء صاف تماما كما قيل له\".", 0),
    # must not fire: اعتبر / اعتقد with their own أن-clause
    ("ويعتبر الجيش أن الهجوم خرق للهدنة.", 1),
    ("ويعتقد الوزير أن الحل قريب.", 1),
])
def test_belief_needs_its_clause(quotes, text, n):
    assert len(quotes(text, {}).quotes) == n
