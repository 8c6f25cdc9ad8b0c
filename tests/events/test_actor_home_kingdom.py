"""Actors of events (event_actors_clause.home_kingdom): a Saudi article names its own state
"المملكة"; joined by و to a preverbal state it is a subject with it — "أكد الوزير السعودي أن
المملكة والأردن اتفقتا على تعزيز التعاون" is agreed by Riyadh and Amman, not by Amman alone
(audit U60). Without a Saudi mark the kingdom is unknown and stays out."""

PLACES = [("الأردن", 31.0, 36.0, "JO", "country")]


def test_bare_kingdom_in_a_saudi_article_joins_the_state(ev):
    text = "وأكد وزير الخارجية السعودي أن المملكة والأردن اتفقتا على تعزيز التعاون التجاري."
    doc = ev.make_doc(text, places=PLACES)
    (e,) = [e for e in ev.run(doc) if e.type == "AGREE"]
    assert sorted(a.code for a in e.actors) == ["JORGOV", "SAUGOV"]


def test_kingdom_without_a_saudi_mark_stays_out(ev):
    # must not fire: whose kingdom is unknown
    text = "وأكد وزير الخارجية أن المملكة والأردن اتفقتا على تعزيز التعاون التجاري."
    doc = ev.make_doc(text, places=PLACES)
    (e,) = [e for e in ev.run(doc) if e.type == "AGREE"]
    assert [a.code for a in e.actors] == ["JORGOV"]
