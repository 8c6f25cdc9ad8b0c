"""Entity fixes of the places stage (rasd/stages/places/recall.py) and the fallbacks that place
names the gazetteer lacks or places far away: facilities, cued ORG/PER names, non-places,
dual descriptors, "N km DIR of X", coordination, mountains."""
import pytest

from places_helpers import FACTS, assert_at, make_doc
from rasd.gazetteer.base import haversine_km
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places import PlacesStage


def _entity(text: str, eid: str, label: str, name: str, *, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(eid, label, name, [Span(start, start + len(name), name)])


def _run(gaz, text: str, entities=(), *, mentions=()):
    doc = make_doc(text, list(mentions))
    n = len(doc.entities)
    for k, e in enumerate(entities, n + 1):
        doc.entities.append(Entity(f"e{k}", e.label, e.name, e.mentions))
    return PlacesStage(gaz, add_missing=True)(doc)


def _locs(doc) -> set[str]:
    return {m.text for e in doc.entities if e.label == "LOC" for m in e.mentions}


def _place(doc, mention: str):
    ent = next(e for e in doc.entities if e.label == "LOC" and any(m.text == mention for m in e.mentions))
    return next(p for p in doc.places if p.entity == ent.id)


# -- ORG/PER/MISC mentions right after a place cue -------------------------------------------

def test_org_after_hayy_becomes_a_neighbourhood(mem_gaz):
    text = "قصفت المدفعية نقطتين شرق حي الزيتون في مدينة غزة."
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "الزيتون")], mentions=["غزة"])
    assert "الزيتون" in _locs(doc)
    assert not [e for e in doc.entities if e.label == "ORG"]
    assert_at(_place(doc, "الزيتون"), "zeitoun-gaza", km=5)


def test_a_person_seen_only_after_a_strait_or_airport_word_is_the_place(mem_gaz):
    text = "عبرت ناقلات النفط مضيق هرمز، وقصفت الطائرات مطار النيرب العسكري قرب حلب."
    doc = _run(mem_gaz, text, [_entity(text, "x", "PER", "هرمز"), _entity(text, "y", "MISC", "النيرب")],
               mentions=["حلب"])
    assert {"هرمز", "النيرب"} <= _locs(doc)
    assert not [e for e in doc.entities if e.label in ("PER", "MISC")]
    assert_at(_place(doc, "هرمز"), "hormuz")
    assert_at(_place(doc, "النيرب"), "nayrab-airport", km=5)  # the airport, not the Idlib village
    # a person the article names elsewhere keeps the name: "سجن سمر بدوي" is her jailing
    text = "طالبت المنظمة بالإفراج عن سمر بدوي وانتقدت سجن سمر بدوي."
    both = _entity(text, "x", "PER", "سمر بدوي")
    both.mentions += _entity(text, "x", "PER", "سمر بدوي", nth=1).mentions
    doc = _run(mem_gaz, text, [both])
    assert [(e.label, len(e.mentions)) for e in doc.entities] == [("PER", 2)]


def test_org_after_mintaqa_becomes_a_town_the_gazetteer_knows_there(mem_gaz):
    text = "قصفت المقاتلات مواقع في منطقة القاعدة قرب مدينة تعز."
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "القاعدة")], mentions=["تعز"])
    assert "القاعدة" in _locs(doc)
    assert _place(doc, "القاعدة").country == "YE"


def test_org_after_a_facility_cue_is_the_town_it_stands_in(mem_gaz):
    text = "توفي المعتقل في سجن سوسة بعد إضراب عن الطعام في تونس."
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "سوسة")], mentions=["تونس"])
    assert "سوسة" in _locs(doc)
    assert _place(doc, "سوسة").country == "TN"


@pytest.mark.parametrize("text", [
    "أعلن تنظيم القاعدة مسؤوليته عن الهجوم في مدينة تعز.",   # تنظيم is no place cue
    "ناقش الخبراء مستقبل منطقة القاعدة في الاجتماع.",         # no Yemeni place in the story
])
def test_org_stays_org_without_cue_and_gazetteer(mem_gaz, text):
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "القاعدة")])
    assert [e.label for e in doc.entities if e.name == "القاعدة"] == ["ORG"]


