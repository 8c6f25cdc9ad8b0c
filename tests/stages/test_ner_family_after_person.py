"""A person's family name the tagger leaves out ("حسين | العباسي") is part of the name when
the article writes it alone as the subject of a reporting verb ("وأبرز العباسي"); the lone
words are mentions too (audit U56)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_the_family_name_and_its_lone_mentions_join():
    doc = run("قال سليم الحمداني رئيس اللجنة إن العمل بدأ. وأبرز الحمداني أن اللجنة اجتمعت.", {"سليم": "B-PER"})
    assert mentions(doc) == [("سليم الحمداني", "PER"), ("الحمداني", "PER")]
    assert len(doc.entities) == 1


def test_an_adjective_or_a_word_never_alone_is_left():
    # must not fire: the word never stands alone after a reporting verb
    doc = run("قال سليم الحمداني رئيس اللجنة إن العمل بدأ. وأبرز الرئيس أن اللجنة اجتمعت.", {"سليم": "B-PER"})
    assert mentions(doc) == [("سليم", "PER")]
    # a nationality ("the Syrian said") stays out
    doc = run("قال سليم السوري المقيم هنا إن العمل بدأ. وقال السوري إن اللجنة اجتمعت.", {"سليم": "B-PER"},
              {"السوري": "NAT"})
    assert mentions(doc) == [("سليم", "PER")]
