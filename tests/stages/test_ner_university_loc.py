"""A LOC chunk that opens with جامعة/كلية/معهد/أكاديمية is the institution (ORG), its country's
adjective left out: "في جامعة نورث كارولينا الأمريكية" was a place (audit U66
saudinewsnet-2015-07-21-01373)."""
from test_ner import mentions, run


def test_a_university_named_after_a_state_is_an_org():
    doc = run("وأجرى الدراسة فريق في جامعة نيو مكسيكو الأمريكية على مئة مريض",
              {"جامعة": "B-LOC", "نيو": "I-LOC", "مكسيكو": "I-LOC", "الأمريكية": "I-LOC"},
              {"الأمريكية": "NAT"})
    assert mentions(doc) == [("جامعة نيو مكسيكو", "ORG")]
    doc = run("وتخرج من كلية لندن للاقتصاد", {"كلية": "B-LOC", "لندن": "I-LOC"})
    assert ("كلية لندن", "ORG") in mentions(doc)


def test_a_place_alone_stays_a_place():  # must not fire
    doc = run("وعاد الطلاب من جامعة في نيو مكسيكو", {"نيو": "B-LOC", "مكسيكو": "I-LOC"})
    assert mentions(doc) == [("نيو مكسيكو", "LOC")]