def test_relabel_moves_only_the_cued_mention(mem_gaz):
    text = "تبنى تنظيم القاعدة الهجوم على منطقة القاعدة في محافظة تعز."
    first, second = text.index("القاعدة"), text.rindex("القاعدة")
    org = Entity("x", "ORG", "القاعدة", [Span(first, first + 7, "القاعدة"), Span(second, second + 7, "القاعدة")])
    doc = _run(mem_gaz, text, [org], mentions=["تعز"])
    assert [m.start for e in doc.entities if e.label == "ORG" for m in e.mentions] == [first]
    assert [m.start for e in doc.entities if e.label == "LOC" and e.name == "القاعدة" for m in e.mentions] == [second]


# -- named facilities -------------------------------------------------------------------------

def test_facility_with_its_town_after_it_and_a_repeat(mem_gaz):
    text = "استقبل مستشفى قوى الامن بالرياض ثماني حالات. وقال مدير مستشفى قوى الامن الذي زار المصابين إنهم بخير."
    doc = _run(mem_gaz, text)
    ent = next(e for e in doc.entities if e.name == "مستشفى قوى الامن")
    assert ent.label == "LOC" and len(ent.mentions) == 2
    assert all(text[m.start:m.end] == m.text for m in ent.mentions)
    place = _place(doc, "مستشفى قوى الامن")
    assert place.feature == "facility"
    assert_at(place, "riyadh")


def test_facility_proclitic_stays_outside(mem_gaz):
    text = "ألقى كلمة بقاعة الصداقة بالخرطوم خلال الندوة."
    doc = _run(mem_gaz, text)
    assert "قاعة الصداقة" in _locs(doc)
    assert_at(_place(doc, "قاعة الصداقة"), "khartoum")


def test_facility_named_after_a_person_the_ner_found(mem_gaz):
    text = "في سوسة، أكدت الطبيبة أن المستشفى الجامعي فرحات حشاد استقبل حالات عديدة."
    doc = _run(mem_gaz, text, [_entity(text, "x", "PER", "فرحات حشاد")], mentions=["سوسة"])
    assert "المستشفى الجامعي فرحات حشاد" in _locs(doc)
    assert not [e for e in doc.entities if e.label == "PER"]
    assert_at(_place(doc, "المستشفى الجامعي فرحات حشاد"), "sousse")


def test_a_facility_sits_in_the_town_an_organisation_is_named_after(mem_gaz):
    # no town in the text but the one inside the association's name
    text = 'قالت الطبيبة عن جمعية "قابلات سوسة" إن المستشفى الجامعي فرحات حشاد استقبل حالات عديدة.'
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "قابلات سوسة"), _entity(text, "y", "PER", "فرحات حشاد")])
    assert_at(_place(doc, "المستشفى الجامعي فرحات حشاد"), "sousse")
    assert [e.label for e in doc.entities if e.name == "قابلات سوسة"] == ["ORG"]


@pytest.mark.parametrize("text", [
    "نقل الجرحى إلى مستشفى ميداني بالرياض.",          # an adjective, not a name
    "تواصل عمل المخابز والمستشفى الجهوي بالرياض.",     # المستشفى + agreeing adjective
    "نقل الجرحى إلى مستشفى في الرياض.",               # a preposition, no name
    "نقل الجرحى إلى مستشفى الأطفال أمس.",             # no town after it, no named person
])
def test_no_facility_without_a_name(mem_gaz, text):
    doc = _run(mem_gaz, text)
    assert not any(m.text.startswith(("مستشفى", "المستشفى")) for e in doc.entities for m in e.mentions)


def test_landmark_from_the_hand_list_is_found(mem_gaz):
    text = "وقال إمام وخطيب المسجد الحرام في مكة المكرمة إن الجريمة نكراء."
    doc = _run(mem_gaz, text, mentions=["مكة المكرمة"])
    assert "المسجد الحرام" in _locs(doc)
    place = _place(doc, "المسجد الحرام")
    assert place.feature == "facility"
    assert_at(place, "haram", km=5)


# -- LOC mentions that are not places ---------------------------------------------------------

