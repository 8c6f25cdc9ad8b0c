"""An area read as a province of a country far from the story (audit U26: "منطقة المرج" in an
Eastern Ghouta story was Al Marj, a Libyan province 1,500 km off)."""
import pytest

from places_helpers import place_of, resolve

_ROWS = """id	name	name_en	lat	lon	country	admin1	admin2	feature	population	geonames_id	names
t:sy	سوريا	Syria	35.0	38.5	SY			country	20000000		سوريا
t:ly	ليبيا	Libya	26.3	17.2	LY			country	6000000		ليبيا
t:dam	دمشق	Damascus	33.51	36.28	SY	Damascus		city	2000000		دمشق
t:shf	الشيفونية	Ash Shaffuniyah	33.56	36.44	SY	Rif Dimashq		village	0		الشيفونية
t:marj	المرج	Al Marj	32.02	21.17	LY			admin1	185000		المرج
"""


def _marj(tmp_path, text, mentions):
    from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv

    f = tmp_path / "g.tsv"
    f.write_text(_ROWS, encoding="utf-8")
    return place_of(resolve(MemoryGazetteer(read_rows_tsv(f), name="t"), text, mentions), "المرج")


def test_an_area_is_no_province_far_abroad(tmp_path):
    text = ("تواصل القصف على منطقة المرج ومحيط بلدة الشيفونية قرب دمشق في سوريا. "
            "وقالت مصادر في سوريا إن الاشتباكات مستمرة.")
    p = _marj(tmp_path, text, ["المرج", "الشيفونية", "دمشق", ["سوريا", "سوريا"]])
    assert p.country == "SY" and abs(p.lat - 33.56) < 0.2  # the nearest town of the text


@pytest.mark.parametrize("text,mentions", [
    # must not fire: a province cue
    ("تواصل القصف على محافظة المرج ومحيط بلدة الشيفونية قرب دمشق في سوريا.",
     ["المرج", "الشيفونية", "دمشق", "سوريا"]),
    # must not fire: the province's country named in the story
    ("اندلعت اشتباكات في منطقة المرج شرق ليبيا، وقالت مصادر في سوريا إن مقاتلين عادوا إلى دمشق.",
     ["المرج", "ليبيا", "سوريا", "دمشق"]),
])
def test_a_cued_or_named_province_stays(tmp_path, text, mentions):
    assert _marj(tmp_path, text, mentions).country == "LY"
