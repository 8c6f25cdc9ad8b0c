"""ف that begins a name no list has stays the name's letter, one word or more (audit ent41:
"قرب فارنبورو" read as ارنبورو, "شركة \"فيرجن\"" as يرجن), and no conjunction comes off a word
the article writes as a full name's last word ("ألبرتو فوجيموري" … "أن فوجيموري" read as وجيموري)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_fa_of_an_unlisted_one_word_name_stays():
    doc = run("وتحطمت الطائرة قرب فارنبورو أمس", {"فارنبورو": "B-LOC"}, NAMES)
    assert [m for m, _ in mentions(doc)] == ["فارنبورو"]


def test_a_full_names_last_word_keeps_its_first_letter():
    doc = run("وقال الرئيس ألبرتو فوجيموري إن الوفد وصل. وأضاف أن فوجيموري هادئ",
              {"ألبرتو": "B-PER", "فوجيموري": "I-PER"}, dict(NAMES, وجيموري="LOCB"))
    assert [m for m, _ in mentions(doc)] == ["ألبرتو فوجيموري", "فوجيموري"]


def test_fa_still_comes_off_a_listed_rest_or_one_written_alone():
    # must not fire: the rest is a listed organisation
    doc = run("وقال إن الأمر انتهى فحماس لن توافق", {"فحماس": "B-ORG"}, NAMES)
    assert [m for m, _ in mentions(doc)] == ["حماس"]
    # must not fire: the article writes the rest alone elsewhere
    doc = run("وقالت غيرسدورف إن الأمر انتهى، فغيرسدورف لن توافق",
              {"غيرسدورف": "B-PER", "فغيرسدورف": "B-PER"}, NAMES)
    assert [m for m, _ in mentions(doc)] == ["غيرسدورف", "غيرسدورف"]


def test_fa_after_a_nationality_adjective_is_the_name():
    # "المدافع البرازيلي فليبي لويز": no clause opens with ف between a nationality and its man (audit U60)
    doc = run("استعاد النادي المدافع البرازيلي فليبي لويز أمس", {"فليبي": "B-PER", "لويز": "I-PER"},
              {"البرازيلي": "NAT", "ليبي": "NAT|PERT"})
    assert mentions(doc) == [("فليبي لويز", "PER")]
