"""Mending NER mentions cut at the wrong place (rasd/stages/places/fix.py), and country points."""
from __future__ import annotations

import pytest
from places_helpers import make_doc

from rasd.gazetteer.base import haversine_km
from rasd.gazetteer.countries import country_points, covering_point
from rasd.model.span import Span
from rasd.stages.places import PlacesStage
from rasd.stages.places.fix import mend_entities, mend_span


def _span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


@pytest.mark.parametrize("text,ner,want", [
    ("وصل الوفد إلى باريس ولندن أمس.", "باريس ولندن", ["باريس", "لندن"]),
    ("وصل إلى لبنان وسوريا.", "لبنان وسوريا", ["لبنان", "سوريا"]),
    ("اشتباكات في أم درمان مساء.", "درمان", ["أم درمان"]),
    ("وصل الحجاج إلى مكة المكرمة اليوم.", "مكة", ["مكة المكرمة"]),
    ("وصلت المساعدات لحلب صباحا.", "لحلب", ["حلب"]),
    ("عاد الوفد للعراق.", "للعراق", ["لعراق"]),  # SPEC §2.1: the article's ا is elided, لـ stays out
    ("أغلق معبر كارني أمس.", "كارني", ["معبر كارني"]),  # a crossing's name keeps its head
    ("قصف على قطاع غزة.", "غزة", ["قطاع غزة"]),
    ("قال قاضي التحقيق في جبل لبنان إن المتهم أوقف.", "لبنان", ["جبل لبنان"]),  # a province, not the country
    # a country's name whose adjective the NER cut off, in either spelling of ديمقراطية
    ("فر آلاف إلى الكونغو الديموقراطية أمس.", "الكونغو", ["الكونغو الديموقراطية"]),
    ("فر آلاف إلى جمهورية الكونغو الديمقراطية أمس.", "الكونغو", ["الكونغو الديمقراطية"]),
    # a unit named by a country's name and an adjective (audit U64): Inner Mongolia, not Mongolia
    ("وقالت الشرطة إن المشتبه به من منغوليا الداخلية شمالي الصين.", "منغوليا", ["منغوليا الداخلية"]),
])
def test_mend_span_fixes_the_edges(mem_gaz, text, ner, want):
    got = mend_span(text, mem_gaz, _span(text, ner))
    assert [s.text for s in got] == want
    assert all(text[s.start:s.end] == s.text for s in got)


@pytest.mark.parametrize("text,ner", [
    ("قصفت الطائرات حلب أمس.", "حلب"),          # already right
    ("زار الرئيس بغداد وعاد.", "بغداد"),         # "وعاد" is not part of the name
    ("وصل الوفد إلى الكونغو برازافيل أمس.", "الكونغو"),  # the other Congo: no country of that name
    ("هاجمت قوات سوريا الديمقراطية القرية.", "سوريا"),  # the SDF: "سوريا الديمقراطية" is no country
    ("وصل الوزير إلى منغوليا الخميس.", "منغوليا"),  # the country with a day after it
])
def test_mend_span_leaves_good_mentions(mem_gaz, text, ner):
    sp = _span(text, ner)
    assert mend_span(text, mem_gaz, sp) == [sp]


def test_split_half_joins_existing_entity_and_generic_noun_dropped(mem_gaz):
    text = "وصل إلى باريس ولندن ثم عاد إلى لندن. وقال إن المدينة هادئة."
    doc = make_doc(text, [["باريس ولندن"], ["لندن"], ["المدينة"]])
    mend_entities(text, mem_gaz, doc.entities)
    names = sorted(e.name for e in doc.entities)
    assert names == ["باريس", "لندن"]
    london = next(e for e in doc.entities if e.name == "لندن")
    assert len(london.mentions) == 2  # the split half joined the entity of the same name
    assert all(text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_official_name_among_city_mentions_becomes_its_own_entity(mem_gaz):
    text = "قصف على قطاع غزة. وقال سكان غزة إن الوضع صعب."
    doc = make_doc(text, [["غزة", "غزة"]])
    stage = PlacesStage(mem_gaz, add_missing=False)
    stage(doc)
    by_name = {e.name: e for e in doc.entities}
    assert set(by_name) == {"غزة", "قطاع غزة"}
    strip = next(p for p in doc.places if p.entity == by_name["قطاع غزة"].id)
    assert strip.feature == "admin1"


def test_crossing_unknown_abroad_falls_back_to_the_town_named_nearby(mem_gaz):
    text = "أغلقت السلطات معبر كارني شرق مدينة غزة أمس."
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, [["كارني"], ["غزة"]]))
    crossing = next(p for p in doc.places if p.name == "معبر كارني")
    assert crossing.feature == "facility" and crossing.country == "PS"


