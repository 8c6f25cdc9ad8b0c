"""The language word of an outlet's Arabic service is part of its name: "سكاي نيوز عربية",
"بي بي سي عربي" (audit U56: the stage cut Sky News Arabia to سكاي نيوز)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_TAGS = {"سكاي": "B-ORG", "نيوز": "I-ORG", "بي": "B-ORG", "سي": "I-ORG"}


def test_the_service_word_joins_the_outlet():
    assert mentions(run("وبثت سكاي نيوز عربية صورا للقصف الليلة", _TAGS)) == [("سكاي نيوز عربية", "ORG")]
    assert mentions(run('وقال الوزير لـ"سكاي نيوز العربية" إن الوفد وصل', _TAGS)) == [("سكاي نيوز العربية", "ORG")]


def test_another_word_or_no_outlet_is_left():
    # must not fire: a word that is no service's language, an adjective after a common noun
    assert mentions(run("وبثت سكاي نيوز صورا عربية للقصف", _TAGS)) == [("سكاي نيوز", "ORG")]
    assert mentions(run("وقال الوزير إن الجامعة عربية الهوى", {})) == []


def test_letters_spelt_with_hamza_join_too():
    # أم is the letter M (rasd.text.letters.LETTER_NAMES): "أم بي سي عربية" is one outlet
    tags = {"أم": "B-ORG", "بي": "I-ORG", "سي": "I-ORG"}
    assert mentions(run("وعرضت أم بي سي عربية المقابلة كاملة", tags)) == [("أم بي سي عربية", "ORG")]
