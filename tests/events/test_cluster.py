"""Cross-article clustering: same type, ≤ 25 km, ±1 day, compatible actors; counts kept per claimant."""
import pytest

from rasd.stages.cluster import cluster_events, compatible, members_of


def _rec(doc_id, *events, places=None, outlet=None):
    return {"schema": "rasd/1", "doc": {"id": doc_id, "outlet": outlet},
            "places": places or [{"id": "p1", "name": "حمص", "lat": 34.73, "lon": 36.72}],
            "events": list(events)}


def _ev(eid="v1", etype="ASSAULT", date="2024-02-11", place="p1", counts=None, source=None, actors=()):
    return {"id": eid, "type": etype, "date": date, "place": place, "time_precision": "day",
            "counts": counts or {}, "source": {"text": source} if source else None,
            "actors": [{"text": a, "code": a} for a in actors]}


def _killed(v, q="exact"):
    return {"killed": {"value": v, "qualifier": q}}


def test_same_happening_two_articles_one_cluster():
    cl = cluster_events([_rec("a", _ev()), _rec("b", _ev())])
    assert len(cl) == 1 and cl[0].docs == ["a", "b"]


def test_conflicting_counts_kept_with_claimants():
    cl = cluster_events([_rec("a", _ev(counts=_killed(11), source="وزارة الصحة")),
                         _rec("b", _ev(counts=_killed(14), source="المرصد"))])
    (c,) = cl
    assert [(x.value, x.claimants) for x in c.counts["killed"]] == [(11, ["وزارة الصحة"]), (14, ["المرصد"])]
    assert c.summary() == "killed: 11 (وزارة الصحة), 14 (المرصد)"


def test_agreeing_counts_share_one_claim():
    (c,) = cluster_events([_rec("a", _ev(counts=_killed(5), source="X")),
                           _rec("b", _ev(counts=_killed(5), source="Y"))])
    assert len(c.counts["killed"]) == 1 and c.counts["killed"][0].claimants == ["X", "Y"]


def test_qualifier_difference_is_a_different_claim():
    (c,) = cluster_events([_rec("a", _ev(counts=_killed(5))), _rec("b", _ev(counts=_killed(5, "more_than")))])
    assert len(c.counts["killed"]) == 2


def test_claimant_falls_back_to_outlet_then_doc():
    (c,) = cluster_events([_rec("a", _ev(counts=_killed(3)), outlet="BBC"), _rec("b", _ev(counts=_killed(4)))])
    assert [x.claimants for x in c.counts["killed"]] == [["BBC"], ["b"]]


@pytest.mark.parametrize("other,same", [
    ({"date": "2024-02-12"}, True),
    ({"date": "2024-02-10"}, True),
    ({"date": "2024-02-13"}, False),
    ({"etype": "PROTEST"}, False),
    ({"date": None}, False),
])
def test_date_and_type_rules(other, same):
    cl = cluster_events([_rec("a", _ev()), _rec("b", _ev(**other))])
    assert (len(cl) == 1) is same


@pytest.mark.parametrize("lat,lon,same", [(34.80, 36.75, True), (34.95, 36.72, True), (35.2, 36.72, False),
                                          (36.2, 37.16, False)])
def test_distance_rule(lat, lon, same):
    far = [{"id": "p1", "name": "x", "lat": lat, "lon": lon}]
    cl = cluster_events([_rec("a", _ev()), _rec("b", _ev(), places=far)])
    assert (len(cl) == 1) is same


def test_place_known_in_one_only_does_not_cluster():
    cl = cluster_events([_rec("a", _ev()), _rec("b", _ev(place=None))])
    assert len(cl) == 2


def test_conflicting_actors_do_not_cluster():
    cl = cluster_events([_rec("a", _ev(actors=["SYRMIL"])), _rec("b", _ev(actors=["TURMIL"]))])
    assert len(cl) == 2


def test_missing_actors_are_compatible():
    cl = cluster_events([_rec("a", _ev(actors=["SYRMIL"])), _rec("b", _ev())])
    assert len(cl) == 1


def test_events_of_one_article_stay_apart():
    cl = cluster_events([_rec("a", _ev("v1"), _ev("v2"))])
    assert len(cl) == 2


def test_representative_prefers_day_precision_and_counts():
    week = dict(_ev(counts=_killed(3)), time_precision="week")
    day = _ev(counts={**_killed(3), "injured": {"value": 2, "qualifier": "exact"}})
    (c,) = cluster_events([_rec("a", week), _rec("b", day)])
    assert c.representative["doc"] == "b"


def test_members_resolve_coordinates():
    (m,) = members_of(_rec("a", _ev()))
    assert (m.lat, m.lon) == (34.73, 36.72) and str(m.day) == "2024-02-11"


