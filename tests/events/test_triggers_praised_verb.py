""""ثمن" is the verb (praised) where it opens its clause, verb first, and the noun (a price) after a
word; the verb is SUPPORT (SPEC 2.6)."""
from filter_probes import detected_types


def test_clause_first_verb_found():
    assert "SUPPORT" in detected_types("ثمن رئيس الحكومة جهود الوسطاء في إنهاء الأزمة.")
    assert "SUPPORT" in detected_types("وفي ختام اللقاء، ثمن الوزير دعم الأشقاء لبلاده.")


def test_price_noun_dropped():
    assert "SUPPORT" not in detected_types("وارتفع ثمن الخبز في الأسواق.")
    assert "SUPPORT" not in detected_types("وباع المزارع الأرض بثمن بخس.")
