"""An ambiguous short alias ("الحشد") in an article that names the listed group it begins
("الحشد الشعبي") is that group (audit U44); "الحشد العسكري" (a build-up) stays a phrase."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner.org_context import short_alias_names


def _added(text: str, long: str, listed=lambda s: True) -> list[str]:
    at = text.index(long)
    spans = [(Span(at, at + len(long), long), "ORG", None)]
    out = short_alias_names(text, spans, listed)
    assert all(text[sp.start:sp.end] == sp.text for sp, _l, _a in out)
    return [sp.text for sp, lab, alias in out[1:] if lab == "ORG" and alias == long]


def test_the_short_alias_joins_the_named_group():
    text = "قال قائد في الحشد الشعبي إن مقاتلي الحشد وصلوا، وأكد بيان للحشد ذلك ورحب بالحشد."
    assert _added(text, "الحشد الشعبي") == ["الحشد", "لحشد", "الحشد"]


def test_a_definite_word_after_it_is_a_phrase():  # must not fire: "the military build-up"
    text = "قال قائد في الحشد الشعبي إن الحشد العسكري على الحدود مقلق."
    assert _added(text, "الحشد الشعبي") == []


def test_without_the_long_name_nothing_is_added():  # must not fire: an unlisted long chunk
    text = "قال منظمو الحشد الكبير إن الحشد تفرق."
    assert _added(text, "الحشد الكبير", listed=lambda s: False) == []
