"""Session 17 (ev24b) event-argument rules: places of other acts kept off an event (a take-off
base), SPEC §2.6."""
import pytest

ISTANBUL = ("اسطنبول", 41.01, 28.98, "TR", "city")
DIYARBAKIR = ("ديار بكر", 37.91, 40.24, "TR", "city")
HOMS = ("حمص", 34.73, 36.72, "SY", "city")
ALEPPO = ("حلب", 36.2, 37.16, "SY", "city")


def _assault(ev, text, places, published="2015-07-24"):
    doc = ev.make_doc(text, published=published, places=places)
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return doc, e


# --- a take-off base is where the aircraft came from

def test_a_take_off_base_is_not_where_the_strike_fell(ev):
    text = "وقال مسؤول إن ثلاث مقاتلات أقلعت من قاعدة في ديار بكر وقصفت مقرين للتنظيم."
    doc, e = _assault(ev, text, [DIYARBAKIR])
    assert e.place is None or doc.place(e.place).name != "ديار بكر"


@pytest.mark.parametrize("text", [
    "قصفت الطائرات قاعدة في حمص.",  # a base struck, no من
    "قصفت الطائرات مواقع قرب قاعدة جوية في حمص.",
])
def test_a_base_struck_is_the_place(ev, text):
    doc, e = _assault(ev, text, [HOMS])
    assert doc.place(e.place).name == "حمص"
