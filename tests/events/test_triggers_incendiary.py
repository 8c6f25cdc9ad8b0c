"""Incendiary devices thrown and arson are attacks on people or property (SPEC 2.6 ASSAULT):
"ألقيت قنابل حارقة على مقر", "رشق بزجاجة حارقة", "تعرض للحرق العمد"."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وألقيت قنابل حارقة على مقر جمعية ثقافية في بلدة صغيرة شمالي البلاد مساء السبت.",
    "وألقى مجهولون قنبلة حارقة على مطعم في وسط المدينة فجر الاثنين.",
    "وتعرضت حافلة للرشق بزجاجة حارقة على الطريق السريع أمس.",
    "وقالت الشرطة إن كنيسة في المدينة تعرضت للحرق العمد ليلة الجمعة.",
])
def test_incendiary_attack_found(sentence):
    assert "ASSAULT" in _types(sentence)


def test_incendiary_not_thrown_is_no_attack():
    # a plan or a charge is still caught by the filters
    assert "ASSAULT" not in _types("وكان المتهم يخطط لإلقاء قنابل حارقة على مركز الشرطة.")


def test_incendiary_in_a_stronger_act_is_its_means():
    assert _types("واندلعت مواجهات عند الحاجز مساء الجمعة، وقال الجيش إنه تم إلقاء قنابل حارقة "
                  "على الجنود.") == ["ASSAULT"]
