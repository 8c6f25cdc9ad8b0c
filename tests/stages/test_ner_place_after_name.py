"""A person's or a place's chunk does not run on into ل/ب + a listed big place: "زيارة الوزير
كريم الهادي لمدريد" is a visit to Madrid, "حي السلام بعدن" the quarter in Aden. The place is a
mention of its own, without its letter."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.text import make_text
from tests.stages.test_ner import NAMES, StubModel, mentions

_NAMES = dict(NAMES, كريم="PERF|PERT", مدريد="LOCB", عدن="LOCB|LOCS", لحج="LOCB", بلال="PERF")
# the label priors (prior.py) of the rest of each word: the cities mostly places in news
_PRIOR = {"مدريد": (("up=LOC:hi",), ("upt=LOC",)), "عدن": (("up=LOC:hi",), ("upt=LOC",))}


def run(text: str, table: dict[str, str], names: dict[str, str], prior=_PRIOR) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    stage = NerStage(StubModel(table, names), ActorLexicon.load())
    stage.model.features.prior = prior
    return stage(doc)


def test_the_person_ends_before_lam_and_a_city():
    doc = run("ويأتي ذلك بالتزامن مع زيارة الوزير كريم الهادي لمدريد الأسبوع المقبل",
              {"كريم": "B-PER", "الهادي": "I-PER", "لمدريد": "I-PER"}, _NAMES)
    got = mentions(doc)
    assert ("كريم الهادي", "PER") in got and ("مدريد", "LOC") in got
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_the_quarter_ends_before_ba_and_a_city():
    doc = run("وتجددت الاشتباكات في حي السلام بعدن مساء أمس",
              {"السلام": "B-LOC", "بعدن": "I-LOC"}, _NAMES)
    got = mentions(doc)
    assert ("السلام", "LOC") in got and ("عدن", "LOC") in got


def test_a_listed_word_in_lam_stays():  # must not fire: لحج is a place as written
    doc = run("وصل الشيخ بلال لحج اليوم",
              {"بلال": "B-PER", "لحج": "I-PER"}, _NAMES)
    assert ("بلال لحج", "PER") in mentions(doc)


def test_one_word_is_left_alone():  # must not fire: the chunk is the place alone
    doc = run("وصل الوفد لمدريد اليوم", {"لمدريد": "B-LOC"}, _NAMES)
    assert ("مدريد", "LOC") in mentions(doc)


def test_no_priors_no_cut():  # must not fire: without the priors' word the name stays whole
    doc = run("ويأتي ذلك مع زيارة الوزير كريم الهادي لمدريد", {"كريم": "B-PER", "الهادي": "I-PER", "لمدريد": "I-PER"},
              _NAMES, prior={})
    assert ("كريم الهادي لمدريد", "PER") in mentions(doc)


def test_a_family_name_in_ba_stays():
    # must not fire: the priors see كير (of بكير) mostly as a person's word, not a place's
    from rasd.stages.ner.place_tails import place_after_name
    toks = [type("T", (), {"text": w})() for w in ("فادي", "بكير")]
    chunks = place_after_name(toks, [(0, 2, "PER")], lambda w: frozenset({"LOCB"}) if w == "كير" else frozenset(),
                              lambda w: False)
    assert chunks == [(0, 2, "PER")]
