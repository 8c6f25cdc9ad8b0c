"""عملية/عمليات إخلاء (an evacuation operation) is DISPLACE/evacuation, as إجلاء is; إخلاء
سبيل (release) stays a release (SPEC 2.6)."""
from rasd.stages.event_detect import detect
from rasd.text.tokenize import tokenize


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(t.type, t.mode) for t in detect(tokenize(text))]


def test_evacuation_operation():
    assert ("DISPLACE", "evacuation") in _found("ونقلت السلطات مئات العائلات في عملية إخلاء للحي القديم أمس.")
    assert ("DISPLACE", "evacuation") in _found("وبدأت عمليات إخلاء السكان من القرى المهددة بالفيضان.")


def test_release_kept_apart():
    assert ("DISPLACE", "evacuation") not in _found("وقررت المحكمة إخلاء سبيل المتهمين بكفالة.")
