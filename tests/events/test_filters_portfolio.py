"""A trigger noun joined by و to an office's portfolio names the office, no happening (SPEC 2.6):
"وزير حقوق الإنسان والإغاثة", "وزارة الهجرة والمهجرين"."""
from filter_probes import read_types as _types


def test_portfolio_conjunct_dropped():
    assert "AID" not in _types("واستقبل الرئيس وزير الصحة والإغاثة في حكومة الوحدة بمكتبه أمس.")


def test_aid_told_after_a_title_kept():
    assert "AID" in _types("وقال وزير الصحة، إن قافلة الإغاثة وصلت إلى المدينة المحاصرة أمس.")
    assert "AID" in _types("ووزعت هيئة الهلال الأحمر والإغاثة شحنات من المساعدات الإنسانية على النازحين.")
