"""Where someone is told or means to go ("أمرهم بالتوجه إلى ليبيا", "يستعد للسفر إلى روما") is not
where anything happened: the next sentence does not inherit it (SPEC §2.6; audit U48
ant-FR-internationalNews-2302: talks in Rome placed in Libya, the destination of an order the
sentence before told)."""
import pytest

LIBYA = ("ليبيا", 27.0, 17.0, "LY", "country")
TUNIS = ("تونس", 36.8, 10.18, "TN", "city")


def _places(ev, text, etype):
    doc = ev.make_doc(text, published="2018-07-14", places=[p for p in (LIBYA, TUNIS) if p[0] in text],
                      entities=[("فرانكو باريزي", "PER", None), ("جوزيبي كونتي", "PER", None)])
    return ev.place_names(doc, etype)


@pytest.mark.parametrize("first", [
    "وأصدر الوزير فرانكو باريزي أوامر للبحارة بالتوجه جنوبا إلى تونس أو ليبيا.",
    "وطالب الوزير فرانكو باريزي السفن بالعودة إلى ليبيا.",
    "ويستعد الوزير فرانكو باريزي للسفر إلى ليبيا الأسبوع المقبل.",
])
def test_a_wanted_destination_is_not_inherited(ev, first):
    text = first + " وأجرى فرانكو باريزي محادثات مع رئيس الوزراء جوزيبي كونتي."
    assert not {"ليبيا", "تونس"} & set(_places(ev, text, "CONSULT"))


# must not fire: a place reached is where the next act happened
def test_a_place_reached_is_inherited(ev):
    text = ("ووصل الوزير فرانكو باريزي إلى تونس صباح اليوم. "
            "وأجرى فرانكو باريزي محادثات مع رئيس الوزراء جوزيبي كونتي.")
    assert _places(ev, text, "CONSULT") == ["تونس"]
