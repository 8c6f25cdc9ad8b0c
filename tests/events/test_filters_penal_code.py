""""عقوبات" as a law's penalties — the penal code, an article of it, penalties with a fine or jail
in the clause — is no sanction imposed on an actor (SPEC 2.6)."""
from filter_probes import detected_types, read_types


def test_penalties_dropped():
    assert "SANCTION" in detected_types("ويعاقب قانون العقوبات على هذه الجريمة بالسجن.")
    assert "SANCTION" not in read_types("ويعاقب قانون العقوبات على هذه الجريمة بالسجن.")
    assert "SANCTION" not in read_types("وذلك سندا للمواد 403 و21 عقوبات و166 قضاء عسكري.")
    assert "SANCTION" not in read_types("ويفرض النظام الجديد عقوبات على المتحرش تصل إلى الحبس وغرامة مالية.")


def test_sanctions_kept():
    assert "SANCTION" in read_types("وفرضت الولايات المتحدة عقوبات على وزيرين تركيين بسبب سجن القس.")
    assert "SANCTION" in read_types("وفرضت واشنطن حزمة من العقوبات على إيران في السابع من أغسطس.")
