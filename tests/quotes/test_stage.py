"""The stage contract, the lexicon file and pipeline wiring."""
from __future__ import annotations

from rasd.lang.lexicon import packaged_text
from rasd.model import to_record
from rasd.pipeline.registry import get_factory
from rasd.stages.quotes import QuotesStage
from rasd.stages.quotes_lex import cue_of, verbs


def test_stage_is_registered_with_its_contract():
    stage = get_factory("quotes")({}, None)
    assert isinstance(stage, QuotesStage)
    assert stage.name == "quotes"
    assert set(stage.requires) == {"tokens", "sentences", "entities"}
    assert set(stage.assigns) == {"quotes", "attributions"}


def test_verb_lexicon_has_form_lemma_hedged_columns_and_enough_forms():
    rows = [line.split("\t") for line in packaged_text("quotes_verbs.tsv").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) >= 60
    assert all(len(r) >= 3 and r[2] in ("0", "1") for r in rows)
    lemmas = {r[1] for r in rows}
    for lemma in ("قال", "أكد", "أوضح", "أشار", "أضاف", "ذكر", "أفاد", "صرح", "أعلن", "اعتبر",
                  "رأى", "لفت", "نفى", "زعم", "ادعى", "تابع", "شدد", "كشف"):
        assert lemma in lemmas
    hedged = {r[1] for r in rows if r[2] == "1"}
    assert hedged == {"زعم", "ادعى"}


def test_cue_lookup_peels_one_conjunction_only():
    assert cue_of("وقال").lemma == "قال"
    assert cue_of("فاكد").lemma == "اكد"
    assert cue_of("ووقال") is None
    assert cue_of("الوزير") is None
    assert len(verbs()) >= 60


def test_ids_and_record_shape(quotes):
    doc = quotes("قال المتحدث إن القوات انسحبت. وأضاف أن الوضع هادئ.")
    assert [q.id for q in doc.quotes] == ["u1", "u2"]
    rec = to_record(doc)
    assert [q["kind"] for q in rec["quotes"]] == ["indirect", "indirect"]
    assert rec["quotes"][1]["speaker"]["text"] == "المتحدث"


def test_stage_fills_the_text_layer_when_missing():
    from rasd.model import Article, Document
    doc = Document.from_article(Article("قال المتحدث إن القوات انسحبت.", id="x"))
    QuotesStage()(doc)
    assert doc.quotes[0].content.text == "القوات انسحبت"


def test_rerun_replaces_previous_results(quotes):
    doc = quotes("قال المتحدث إن القوات انسحبت.")
    QuotesStage()(doc)
    assert len(doc.quotes) == 1
