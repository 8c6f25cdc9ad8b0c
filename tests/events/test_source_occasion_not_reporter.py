"""Words that say when or at what a statement was made (عقب، خلال، أثناء …) end the reporter's
phrase of a sentence-opening reporting verb: "وقال الوزير عقب اللقاء: …" is reported by "الوزير",
not by "الوزير عقب اللقاء" (SPEC §2.6: source = who reports it)."""
import pytest


@pytest.mark.parametrize("text", [
    "وقال المتحدث العسكري عقب الاجتماع إن مسلحين قتلوا خمسة جنود في هجوم على نقطة تفتيش.",
    "وقال المتحدث العسكري خلال مؤتمر صحفي إن مسلحين قتلوا خمسة جنود في هجوم على نقطة تفتيش.",
])
def test_the_occasion_is_not_part_of_the_reporter(ev, text):
    doc = ev.make_doc(text, published="2018-03-05", quantities=[("خمسة جنود", 5, "exact", "killed")])
    assert [e.source.text for e in ev.run(doc) if e.type == "ASSAULT" and e.source] == ["المتحدث العسكري"]
