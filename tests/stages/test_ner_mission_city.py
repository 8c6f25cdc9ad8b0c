"""The city a diplomatic mission sits in, written with its preposition ("القنصلية التونسية
ببالارمو"), is a place: the tagger read ببالارمو as a man (audit U56). The mention starts
after the ب."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_the_city_after_a_consulate_and_its_nisba_is_a_place():
    doc = run("وتتابع القنصلية المغربية ببرشلونة أوضاع المهاجرين", {"ببرشلونة": "B-PER"}, {"المغربية": "NAT"})
    assert mentions(doc) == [("برشلونة", "LOC")]


def test_the_city_right_after_an_embassy_is_a_place():
    assert mentions(run("وأعلنت السفارة بفيينا عن مواعيد جديدة", {"بفيينا": "B-PER"})) == [("فيينا", "LOC")]


def test_a_person_after_a_verb_stays():  # must not fire: no mission before the ب
    assert mentions(run("واتصل الوزير ببوتين هاتفيا", {"ببوتين": "B-PER"})) == [("ببوتين", "PER")]  # (the stub lists no name to take the ب off)


def test_a_person_after_a_mission_and_a_verb_stays():  # must not fire: a word between is no country
    doc = run("وأشادت السفارة أمس بكوليبالي", {"بكوليبالي": "B-PER"})
    assert mentions(doc) == [("بكوليبالي", "PER")]


def test_a_person_chunk_run_on_into_the_verb_keeps_the_city_only():
    doc = run("وتتولى القنصلية بميلانو متابعة الملف", {"بميلانو": "B-PER", "متابعة": "I-PER"})
    assert mentions(doc) == [("ميلانو", "LOC")]


def test_a_listed_person_after_the_embassy_and_its_verb_stays():  # must not fire: "called Mohammed"
    doc = run("واتصلت السفارة بمحمد هاتفيا", {"بمحمد": "B-PER"}, {"محمد": "PERF"})
    assert [lab for _, lab in mentions(doc)] == ["PER"]