@pytest.mark.parametrize("text,mention", [
    ("قالت وزارة الداخلية السعودية إن المتهم اعتقل.", "السعودية"),   # adjective after a definite word
    ("أنهت الحملة الوطنية السعودية المرحلة الأولى.", "السعودية"),
    ("وقال مصدر للداخلية السعودية إن المتهم اعتقل.", "السعودية"),  # after a contracted لل
    ("وأكد الشعب السعودي والقيادة السعودية دعمهم.", "السعودية"),    # after و + ال
    ("يدرس الطلاب في حرم جامعة ويتشيتا منذ سنوات.", "ويتشيتا"),       # inside a university's name
    ("قتل خمسة أشخاص في منطقة مزدحمة أمام المطار.", "مزدحمة"),       # adjective of منطقة
    ("أكد المسؤول بأنه سيزور المنطقة.", "بأنه"),                      # "that it", not Baneh
    ("وقال المفوض في بيانه إن السلطات مطالبة بوقف الإعدامات.", "بيانه"),  # "his statement", not Baena
    ("وأعلنت الداخلية اعتقال خلية.", "الداخلية"),                   # the ministry, not Oman's province
    ("قال إن العرب يرفضون القرار.", "العرب"),                         # the Arabs
    ('سجلت الوزارة 4 إصابات جديدة بفايروس "كورونا".', "كورونا"),     # the virus, not Corona, CA
    ("قال إن ذلك لن يكون درعاً للحكومة.", "درعاً"),                 # tanween: "a shield", not Daraa
    ("عاد الشاعر إلى مسقط رأسه في الجنوب.", "مسقط"),                 # birthplace, not Muscat
    ("زار قبر جدة والده في القرية.", "جدة"),                          # his grandmother, not Jeddah
    ("وكرمت المؤسسة جدة الأمير وليام أمس.", "جدة"),                    # the prince's grandmother
    ("هاجم مستوطنون كنيس المدينة.", "كنيس"),                          # a synagogue, not ك + Nice
    ("وإذا لم تتوفر المساعدات فان جهود الإغاثة تتعثر.", "فان"),        # فإن without hamza, not Van
    ("قضى ليل الاثنين في المستشفى.", "ليل"),                          # night, not Lille
    ("ارتفع مؤشر بورصة الأسهم أمس.", "بورصة"),                       # a stock exchange, not Bursa
    ("فر المسلحون من القاعدة تحت وقع الهجوم.", "القاعدة"),            # the base, not Al Qaidah town
    ("وقال إن القانون يفتح الباب لبرنامج تهجير آخر.", "الباب"),       # opens the door, not al-Bab
    ("ولا يغلق الباب أمام نقل الغاز.", "الباب"),
    ("وبعد أذان المغرب خرج المصلون.", "المغرب"),                       # the sunset prayer
    ("ويستغلون الدين لتحقيق مآرب أعداء الوطن.", "مآرب"),              # aims, not Marib (مأرب)
    ("تسببت الأمطار في انهيارات أرضية وسيول وفيضانات.", "سيول"),      # torrents, not Seoul
    ("اجتاحت سيول جارفة القرية.", "سيول"),
    ("وقام المسلحون بكسر الباب ودخول المنزل.", "الباب"),               # broke the door
    ("ودخل المسلحون المنزل وسط الهرج والمرج.", "المرج"),               # commotion, not El-Marg
    ("وشعر السكان بهزة أرضية قوية.", "هزة"),                           # an earthquake, not Heze
    ("وحذر المرصد من سيول واسعة النطاق في الوادي.", "سيول"),           # wide floods, not Seoul
    ("يفرز الدماغ الموصل العصبى بكميات أكبر.", "الموصل"),              # a neurotransmitter, not Mosul
    ("وغاب المدافع بسبب قطع في الرباط الصليبي.", "الرباط"),            # the cruciate ligament, not Rabat
    ("وطالبت الأسر بلم شمل أبنائها.", "بلم"),                          # reuniting, not Belém
    ("رحمه الله وأسكنه جنان الخلد.", "جنان"),                          # paradise, not Jinan
    ("وقال رئيس لجنة بمجلس الدوما إن القرار خاطئ.", "الدوما"),          # the Russian parliament, not Douma
])
def test_ner_loc_that_is_not_a_place_is_dropped(mem_gaz, text, mention):
    doc = _run(mem_gaz, text, mentions=[mention])
    assert mention not in _locs(doc)
    assert not any(p.lat is not None for p in doc.places)


