"""A capital after a verb of refusal is the state refusing, not a place (SPEC §2.6): "رفضت روما
وفاليتا استقبال السفينة … قبالة جزيرة لامبيدوزا. وجرى إجلاء 13 منهم" — the evacuation the next
sentence tells took place off Lampedusa, not in Rome."""
import pytest

ROME = ("روما", 41.89, 12.48, "IT", "city")
VALLETTA = ("فاليتا", 35.9, 14.51, "MT", "city")
LAMPEDUSA = ("لامبيدوزا", 35.5, 12.6, "IT", "town")


def _displace_places(ev, lead):
    text = lead + " وجرى إجلاء 13 منهم إلى أحد المستشفيات لتلقي العلاج."
    doc = ev.make_doc(text, published="2018-08-19", places=[p for p in (ROME, VALLETTA, LAMPEDUSA) if p[0] in text],
                      quantities=[("13 منهم", 13, "exact", "displaced")])
    return ev.place_names(doc, "DISPLACE")


@pytest.mark.parametrize("lead", [
    "رفضت روما وفاليتا استقبال السفينة التي تقل 150 مهاجرا قبالة جزيرة لامبيدوزا.",
    "وتنتظر السفينة قبالة جزيرة لامبيدوزا بعد أن رفضت روما وفاليتا فتح موانئهما.",
])
def test_the_refusing_capitals_are_no_place(ev, lead):
    assert _displace_places(ev, lead) == ["لامبيدوزا"]


# must not fire: a capital named as a place stays
def test_a_capital_where_it_happened_stays(ev):
    lead = "وصلت السفينة التي تقل 150 مهاجرا إلى ميناء روما."
    assert _displace_places(ev, lead) == ["روما"]