def test_covering_point_stays_near_every_convention_it_can():
    wof, factbook = (35.0, 38.5), (35.0, 38.0)  # 46 km apart
    p = covering_point([wof, factbook])
    assert haversine_km(*p, *wof) <= 25 and haversine_km(*p, *factbook) <= 25
    far = covering_point([(39.34, 34.51), (39.0, 35.0)])  # 57 km apart: the preferred one wins
    assert far == (39.34, 34.51)
    assert covering_point([None, (30.0, 70.0)]) == (30.0, 70.0)
    assert covering_point([None, None]) is None


def test_country_points_table_covers_the_region():
    pts = country_points()
    for iso in ("SY", "IQ", "YE", "SD", "SO", "LY", "ML", "TD", "TR", "IR", "US", "RU", "CN"):
        assert iso in pts
    assert pts["TR"] == (39.0, 35.0) and pts["SD"] == (15.0, 30.0)
    assert all(-90 <= la <= 90 and -180 <= lo <= 180 for la, lo in pts.values())


def _with_ner(mem_gaz, text, ner):
    return PlacesStage(mem_gaz, add_missing=True)(make_doc(text, [[n] for n in ner]))


def test_a_place_joined_by_wa_to_a_mention_is_added(mem_gaz):
    doc = _with_ner(mem_gaz, "قصفت الطائرات كفرنبل وخان شيخون صباحا.", ["كفرنبل"])
    assert "خان" not in {e.name for e in doc.entities}  # one word only: خان is not a place alone
    doc = _with_ner(mem_gaz, "قصفت الطائرات كفرنبل وسراقب وأريحا صباحا.", ["كفرنبل"])
    names = {e.name for e in doc.entities if e.label == "LOC"}
    assert {"سراقب", "أريحا"} <= names  # a chain: كفرنبل وسراقب وأريحا
    ariha = next(p for p in doc.places if p.name == "أريحا")
    assert ariha.country == "SY"  # the Syrian Ariha, next to the others, not Jericho
    for e in doc.entities:
        assert all(doc.text[m.start:m.end] == m.text for m in e.mentions)


def test_wa_joined_word_far_away_or_not_a_place_is_not_added(mem_gaz):
    # جنين is a known town, but in Palestine, 400 km from كفرنبل: not read as a neighbour
    doc = _with_ner(mem_gaz, "قصفت الطائرات كفرنبل وجنين تتابع.", ["كفرنبل"])
    assert "جنين" not in {e.name for e in doc.entities}
    doc = _with_ner(mem_gaz, "قصفت الطائرات كفرنبل وقتلت مدنيين.", ["كفرنبل"])
    assert {e.name for e in doc.entities if e.label == "LOC"} == {"كفرنبل"}


def test_proclitic_reading_needs_a_country_in_the_story(mem_gaz):
    text = "قصفت الطائرات بسراقب أمس."
    sp = _span(text, "بسراقب")
    assert [s.text for s in mend_span(text, mem_gaz, sp, {"SY"})] == ["سراقب"]
    assert mend_span(text, mem_gaz, sp, {"IQ"}) == [sp]  # a town of a country not in the story
    text = "عاد الوفد بلبنان."
    assert [s.text for s in mend_span(text, mem_gaz, _span(text, "بلبنان"), {"IQ"})] == ["لبنان"]  # countries always


