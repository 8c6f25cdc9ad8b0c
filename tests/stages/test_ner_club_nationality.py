"""An organisation's nationality adjective comes off when the article also names it without:
"ليفربول الإنكليزي" beside "ليفربول" (SPEC 2.1; audit U56)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"الإنكليزي": "NAT", "الكردستاني": "NAT"}


def test_the_adjective_comes_off_beside_the_bare_name():
    got = mentions(run("لعب سامي مع برايتون أمس، ويستعد برايتون الإنكليزي للمباراة",
                       {"برايتون": "B-ORG", "الإنكليزي": "I-ORG"}, _NAMES))
    assert got == [("برايتون", "ORG"), ("برايتون", "ORG")]


def test_no_bare_name_or_a_definite_head_keeps_it():
    # must not fire: the article never writes the club bare
    got = mentions(run("ويستعد برايتون الإنكليزي للمباراة", {"برايتون": "B-ORG", "الإنكليزي": "I-ORG"}, _NAMES))
    assert got == [("برايتون الإنكليزي", "ORG")]
