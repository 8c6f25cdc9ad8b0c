"""A listed outlet whose name the article writes partly in quotation marks (audit U46: Tunisia's
Jawhara FM, 'لمراسلة الجوهرة "اف ام"', read as MISC "اف ام"); and a quoted name is the same name
as the one written without the marks, for its actor code and its entity."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.text import make_text

from test_ner import StubModel


def _run(text: str, table: dict[str, str]) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(StubModel(table), ActorLexicon.load())(doc)


def test_the_radio_is_an_outlet_written_plain_or_with_quotation_marks():
    doc = _run('وقالت لمراسل الجوهرة أف أم إن السوق مزدحم، وأكد لمراسلة الجوهرة "اف ام" أن الأسعار ارتفعت.',
               {"اف": "B-MISC", "ام": "I-MISC"})
    ents = [(e.label, sorted(m.text for m in e.mentions), e.actor and e.actor.code) for e in doc.entities]
    assert ents == [("ORG", ['الجوهرة "اف ام"', "الجوهرة أف أم"], "TUNMED")]


def test_a_quoted_party_name_keeps_the_parties_code_and_entity():
    lex = ActorLexicon.load()
    assert lex.lookup("حزب «الشعوب الديمقراطي»") == lex.lookup("حزب الشعوب الديمقراطي") != None


def test_a_type_words_quoted_name_is_left_to_the_quoted_name_rule():
    # must not fire: 'حركة "فتح"' is the descriptor and the name (حركة stays outside)
    doc = _run('وقالت حركة "فتح" في بيان إن المفاوضات متوقفة.', {})
    assert [m.text for e in doc.entities for m in e.mentions] == ["فتح"]


def test_a_coalitions_listed_name_does_not_run_into_a_quoted_group():
    # must not fire: the coalition is no entity (SPEC 2.7); the quoted داعش stays the group
    doc = _run('انضم الأردن إلى التحالف الدولي ضد "داعش" منذ بداية الحملة.', {})
    assert [(m.text, e.label) for e in doc.entities for m in e.mentions if e.label == "ORG"] == [("داعش", "ORG")]


def test_the_unquoted_form_names_the_entity():
    doc = _run('وقال حزب «الدعوة» في بيان إن رئيس حزب الدعوة سيزور المدينة.', {})
    ents = [(e.name, sorted(m.text for m in e.mentions)) for e in doc.entities]
    assert ents == [("حزب الدعوة", ["حزب «الدعوة»", "حزب الدعوة"])]
