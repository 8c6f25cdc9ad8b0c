"""A listed group and a common noun of forces after و are not one organisation (audit U60:
"ميليشيات حزب الله والميليشيات الإيرانية الأخرى" was one ORG)."""
from test_ner import mentions, run


def test_forces_after_a_listed_group_are_cut_off():
    doc = run("انسحبت حركة حماس والقوات الحليفة الأخرى من الموقع",
              {"حماس": "I-ORG", "حركة": "B-ORG", "والقوات": "I-ORG", "الحليفة": "I-ORG", "الأخرى": "I-ORG"})
    assert [m for m in mentions(doc) if "القوات" in m[0]] == []
    assert ("حماس", "ORG") in mentions(doc)


def test_two_words_joined_inside_an_unlisted_name_stay():
    # must not fire: "العدالة والتنمية" — no listed group before و
    doc = run("فاز حزب العدالة والتنمية", {"حزب": "B-ORG", "العدالة": "I-ORG", "والتنمية": "I-ORG"})
    assert mentions(doc) == [("حزب العدالة والتنمية", "ORG")]
