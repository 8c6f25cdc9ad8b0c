"""An outlet named by spelt Latin letters takes in the أن/إن that stands for N and leaves out a
nationality adjective (audit U56: "أن بي سي نيوز الأمريكية" was بي سي نيوز الأمريكية)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_TAGS = {"بي": "B-ORG", "سي": "I-ORG", "نيوز": "I-ORG", "الأمريكية": "I-ORG"}
_NAMES = {"الأمريكية": "NAT"}


def test_the_letter_n_and_no_adjective():
    got = mentions(run("وقال المتحدث لقناة أن بي سي نيوز الأمريكية إن الهجوم وقع", _TAGS, _NAMES))
    assert got == [("أن بي سي نيوز", "ORG")]


def test_the_particle_before_a_listed_outlet_stays_out():
    # must not fire: "إن بي بي سي" is "that the BBC", and بي بي سي is listed
    tags = {"بي": "B-ORG", "سي": "I-ORG"}
    got = mentions(run("وقالت إن بي بي سي نشرت التقرير كاملا", {"بي": "B-ORG"} | {"سي": "I-ORG"} | tags,
                       {"بي بي سي": "ORG"}))
    assert got[0][0].startswith("بي")
    # a particle glued to a word (بأن) is no letter
    assert mentions(run("وذكر بأن بي سي نيوز نشرت التقرير", _TAGS, _NAMES)) == [("بي سي نيوز", "ORG")]
