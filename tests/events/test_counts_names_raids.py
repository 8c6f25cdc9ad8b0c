"""Held-out fixes (U30 audit, args2): event counts, places and merging, on invented sentences."""
from __future__ import annotations

PUB = "2024-02-09"


def _killed(ev, text, count_text, value, category="killed"):
    doc = ev.make_doc(text, published=PUB, places=[("حلب", 36.2, 37.16, "SY", "city")],
                      quantities=[(count_text, value, "exact", category)])
    return [e.counts.get(category) and e.counts[category].value for e in ev.run(doc)
            if e.type in ("ASSAULT", "COERCE")]


def test_lone_person_after_a_plural_toll_adds_one(ev):
    # "خمسة رجال وامرأة": five men and a woman are six killed
    assert _killed(ev, "قتل خمسة رجال وامرأة في قصف على مدينة حلب.", "خمسة رجال", 5) == [6]
    assert _killed(ev, "اعتقلت الشرطة ثلاثة شبان وفتاة في مدينة حلب.", "ثلاثة شبان", 3,
                   "arrested") == [4]


def test_uncounted_number_after_a_toll_adds_up(ev):
    # "أربعة أطفال وسبعة بالغين": the quantities stage counted only the children
    assert _killed(ev, "قتل أربعة أطفال وسبعة بالغين في غارة على مدينة حلب.", "أربعة أطفال", 4) == [11]


def test_singular_after_a_count_past_ten_is_shared(ev):
    # must not fire: "20 سيدة وطفلا" is twenty women and children, not twenty-one
    assert _killed(ev, "هاجم مسلحون مدينة حلب وخطفوا 20 سيدة وطفلا.", "20 سيدة", 20,
                   "abducted")[:1] == [20]


def test_number_of_days_after_a_toll_adds_nothing(ev):
    # must not fire: "وثلاثة أيام" counts no people; "وأصيب طفل" is another outcome
    assert _killed(ev, "قتل ستة أطفال وثلاثة أيام من القصف على مدينة حلب.", "ستة أطفال", 6) == [6]
    assert _killed(ev, "قتل ستة أطفال وأصيب طفل في قصف على مدينة حلب.", "ستة أطفال", 6) == [6]


def _places(ev, text):
    known = [("الجولان", 33.0, 35.75, "SY", "natural"), ("حرستا", 33.56, 36.37, "SY", "town"),
             ("روما", 41.9, 12.5, "IT", "city")]
    doc = ev.make_doc(text, published=PUB, places=[p for p in known if p[0] in text])
    return ev.place_names(doc, "ASSAULT")


def test_weapon_model_and_treaty_are_no_places(ev):
    # "صواريخ من طراز الجولان" names a model; "بموجب اتفاقية روما" a treaty
    assert _places(ev, "قصفت صواريخ من طراز الجولان بلدة حرستا يوم الأربعاء.") == ["حرستا"]
    assert _places(ev, "قتل ثلاثة مدنيين في غارة أمس وهي جريمة بموجب اتفاقية روما.") == [None]


def test_places_after_other_words_are_kept(ev):
    # must not fire: "في روما", "قرب الجولان" say where it happened
    assert _places(ev, "قتل شخصان في هجوم بسكين في روما يوم الأربعاء.") == ["روما"]
    assert _places(ev, "قصفت طائرات مواقع قرب الجولان يوم الأربعاء.") == ["الجولان"]


def _coerce(ev, text):
    known = [("حلب", 36.2, 37.16, "SY", "city"), ("إدلب", 35.93, 36.63, "SY", "city")]
    doc = ev.make_doc(text, published=PUB, places=[p for p in known if p[0] in text])
    return sorted((e.mode, e.trigger.text) for e in ev.run(doc) if e.type == "COERCE")


def test_arrest_made_in_a_raid_is_one_act(ev):
    # "اعتقلت … في مداهمات", "خلال مداهمة": the raid is how the arrest was made
    assert _coerce(ev, "اعتقلت الشرطة خمسة أشخاص في مداهمات بمدينة حلب يوم الأربعاء.") == [("arrest", "اعتقلت")]
    assert _coerce(ev, "أعلنت السلطات اعتقال ثلاثة خلال مداهمة لمبنى في حلب يوم الأربعاء.") == [
        ("arrest", "اعتقال")]


def test_raid_told_beside_an_arrest_stays(ev):
    # must not fire: "ونفذت مداهمات" is an act of its own, not the arrest's setting
    assert _coerce(ev, "اعتقلت الشرطة خمسة أشخاص في حلب ونفذت مداهمات في إدلب يوم الأربعاء.") == [
        ("arrest", "اعتقلت"), ("raid", "مداهمات")]


def _arrest_place(ev, text):
    known = [("لندن", 51.5, -0.12, "GB", "city"), ("حلب", 36.2, 37.16, "SY", "city"),
             ("اليمن", 15.5, 47.5, "YE", "country")]
    doc = ev.make_doc(text, published=PUB, places=[p for p in known if p[0] in text])
    return ev.place_names(doc, "COERCE")


