"""The events stage on hand-built documents: arguments, dates, counts, sources, merging."""
import pytest

from rasd.pipeline.registry import get_factory
from rasd.stages.events import EventsStage

IDLIB = ("إدلب", 35.93, 36.63, "SY", "city")
MAARA = ("معرة النعمان", 35.64, 36.67, "SY", "town")
TEXT = ("إدلب - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأحد، في قصف مدفعي استهدف بلدة معرة النعمان "
        "جنوب إدلب، حسبما أفاد المرصد السوري لحقوق الإنسان.")


def _example(ev, **kw):
    return ev.make_doc(TEXT, entities=[("المرصد السوري لحقوق الإنسان", "ORG", "SYRNGO")],
                       places=[IDLIB, MAARA], times=[("الأحد", "2024-02-11", "day")],
                       quantities=[("ثلاثة مدنيين", 3, "exact", "killed"),
                                   ("سبعة آخرون", 7, "exact", "injured")],
                       attributions=[("المرصد السوري لحقوق الإنسان", "قُتل ثلاثة مدنيين", False)], **kw)


def test_example_one_assault(ev):
    events = ev.run(_example(ev))
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "shelling")]


def test_example_place_is_most_specific(ev):
    (e,) = ev.run(_example(ev))
    assert e.place == "p2" and e.geo_precision == 1


def test_example_date_from_time(ev):
    (e,) = ev.run(_example(ev))
    assert (e.date, e.time_precision, e.time) == ("2024-02-11", "day", "t1")


def test_example_counts(ev):
    (e,) = ev.run(_example(ev))
    assert {k: (c.value, c.qualifier, c.quantity) for k, c in e.counts.items()} == {
        "killed": (3, "exact", "q1"), "injured": (7, "exact", "q2")}


def test_example_source(ev):
    (e,) = ev.run(_example(ev))
    assert e.source.text == "المرصد السوري لحقوق الإنسان" and e.hedged is False


def test_example_spans_match_text(ev):
    doc = _example(ev)
    for e in ev.run(doc):
        for span in [e.trigger, e.sentence, e.source, *e.actors, *e.targets]:
            assert doc.text[span.start:span.end] == span.text


def test_example_codes_and_confidence(ev):
    (e,) = ev.run(_example(ev))
    assert e.codes["plover"] == "ASSAULT" and e.codes["cameo"] == "195"
    assert 0 < e.confidence <= 1


def test_nominal_target_gets_country_code(ev):
    (e,) = ev.run(_example(ev))
    assert any(t.text == "مدنيين" and t.code == "SYRCVL" for t in e.targets)


def test_hedged_attribution(ev):
    text = "زعم المتحدث أن الطائرات قصفت مستشفى في حمص."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")],
                      attributions=[("المتحدث", "الطائرات قصفت مستشفى في حمص", True)])
    (e,) = ev.run(doc)
    assert e.source.text == "المتحدث" and e.hedged is True


def test_quote_speaker_is_source_fallback(ev):
    text = "وقال الناطق باسم الشرطة إن مسلحين هاجموا حاجزا في الموصل."
    doc = ev.make_doc(text, places=[("الموصل", 36.34, 43.13, "IQ", "city")],
                      quotes=[("الناطق باسم الشرطة", "مسلحين هاجموا حاجزا في الموصل")])
    (e,) = ev.run(doc)
    assert e.source.text == "الناطق باسم الشرطة"


def test_undated_current_news_gets_published_week(ev):
    doc = ev.make_doc("اندلعت اشتباكات عنيفة في حمص.", places=[("حمص", 34.73, 36.72, "SY", "city")])
    (e,) = ev.run(doc)
    assert (e.date, e.time_precision, e.time) == ("2024-02-12", "week", None)


def test_background_event_is_undated(ev):
    doc = ev.make_doc("وكانت اشتباكات عنيفة قد اندلعت في حمص.",
                      places=[("حمص", 34.73, 36.72, "SY", "city")])
    (e,) = ev.run(doc)
    assert (e.date, e.time_precision) == (None, "unknown")


def test_no_published_date_means_undated(ev):
    doc = ev.make_doc("اندلعت اشتباكات عنيفة في حمص.", published=None,
                      places=[("حمص", 34.73, 36.72, "SY", "city")])
    (e,) = ev.run(doc)
    assert e.date is None


