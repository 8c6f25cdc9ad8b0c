"""Speakers: names over titles, nominal descriptions, anaphora chains, relays, two speakers."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speaker", [
    ("قال الرئيس التركي رجب طيب أردوغان إن الحكومة أخطأت.", {"رجب طيب أردوغان": "PER"}, "رجب طيب أردوغان"),
    ("وقال مدير الدفاع المدني في المنطقة أحمد الخطيب إن الفرق تواصل البحث.", {"أحمد الخطيب": "PER"}, "أحمد الخطيب"),
    ("وقال الناطق الرسمي باسم وزارة الداخلية خليفة الشيباني في تصريح لقناة نسمة الخاصة إن الأمن طارد المشتبهين.",
     {"خليفة الشيباني": "PER", "نسمة": "ORG"}, "خليفة الشيباني"),
    ("وأشار العقيد الركن تركي المالكي إلى أن الدفاعات اعترضت الصواريخ.", {"تركي المالكي": "PER"}, "تركي المالكي"),
    ("أكدت الأستاذة مريم الفقيه، عن جمعية قابلات سوسة، أن الرجال معرضون للإصابة.", {"مريم الفقيه": "PER"}, "مريم الفقيه"),
    ("أفادت مصادر محلية موثوقة لـ«عكاظ» أن الجماعة تسعى لاختراق المقاومة.", {"عكاظ": "ORG"}, "مصادر محلية موثوقة"),
    ("وقال الضابط، الذي رفض الكشف عن هويته، لوكالة الأنباء الألمانية إن انتحاريين فجرا نفسيهما.",
     {"وكالة الأنباء الألمانية": "ORG"}, "الضابط"),
    ("أعلنت منظمة حظر الأسلحة الكيميائية السبت أن خبراءها دخلوا المدينة.",
     {"منظمة حظر الأسلحة الكيميائية": "ORG"}, "منظمة حظر الأسلحة الكيميائية"),
    ("واعتبرت الولايات المتحدة أن الروس عبثوا بمكان الهجوم.", {"الولايات المتحدة": "LOC"}, "الولايات المتحدة"),
    ("وقال مصدر أمني إن القوات قصفت نقطتي رصد.", {}, "مصدر أمني"),
    ("وقال ناشطون إن القصف استهدف سوقا شعبية.", {}, "ناشطون"),
    ("وقال قادة عسكريون أكراد إن الهجوم صُد.", {}, "قادة عسكريون أكراد"),
    ("وذكر شهود عيان في غزة أن القصف جاء بعد اجتياز شابين للسياج.", {"غزة": "LOC"}, "شهود عيان"),
    ("وقال مسؤولون أفغان إن الهجوم قتل خمسة أشخاص.", {}, "مسؤولون أفغان"),
    ("فيما أشار أحد أصدقاء الطالب إلى أنه تعرض لإطلاق النار.", {}, "أحد أصدقاء الطالب"),
    # a bare source noun takes its في phrase (gold-dev "مصدر في المقاومة الشعبية اليمنية"; audit U52)
    ("وقال أمس مصدر في المقاومة إن التحرير بات قريبا.", {}, "مصدر في المقاومة"),
    ("وكانت وسائل إعلام تركية قد نقلت أن الرئيس برر المقترح.", {}, "وسائل إعلام تركية"),
    ("حتى أن مسؤولين بالاتحاد الأوروبي قالوا حينها إن الاقتراح خطير.", {"الاتحاد الأوروبي": "ORG"}, "الاتحاد الأوروبي"),
    ("كان دميرتاش صرح بأن الغارات ليست سوى خدعة.", {"دميرتاش": "PER"}, "دميرتاش"),
    ("وكان الجيش الأميركي، الذي صعد من ضرباته العام الماضي، قد قال إن القوات المحلية ليست مستعدة.", {}, "الجيش الأميركي"),
    ("رصدت إصابات عديدة بحسب مريم الفقيه التي أشارت إلى أن النسبة مرتفعة.", {"مريم الفقيه": "PER"}, "مريم الفقيه"),
    ("وتقول منظمة الصحة التي يوجد مقرها في جنيف إن المفتشين يمكنهم جمع العينات.", {"منظمة الصحة": "ORG"}, "منظمة الصحة"),
    # a speaker who asked not to be named: the clause is no part of him, his name no speaker
    ("وصرح مسؤول تركي رفض الكشف عن هويته: «نؤكد أن المنفذ تركي».", {}, "مسؤول تركي"),
    ("وقال مسؤول محلي فضل عدم الكشف عن اسمه إن القصف استمر.", {}, "مسؤول محلي"),
    ("وقال مصدر فضل عدم ذكر اسمه إن الجيش قصف البلدة.", {}, "مصدر"),
    ("وقال مسؤول رفض أن يكشف هويته إن الجيش قصف البلدة.", {}, "مسؤول"),
])
def test_speaker_is_the_closest_name_or_description(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    assert len(doc.quotes) == 1
    sp = doc.quotes[0].speaker
    assert sp is not None and sp.text == speaker
    is_entity = speaker in names
    assert (sp.entity is not None) == is_entity


@pytest.mark.parametrize("follow", ["وأضاف أن", "وتابع أن", "وأشار إلى أن", "وأوضح أن", "وأكد أن", "وقال إن"])
def test_anaphora_without_subject_points_to_the_previous_name(quotes, follow):
    text = (f"قال وزير الصحة سامي العلي إن المستشفيات ممتلئة. "
            f"{follow} الأدوية بدأت تنفد من المخازن.")
    doc = quotes(text, {"سامي العلي": "PER"})
    assert len(doc.quotes) == 2
    first, second = doc.quotes
    assert second.speaker == first.speaker  # same offsets: where the name appears
    assert second.speaker.start == text.index("سامي العلي") and second.speaker.entity == "e1"


def test_anaphora_chain_over_several_sentences(quotes):
    text = ("وقال المتحدث باسم الحركة فادي حسن إن القصف مستمر. وأضاف أن المدنيين نزحوا. "
            "وتابع أن الطرق مقطوعة. وأشار إلى أن المساعدات لم تصل، مضيفاً أن الوضع كارثي.")
    doc = quotes(text, {"فادي حسن": "PER"})
    assert len(doc.quotes) == 5
    assert {q.speaker.start for q in doc.quotes} == {text.index("فادي حسن")}
    assert [q.cue.text for q in doc.quotes] == ["وقال", "وأضاف", "وتابع", "وأشار", "مضيفاً"]


def test_anaphora_follows_the_latest_speaker(quotes):
    text = ("قال سامي العلي إن المستشفيات ممتلئة. وقال مصدر طبي إن الأدوية نفدت. "
            "وأضاف أن الأطباء يعملون بلا توقف.")
    doc = quotes(text, {"سامي العلي": "PER"})
    assert [q.speaker.text for q in doc.quotes] == ["سامي العلي", "مصدر طبي", "مصدر طبي"]


@pytest.mark.parametrize("second", [
    "وأكد الرئيس اليمني أن الحوار ممكن.",
    "وأكد معاليه أن الحوار ممكن.",
    "وأكد الدكتور أن الحوار ممكن.",
])
def test_title_or_pronoun_subject_refers_back_to_the_named_person(quotes, second):
    text = "التقى الرئيس هادي وفدا أمميا في الرياض وبحث معه الأوضاع. " + second
    doc = quotes(text, {"هادي": "PER", "الرياض": "LOC"})
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.text == "هادي" and doc.quotes[0].speaker.entity == "e1"


def test_same_source_marker_points_back(quotes):
    text = "وقال مصدر أمني إن القوات قصفت موقعين. ولفت المصدر نفسه إلى أن الشرطة اعتقلت شابين."
    doc = quotes(text)
    assert [q.speaker.text for q in doc.quotes] == ["مصدر أمني", "مصدر أمني"]
    assert doc.quotes[1].speaker.start == text.index("مصدر أمني")


def test_definite_descriptor_refers_to_named_organisation(quotes):
    text = ("نقلت وكالة الأنباء السعودية خبر اعتراض الصواريخ. "
            "وذكرت الوكالة بأن الدفاعات رصدت الصواريخ فوق الحدود.")
    doc = quotes(text, {"وكالة الأنباء السعودية": "ORG"})
    assert doc.quotes[0].speaker.text == "وكالة الأنباء السعودية"
    assert doc.quotes[0].speaker.entity == "e1"


def test_statement_noun_is_not_the_speaker(quotes):
    text = ("وجاء في بيان المنظمة الدولية للهجرة أن آلاف الأسر نزحت. "
            "ولفت البيان إلى أن المخيمات مكتظة.")
    doc = quotes(text, {"المنظمة الدولية للهجرة": "ORG"})
    assert [q.speaker.text for q in doc.quotes] == ["المنظمة الدولية للهجرة"] * 2
    assert doc.quotes[0].cue.text == "وجاء"


def test_two_speakers_in_one_sentence(quotes):
    text = ("واعتبرت واشنطن أن الهجوم مدبر فيما اعتبرت موسكو أنه مفبرك بالكامل.")
    doc = quotes(text, {"واشنطن": "LOC", "موسكو": "LOC"})
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("واشنطن", "الهجوم مدبر"), ("موسكو", "مفبرك بالكامل")]
    assert doc.quotes[0].content.end <= doc.quotes[1].cue.start


@pytest.mark.parametrize("link", ["، فيما", "، بينما", " فيما", " بينما", "، لكن", "، في حين"])
def test_two_speakers_joined_by_a_conjunction(quotes, link):
    text = f"قال الجيش إن خمسة مسلحين قتلوا{link} قال ناشطون إن القتلى مدنيون."
    doc = quotes(text)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("الجيش", "خمسة مسلحين قتلوا"), ("ناشطون", "القتلى مدنيون")]


def test_two_speakers_one_direct_one_indirect(quotes):
    text = ('قال خالد سمير: "لن نغادر بيوتنا مهما حدث"، بينما قالت السلطات إن الإخلاء إلزامي.')
    doc = quotes(text, {"خالد سمير": "PER"})
    assert [(q.kind, q.speaker.text) for q in doc.quotes] == [("direct", "خالد سمير"), ("indirect", "السلطات")]


def test_relay_source_through_news_agency(quotes):
    text = "ونقلت وكالة رويترز عن مصدر أمني أن الانفجار وقع قرب السفارة."
    doc = quotes(text, {"رويترز": "ORG"})
    q = doc.quotes[0]
    assert q.speaker.text == "مصدر أمني"
    att = [a for a in doc.attributions if a.kind == "quote"][0]
    assert att.relay is not None and att.relay.text == "رويترز" and att.relay.entity == "e1"


def test_participle_after_sentence_without_quote_takes_sentence_subject(quotes):
    text = ("وأعلنت حركة طالبان المسؤولية عن الهجوم قائلة إنها استهدفت قوات أجنبية.")
    doc = quotes(text, {"طالبان": "ORG"})
    assert doc.quotes[0].speaker.text == "طالبان"


def test_participle_takes_subject_of_main_verb_not_its_object(quotes):
    text = "وأعرب المصابون وأقاربهم عن شكرهم للأطباء داعين الله أن يحفظ البلاد."
    doc = quotes(text)
    assert doc.quotes[0].speaker.text == "المصابون وأقاربهم"


@pytest.mark.parametrize("text,speaker", [
    ("وقال إمام المسجد الدكتور سعود الشريم: «قتل المصلين جريمة نكراء».", "سعود الشريم"),
    ("وأشار العقيد الركن تركي المالكي، المتحدث باسم القوات، إلى أن الصواريخ اعترضت.", "تركي المالكي"),
    ("وقال المدير الطبي للمستشفى الدكتور محمد الزعبي إن الحالات مستقرة.", "محمد الزعبي"),
    ("وقال الشيخ ناصر العمر إن الجريمة مدانة.", "ناصر العمر"),
])
def test_name_after_rank_or_honorific_without_ner(quotes, text, speaker):
    doc = quotes(text)  # no entities at all: the NER stage missed the name
    assert doc.quotes[0].speaker.text == speaker
    assert doc.quotes[0].speaker.entity is None


def test_title_with_nisba_is_not_a_name(quotes):
    doc = quotes("وأكد الرئيس اليمني أن الحوار ممكن.")
    assert doc.quotes[0].speaker.text == "الرئيس اليمني"


def test_appositive_name_before_the_verb(quotes):
    text = "وفي بيروت، رئيس حزب القوات، سمير جعجع، اعتبر أن التوقيف جاء بلا أي مبرر."
    doc = quotes(text, {"سمير جعجع": "PER", "بيروت": "LOC"})
    assert doc.quotes[0].speaker.text == "سمير جعجع"


def test_nested_report_does_not_cut_the_outer_quote(quotes):
    text = "ونقل المرصد عن مصادر موثوقة أن التنظيم أبلغ أصحاب المقاهي أن العمل ممنوع بعد اليوم."
    doc = quotes(text)
    outer = doc.quotes[0]
    assert outer.speaker.text == "مصادر موثوقة"
    assert outer.content.text == "التنظيم أبلغ أصحاب المقاهي أن العمل ممنوع بعد اليوم"


def test_statement_noun_before_the_verb_points_to_the_issuer(quotes):
    text = 'وأصدرت القيادة العامة للجيش بيانا قالت فيه إن المتهم "ارتكب جرائم تحريض ضد الدولة".'
    doc = quotes(text)
    assert doc.quotes[0].speaker.text.startswith("القيادة العامة")


def test_adverbial_press_conference_is_not_the_speaker(quotes):
    text = ('وقال الوزير خالد اليماني إن الحكومة لا تخطط لتدمير الميناء. '
            'وأضاف في مؤتمر صحفي في نيويورك يوم الخميس، "نحن قريبون من المطار وليس من الميناء".')
    doc = quotes(text, {"خالد اليماني": "PER"})
    assert [q.speaker.text for q in doc.quotes] == ["خالد اليماني", "خالد اليماني"]


def test_name_starting_with_waw_keeps_its_first_letter(quotes):
    doc = quotes("ورأى وليد مرتضى أن التهديدات كانت لمصلحة شخصية.")
    assert doc.quotes[0].speaker.text.startswith("وليد")


@pytest.mark.parametrize("text", [
    "أعلن الجيش خطته الجديدة غير أن المعارضة رفضتها.",
    "أكد الوزير التزامه بالاتفاق إلا أن الفصائل شككت في ذلك.",
    "ذكر التقرير الأرقام رغم أن الوزارة لم تؤكدها.",
])
def test_concessive_an_is_not_the_cue_complement(quotes, text):
    assert quotes(text).quotes == []


def test_descriptor_takes_the_latest_antecedent_without_ner(quotes):
    text = ("أعلنت منظمة الصحة العالمية أن خبراءها وصلوا إلى المدينة. "
            "وتمكن خبراء منظمة الصحة العالمية من جمع عينات. "
            "وجاء في بيان المنظمة أن النتائج ستصدر قريبا.")
    doc = quotes(text)  # no entities: the antecedent is found by its head noun
    last = doc.quotes[-1]
    assert last.cue.text == "وجاء"
    assert last.speaker.start == text.rindex("منظمة الصحة")


def test_a_title_with_its_words_finds_the_person_named_with_them(quotes):
    text = ("التقى الأمين العام للأمم المتحدة أنطونيو غوتيريس وزير الخارجية اليمني عبدالملك المخلافي "
            "ووزير الخارجية القطري خالد العطية. وقال الأمين العام إن الحل سياسي. "
            "وقال وزير الخارجية اليمني إن الحكومة مستعدة. وقال وزير الخارجية الأمريكي إن بلاده تدعم الحل.")
    doc = quotes(text, {"أنطونيو غوتيريس": "PER", "عبدالملك المخلافي": "PER", "خالد العطية": "PER",
                        "الأمم المتحدة": "ORG"})
    got = [q.speaker.text if q.speaker else None for q in doc.quotes]
    # (no American minister is named: not the Qatari one, the last minister named)
    assert got[:2] == ["أنطونيو غوتيريس", "عبدالملك المخلافي"] and got[2] != "خالد العطية"


@pytest.mark.parametrize("second", [
    "وأضاف في مؤتمر صحفي عقد اليوم في واشنطن أن العقوبات ستبقى.",  # a place in the adverbial
    "وأضاف ردا على سؤال آخر أن العقوبات ستبقى.",  # an adverbial of reply
    "ودعا الله عز وجل أن يرحم الضحايا.",  # a prayer's addressee
])
def test_an_adverbial_or_an_addressee_after_the_cue_is_no_speaker(quotes, second):
    doc = quotes("وقال خالد العلي إن الاتفاق جيد. " + second, {"خالد العلي": "PER", "واشنطن": "LOC"})
    assert [q.speaker.text for q in doc.quotes] == ["خالد العلي", "خالد العلي"]


@pytest.mark.parametrize("text,speaker", [
    # an untagged name after "spokesman of …": the whole description, never the previous speaker
    ("وقال توماس روتيج إن الوضع صعب. وقال المتحدث باسم طالبان ذبيح الله مجاهد إن مسلحي الحركة نفذوا الهجومين.",
     "المتحدث باسم طالبان ذبيح الله مجاهد"),
    ("وقال المسؤول عن الطوارئ نشوان الحسام لـ «عكاظ»: الكادر الطبي في وضع مأسوي.",
     "المسؤول عن الطوارئ نشوان الحسام"),
    ('قال القيادي في حزب النهضة علي العريض "النضال من أجل حقوق المرأة ليس ضد الرجل".',
     "القيادي في حزب النهضة علي العريض"),
    ("وقال الناطق باسم وزير الداخلية العراقي لرويترز إن النيران اشتعلت في أحد المخازن.",
     "الناطق باسم وزير الداخلية العراقي"),
])
def test_a_described_title_is_its_own_speaker(quotes, text, speaker):
    doc = quotes(text, {"توماس روتيج": "PER", "رويترز": "ORG"})
    assert doc.quotes[-1].speaker.text == speaker


def test_a_described_title_stands_for_the_person_named_after_it_before(quotes):
    text = ("قال المتحدث الرسمي باسم الجيش، العقيد أحمد المسماري، إن العملية انتهت. "
            "وقال خالد العلي إن الطريق مفتوح. وقال المتحدث باسم الجيش إن القوات تقدمت.")
    doc = quotes(text, {"أحمد المسماري": "PER", "خالد العلي": "PER"})
    assert [q.speaker.text for q in doc.quotes] == ["أحمد المسماري", "خالد العلي", "أحمد المسماري"]


def test_a_title_in_an_adverbial_still_finds_its_antecedent(quotes):
    text = "قال الرئيس التركي رجب طيب أردوغان إن الليرة ستتعافى. وقال الرئيس التركي في هذا الشأن إن الهجوم فشل."
    doc = quotes(text, {"رجب طيب أردوغان": "PER"})
    assert [q.speaker.text for q in doc.quotes] == ["رجب طيب أردوغان", "رجب طيب أردوغان"]


def test_an_outlet_told_after_a_bare_cue_is_no_speaker(quotes):
    text = ("وقال قدورة فارس رئيس نادي الأسير إن القانون الجديد عنصري. "
            "وقال لرويترز “هذه تشريعات تعبر عن حالة العنصرية”.")
    doc = quotes(text, {"قدورة فارس": "PER", "رويترز": "ORG"})
    assert [q.speaker.text for q in doc.quotes] == ["قدورة فارس", "قدورة فارس"]


def test_a_place_before_the_comma_is_where_they_spoke_and_an_apposition_is_looked_past(quotes):
    doc = quotes("وقال الطبيب أحمد إن الوضع صعب. وفي القابون، قالوا إن الحصار مستمر.",
                 {"أحمد": "PER", "القابون": "LOC"})
    assert doc.quotes[-1].speaker is None or doc.quotes[-1].speaker.text != "القابون"
    doc = quotes('وكان "جيش الإسلام"، أحد أبرز الفصائل في الغوطة الشرقية، أعلن أن الدفعة الأولى خرجت.',
                 {"جيش الإسلام": "ORG", "الغوطة الشرقية": "LOC"})
    assert doc.quotes[0].speaker.text == "جيش الإسلام"


def test_a_two_word_place_or_a_time_word_is_no_speaker(quotes):
    text = 'وقال أحمد داود أوغلو إن الهجوم إرهابي. وقال في مؤتمر صحافي في شانلي اورفة "تم تحديد هوية المنفذ".'
    doc = quotes(text, {"أحمد داود أوغلو": "PER", "شانلي اورفة": "LOC"})
    assert [q.speaker.text for q in doc.quotes] == ["أحمد داود أوغلو", "أحمد داود أوغلو"]


def test_a_word_of_a_time_expression_is_no_speaker():
    from rasd.model import Article, Document, Entity, Span
    from rasd.model.record import TimeExpr
    from rasd.pipeline.registry import get_factory
    from rasd.stages.text import TextStage
    text = "وأعلن التلفزيون العماني صباح الخميس أن الإعصار ضرب الساحل."
    doc = Document.from_article(Article(text, id="t"))
    TextStage()(doc)
    s = text.index("صباح")
    doc.entities.append(Entity("e1", "PER", "صباح", [Span(s, s + 4, "صباح")]))
    doc.times.append(TimeExpr("t1", s, s + len("صباح الخميس"), "صباح الخميس", "date", "2024-02-08", None, "day",
                              "published"))
    doc = get_factory("quotes")({}, None)(doc)
    assert doc.quotes[0].speaker is None or doc.quotes[0].speaker.text != "صباح"


@pytest.mark.parametrize("text,names,speaker", [
    # the name after "باسم/لـ + a person's title" holds the office; the spokesman speaks
    ("أعلن الناطق باسم رئيسة الوزراء البريطانية تيريزا ماي أنها ستزور بغداد. وقالت تيريزا ماي إن الزيارة مهمة.",
     {"تيريزا ماي": "PER"}, "الناطق باسم رئيسة الوزراء البريطانية"),
    ("أعلن المكتب الإعلامي لرئيس الوزراء، حيدر العبادي، أن القوات حررت المدينة. واستقبل حيدر العبادي الوفد.",
     {"حيدر العبادي": "PER"}, "المكتب الإعلامي"),
    # a spokesman's own name, told once, after the office he speaks for
    ("وقالت المتحدثة باسم رئيس الوزراء جوانا كوبشينسكا إن التصريحات أسيء فهمها.",
     {"جوانا كوبشينسكا": "PER"}, "جوانا كوبشينسكا"),
    # after an institution the name is the spokesman's own, named again or not
    ("وقال المتحدث باسم الجيش المقدم جوناثن كونركوس إن الطائرات قصفت موقعا. وأضاف جوناثن كونركوس أن الهدف دمر.",
     {"جوناثن كونركوس": "PER"}, "جوناثن كونركوس"),
    # a statement of the officeholder is his own
    ("وأفاد بيان للرئيس اللبناني، ميشال عون أن الجدار اعتداء. واستقبل ميشال عون السفير.",
     {"ميشال عون": "PER"}, "ميشال عون"),
])
def test_the_holder_of_the_office_spoken_for_is_no_speaker(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    assert doc.quotes[0].speaker.text.startswith(speaker)
    if speaker not in names:
        assert doc.quotes[0].speaker.entity is None


def test_a_later_spokesman_anaphor_is_the_earlier_spokesman_not_the_officeholder(quotes):
    text = ("أعلن الناطق باسم رئيسة الوزراء تيريزا ماي أنها ستزور بغداد. "
            "وقال المتحدث إن تيريزا ماي ستلتقي المسؤولين.")
    doc = quotes(text, {"تيريزا ماي": "PER"})
    assert [q.speaker.text.split()[0] for q in doc.quotes] == ["الناطق", "الناطق"]


@pytest.mark.parametrize("text,names,speaker", [
    # "ونقل عن X": عن right after the cue, so X, not the latest name, is the speaker
    ("التقى الرئيس هادي بالسفير. ونقل عن مصادر ميدانية قولها إن المسلحين انسحبوا.", {"هادي": "PER"},
     "مصادر ميدانية"),
    ("ورغم أن وكالة أنباء الطلبة نقلت عن مسؤول محلي قوله إن الوضع هادئ، فإن الاشتباكات استمرت.",
     {"وكالة أنباء الطلبة": "ORG"}, "مسؤول محلي"),
    # the relay named between the cue and عن, as before
    ("ونقلت وكالة رويترز عن مصدر مقرب من الحكومة تأكيده أن الاتفاق قريب.", {"رويترز": "ORG"}, "مصدر مقرب"),
])
def test_a_relay_with_an_right_after_the_cue_reads_the_original_speaker(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    assert doc.quotes[-1].speaker.text.startswith(speaker)


def test_a_relay_before_the_cue_is_kept_as_the_relay(quotes):
    doc = quotes("وكانت وكالة سانا نقلت عن مصدر عسكري قوله إن الصواريخ أسقطت.", {"سانا": "ORG"})
    att = [a for a in doc.attributions if a.source is not None and a.source.text.startswith("مصدر")]
    assert att and att[0].relay is not None and "سانا" in att[0].relay.text


def test_a_role_description_far_from_the_last_name_is_a_new_speaker(quotes):
    text = ("التقى الرئيس عبد ربه منصور هادي بالسفير. وعاد الوفد إلى عدن مساء. وهبطت الطائرة في المطار. "
            "ونقل عن المسؤول العسكري السعودي قوله إن وصول الطائرة بداية جسر جوي.")
    doc = quotes(text, {"عبد ربه منصور هادي": "PER"})
    assert doc.quotes[-1].speaker.text == "المسؤول العسكري السعودي"
    # just after the name, the description refers back to it
    text = "وصل المبعوث الروسي ألكسندر لافرينتييف إلى سوتشي. وصرح المسؤول الروسي أن القوات انسحبت."
    doc = quotes(text, {"ألكسندر لافرينتييف": "PER"})
    assert doc.quotes[-1].speaker.text == "ألكسندر لافرينتييف"


def test_a_quoted_name_right_after_the_cue_is_the_speaker(quotes):
    text = 'وقال مصدر عسكري إن الصواريخ أسقطت. وذكرت "سانا" أن العدوان جاء في وقت حساس.'
    doc = quotes(text, {"سانا": "ORG"})
    assert doc.quotes[-1].speaker.text == "سانا"
    # a quoted outlet told after ل stays an addressee
    doc = quotes('وقال خالد العبيدي لـ"روسيا اليوم" إن الجيش تقدم.', {"خالد العبيدي": "PER", "روسيا اليوم": "ORG"})
    assert doc.quotes[0].speaker.text == "خالد العبيدي"


def test_the_same_head_with_another_nisba_is_another_speaker(quotes):
    text = ("وقال الوزير المصري إن العلاقات قوية. وقال جون كيري إن واشنطن ملتزمة. "
            "وأشار الوزير الأمريكي إلى أن الدعم مستمر.")
    doc = quotes(text, {"جون كيري": "PER"})
    assert doc.quotes[-1].speaker.text == "جون كيري"


def test_a_quoted_name_after_its_type_word_is_the_speaker_not_speech(quotes, check):
    text = ('وقالت منظمة "إس أو إس المتوسط" لأعمال الإغاثة إن الطفل ولد على متن السفينة. '
            'وأضافت المنظمة أن الأم بخير.')
    doc = quotes(text, {"إس أو إس المتوسط": "ORG"})
    check(doc)
    assert [q.kind for q in doc.quotes] == ["indirect", "indirect"]
    assert [(q.speaker.text, q.speaker.entity) for q in doc.quotes] == [("إس أو إس المتوسط", "e1")] * 2
