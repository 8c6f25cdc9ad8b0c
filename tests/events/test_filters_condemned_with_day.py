"""A condemned act with a relative clause that names its day is told here too, as news:
"استنكرت السفارة التفجير الإرهابي الذي وقع فجر الأحد" keeps the ASSAULT; the bare reference
"أدانت الحكومة الهجوم" and a relative with no day stay dropped (SPEC 2.6)."""
from filter_probes import read_types


def test_relative_with_day_kept():
    assert "ASSAULT" in read_types("وأدانت الوزارة الهجوم المسلح الذي وقع مساء الجمعة في السوق المركزي.")
    assert "ASSAULT" in read_types("واستنكر البرلمان التفجير الذي شهدته المدينة أمس وأودى بحياة ثلاثة.")


def test_reference_dropped():
    assert "ASSAULT" not in read_types("وأدانت الوزارة الهجوم على السوق المركزي.")
    assert "ASSAULT" not in read_types("وأدانت الوزارة الهجوم الذي استهدف السوق المركزي.")
