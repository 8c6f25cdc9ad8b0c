"""A person's mention does not run on into an accusative participle (مفعولاً: "ظل كريم مذهولا"),
a dual verb ("تتوليان") or a verb in the first person's future ("سأعترف") (audit U56)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.around import not_name_word
from tests.stages.test_ner import mentions, run


@pytest.mark.parametrize("text, tags, expected", [
    ("وظل كريم مذهولا بعد الزيارة", {"كريم": "B-PER", "مذهولا": "I-PER"}, "كريم"),
    ("قال لها: سلمى سأعود غدا", {"سلمى": "B-PER", "سأعود": "I-PER"}, "سلمى"),
    ("والسفارتان في تونس وحمدي تتوليان الملف", {"وحمدي": "B-PER", "تتوليان": "I-PER"}, "حمدي"),
])
def test_the_run_on_word_comes_off(text, tags, expected):
    assert mentions(run(text, tags)) == [(expected, "PER")]


def test_names_of_those_shapes_stay():
    # must not fire: a given name of a participle's or a future verb's letters without them
    assert not not_name_word("منصور", frozenset())
    assert not not_name_word("سامي", frozenset())  # (سا, not سأ)
    assert not not_name_word("سالم", frozenset())
    assert mentions(run("وقال كريم منصور إن الوفد وصل", {"كريم": "B-PER", "منصور": "I-PER"})) == [("كريم منصور", "PER")]
