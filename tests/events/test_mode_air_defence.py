"""Air defence words name the interceptors, not the weapon that struck: a missile launch that
air defences intercepted is shelling, not an air strike (SPEC 2.6 modes)."""
from rasd.stages.event_detect import candidates, detect
from rasd.stages.event_merge import refine_mode
from rasd.text.tokenize import tokenize


def _mode(text: str) -> str:
    toks = tokenize(text)
    (trig,) = [t for t in detect(toks) if t.type == "ASSAULT"][:1]
    return refine_mode(trig, " ".join(candidates(t.norm)[0] for t in toks))


def test_interceptors_name_no_air_strike():
    assert _mode("ورصدت قوات الدفاع الجوي إطلاق صاروخ باليستي باتجاه المدينة.") == "shelling"
    assert _mode("وأطلقت الجماعة قذائف على القاعدة وتصدت لها الدفاعات الجوية.") == "shelling"
    assert _mode("واستهدف المسلحون الموقع بصواريخ مضادة للطائرات.") == "shelling"


def test_air_strikes_kept():
    assert _mode("وقصفت الطائرات الحربية مواقع المسلحين رغم الدفاع الجوي.") == "airstrike"
    assert _mode("وشنت المقاتلات غارة جوية على مخزن للصواريخ.") == "airstrike"
