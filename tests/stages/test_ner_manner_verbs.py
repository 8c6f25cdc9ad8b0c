"""A person's mention does not run on into a dual verb ("تتوليان") or a verb in the first person's
future ("سأعترف"), nor into an accusative participle (مفعولاً: "ظل كريم مذهولا") when the rest names
a person of the article (audit U56)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.around import not_name_word
from tests.stages.test_ner import mentions, run


@pytest.mark.parametrize("text, tags, expected", [
    ("قال لها: سلمى سأعود غدا", {"سلمى": "B-PER", "سأعود": "I-PER"}, "سلمى"),
    ("والسفارتان في تونس وحمدي تتوليان الملف", {"وحمدي": "B-PER", "تتوليان": "I-PER"}, "حمدي"),
    # a past verb with the object "me" (audit U62)
    ("قال: الفنان كريم المنصوري أحزنني غيابه", {"كريم": "B-PER", "المنصوري": "I-PER", "أحزنني": "I-PER"},
     "كريم المنصوري"),
])
def test_the_run_on_word_comes_off(text, tags, expected):
    assert mentions(run(text, tags)) == [(expected, "PER")]


def test_names_of_those_shapes_stay():
    # must not fire: a given name of a participle's or a future verb's letters without them
    assert not not_name_word("منصور", frozenset())
    assert not not_name_word("سامي", frozenset())  # (سا, not سأ)
    assert not not_name_word("سالم", frozenset())
    assert not not_name_word("ألباني", frozenset())  # (an alif among the letters: a nisba)
    assert not not_name_word("أرمني", frozenset())
    assert mentions(run("وقال كريم منصور إن الوفد وصل", {"كريم": "B-PER", "منصور": "I-PER"})) == [("كريم منصور", "PER")]


def test_the_participle_comes_off_when_the_rest_names_a_person():
    tags = {"كريم": "B-PER", "الصافي": "I-PER", "مذهولا": "I-PER"}
    doc = run("وقال كريم الصافي إن الزيارة انتهت. وظل الصافي مذهولا بعد الزيارة", tags)
    assert mentions(doc) == [("كريم الصافي", "PER"), ("الصافي", "PER")]
    # must not fire: no other mention names the rest ("كارلوس مندوزا" has the participle's shape)
    doc = run("وظل الصافي مذهولا بعد الزيارة", tags)
    assert mentions(doc) == [("الصافي مذهولا", "PER")]
