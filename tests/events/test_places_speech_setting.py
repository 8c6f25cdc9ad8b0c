"""Where a speech was given is not where the act it tells happened (SPEC §2.6): "وأضاف الوزير
في كلمة خلال مؤتمر في أنقرة، أن مسلحين أطلقوا قذائف على الأراضي التركية" — the shelling was not
in Ankara."""
import pytest

ANKARA = ("أنقرة", 39.93, 32.86, "TR", "city")
KILIS = ("كلس", 36.72, 37.12, "TR", "town")


def _assault_places(ev, text):
    places = [p for p in (ANKARA, KILIS) if p[0] in text]
    doc = ev.make_doc(text, published="2018-02-19", places=places,
                      times=[("الأحد", "2018-02-18", "day")] if "الأحد" in text else [])
    return ev.place_names(doc, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وأضاف الوزير في كلمة الأحد خلال مؤتمر لحزبه في أنقرة، أن مسلحين أطلقوا قذائف صاروخية على الأراضي التركية.",
    "وقال الوزير خلال مؤتمر صحفي في أنقرة إن المسلحين أطلقوا قذائف صاروخية على الأراضي التركية.",
])
def test_the_speech_setting_is_no_place_of_the_act(ev, text):
    places = _assault_places(ev, text)
    assert places and "أنقرة" not in places


@pytest.mark.parametrize("text, place", [
    # the act's own place after it
    ("وقال الوزير خلال مؤتمر صحفي في أنقرة إن المسلحين أطلقوا قذائف صاروخية على بلدة كلس.", "كلس"),
    # no speech setting: a place before the act still stands
    ("وفي أنقرة، قال الوزير إن المسلحين أطلقوا قذائف صاروخية على مركز للشرطة.", "أنقرة"),
])
def test_other_places_stay(ev, text, place):
    assert _assault_places(ev, text) == [place]
