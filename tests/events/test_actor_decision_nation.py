"""Actors of decided acts (event_actors_decision.decision_nation): the nationality adjective of
a decision noun right before بـ + the act names the government that does it — "قرار روسي بطرد
23 دبلوماسيا" is Russia's expulsion (it had no actor and was dropped; known item of U54/U55)."""
import pytest


@pytest.mark.parametrize("text,code", [
    ("وجاء ذلك بعد صدور قرار روسي بطرد 23 دبلوماسيا بريطانيا من موسكو.", "RUSGOV"),
    ("وأثار القرار الأمريكي بطرد 60 دبلوماسيا روسيا غضب موسكو.", "USAGOV"),
    ("وقالت الخارجية إن الرد جاء على القرار البريطاني السابق بطرد 23 دبلوماسيا روسيا.", "GBRGOV"),
])
def test_the_decision_adjective_is_the_doer(ev, text, code):
    evs = [e for e in ev.run(ev.make_doc(text)) if e.type == "SANCTION"]
    assert evs and [a.code for a in evs[0].actors] == [code]


def test_definiteness_must_agree():
    # must not fire: "قرار الروسي" is no noun and its adjective (the Russian's decision)
    from types import SimpleNamespace as T
    from rasd.stages.event_actors_decision import decision_nation
    toks = [T(norm="قرار", start=0, end=4, text="قرار"), T(norm="الروسي", start=5, end=11, text="الروسي"),
            T(norm="بطرد", start=12, end=16, text="بطرد")]
    assert decision_nation(T(times=[]), toks, T(first=2, last=2)) is None
    toks[1] = T(norm="روسي", start=5, end=9, text="روسي")
    assert decision_nation(T(times=[]), toks, T(first=2, last=2)).span.code == "RUSGOV"
