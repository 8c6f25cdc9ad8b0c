"""النيل before من + a pronoun is the verbal noun "harming", not the Nile (audit ev24b,
saudinewsnet-2015-08-07-01200: "ومن يريدون النيل منه")."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"النيل": "LOCB"}


def test_harming_before_from_and_a_pronoun_is_no_place():
    assert mentions(run("يسعى الخصوم إلى النيل منها بكل وسيلة", {"النيل": "B-LOC"}, _NAMES)) == []
    assert mentions(run("سنواصل ملاحقتهم والنيل منهم أينما كانوا", {"والنيل": "B-LOC"}, _NAMES)) == []


def test_the_river_stays_a_place():
    # must not fire: the river in construct, or before من + a noun ("من شأنه"), or before في
    for text in ("لا يجوز نقل مياه النيل من شأنه الإضرار بمصر",
                 "غرق قارب في النيل في جنوب البلاد",
                 "أبحر الوفد على النيل منذ الصباح"):
        assert mentions(run(text, {"النيل": "B-LOC"}, _NAMES)) == [("النيل", "LOC")], text
