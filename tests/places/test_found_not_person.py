"""A name the places stage finds on its own is no place when the article names a person so
(audit ent41: "وأكد الأحمدي" names the man; "علي الأحمدي لوكالة فرانس برس", which the tagger
left untagged, was added as Al Ahmadi, Kuwait, in a story on Aden)."""
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places import not_persons


def test_a_persons_name_is_not_added_as_a_place():
    people = [Entity("e1", "PER", "الأحمدي", [Span(50, 57, "الأحمدي")])]
    assert not_persons([Span(10, 17, "الأحمدي")], people) == []


def test_other_names_and_a_place_named_like_an_organisation_are_still_added():
    # must not fire: a name no person has; the same name as a place or organisation elsewhere
    others = [Entity("e1", "PER", "علي صالح", [Span(50, 57, "علي صالح")]),
              Entity("e2", "ORG", "الرياض", [Span(70, 76, "الرياض")])]
    found = [Span(10, 17, "الأحمدي"), Span(20, 26, "الرياض")]
    assert not_persons(found, others) == found
