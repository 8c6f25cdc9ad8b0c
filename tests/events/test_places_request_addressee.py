"""Who a request is made of is no place (SPEC §2.6: the place is where the act happened):
"وطلبت الوزارة من بكين التحقيق" — Beijing is asked, the request was not made there."""
import pytest

BEIJING = ("بكين", 39.9, 116.4, "CN", "city")
CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")


def _request_places(ev, text):
    doc = ev.make_doc(text, published="2018-05-04", places=[p for p in (BEIJING, CAIRO) if p[0] in text],
                      entities=[("وزارة الدفاع الأميركية", "ORG", "USAMIL")])
    return ev.place_names(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "وقدمت وزارة الدفاع الأميركية شكوى رسمية وطلبت من بكين التحقيق في الحادث.",
    "وقالت وزارة الدفاع الأميركية إنها طلبت من بكين فتح تحقيق في الحادث.",
])
def test_the_one_asked_is_no_place(ev, text):
    places = _request_places(ev, text)
    assert places and "بكين" not in places


# must not fire: where the request was made
def test_a_place_where_it_was_asked_stays(ev):
    text = "وطالبت وزارة الدفاع الأميركية في القاهرة بالتحقيق في الحادث."
    assert _request_places(ev, text) == ["القاهرة"]
