"""A day told in a sentence that opens with the pluperfect frame ("وكان المهاجرون انطلقوا …
فجر الجمعة") and reports no statement is the day of that earlier happening: a statement told in
the next sentence does not inherit it (it falls to the report's week, SPEC §2.6). One told after
a background statement ("وكان الوزير يلقي، الاثنين، كلمة") still shares its day."""
import pytest

FRIDAY = ("فجر الجمعة", "2018-07-13", "day")
MONDAY = ("الاثنين", "2018-07-09", "day")


def _rejections(ev, text, times):
    doc = ev.make_doc(text, published="2018-07-14", times=times)
    return ev.dates(doc, "REJECT")


def test_a_background_happenings_day_is_not_the_statements(ev):
    text = ("وكان المهاجرون انطلقوا من السواحل على متن مركب خشبي فجر الجمعة. "
            "ورفض وزير الداخلية الإيطالي رسو مركبهم في الموانئ الإيطالية.")
    assert _rejections(ev, text, [FRIDAY]) == [("2018-07-14", "week")]


@pytest.mark.parametrize("text", [
    "وكان وزير الداخلية يلقي، الاثنين، كلمة أمام البرلمان. ورفض وزير الداخلية الإيطالي خلالها رسو المركب.",
])
def test_a_background_statements_day_is_shared(ev, text):
    assert _rejections(ev, text, [MONDAY]) == [("2018-07-09", "day")]