@pytest.mark.parametrize("text,mention,org", [
    ("يدرس الطلاب في حرم جامعة ويتشيتا منذ سنوات.", "ويتشيتا", "جامعة ويتشيتا"),
    ('تخرج من جامعة "ويتشيتا" الأمريكية.', "ويتشيتا", 'جامعة "ويتشيتا"'),
    ('وقال لإذاعة "أوروبا الحرة" إن الوضع صعب.', "أوروبا", 'إذاعة "أوروبا الحرة"'),
    ("نشرت صحيفة مكة التقرير.", "مكة", "مكة"),  # صحيفة stays outside a paper's name
])
def test_a_name_inside_an_institutions_name_makes_the_institution_an_org(mem_gaz, text, mention, org):
    doc = _run(mem_gaz, text, mentions=[mention])
    assert mention not in _locs(doc)
    assert [m.text for e in doc.entities if e.label == "ORG" for m in e.mentions] == [org]
    assert all(text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_a_papers_name_that_is_no_place_is_the_paper_every_time(mem_gaz):
    text = "وقالت صحيفة بوسطن غلوب إن 300 صحيفة استجابت لدعوة بوسطن غلوب."
    doc = _run(mem_gaz, text, mentions=[["بوسطن غلوب", "بوسطن غلوب"]])
    assert _locs(doc) == set()
    assert [m.text for e in doc.entities if e.label == "ORG" for m in e.mentions] == ["بوسطن غلوب"] * 2
    # a paper named after a place leaves the place's other mentions alone
    text = "نشرت صحيفة مكة التقرير عن الزوار في مكة."
    doc = _run(mem_gaz, text, mentions=[["مكة", "مكة"]])
    assert _locs(doc) == {"مكة"}


@pytest.mark.parametrize("text,mention,fact", [
    ("وصل الوفد إلى السعودية أمس.", "السعودية", "saudi"),
    ("أدانت المملكة العربية السعودية الهجوم.", "السعودية", "saudi"),   # the end of the full name
    ("عثر على الطالب في مدينة ويتشيتا.", "ويتشيتا", "wichita"),
    ("قال دمرطاش في مدينة فان شرق تركيا إن", "فان", "van"),            # after its cue, Van
    ("وقصفت القوات التركية مدينة الباب أمس.", "الباب", "albab"),
])
def test_real_places_are_kept(mem_gaz, text, mention, fact):
    doc = _run(mem_gaz, text, mentions=[mention])
    assert mention in _locs(doc)
    assert_at(_place(doc, mention), fact)


def test_a_cued_only_word_after_its_cue_stays_a_place(mem_gaz):
    doc = _run(mem_gaz, "زار الوفد محافظة الداخلية في سلطنة عمان.", mentions=["الداخلية"])
    assert "الداخلية" in _locs(doc)


def test_dropped_mention_is_not_added_back(mem_gaz):
    text = "أكد المسؤول بأنه سيزور بغداد، وقال بأنه متفائل."
    doc = _run(mem_gaz, text, mentions=["بأنه"])
    assert _locs(doc) == {"بغداد"}


# -- countries named through their cities license provinces ----------------------------------

def test_province_of_a_city_country_is_added(mem_gaz):
    text = "وقع التفجير في مقر قوة الطوارئ الخاصة بعسير، وأدانه إمام في مكة المكرمة."
    doc = _run(mem_gaz, text, mentions=["مكة المكرمة"])
    assert "عسير" in _locs(doc)
    assert_at(_place(doc, "عسير"), "asir")


def test_province_alone_is_not_added(mem_gaz):
    doc = _run(mem_gaz, "وقع التفجير في مقر قوة الطوارئ الخاصة بعسير.")
    assert _locs(doc) == set()


def test_us_state_after_wilaya(mem_gaz):
    text = "تحقق الشرطة بمدينة ويتشيتا التابعة لولاية كنساس الأميركية في القضية."
    doc = _run(mem_gaz, text, mentions=["ويتشيتا"])
    assert "كنساس" in _locs(doc)
    assert_at(_place(doc, "كنساس"), "kansas")


# -- dual descriptors --------------------------------------------------------------------------

def test_dual_descriptor_licenses_the_second_name(mem_gaz):
    text = "نقلوا مواطنين هاربين نحو بلدتي النخيب والعلم أمس."
    doc = _run(mem_gaz, text, mentions=["النخيب"])
    assert "العلم" in _locs(doc)
    assert_at(_place(doc, "العلم"), "alam")


def test_far_pair_without_dual_is_not_joined(mem_gaz):
    text = "نقلوا مواطنين هاربين نحو النخيب والعلم أمس."
    doc = _run(mem_gaz, text, mentions=["النخيب"])
    assert "العلم" not in _locs(doc)


# -- "N km DIR of X" ---------------------------------------------------------------------------

def test_offset_from_a_town_moves_a_disagreeing_point(mem_gaz):
    text = "انفجرت سيارتان في منطقة الثرثار 35/ كلم شمال شرق الفلوجة."
    doc = _run(mem_gaz, text, mentions=["الثرثار", "الفلوجة"])
    assert_at(_place(doc, "الثرثار"), "tharthar-35ne", km=5)
    assert_at(_place(doc, "الفلوجة"), "fallujah")


def test_offset_keeps_a_gazetteer_point_within_the_prose_error(mem_gaz):
    text = "اعتقل المسلحون شبانا في مدينة الشرقاط 290 كلم شمال بغداد."
    doc = _run(mem_gaz, text, mentions=["الشرقاط", "بغداد"])
    assert_at(_place(doc, "الشرقاط"), "shirqat", km=5)


def test_neighbourhood_inside_an_offset_area_takes_its_point(mem_gaz):
    text = "وقع الهجوم في حي الطراح في منطقة الثرثار 35 كلم شمال شرق الفلوجة."
    doc = _run(mem_gaz, text, mentions=["الطراح", "الثرثار", "الفلوجة"])
    assert_at(_place(doc, "الطراح"), "tharthar-35ne", km=5)


def test_bearing_and_destination():
    from rasd.stages.places.offset import bearing, destination

    assert bearing("شمال", "شرق") == 45.0 and bearing("شمال", "غرب") == 315.0
    assert bearing("جنوب", "غرب") == 225.0 and bearing("شمال", "جنوب") is None
    lat, lon = destination(33.35, 43.78, 35.0, 45.0)
    assert abs(haversine_km(33.35, 43.78, lat, lon) - 35.0) < 1.0
    assert lat > 33.35 and lon > 43.78


# -- far hamlets, coordination and mountains ---------------------------------------------------

def test_far_namesake_hamlet_is_rejected_and_placed_by_its_partner(mem_gaz):
    text = "طهرت المقاومة المواقع واقتربت من مطار تعز والحوبان بعد معارك."
    doc = _run(mem_gaz, text, mentions=["تعز", "الحوبان"])
    place = _place(doc, "الحوبان")
    assert_at(place, "taiz")
    assert place.feature == "region"
    assert doc.extras["places_near"][place.id] is True


def test_unknown_name_in_a_list_gets_no_partner_point(mem_gaz):
    text = "تبدأ مرحلة جديدة بعد عفرين والغوطة."
    doc = _run(mem_gaz, text, mentions=["عفرين", "الغوطة"])
    assert _place(doc, "الغوطة").lat is None


def test_mountain_is_not_a_namesake_hamlet(mem_gaz):
    text = "قالت المصادر إن المقاومة طهرت جبل صبر المطل على مدينة تعز."
    doc = _run(mem_gaz, text, mentions=["صبر", "تعز"])
    place = _place(doc, "صبر")
    assert place.feature == "natural"
    assert_at(place, "taiz")


def test_near_hamlet_is_still_chosen(mem_gaz):
    # the namesake is close to the story's other places: no reason to doubt it
    text = "قصفت الطائرات قرية القاعدة قرب مدينة تعز."
    doc = _run(mem_gaz, text, mentions=["القاعدة", "تعز"])
    place = _place(doc, "القاعدة")
    assert place.lat is not None and place.country == "YE"
    lat, lon, _ = FACTS["taiz"]
    assert haversine_km(place.lat, place.lon, lat, lon) < 50


# -- country points ---------------------------------------------------------------------------

def test_covering_point_with_four_conventions():
    from rasd.gazetteer.countries import covering_point

    wof, factbook, ocha = (35.008, 38.288), (35.0, 38.0), (35.011, 38.511)
    p = covering_point([wof, wof, factbook, ocha])
    assert all(haversine_km(*p, *q) <= 25 for q in (wof, factbook, ocha))
    # two far-apart pairs: the pair that holds the preferred convention wins
    p = covering_point([(33.115, 43.286), (33.12, 43.29), (33.0, 44.0), (33.045, 43.772)])
    assert haversine_km(*p, 33.115, 43.286) <= 25


# -- official names with a typo ---------------------------------------------------------------

def test_official_name_with_a_typo_is_the_country(mem_gaz):
    text = "شدد على تطهير مدن ومحافظات الجمهورية اليمنة كافة من المليشيات."
    doc = _run(mem_gaz, text)
    assert "الجمهورية اليمنة" in _locs(doc)
    place = _place(doc, "الجمهورية اليمنة")
    assert place.feature == "country" and place.country == "YE"


@pytest.mark.parametrize("text", [
    "اعتبرها فاتحة لعهد الجمهورية الثانية في تاريخ البلاد.",   # an ordinal, not Albania
    "قال رئيس الجمهورية إن الحوار مستمر.",                      # the head alone
    "وفاز حزب حركة الجمهورية إلى الأمام بالأغلبية.",            # a preposition: no Mali
])
def test_official_head_without_a_country_adds_nothing(mem_gaz, text):
    assert _locs(_run(mem_gaz, text)) == set()


# -- guards found on news-dev ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "يعمل أحدهم في قوة الطوارئ بالرياض، والثاني في مستشفى خاص واثنان طالبان في الجامعة.",
    "نقل إلى المستشفى في الرياض أمس.",
    "صوت الساسة في فندق فاخر بالرياض أمس.",  # a luxury hotel, no name (audit U62)
])
def test_no_facility_from_adjectives_or_conjunctions(mem_gaz, text):
    doc = _run(mem_gaz, text, mentions=["الرياض"])
    assert not any(m.text.startswith(("مستشفى", "المستشفى", "فندق")) for e in doc.entities for m in e.mentions)


