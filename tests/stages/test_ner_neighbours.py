"""Chunks the tagger reads with or as a neighbour's word (audit U66):
- "بقطر" (with a diameter of) before a measure is no Qatar;
- a given name after يا is the person called;
- a word with tanween is no name;
- a country run onto a ruler the article names elsewhere is split off;
- a verb of "she" run onto a name the article writes alone is dropped;
- a nisba agreeing with the noun before an armed group's name ("ميليشيات حزب الله الإيرانية") goes."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.neighbours import diameter_word
from rasd.stages.ner.prior import prior_key
from rasd.stages.text import make_text
from tests.stages.test_ner import NAMES, StubModel, mentions, run

_NAMES = dict(NAMES, قطر="LOCS|LOCB", فرنسا="LOCB", بيتان="PERT", فيليب="PERF", سلمى="PERF", الإيرانية="NAT",
              الإيراني="NAT")


def test_bqatar_before_a_measure_is_a_diameter():
    doc = run("وصمم الخزان بقطر يبلغ ثلاثة أمتار", {"بقطر": "B-LOC"}, _NAMES)
    assert mentions(doc) == []
    doc = run("وصنع الأنبوب بقطر 20 سنتيمترا", {"بقطر": "B-LOC"}, _NAMES)
    assert mentions(doc) == []
    assert diameter_word("بقطر", "يصل") and diameter_word("وبقطر", "15")


def test_bqatar_before_other_words_stays():  # must not fire: in Qatar
    doc = run("وعقد الاجتماع بقطر الأسبوع الماضي", {"بقطر": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("قطر", "LOC")]
    assert not diameter_word("قطر", "20") and not diameter_word("بقطر", "أمس")


def test_a_given_name_after_ya_is_the_person_called():
    doc = run('ورددت القاعة عبارة "اجلسي يا سلمى" مرارا', {"سلمى": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("سلمى", "PER")]


def test_a_place_after_ya_stays():  # must not fire: قطر is no listed given name
    doc = run("وهتف المشجعون يا قطر", {"قطر": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("قطر", "LOC")]


def test_a_country_after_a_ruler_named_elsewhere_is_split_off():
    doc = run("وكان فيليب بيتان ضابطا . وحكم المارشال بيتان فرنسا أربع سنوات",
              {"فيليب": "B-PER", "بيتان": "I-PER", "فرنسا": "I-PER"}, _NAMES)
    got = mentions(doc)
    assert ("فرنسا", "LOC") in got and ("بيتان", "PER") in got
    assert not any(t == "بيتان فرنسا" for t, _ in got)


def test_a_country_after_an_unknown_word_stays():  # must not fire: no other chunk ends in the word before
    doc = run("وقال الوزير فيليب فرنسا إن الوفد وصل", {"فيليب": "B-PER", "فرنسا": "I-PER"}, _NAMES)
    assert mentions(doc) == [("فيليب فرنسا", "PER")]


def test_a_feminine_nisba_after_a_masculine_group_name_goes():
    doc = run("وتدعم طهران ميليشيات حزب الله الإيرانية في المنطقة",
              {"حزب": "B-ORG", "الله": "I-ORG", "الإيرانية": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("حزب الله", "ORG")]


def test_an_agreeing_nisba_stays():  # must not fire: "الإيراني" agrees with the name's head
    doc = run("وقال قائد حزب الله الإيراني إن الوفد وصل", {"حزب": "B-ORG", "الله": "I-ORG", "الإيراني": "I-ORG"},
              _NAMES)
    assert mentions(doc) == [("حزب الله الإيراني", "ORG")]


def test_a_nisba_after_a_plural_head_stays():  # must not fire: "الكردية" agrees with "وحدات"
    doc = run("وقالت وحدات حماية الشعب الكردية إن الوفد وصل",
              {"وحدات": "B-ORG", "حماية": "I-ORG", "الشعب": "I-ORG", "الكردية": "I-ORG"},
              dict(_NAMES, الكردية="NAT"))
    assert mentions(doc)[0][0].endswith("الكردية")


def test_a_word_with_tanween_is_no_name():
    doc = run("ووصف النظام بأنه نظام عبدٍ تابع", {"عبدٍ": "B-PER"}, _NAMES)
    assert mentions(doc) == []


def test_a_name_without_tanween_stays():  # must not fire
    doc = run("وقال عبد الرحمن إن الوفد وصل", {"عبد": "B-PER", "الرحمن": "I-PER"}, _NAMES)
    assert mentions(doc) == [("عبد الرحمن", "PER")]


def _with_plain(words):
    """A stage whose label priors saw `words` untagged."""
    def go(text, table):
        model = StubModel(table, _NAMES)
        model.features.prior = {prior_key(w): ((), ()) for w in words}
        doc = make_text({}, None)(Document.from_article(Article(text=text)))
        return NerStage(model, ActorLexicon.load())(doc)
    return go


def test_a_she_verb_before_a_name_written_alone_goes():
    go = _with_plain(["وزارت"])
    doc = go("وقالت ماركوني إنها سعيدة . وزارت ماركوني المخيم أمس",
             {"ماركوني": "I-PER", "وزارت": "B-PER"})
    assert ("زارت ماركوني", "PER") not in mentions(doc)
    assert mentions(doc).count(("ماركوني", "PER")) == 2


def test_a_name_ending_in_ta_stays():  # must not fire: the priors do not see بريجيت untagged
    go = _with_plain([])
    doc = go("وقالت بريجيت ماركوني إنها سعيدة . وقال ماركوني إنه سعيد",
             {"بريجيت": "B-PER", "ماركوني": "I-PER"})
    assert ("بريجيت ماركوني", "PER") in mentions(doc)
    # nor a given name without و/ف whose prior, kept without its "ال", is a plain word's
    go = _with_plain(["إليوت"])
    doc = go("والتقى إليوت أنجل الرئيس . وقال أنجل إنه سعيد", {"إليوت": "B-PER", "أنجل": "I-PER"})
    assert ("إليوت أنجل", "PER") in mentions(doc)


def test_a_firm_s_nisba_stays():  # must not fire: أرامكو is no armed group
    doc = run("وأعلنت شركة ارامكو السعودية أرباحها", {"ارامكو": "B-ORG", "السعودية": "I-ORG"},
              dict(_NAMES, السعودية="NAT|LOCB"))
    assert mentions(doc) == [("ارامكو السعودية", "ORG")]