def test_place_one_came_back_from_is_not_the_arrest_place(ev):
    # "بعد عودته من زيارة للندن", "أثناء عودته من اليمن": where he came from, not where he was held
    assert _arrest_place(ev, "اعتقلت الشرطة الناشط يوم الأربعاء بعد عودته من زيارة للندن.") == [None]
    assert _arrest_place(ev, "اعتقلت الشرطة الناشط أثناء عودته من اليمن يوم الأربعاء.") == [None]


def test_place_one_came_back_to_is_kept(ev):
    # must not fire: "عودته إلى حلب" is where he was; "خلال زيارته لندن" too
    assert _arrest_place(ev, "اعتقلت الشرطة الناشط بعد عودته إلى حلب يوم الأربعاء.") == ["حلب"]
    assert _arrest_place(ev, "اعتقلت الشرطة الناشط خلال زيارته لندن يوم الأربعاء.") == ["لندن"]


def _arrest_dates(ev, text):
    doc = ev.make_doc(text, published=PUB, times=[("الخميس", "2024-02-08", "day")])
    return ev.dates(doc, "COERCE")


def test_day_of_what_the_police_said_dates_the_report(ev):
    # "وفقا لما ذكرته الشرطة، الخميس": the day of the statement, the arrest that day or before
    assert _arrest_dates(ev, "اعتقلت السلطات أربعة رجال في مدينة أولم، وفقا لما ذكرته الشرطة، الخميس.") == [
        ("2024-02-08", "week")]


def test_day_of_the_arrest_itself_stays_a_day(ev):
    # must not fire: "اعتقلت … الخميس" dates the arrest; "لما ذكرته" needs بحسب/وفقا before it
    assert _arrest_dates(ev, "اعتقلت السلطات أربعة رجال في مدينة أولم، الخميس.") == [("2024-02-08", "day")]
    assert _arrest_dates(ev, "اعتقلت السلطات أربعة رجال بعد ما ذكرته الصحف، الخميس.") == [("2024-02-08", "day")]


def _assault_dates(ev, text, times):
    doc = ev.make_doc(text, published=PUB, times=times)
    return [e.date for e in ev.run(doc) if e.type == "ASSAULT"]


def test_attack_named_after_baad_takes_no_time_told_before_its_clause(ev):
    # "ألغى أمس زيارته …، وذلك للرد بعد الهجوم": yesterday dates the cancelled visit, not the attack
    assert _assault_dates(ev, "ألغى الوزير أمس زيارته إلى باريس، وذلك للإشراف على الرد بعد الهجوم "
                              "الكيماوي على البلدة.", [("أمس", "2024-02-08", "day")]) == [PUB]


def test_attack_dated_in_its_own_clause_keeps_its_day(ev):
    # must not fire: the day in the attack's own clause; an indefinite "بعد هجوم" keeps the sentence's day
    assert _assault_dates(ev, "قتل خمسة جنود الخميس بعد الهجوم على القاعدة.",
                          [("الخميس", "2024-02-08", "day")]) == ["2024-02-08"]
    assert _assault_dates(ev, "وصل الوزير الخميس إلى البلدة، بعد هجوم على القاعدة.",
                          [("الخميس", "2024-02-08", "day")]) == ["2024-02-08"]


def test_toll_over_a_period_told_before_is_no_count(ev):
    # "وشهدت نفس الفترة … مقتل 11", "خلال الفترة نفسها إلى مقتل نحو عشرين": cumulative tolls
    assert _killed(ev, "وشهدت نفس الفترة، مقتل 11 مسلحا خلال اشتباكات مع الجيش في مدينة حلب.",
                   "11 مسلحا", 11) == [None]
    assert _killed(ev, "ويواصل المسلحون هجماتهم في مدينة حلب، ما أدى خلال الفترة نفسها إلى مقتل 20 جنديا.",
                   "20 جنديا", 20) == [None]


def test_toll_of_a_period_named_with_the_act_is_a_count(ev):
    # must not fire: "في الفترة المسائية" names no period told before
    assert _killed(ev, "قتل 7 مدنيين في قصف على مدينة حلب في الفترة المسائية.", "7 مدنيين", 7) == [7]


def test_number_after_a_construct_toll_adds_up(ev):
    # "11 رجل أمن وأربعة مقيمين": the quantity stops at رجل; past أمن the four residents add
    assert _killed(ev, "أدى التفجير في مدينة حلب إلى مقتل 11 رجل أمن وأربعة مقيمين.", "11 رجل", 11) == [15]


def test_construct_toll_then_another_outcome_adds_nothing(ev):
    # must not fire: "وأصيب أربعة" is another outcome; "تسعة رجال وامرأة" is not skipped past
    assert _killed(ev, "قتل 11 رجل أمن وأصيب أربعة مقيمين في تفجير بمدينة حلب.", "11 رجل", 11) == [11]
    assert _killed(ev, "قتل تسعة رجال وامرأة في تفجير بمدينة حلب.", "تسعة رجال", 9) == [10]
