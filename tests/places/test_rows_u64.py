"""Places the sources lack, or spell otherwise, that the audits U62 and U64 named: the Afghan
provinces Zabul, Jowzjan and Faryab, the Indian state of Manipur and its Chandel district,
Nottinghamshire, Stratford-upon-Avon, the Tunisian town of Moknine, Inner Mongolia, and Kiel and
Pyongyang as some papers spell them (كييل, بيونج يانج) — each a row of places_extra.tsv."""
from places_helpers import place_of, resolve

from rasd.gazetteer.base import haversine_km
from rasd.gazetteer.embedded import embedded_gazetteer


def test_places_the_sources_lacked():
    gaz = embedded_gazetteer()
    for text, name, (lat, lon, cc) in (
            ("ودفن القيادي في ولاية زابل الأفغانية قبل عامين.", "زابل", (32.11, 66.91, "AF")),
            ("وسيطر المسلحون على مديرية في ولاية جوزجان شمالي البلاد.", "جوزجان", (36.67, 65.75, "AF")),
            ("وقتل عشرة جنود في هجوم على حاجز في ولاية فارياب.", "فارياب", (35.92, 64.78, "AF")),
            ("وغمرت الفيضانات قرى في ولاية مانيبور الهندية.", "مانيبور", (24.82, 93.94, "IN")),
            ("وانهارت تلة فوق قرية نائية في منطقة شانديل.", "شانديل", (24.32, 94.00, "IN")),
            ("وقالت شرطة نوتنغهامشير إنها فتحت تحقيقا.", "نوتنغهامشير", (53.13, -1.00, "GB")),
            ("وزار السياح منزل الشاعر في ستراتفورد أبون آفون.", "ستراتفورد أبون آفون", (52.19, -1.71, "GB")),
            ("وألقت الوحدات الأمنية القبض على شابين بمدينة المكنين.", "المكنين", (35.63, 10.90, "TN")),
            ("ويعيش في منغوليا الداخلية ملايين من المنغوليين.", "منغوليا الداخلية", (40.84, 111.75, "CN")),
            ("وأقيم المهرجان في مدينة كييل الألمانية.", "كييل", (54.32, 10.13, "DE")),
            ("وعاد الوفد من بيونج يانج مساء الخميس.", "بيونج يانج", (39.03, 125.75, "KP"))):
        place = place_of(resolve(gaz, text, [name]), name)
        assert place.lat is not None, f"{name} unresolved"
        assert place.country == cc and haversine_km(place.lat, place.lon, lat, lon) <= 10.0, place