def test_no_facility_across_the_end_of_a_sentence(mem_gaz):
    # the adjective ends the phrase: the next sentence's group is no facility's name (audit U62)
    text = "سقط الجرحى قرب مستشفى ميداني.\n\nالمتمردون يعلنون هدنة في الرياض"
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "المتمردون")], mentions=["الرياض"])
    assert not any("\n" in m.text for e in doc.entities for m in e.mentions)
    assert [e.label for e in doc.entities if e.name == "المتمردون"] == ["ORG"]


def test_person_after_a_facility_name_is_apposition(mem_gaz):
    text = "اعتقلت القوات مدير قسم المخطوطات في المسجد الحرام سعيد الغامدي في مكة المكرمة."
    doc = _run(mem_gaz, text, [_entity(text, "x", "PER", "سعيد الغامدي")], mentions=["مكة المكرمة"])
    assert [e.label for e in doc.entities if e.name == "سعيد الغامدي"] == ["PER"]
    assert "المسجد الحرام" in _locs(doc)


def test_facility_takes_the_place_named_right_after_it(mem_gaz):
    # the country named after it, not the nearest town of the text
    text = "دفن الضحية في دمشق. وقالت متحدثة باسم مستشفى الأمل في تركيا إنه توفي متأثرا بجروحه."
    doc = _run(mem_gaz, text, mentions=["دمشق", "تركيا"])
    place = _place(doc, "مستشفى الأمل")
    assert place.feature == "facility" and place.country == "TR"


