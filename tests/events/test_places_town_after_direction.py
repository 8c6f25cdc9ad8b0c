""""شمال شرقي المدينة" with no name after it is the town just named (as "في المدينة" was): an
act there whose street the gazetteer cannot place is in that town, not in the country of the
sentence before (which let it merge with a happening far away)."""
HOMS = ("حمص", 34.73, 36.72, "SY", "city")
SYRIA = ("سوريا", 35.0, 38.0, "SY", "country")


def test_a_street_of_the_town_just_named_is_in_that_town(ev):
    text = ("تجددت المعارك في سوريا الأحد. فقد قصف المسلحون حي الزهور في مدينة حمص وسط البلاد، بينما اندلعت "
            "اشتباكات في شارع الملعب شمال شرقي المدينة.")
    doc = ev.make_doc(text, published="2018-03-05", places=[SYRIA, HOMS], times=[("الأحد", "2018-03-04", "day")])
    names = {p.id: p.name for p in doc.places}
    clashes = [names.get(e.place) for e in ev.run(doc) if e.type == "ASSAULT" and e.mode == "clash"]
    assert clashes == ["حمص"]