def test_idioms_and_punctuation_do_not_extend(mem_gaz):
    text = "نقلت البضائع عن طريق الأردن أمس."
    sp = _span(text, "الأردن")
    assert mend_span(text, mem_gaz, sp) == [sp]  # "عن طريق" is "via", not a road's name
    text = "رحلة قادمة من بغداد _ دبي."
    sp = _span(text, "بغداد")
    assert mend_span(text, mem_gaz, sp) == [sp]


def test_a_facility_named_after_a_town_sits_in_that_town(mem_gaz):
    text = "أعلنت مصادر طبية فلسطينية في مستشفى جنين الحكومي وفاة شاب برصاص الاحتلال في رام الله."
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, [["جنين"], ["رام الله"]]))
    hospital = next(p for p in doc.places if p.name == "مستشفى جنين")
    assert hospital.feature == "facility" and hospital.country == "PS"
    assert abs(hospital.lat - 32.46) < 0.1  # Jenin, not Ramallah (the other town named)


def test_a_bureaus_dateline_is_no_town_near_a_facility(mem_gaz):
    # the story's only town is the agency's bureau: the hospital is not placed there
    text = "بغداد (CNN)-- أعلنت مصادر في مستشفى الرحمة وفاة ثلاثة مصابين."
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, [["بغداد"], ["مستشفى الرحمة"]]))
    hospital = next(p for p in doc.places if p.name == "مستشفى الرحمة")
    assert hospital.lat is None
    # named in the story, the town holds it
    text = "قالت مصادر إن القصف طال مستشفى الرحمة في بغداد."
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, [["مستشفى الرحمة"], ["بغداد"]]))
    hospital = next(p for p in doc.places if p.name == "مستشفى الرحمة")
    assert abs(hospital.lat - 33.31) < 0.1


def test_a_town_already_named_beats_a_nearer_one_in_the_next_sentence():
    from rasd.stages.places.evidence import told_distance
    text = "قالت مصادر في بغداد إن القصف المدفعي العنيف طال مستشفى الرحمة. وفي عمان قال"
    pos = text.index("مستشفى")
    before, after = text.index("بغداد"), text.index("عمان")
    assert pos - before > after - pos  # Amman is nearer in characters
    assert told_distance(text, before, pos) < told_distance(text, after, pos)


def _area(text: str, mentions: list, name: str, mem_gaz):
    doc = PlacesStage(mem_gaz, add_missing=False)(make_doc(text, mentions))
    return next(p for p in doc.places if p.name == name)


def test_a_desert_by_its_own_head_word_is_no_nearby_town(mem_gaz):
    # "منطقة" is the cue, but the name's own head is a desert: it runs through countries
    text = "قال مسؤول في بغداد إن المسلحين يجوبون منطقة الصحراء الكبرى منذ أشهر."
    assert _area(text, [["بغداد"], ["الصحراء الكبرى"]], "الصحراء الكبرى", mem_gaz).lat is None


def test_a_paragraphs_dateline_is_no_town_near_an_area(mem_gaz):
    text = "خبر أول عن الطقس.\n* لندن: «وكالات» هاجم مسلحون منشأة عسكرية في منطقة الزعفرانة أمس."
    assert _area(text, [["لندن"], ["الزعفرانة"]], "الزعفرانة", mem_gaz).lat is None
    # the town in the story itself, not as its bureau, holds it
    text = "خبر أول عن الطقس.\nفي لندن هاجم مسلحون منشأة عسكرية في منطقة الزعفرانة أمس."
    assert _area(text, [["لندن"], ["الزعفرانة"]], "الزعفرانة", mem_gaz).country == "GB"