def test_a_name_the_ner_found_after_a_facility_head_is_not_an_adjective(mem_gaz):
    # "وهيلي" ends like a nisba adjective (دولي), but the NER found the name هيلي there
    text = "قتل 14 شخصا في انفجار قرب فندق وهيلي على طريق رئيسي في بغداد."
    doc = _run(mem_gaz, text, [_entity(text, "x", "ORG", "هيلي")], mentions=["بغداد"])
    assert "فندق وهيلي" in _locs(doc)


def test_facility_in_a_direction_of_a_country_takes_that_country(mem_gaz):
    # "في غرب سوريا": a direction between في and the country; Paris is nearer in the text
    text = "قال وزير في باريس إن الطائرات أقلعت من مطار المزة في غرب سوريا أمس."
    doc = _run(mem_gaz, text, mentions=["باريس", "مطار المزة", "سوريا"])
    assert _place(doc, "مطار المزة").country == "SY"


def test_facility_with_a_nationality_adjective_skips_towns_of_other_countries(mem_gaz):
    text = "أصيب طفل في غزة، ونقل جندي إلى مستشفى الأمل السعودي بعد الهجوم في الرياض."
    doc = _run(mem_gaz, text, mentions=["غزة", "مستشفى الأمل", "الرياض"])
    assert _place(doc, "مستشفى الأمل").country == "SA"


