"""An organisation's name does not end in an adjective of time or strength (audit U46: "لاعب
نادي الاتفاق السابق" — the former player —, "اتحاد الشغل القوي")."""
from test_ner import mentions, run


def test_former_and_strong_stay_out():
    doc = run("وقال لاعب نادي الاتفاق السابق إن الفريق سيعود", {"نادي": "B-ORG", "الاتفاق": "I-ORG", "السابق": "I-ORG"})
    assert ("نادي الاتفاق", "ORG") in mentions(doc)
    doc = run("ويدعمه اتحاد الشغل القوي في ذلك", {"اتحاد": "B-ORG", "الشغل": "I-ORG", "القوي": "I-ORG"})
    assert mentions(doc) == [("اتحاد الشغل", "ORG")]


def test_a_feminine_strong_in_a_partys_name_stays():
    # must not fire: "حزب مصر القوية" is the party's name
    doc = run("وأعلن حزب مصر القوية مقاطعة الانتخابات", {"حزب": "B-ORG", "مصر": "I-ORG", "القوية": "I-ORG"})
    assert mentions(doc) == [("حزب مصر القوية", "ORG")]


def test_labels_of_hostility_stay_out():
    # audit U48: "تنظيم حزب الله الارهابي", "حزب شاس المتشدد"; an armed group's type word then goes too
    doc = run("وقال إن جماعة النور الإرهابية تبنت الهجوم", {"جماعة": "B-ORG", "النور": "I-ORG", "الإرهابية": "I-ORG"})
    assert mentions(doc) == [("النور", "ORG")]
    doc = run("وانسحب حزب الأمل المتشدد من الائتلاف", {"حزب": "B-ORG", "الأمل": "I-ORG", "المتشدد": "I-ORG"})
    assert mentions(doc) == [("حزب الأمل", "ORG")]
    doc = run("وقال البيان إن منظمة حماس الإرهابية عرضت المدنيين للخطر",
              {"منظمة": "B-ORG", "حماس": "I-ORG", "الإرهابية": "I-ORG"})
    assert mentions(doc) == [("حماس", "ORG")]


def test_acting_and_interim_stay_out():
    # audit U64 saudinewsnet-2015-08-09-00174: "رئيس نادي الشباب المكلف" (the acting president)
    doc = run("وقال رئيس نادي الوحدة المكلف إن الفريق جاهز", {"نادي": "B-ORG", "الوحدة": "I-ORG", "المكلف": "I-ORG"})
    assert mentions(doc) == [("نادي الوحدة", "ORG")]
    doc = run("وأعلن مدرب نادي النجمة المؤقت رحيله", {"نادي": "B-ORG", "النجمة": "I-ORG", "المؤقت": "I-ORG"})
    assert mentions(doc) == [("نادي النجمة", "ORG")]
