"""An updated toll of the same happening told later ("وارتفعت حصيلة القتلى إلى سبعة") is the
record's count: one happening, one record, the toll as it stands (SPEC §2.6)."""
KIRKUK = ("كركوك", 35.47, 44.39, "IQ", "city")


def _bombing(ev, text, quantities):
    doc = ev.make_doc(text, published="2018-03-04", places=[KIRKUK], times=[("صباح اليوم", "2018-03-04", "day")],
                      quantities=quantities)
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_risen_toll_replaces_the_first_count(ev):
    text = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك صباح اليوم. وقالت الشرطة إن عدد قتلى الانفجار"
            " ارتفع إلى سبعة أشخاص.")
    (a,) = _bombing(ev, text, [("خمسة أشخاص", 5, "exact", "killed"), ("سبعة أشخاص", 7, "exact", "killed")])
    assert a.counts["killed"].value == 7


def test_a_toll_rising_to_more_than_keeps_its_qualifier(ev):
    text = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك صباح اليوم. وارتفعت حصيلة ضحايا التفجير"
            " إلى أكثر من عشرة قتلى.")
    (a,) = _bombing(ev, text, [("خمسة أشخاص", 5, "exact", "killed"), ("أكثر من عشرة قتلى", 10, "more_than", "killed")])
    assert (a.counts["killed"].value, a.counts["killed"].qualifier) == (10, "more_than")


def test_a_later_count_with_no_rise_keeps_the_first_report(ev):
    # no rise word: the first report's count stays (a later figure may be a part of it)
    text = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك صباح اليوم. وقالت الشرطة إن بين القتلى"
            " ثلاثة أشخاص من عائلة واحدة في الانفجار.")
    (a,) = _bombing(ev, text, [("خمسة أشخاص", 5, "exact", "killed"), ("ثلاثة أشخاص", 3, "exact", "killed")])
    assert a.counts["killed"].value == 5


def test_the_updated_toll_of_the_attack_on_a_later_day_is_one_record(ev):
    # "حصيلة قتلى التفجير": the toll of the blast told before, whatever day the update names
    text = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك الأحد. وأعلنت الشرطة الاثنين ارتفاع حصيلة"
            " قتلى التفجير إلى سبعة أشخاص.")
    doc = ev.make_doc(text, published="2018-03-05", places=[KIRKUK],
                      times=[("الأحد", "2018-03-04", "day"), ("الاثنين", "2018-03-05", "day")],
                      quantities=[("خمسة أشخاص", 5, "exact", "killed"), ("سبعة أشخاص", 7, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (a.date, a.counts["killed"].value) == ("2018-03-04", 7)


def test_a_new_attack_on_another_day_stays_its_own_record(ev):
    # the neighbour: an indefinite attack with its own day is another happening
    text = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك الأحد. وقتل سبعة أشخاص في تفجير انتحاري"
            " آخر في كركوك الاثنين.")
    doc = ev.make_doc(text, published="2018-03-05", places=[KIRKUK],
                      times=[("الأحد", "2018-03-04", "day"), ("الاثنين", "2018-03-05", "day")],
                      quantities=[("خمسة أشخاص", 5, "exact", "killed"), ("سبعة أشخاص", 7, "exact", "killed")])
    assert sorted(e.counts["killed"].value for e in ev.run(doc) if e.type == "ASSAULT") == [5, 7]
