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


def test_harming_after_ila_or_with_lam_before_from_and_a_noun():
    assert mentions(run("وقال إن اتصالاته لا تهدف إلى النيل من الدولة", {"النيل": "B-LOC"}, _NAMES)) == []
    assert mentions(run("نشروا الأكاذيب سعيا للنيل من سمعته", {"للنيل": "B-LOC"}, _NAMES)) == []
    # must not fire: a listed place after من (travel to the river), the river with no إلى/ل
    names = dict(_NAMES, الخرطوم="LOCB")
    got = mentions(run("وصل الوفد إلى النيل من الخرطوم أمس", {"النيل": "B-LOC", "الخرطوم": "B-LOC"}, names))
    assert got == [("النيل", "LOC"), ("الخرطوم", "LOC")]
    got = mentions(run("تصل مياه النيل من إثيوبيا", {"النيل": "B-LOC"}, _NAMES))
    assert got == [("النيل", "LOC")]
