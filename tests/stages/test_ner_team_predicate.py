"""A place name a sports story calls a team ("الشروق فريق عريق") is that club in every mention:
ORG with no state's actor code (rasd/stages/ner/nouns.py: clubs)."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.text import make_text
from test_ner import StubModel

SPORTS = ("وقع الخليج عقدا مع المدرب الجديد قبل انطلاق الدوري، وقال رئيس النادي إن الخليج فريق "
          "عريق يطمح إلى اللقب، وإن كل لاعب في الخليج سيقدم أفضل ما عنده.")


def run(text: str, table: dict[str, str]) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(StubModel(table), ActorLexicon.load())(doc)


def test_a_place_name_called_a_team_in_a_sports_story_is_the_club():
    doc = run(SPORTS, {"الخليج": "B-LOC"})
    (club,) = [e for e in doc.entities if e.name == "الخليج"]
    assert club.label == "ORG" and club.actor is None and len(club.mentions) == 3


def test_no_sports_story_or_the_town_named_too_stays_a_place():
    # "فريق" after a place outside sports news: a team of experts sent to the place
    doc = run("أرسلت الأمم المتحدة إلى اليمن فريق خبراء لتقييم الوضع.", {"اليمن": "B-LOC"})
    assert [e.label for e in doc.entities if e.name == "اليمن"] == ["LOC"]
    # the town named as a town too ("مدينة الخليج"): the name stays a place
    doc = run(SPORTS + " ووصل الفريق إلى مدينة الخليج مساء.", {"الخليج": "B-LOC"})
    assert {e.label for e in doc.entities if e.name == "الخليج"} == {"LOC"}
    # الفريق is a general's rank, not a team
    doc = run("وقال رئيس هيئة ميناء الخليج الفريق سالم إن الدوري والمباراة والمدرب بخير.", {"الخليج": "B-LOC"})
    assert {e.label for e in doc.entities if e.name == "الخليج"} == {"LOC"}