def test_a_town_of_another_sentence_across_another_country_holds_no_area(mem_gaz):
    text = "قال مسؤولون في بغداد إن الوفد غادر أمس. وفي سوريا هاجم مسلحون منطقة الزعفرانة ليلا."
    assert _area(text, [["بغداد"], ["سوريا"], ["الزعفرانة"]], "الزعفرانة", mem_gaz).lat is None
    # the town in the area's own sentence still holds it, whatever country is named there
    text = "وقالت شرطة لندن إن متظاهرين صعدوا شرفة سفارة سوريا في حي الزعفرانة أمس."
    assert _area(text, [["لندن"], ["سوريا"], ["الزعفرانة"]], "الزعفرانة", mem_gaz).country == "GB"
    # a town of the sentence before with no other country named keeps it
    text = "قال مسؤولون في بغداد إن الوفد غادر أمس. وهاجم مسلحون منطقة الزعفرانة ليلا."
    assert _area(text, [["بغداد"], ["الزعفرانة"]], "الزعفرانة", mem_gaz).country == "IQ"


def test_an_area_read_as_a_far_village_of_another_province_is_in_the_province_named_before_it(mem_gaz):
    text = "وفي محافظة لحج، دفعت المقاومة بتعزيزات إلى منطقة الحرور شرق المدينة."
    area = _area(text, [["لحج"], ["الحرور"]], "الحرور", mem_gaz)
    assert area.feature == "region" and abs(area.lat - 13.22) < 0.1  # Lahij, not the Taiz hamlet
    # inside a province named in the sentence before, too
    text = "وفي شمال محافظة لحج تدور معارك. ودفعت المقاومة بتعزيزات إلى منطقة الحرور."
    assert abs(_area(text, [["لحج"], ["الحرور"]], "الحرور", mem_gaz).lat - 13.22) < 0.1


def test_an_area_keeps_its_village_reading_when_no_other_province_is_named_before_it(mem_gaz):
    # the village's own province
    text = "وفي محافظة تعز، دفعت المقاومة بتعزيزات إلى منطقة الحرور."
    assert _area(text, [["تعز"], ["الحرور"]], "الحرور", mem_gaz).feature == "village"
    # a province named as a reference point only ("شرق محافظة لحج"), or none before it
    text = "دفعت المقاومة بتعزيزات شرق محافظة لحج إلى منطقة الحرور."
    assert _area(text, [["لحج"], ["الحرور"]], "الحرور", mem_gaz).feature == "village"
    text = "دفعت المقاومة بتعزيزات إلى منطقة الحرور. وفي محافظة لحج هدوء."
    assert _area(text, [["الحرور"], ["لحج"]], "الحرور", mem_gaz).feature == "village"


def test_an_area_keeps_its_village_reading_when_its_own_province_is_named_right_after_it(mem_gaz):
    # "منطقة آل عمار جنوب محافظة صعدة": the unit just after the area agrees with the village (a
    # guard: on the mini gazetteer the province's own evidence already keeps it; the held-out
    # article that needed the rule is checked by hand, see docs/places.md)
    text = "وفي محافظة لحج، دفعت المقاومة بتعزيزات إلى منطقة الحرور جنوب محافظة تعز."
    assert _area(text, [["لحج"], ["الحرور"], ["تعز"]], "الحرور", mem_gaz).feature == "village"


# 2026-11-27 (ent31): a nationality or direction adjective after a known place is no part of its name
@pytest.mark.parametrize("text,ner,want", [
    ("وقع إطلاق نار في ولاية تكساس الأمريكية أمس.", "تكساس الأمريكية", ["تكساس"]),
    ("اشتباكات بين محتجين والأمن في مدينة حلب الغربية.", "حلب الغربية", ["حلب"]),
    # must not fire: the whole is a name of the gazetteer
    ("قصف في الضفة الغربية أمس.", "الضفة الغربية", ["الضفة الغربية"]),
    # must not fire: an adjective that is neither a nationality nor a direction
    ("وصل الوفد إلى لبنان الشقيق أمس.", "لبنان الشقيق", ["لبنان الشقيق"]),
])
def test_an_adjective_after_a_known_place_is_cut(mem_gaz, text, ner, want):
    got = mend_span(text, mem_gaz, _span(text, ner))
    assert [s.text for s in got] == want
