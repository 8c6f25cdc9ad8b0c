"""A town the sports story also calls "نادي X" is the club wherever it stands in a club's slot
(audit U62: "نادي أتلانتا" … "ثلاثة أضعاف ما كان يتقاضاه مع أتلانتا" was Atlanta, Georgia)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, فيرونا="LOCB")
_TEXT = ("وقع اللاعب مع نادي فيرونا عقدا لموسم واحد بعد المباراة الأخيرة في الدوري، "
         "وكان المدرب قد طلب ضمه. ويتقاضى اللاعب مع فيرونا ضعف راتبه السابق")


def test_the_bare_name_is_the_club():
    doc = run(_TEXT, {"نادي": "B-ORG", "فيرونا": "B-LOC"}, _NAMES)
    assert ("فيرونا", "ORG") in mentions(doc) and ("فيرونا", "LOC") not in mentions(doc)


def test_the_town_stays_where_a_town_is():
    # must not fire: the name after في (a town's slot)
    doc = run(_TEXT + " ووصل اللاعب إلى فيرونا أمس", {"نادي": "B-ORG", "فيرونا": "B-LOC"}, _NAMES)
    assert ("فيرونا", "LOC") in mentions(doc)
    # must not fire: no "نادي فيرونا" in the story
    doc = run("ويتقاضى اللاعب مع فيرونا ضعف راتبه بعد المباراة في الدوري مع المدرب",
              {"فيرونا": "B-LOC"}, _NAMES)
    assert ("فيرونا", "LOC") in mentions(doc)
