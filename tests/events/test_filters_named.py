"""A name given after تسمى/يسمى/المسماة ("جماعة تسمى "المقاومة الشعبية"") is no happening told: the
act word opens the name (news-dev saudinewsnet-2015-08-04-00828, «جماعة تسمى "الاعتصام بالكتاب
والسنة"», once its quotation no longer hid it)."""
from filter_probes import detected_types as _types


def test_named_dropped():
    assert "PROTEST" not in _types('وكان الرجل قد أسس حركة تسمى "الاعتصام الوطني الحر" قبل عامين.')


def test_told_act_kept():
    assert "PROTEST" in _types("ونظم مئات العمال اعتصاما أمام مقر الوزارة أمس.")