@pytest.mark.parametrize("value,precision,kept", [
    ("2024-02-10", "day", True), ("2023-10-01", "day", False), ("2019", "year", False),
    ("2024-02", "month", True), ("2024-01", "month", True), ("2025", "year", False),
])
def test_old_background_and_future_are_dropped(ev, value, precision, kept):
    doc = ev.make_doc("قصفت الطائرات حمص في ذلك اليوم.", places=[("حمص", 34.73, 36.72, "SY", "city")],
                      times=[("ذلك اليوم", value, precision)])
    assert bool(ev.run(doc)) is kept


def test_salvo_on_three_places_is_three_events(ev):
    text = "قصفت مقاتلات التحالف مواقع في القاعدة والمفرق والحوبان اليوم."
    doc = ev.make_doc(text, places=[("القاعدة", 13.9, 44.2, "YE", "town"),
                                    ("المفرق", 13.7, 44.0, "YE", "village"),
                                    ("الحوبان", 13.6, 44.1, "YE", "neighbourhood")])
    assert sorted(e.place for e in ev.run(doc)) == ["p1", "p2", "p3"]


def test_container_place_is_not_split(ev):
    text = "قصفت المدفعية بلدة معرة النعمان جنوب إدلب."
    doc = ev.make_doc(text, places=[IDLIB, MAARA])
    assert [e.place for e in ev.run(doc)] == ["p2"]


def test_same_attack_mentioned_twice_is_one_event(ev):
    text = "قصفت الطائرات بلدة معرة النعمان. وأدى القصف إلى دمار كبير في معرة النعمان."
    doc = ev.make_doc(text, places=[MAARA])
    assert len(ev.run(doc)) == 1


def test_anaphoric_mention_without_place_merges(ev):
    text = "انفجرت سيارة مفخخة في معرة النعمان. وأسفر الانفجار عن مقتل خمسة أشخاص."
    doc = ev.make_doc(text, places=[MAARA], quantities=[("خمسة أشخاص", 5, "exact", "killed")])
    (e,) = ev.run(doc)
    assert e.place == "p1" and e.counts["killed"].value == 5


def test_two_days_two_tolls_are_two_events(ev):
    text = "قصفت الطائرات حمص الأحد. وقصفت الطائرات حمص الخميس."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")],
                      times=[("الأحد", "2024-02-11", "day"), ("الخميس", "2024-02-08", "day")])
    assert sorted(e.date for e in ev.run(doc)) == ["2024-02-08", "2024-02-11"]


def test_far_places_are_two_events(ev):
    text = "قصفت الطائرات حمص. وقصفت الطائرات حلب."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city"),
                                    ("حلب", 36.2, 37.16, "SY", "city")])
    assert len(ev.run(doc)) == 2


def test_verbal_act_needs_named_actor(ev):
    assert ev.types("وأدان كثيرون ما جرى.") == []
    assert ev.types("وأدانت الحكومة الهجوم.") == ["ACCUSE"]


def test_verbal_act_actor_is_entity_with_code(ev):
    doc = ev.make_doc("طالبت الخارجية الفرنسية طهران بالإفراج عن المعتقلين.",
                      entities=[("الخارجية الفرنسية", "ORG", "FRAGOV"), ("طهران", "LOC", "IRNGOV")])
    events = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert events and events[0].actors[0].code == "FRAGOV"
    assert events[0].targets[0].code == "IRNGOV"


def test_counts_only_from_matching_categories(ev):
    text = "اعتقلت الشرطة عشرين شخصا بعد اشتباكات قتل فيها ثلاثة."
    doc = ev.make_doc(text, quantities=[("عشرين شخصا", 20, "exact", "arrested"),
                                        ("ثلاثة", 3, "exact", "killed")])
    by_type = {e.type: e for e in ev.run(doc)}
    assert set(by_type["COERCE"].counts) == {"arrested"}
    assert set(by_type["ASSAULT"].counts) == {"killed"}


