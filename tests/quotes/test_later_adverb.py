""""فيما بعد" (later) is an adverb, not the clause word فيما before the preposition بعد: the
reporting verb keeps its complement and a cue right after it stays a cue."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال سامي العلي فيما بعد إن المصنع توقف.", {"سامي العلي": "PER"}, ["سامي العلي"]),
    ('وكتبت سارة العلي فيما بعد تقول "حكايتي بسيطة، لا أكثر".', {"سارة العلي": "PER"}, ["سارة العلي"]),
    # فيما as "while" still opens a clause of its own
    ("وقال سامي العلي إن المصنع توقف، فيما قال وزير الصحة إن العمال عادوا.",
     {"سامي العلي": "PER"}, ["سامي العلي", "وزير الصحة"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
