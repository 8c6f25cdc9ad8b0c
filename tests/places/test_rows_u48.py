"""Places the sources lack, or spell otherwise, that the audit U48 named: Latina, Trapani,
Nagasaki written ناغازاكي, the island of Sulawesi, Seoul written سول (rows of places_extra.tsv)."""
from places_helpers import place_of, resolve

from rasd.gazetteer.base import haversine_km
from rasd.gazetteer.embedded import embedded_gazetteer


def test_places_the_sources_lacked():
    gaz = embedded_gazetteer()
    for text, name, (lat, lon, cc) in (
            ("ونفذت الشرطة مداهمات في روما ومدينة لاتينا القريبة منها.", "لاتينا", (41.47, 12.90, "IT")),
            ("ورست سفينة خفر السواحل في مرفأ تراباني بصقلية.", "تراباني", (38.02, 12.54, "IT")),
            ("ويقع الفندق قرب مدينة ناغازاكي في جنوب اليابان.", "ناغازاكي", (32.75, 129.88, "JP")),
            ("وضرب الزلزال جزيرة سولاويسي في إندونيسيا.", "سولاويسي", (-2.0, 121.0, "ID")),
            ("وامتدت الطوابير أمام مطاعم شرقي سول في كوريا الجنوبية.", "سول", (37.57, 126.98, "KR"))):
        place = place_of(resolve(gaz, text, [name]), name)
        assert place.lat is not None, f"{name} unresolved"
        assert place.country == cc and haversine_km(place.lat, place.lon, lat, lon) <= 10.0, place
