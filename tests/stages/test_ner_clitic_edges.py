"""Edges of a mention's first word (audit ent31, U31): ك kept on a two-word name whose rest is
written nowhere alone ("كارن بيرس", not ارن); ب/ل off a word listed only as a village when the
rest with the next word is a listed city ("بدير البلح" → دير البلح); "للرئيس" read as ل + الرئيس,
a title outside the name."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, ارن="LOCB|PERT", بيرس="PERT", بدير="LOCS", دير="LOCB|LOCS", **{"دير البلح": "LOCB"},
              هادي="PERF", استراليا="LOCB")


def test_kaf_stays_on_a_two_word_name_whose_rest_is_not_written_alone():
    doc = run("وقالت مندوبتها كارن بيرس إن الوفد وصل", {"كارن": "B-PER", "بيرس": "I-PER"}, _NAMES)
    assert mentions(doc) == [("كارن بيرس", "PER")]


def test_kaf_still_comes_off_a_one_word_place_or_a_rest_written_alone():
    # must not fire: "كاستراليا" (like Australia) is one word
    doc = run("وصفها الوزير بأنها دولة كاستراليا في حجمها", {"كاستراليا": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("استراليا", "LOC")]
    # must not fire: the rest is written alone elsewhere in the article
    doc = run("وقال ارن بيرس إن الوفد وصل. ولم يصل أحد كارن بيرس",
              {"ارن": "B-PER", "كارن": "B-PER", "بيرس": "I-PER"}, _NAMES)
    assert [m for m, _ in mentions(doc)] == ["ارن بيرس", "ارن بيرس"]


def test_a_preposition_comes_off_a_word_listed_only_as_a_village_before_a_listed_city():
    doc = run("ونقل الجرحى إلى مستشفى بدير البلح وسط القطاع", {"بدير": "B-LOC", "البلح": "I-LOC"}, _NAMES)
    assert mentions(doc) == [("دير البلح", "LOC")]
    # must not fire: the village alone keeps its letter
    doc = run("وقصفت الطائرات قرية بدير شرق المدينة", {"بدير": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("بدير", "LOC")]


def test_a_title_after_lil_is_outside_the_name():
    doc = run("وقالت القوات الموالية للرئيس هادي إنها تقدمت", {"للرئيس": "B-PER", "هادي": "I-PER"}, _NAMES)
    assert mentions(doc) == [("هادي", "PER")]
    # must not fire: "للبنان" (ل + لبنان) is no title
    doc = run("وقدم الوفد دعما للبنان أمس", {"للبنان": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("لبنان", "LOC")]