def test_quoted_facility_name_keeps_both_quotes_and_drops_trailing_adjective(mem_gaz):
    text = 'يرعى القس كنيسة "القيامة" الصغيرة في مدينة الرياض منذ سنوات.'
    doc = _run(mem_gaz, text, mentions=["الرياض"])
    assert 'كنيسة "القيامة"' in _locs(doc)


def test_adjective_after_presidency_is_not_a_typo_country(mem_gaz):
    text = "قال السكرتير الخاص لرئيس الجمهورية اليمني إن الحوار مستمر."
    assert _locs(_run(mem_gaz, text)) == set()


def test_hamlet_kept_when_its_country_has_no_other_town_in_the_story(mem_gaz):
    # the story's other towns are abroad: distance to them says nothing about Bardo
    text = "ندد مسؤولون في باريس وموسكو بالهجوم على متحف باردو في تونس."
    doc = _run(mem_gaz, text, mentions=["باريس", "موسكو", "باردو", "تونس"])
    assert_at(_place(doc, "باردو"), "bardo")


def test_province_that_dwarfs_its_namesake_town_wins(mem_gaz):
    text = "أشاد بانتصارات الجيش في عدن ولحج وتعز."
    doc = _run(mem_gaz, text, mentions=["عدن", "لحج", "تعز"])
    assert_at(_place(doc, "لحج"), "lahij-gov", km=5)


def test_town_after_madina_cue_is_still_the_town(mem_gaz):
    text = "قصفت الطائرات مدينة لحج أمس."
    doc = _run(mem_gaz, text, mentions=["لحج"])
    assert_at(_place(doc, "لحج"), "lahij-town", km=5)


def test_a_province_of_two_letters_listed_after_a_province(mem_gaz):
    text = "وسقطت قذائف على محافظات تعز وإب أمس."
    doc = _run(mem_gaz, text, mentions=["تعز"])
    assert "إب" in _locs(doc)
    assert _place(doc, "إب").feature == "admin1"
    # not a two-letter word after a town
    assert "أب" not in _locs(_run(mem_gaz, "وقال إن الضحية من تعز وأب لثلاثة أطفال.", mentions=["تعز"]))


def test_seoul_named_as_a_city_stays(mem_gaz):
    doc = _run(mem_gaz, "زار الرئيس الكوري الجنوبي سيول أمس.", mentions=["سيول"])
    assert_at(_place(doc, "سيول"), "seoul")


# 2026-11-27 (U21 P5): a list with commas and a direction with a pronoun after each name
def test_comma_list_with_directions_continues_the_coordination(mem_gaz):
    text = "أهم الجبهات مدينة إدلب، وسراقب شرقها، وأريحا جنوب غربها، وجبهة المطار."
    doc = _run(mem_gaz, text, mentions=["إدلب"])
    assert {"سراقب", "أريحا"} <= _locs(doc)
    assert_at(_place(doc, "أريحا"), "ariha")


