"""An act named as the goal of an effort is not done; a vessel's class and a metaphor are no attack."""
import pytest

from filter_probes import detected_types as _types, read_types as _read_types


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # the work or the contribution a return is the goal of (للعمل على / المساهمة في)
    ("وشكلت الحكومة لجنة خاصة للعمل على عودة النازحين إلى القرى.", "DISPLACE"),
    ("ودعا الوزير المنظمات الدولية إلى العمل على عودة المهجرين.", "DISPLACE"),
    ("وناشد المبعوث الدول المانحة المساهمة في عودة النازحين إلى مدنهم.", "DISPLACE"),
    ("وخصصت الوزارة مبلغا للمساهمة في عودة العائلات.", "DISPLACE"),
    # arrangements to complete a return (لإكمال)
    ("وقال المسؤول إن هناك ترتيبات لإكمال عودة العالقين في الخارج.", "DISPLACE"),
]

# (sentence, type that must still be detected)
KEPT = [
    # a dated return, no effort word before it
    ("وشهدت البلدة عودة 300 عائلة نازحة يوم الأحد.", "DISPLACE"),
    # work or a contribution away from the act (a word between) does not govern it
    ("وعاد العمال إلى العمل بعد عودة النازحين إلى البلدة.", "DISPLACE"),
    # على / في right before the act with no effort word: a place or a target
    ("وقتل جندي في هجوم على حاجز للشرطة.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,etype", SUPPRESSED)
def test_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", KEPT)
def test_kept(sentence, etype):
    assert etype in _types(sentence)


# (sentence, type the sense checks must drop)
MISREAD = [
    # a vessel named by its role, not an attack
    ("وأعلنت البحرية عن غواصة هجوم نووي جديدة في الميناء.", "ASSAULT"),
    ("واشترت البحرية زوارق هجوم سريعة.", "ASSAULT"),
    # a crisis as the doer: a metaphor
    ("وتحدث الكاتب عن التاجر الذي أحرقته الأزمة الاقتصادية.", "ASSAULT"),
]

# (sentence, type the sense checks must keep)
READ = [
    # the vessel as a doer or a target: a real attack
    ("وشنت الغواصة هجوما صاروخيا على الميناء.", "ASSAULT"),
    ("وقتل بحار في هجوم على غواصة في الميناء.", "ASSAULT"),
    # a person or a group burning: a real act; the crisis after an object is no doer
    ("وأحرقه المسلحون داخل منزله.", "ASSAULT"),
    ("وأحرق المحتجون مقر الحزب خلال الأزمة السياسية.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,etype", MISREAD)
def test_misread(sentence, etype):
    assert etype not in _read_types(sentence)


@pytest.mark.parametrize("sentence,etype", READ)
def test_read(sentence, etype):
    assert etype in _read_types(sentence)


def test_joined_goal():
    """An act joined by و to a goal act (لإكمال / للعمل على) is a goal too; a joined act with
    no goal phrase before it stands."""
    assert _types("وقال إن هناك ترتيبات لإكمال عودة العالقين في الخارج وعودة النازحين.").count("DISPLACE") == 0
    assert _types("وشكلت الحكومة لجنة للعمل على عودة اللاجئين وعودة النازحين.").count("DISPLACE") == 0
    assert "DISPLACE" in _types("وشهدت البلدة عودة العالقين في الخارج وعودة النازحين.")
