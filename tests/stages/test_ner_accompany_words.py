"""A person's name the tagger runs on into a word of company after it (audit U52: "مستشفى الملك خالد
بمرافقة مدير الطوارئ" → خالد بمرافقة; "يرافقه" alone as a person): the words come off first, so the
hospital named after the king is read whole."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_name_ends_before_a_word_of_company():
    doc = run("ووصل الأمير سلطان بمرافقة مدير الطوارئ", {"سلطان": "B-PER", "بمرافقة": "I-PER"}, NAMES)
    assert mentions(doc) == [("سلطان", "PER")]
    # the hospital named after the prince is then read whole (a place)
    doc = run("ثم زار مستشفى الأمير سلطان بمرافقة مدير الطوارئ", {"سلطان": "B-PER", "بمرافقة": "I-PER"}, NAMES)
    assert mentions(doc) == [("مستشفى الأمير سلطان", "LOC")]
    doc = run("وبدأ جولته في المنطقة يرافقه مدير الصحة", {"يرافقه": "B-PER"}, NAMES)
    assert mentions(doc) == []


def test_a_name_before_a_plain_word_is_kept():  # must not fire
    doc = run("واستقبل الوزير سلطان بن فهد أمس", {"سلطان": "B-PER", "بن": "I-PER", "فهد": "I-PER"}, NAMES)
    assert mentions(doc) == [("سلطان بن فهد", "PER")]