def test_a_comma_word_that_does_not_stand_alone_is_not_listed(mem_gaz):
    # must not fire: after a comma, a word followed by more of its clause is no list item
    text = "وقع الهجوم في مدينة إدلب، وأريحا تشهد قصفا."
    doc = _run(mem_gaz, text, mentions=["إدلب"])
    assert "أريحا" not in _locs(doc)


# 2026-11-27 (U21 section 3): "البحرين" before two coordinated sea adjectives is the two seas
@pytest.mark.parametrize("text,kept", [
    ("لحماية المصالح الاقتصادية في البحرين الأحمر والمتوسط وأمن الملاحة.", False),
    # must not fire: Bahrain listed with a country, or one adjective with no second sea
    ("وقعت البحرين والسعودية اتفاقا للتعاون.", True),
    ("وصل الوفد إلى البحرين الأحمر لونه.", True),
])
def test_the_two_seas_are_not_bahrain(mem_gaz, text, kept):
    doc = _run(mem_gaz, text, mentions=["البحرين"])
    assert ("البحرين" in _locs(doc)) is kept


# 2026-11-27 (ent31, U31 SK-394 / SK-1440): a list keeps its anchors, and runs backwards
def test_a_list_member_is_measured_against_the_members_before_it(mem_gaz):
    # "المرج" (read in Egypt here) breaks no chain: مسرابا lies near حرستا, two members back
    text = "وقتل مدنيون في قصف على دوما وحرستا ومنطقة المرج ومسرابا في الغوطة."
    doc = _run(mem_gaz, text, mentions=["دوما", "حرستا", "المرج"])
    assert "مسرابا" in _locs(doc)
    # must not fire: a word with no namesake near the list ("وقتلى" is no place)
    text = "وقصفت الطائرات دوما وحرستا وقتلى كثيرون سقطوا."
    doc = _run(mem_gaz, text, mentions=["دوما", "حرستا"])
    assert _locs(doc) == {"دوما", "حرستا"}


def test_list_members_before_the_first_found_one(mem_gaz):
    text = "لتقطع طرق إمداد المليشيات في مقبنة والوازعية وموزع أمس."
    doc = _run(mem_gaz, text, mentions=["موزع"])
    assert {"مقبنة", "الوازعية"} <= _locs(doc)
    # must not fire: a first word after no preposition, or a place far from the list
    text = "وقالت مقبنة والوازعية وموزع أمس."
    doc = _run(mem_gaz, text, mentions=["موزع"])
    assert _locs(doc) == {"موزع", "الوازعية"}
    text = "وقصفت الطائرات النخيب وموزع أمس."
    doc = _run(mem_gaz, text, mentions=["موزع"])
    assert "النخيب" not in _locs(doc)


# 2026-11-29 (ner48b, U48 "حي كلابة والشماسي والروضة"): a plural or dual settlement word vouches
# for every name of its list, the ones the gazetteer lacks too
def test_names_listed_after_a_plural_settlement_word(mem_gaz):
    text = "وسقطت قذائف على أحياء دوما والزهيرات والبرقوق في ريف دمشق."
    doc = _run(mem_gaz, text, mentions=["دوما", "دمشق"])
    assert {"الزهيرات", "البرقوق"} <= _locs(doc)
    # a dual word vouches for one more name only
    text = "وزار الوفد قريتي دوما والزهيرات والبرقوق أمس."
    doc = _run(mem_gaz, text, mentions=["دوما"])
    assert "الزهيرات" in _locs(doc) and "البرقوق" not in _locs(doc)


def test_a_settlement_list_takes_no_common_word(mem_gaz):
    # must not fire: no list word before the first name, a cue word, an item going on
    for text in ("وسقطت قذائف على دوما والزهيرات في ريف دمشق.",
                 "وسقطت قذائف على أحياء دوما والمناطق المحيطة بها.",
                 "وسقطت قذائف على أحياء دوما والزهيرات الكبيرة.",
                 "وتضررت الطرق في أحياء دوما وشوارعها، ولكن الحياة مستمرة."):
        doc = _run(mem_gaz, text, mentions=["دوما"])
        assert not {"الزهيرات", "المناطق", "شوارعها"} & _locs(doc), text
