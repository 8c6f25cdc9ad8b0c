"""A source named before its cue and followed by "في + place" ("وكانت مصادر رئاسية في عدن قد
قالت إن") speaks as the source, not as the place (audit U56, ant-AL-internationalNews-1866: the
speaker was "عدن"); the place stays out, as gold-dev stops "مجلس المقاومة الشعبية" before "في
عدن"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وكانت مصادر أمنية في حلب قد قالت إن القصف استمر طوال الليل.", "مصادر أمنية"),
    ("وكان مسؤولون محليون في حلب قالوا إن القصف استمر طوال الليل.", "مسؤولون محليون"),
    # a named subject before في speaks; must not fire: no place
    ("وكان سامي العلي في حلب قد قال إن القصف استمر طوال الليل.", "سامي العلي"),
    ("وكانت مصادر أمنية قد قالت إن القصف استمر طوال الليل.", "مصادر أمنية"),
])
def test_source_before_place(quotes, text, want):
    got = quotes(text, {"حلب": "LOC", "سامي العلي": "PER"}).quotes
    assert [q.speaker.text for q in got] == [want]