def test_outcome_word_alone_needs_a_count(ev):
    assert ev.types("وصل الجرحى إلى المستشفى.") == []
    doc = ev.make_doc("قتل خمسة أشخاص في المدينة.", quantities=[("خمسة أشخاص", 5, "exact", "killed")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]


def test_dateline_place_used_when_sentence_has_none(ev):
    text = "حمص - اندلعت اشتباكات عنيفة صباح اليوم."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")])
    (e,) = ev.run(doc)
    assert e.place == "p1"


def test_institution_owner_is_not_the_place(ev):
    text = "اتهمت حكومة السودان المتمردين بقصف القرى."
    doc = ev.make_doc(text, places=[("السودان", 15.5, 32.5, "SD", "country")])
    assert all(e.place is None for e in ev.run(doc))


def test_coalition_leader_is_not_the_place(ev):
    text = "قتل عشرة مسلحين في غارات شنها التحالف بقيادة السعودية على صعدة."
    doc = ev.make_doc(text, places=[("السعودية", 24.0, 45.0, "SA", "country"),
                                    ("صعدة", 16.94, 43.76, "YE", "city")])
    (e,) = ev.run(doc)
    assert doc.places[int(e.place[1:]) - 1].name == "صعدة"


def test_registered_factory_builds_stage():
    stage = get_factory("events")({}, None)
    assert isinstance(stage, EventsStage) and stage.assigns == ("events",)


def test_stage_declares_upstream_fields():
    assert {"entities", "places", "times", "quantities", "quotes", "attributions"} <= set(EventsStage.requires)


def test_ids_are_sequential(ev):
    text = "قصفت الطائرات حمص. وقصفت الطائرات حلب. واعتقلت الشرطة ناشطا."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city"), ("حلب", 36.2, 37.16, "SY", "city")])
    assert [e.id for e in ev.run(doc)] == ["v1", "v2", "v3"]


def test_merged_record_keeps_the_first_reports_voice(ev):
    text = ("انفجرت سيارة مفخخة في حمص اليوم. "
            "وقال الشيخ في تغريدته إن التفجير في حمص جريمة.")
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")], times=[("اليوم", "2024-02-12", "day")],
                      quotes=[("الشيخ", "التفجير في حمص جريمة")])
    (e,) = ev.run(doc)
    assert e.source is None


def test_series_reference_does_not_lend_its_counts(ev):
    text = ("قتل تفجير سيارة مفخخة خمسة أشخاص قرب مطار كابول اليوم. "
            "كما تسببت الهجمات التي قتلت العشرات من المدنيين وأصابت المئات غيرهم في توتر العلاقات.")
    doc = ev.make_doc(text, places=[("كابول", 34.53, 69.17, "AF", "city")], times=[("اليوم", "2024-02-12", "day")],
                      quantities=[("خمسة أشخاص", 5, "exact", "killed"), ("العشرات من المدنيين", 10, "vague", "killed"),
                                  ("المئات غيرهم", 100, "vague", "injured")])
    (e,) = ev.run(doc)
    assert {k: c.value for k, c in e.counts.items()} == {"killed": 5}


def test_precise_count_beats_vague_one_when_merging(ev):
    text = ("أصيب العشرات في تفجير في حمص اليوم. "
            "وقال مسؤولون إن التفجير في حمص أصاب 16 شخصا اليوم.")
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")], times=[("اليوم", "2024-02-12", "day")],
                      quantities=[("العشرات", 10, "vague", "injured"), ("16 شخصا", 16, "exact", "injured")])
    (e,) = ev.run(doc)
    assert (e.counts["injured"].value, e.counts["injured"].qualifier) == (16, "exact")


def test_agency_dateline_is_the_outlets_bureau_even_with_no_other_place(ev):
    text = "دبي، الإمارات العربية المتحدة (CNN)-- قصفت القوات المصرية ستة أهداف الأحد."
    doc = ev.make_doc(text, places=[("دبي", 25.2, 55.27, "AE", "city")])
    (e,) = ev.run(doc)
    assert e.place is None  # the outlet writes every story from Dubai


def test_places_in_an_agency_dateline_are_not_the_sentences_places(ev):
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت القوات المصرية عن قصف ستة أهداف جوا، الأحد.\n"
            "وتقول القوات إنها تلاحق المسلحين في مصر منذ أشهر.")
    doc = ev.make_doc(text, places=[("دبي", 25.2, 55.27, "AE", "city"),
                                    ("الإمارات العربية المتحدة", 24.0, 54.0, "AE", "country"),
                                    ("مصر", 26.8, 30.8, "EG", "country")])
    (e,) = [x for x in ev.run(doc) if x.mode == "shelling"]
    assert e.place == "p3"  # مصر, not the bureau in the first line
