"""Actor codes: a force or government named by a nationality adjective takes that state's code
(places_nisba.tsv) — "اتهم الرئيس الفنزويلي الجيش الكولومبي" had the target "الجيش" with no code,
the adjective being unknown (audit U58 ant-SK-internationalNews-46-20180220)."""
import pytest


@pytest.mark.parametrize("text,span,code", [
    ("واتهم الرئيس الفنزويلي الجيش الكولومبي بتدريب مسلحين على الحدود.", "الجيش الكولومبي", "COLMIL"),
    ("واتهمت الحكومة الهندية الشرطة البنغلاديشية بطرد لاجئين عبر الحدود.", "الشرطة البنغلاديشية", "BGDPOL"),
])
def test_the_adjective_names_the_state(ev, text, span, code):
    evs = [e for e in ev.run(ev.make_doc(text)) if e.type == "ACCUSE"]
    assert any((t.text, t.code) == (span, code) for e in evs for t in e.targets)
