"""A bare-written group name after ب that is an everyday noun before an adjective of degree is
the noun (audit U46: "بحماس كبير", with great enthusiasm, was Hamas with PSEREB)."""
from test_ner import mentions, run


def test_with_great_enthusiasm_is_no_group():
    assert mentions(run("وتدرب اللاعبون بحماس كبير أمس", {})) == []


def test_the_group_after_a_preposition_is_still_the_group():
    # must not fire: "اتصالات بحماس" and "بحماس في غزة" name the movement
    got = mentions(run("وأجرت مصر اتصالات بحماس في غزة", {}))
    assert ("حماس", "ORG") in got
