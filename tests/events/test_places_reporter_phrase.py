"""A place in a trailing source phrase ("…، حسبما أفادت الشرطة في بيان مع النيابة العامة في
مدينة X") is where the reporter is, not where the act happened, when the sentence names another
place; alone, it stays (the local police report what happened in their town)."""
BONN = ("بون", 50.73, 7.10, "DE", "city")
KOELN = ("كولونيا", 50.94, 6.96, "DE", "city")


def _places(ev, text, places):
    doc = ev.make_doc(text, published="2018-03-12", places=places,
                      times=[("الأحد", "2018-03-11", "day")])
    return ev.place_names(doc, "ASSAULT")


def test_the_reporters_town_gives_way_to_the_scene(ev):
    text = ("وأدى الحادث، الذي وقع في مدينة بون فجر الأحد، إلى أضرار مادية فقط، ولم يصب أي من العاملين الذين "
            "كانوا داخل المبنى وقت الهجوم، حسبما أفادت الشرطة المحلية في بيان مشترك مع الادعاء العام في كولونيا.")
    assert _places(ev, text, [BONN, KOELN]) == ["بون"]


def test_the_reporters_town_alone_stays(ev):
    text = "ووقع الهجوم الأحد قرب محطة القطار، حسبما أفادت الشرطة المحلية في كولونيا."
    assert _places(ev, text, [KOELN]) == ["كولونيا"]
