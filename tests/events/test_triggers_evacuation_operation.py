"""عملية/عمليات إخلاء (an evacuation operation) is DISPLACE/evacuation, as إجلاء is; إخلاء
سبيل (release) stays a release (SPEC 2.6)."""
from filter_probes import detected_modes as _found


def test_evacuation_operation():
    assert ("DISPLACE", "evacuation") in _found("ونقلت السلطات مئات العائلات في عملية إخلاء للحي القديم أمس.")
    assert ("DISPLACE", "evacuation") in _found("وبدأت عمليات إخلاء السكان من القرى المهددة بالفيضان.")


def test_release_kept_apart():
    assert ("DISPLACE", "evacuation") not in _found("وقررت المحكمة إخلاء سبيل المتهمين بكفالة.")
