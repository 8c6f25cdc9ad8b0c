"""The bare ضربات (blows, read as strikes) in a sentence that names a blade and no aircraft is a
stabbing: mode other, not airstrike (SPEC 2.6 modes)."""
from rasd.stages.event_detect import candidates, detect
from rasd.stages.event_merge import refine_mode
from rasd.text.tokenize import tokenize


def _modes(text: str) -> list[str]:
    toks = tokenize(text)
    key = " ".join(candidates(t.norm)[0] for t in toks)
    return [refine_mode(t, key) for t in detect(toks) if t.type == "ASSAULT"]


def test_blows_of_a_blade_are_no_air_strike():
    assert "airstrike" not in _modes("وأصيب ثلاثة ركاب بضربات سكين داخل القطار.")
    assert "airstrike" not in _modes("وتلقى الشرطي ضربات بساطور في رأسه.")


def test_air_strikes_kept():
    assert "airstrike" in _modes("وشنت الطائرات ضربات على مواقع المسلحين قرب مخزن للسكاكين.")
    assert "airstrike" in _modes("وأسفرت الضربات عن مقتل خمسة مسلحين في المدينة.")