def test_compatible_is_symmetric():
    a, b = members_of(_rec("a", _ev())) + members_of(_rec("b", _ev(date="2024-02-12")))
    assert compatible(a, b) and compatible(b, a)


def test_to_dict_lists_every_source_article():
    cl = cluster_events([_rec("a", _ev()), _rec("b", _ev()), _rec("c", _ev())])
    d = cl[0].to_dict()
    assert d["docs"] == ["a", "b", "c"] and len(d["events"]) == 3 and d["type"] == "ASSAULT"


def test_empty_input():
    assert cluster_events([]) == []


def test_representative_names_its_place():
    (c,) = cluster_events([_rec("a", _ev()), _rec("b", _ev())])
    assert c.representative["place_name"] == "حمص"


def test_undated_events_never_cluster():
    """Background told without a date matches nothing: no day to compare."""
    cl = cluster_events([_rec("a", _ev(date=None)), _rec("b", _ev(date=None))])
    assert len(cl) == 2


def test_month_dated_events_never_cluster():
    """'أواخر الشهر الماضي': a month is no day; Kobani in June and Suruc in July stayed one cluster."""
    cl = cluster_events([_rec("a", _ev(date="2015-06")), _rec("b", _ev(date="2015-07"))])
    assert len(cl) == 2
    cl = cluster_events([_rec("a", _ev(date="2015-06")), _rec("b", _ev(date="2015-06"))])
    assert len(cl) == 2


@pytest.mark.parametrize("actors_a,actors_b,same", [
    ((), (), False),                       # two calls on one day, nobody known: not one happening
    (("PSEGOV",), (), False),
    (("PSEGOV",), ("PSEGOV",), True),      # the same doer's call told by two outlets
    (("PSEGOV",), ("ISRGOV",), False),
])
def test_unplaced_events_need_a_doer_in_common(actors_a, actors_b, same):
    cl = cluster_events([_rec("a", _ev(etype="REQUEST", place=None, actors=actors_a)),
                         _rec("b", _ev(etype="REQUEST", place=None, actors=actors_b))])
    assert (len(cl) == 1) is same


def _country(rec_id, **kw):
    syria = [{"id": "p1", "name": "سوريا", "lat": 35.0, "lon": 38.5}]
    return _rec(rec_id, dict(_ev(**kw), geo_precision=4), places=syria)


def test_a_country_point_is_no_place_to_match_by():
    assert len(cluster_events([_country("a"), _country("b")])) == 2
    assert len(cluster_events([_country("a", actors=["USAMIL"]), _country("b", actors=["USAMIL"])])) == 1


def test_a_report_without_actors_does_not_chain_two_sides():
    """a (SYRMIL) ~ b (no actor) ~ c (TURMIL): b joins one of them, a and c stay apart."""
    cl = cluster_events([_rec("a", _ev(actors=["SYRMIL"])), _rec("b", _ev()),
                         _rec("c", _ev(actors=["TURMIL"]))])
    docs = sorted(tuple(c.docs) for c in cl)
    assert len(cl) == 2 and not any({"a", "c"} <= set(d) for d in docs)


def test_a_cluster_takes_one_event_per_article_the_nearest():
    """Two strikes of one article (Homs, and 17 km north) and one report near the second."""
    places = [{"id": "p1", "name": "حمص", "lat": 34.73, "lon": 36.72},
              {"id": "p2", "name": "الرستن", "lat": 34.92, "lon": 36.73}]
    two = _rec("a", _ev("v1"), _ev("v2", place="p2"), places=places)
    near = _rec("b", _ev(), places=[{"id": "p1", "name": "x", "lat": 34.90, "lon": 36.73}])
    cl = cluster_events([two, near])
    (joined,) = [c for c in cl if len(c.members) == 2]
    assert [(m.doc_id, m.event["id"]) for m in joined.members] == [("a", "v2"), ("b", "v1")]


def test_pairs_found_by_day_are_every_compatible_pair():
    """The day index leaves out no pair that `compatible` would link."""
    import random

    from rasd.stages.cluster import candidate_pairs

    rnd = random.Random(5)
    recs = [_rec(f"d{n}", _ev(etype=rnd.choice(["ASSAULT", "PROTEST"]),
                              date=rnd.choice([None, "2015-07", "2024-02-10", "2024-02-11",
                                               "2024-02-12", "2024-02-14"]),
                              actors=rnd.choice([(), ("SYRMIL",)])))
            for n in range(40)]
    members = [m for r in recs for m in members_of(r)]
    brute = {(i, j) for i in range(len(members)) for j in range(i + 1, len(members))
             if compatible(members[i], members[j])}
    found = set(candidate_pairs(members))
    assert brute and brute <= found and all(i < j for i, j in found)
