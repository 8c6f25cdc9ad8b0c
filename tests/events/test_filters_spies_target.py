"""Spies or hackers "targeting" a site (جاسوسان استهدفا منشأة، استهدف قراصنة مواقع) spy or break
in — no physical attack; gunmen targeting a site are kept."""
from filter_probes import read_types as _types


def test_spies_targeting_dropped():
    assert "ASSAULT" not in _types("ويعتقد المحققون أن جاسوسين أجنبيين استهدفا مختبرا حكوميا في العاصمة.")
    assert "ASSAULT" not in _types("واستهدف قراصنة مواقع وزارة المالية الأسبوع الماضي.")


def test_gunmen_targeting_kept():
    assert "ASSAULT" in _types("واستهدف مسلحون مختبرا حكوميا في العاصمة بقذائف الهاون.")
    assert "ASSAULT" in _types("استهدف هجوم انتحاري مقر الاستخبارات في المدينة.")
