"""Actors of events (event_actors_named.clause_candidates): a spokesman's or researcher's title
standing right after the source's name ("رياض الأشقر الناطق الإعلامي للمركز") is that source
told again, kept out of the actors with it — it speaks of the act, it does not do it."""

GAZA = ("غزة", 31.5, 34.47, "PS", "city")


def _coerce(ev, text, source):
    doc = ev.make_doc(text, places=[GAZA], entities=[(source, "PER", None)],
                      attributions=[(source, text[text.index(" أن" if " أن " in text else " إن") + 1:], False)])
    return [e for e in ev.run(doc) if e.type == "COERCE"]


def test_the_spokesmans_title_after_the_source_is_no_doer(ev):
    text = ("ومن جهته، أكد الباحث سامي حمدان الناطق الإعلامي للجمعية أن سلطات الاحتلال صعدت من ملاحقة "
            "الناشطين والطلاب; حيث اعتقلت 7 طلاب، بتهمة \"التحريض\" في غزة.")
    for e in _coerce(ev, text, "سامي حمدان"):
        assert "الناطق" not in {x.text for x in e.actors}


# must not fire: a title standing apart from the source (after its words) is another party
def test_a_title_elsewhere_in_the_sentence_keeps_its_reading(ev):
    text = "وقال سامي حمدان أمس إن المتحدث باسم الشرطة أعلن أنه اعتقل 7 ناشطين في غزة."
    es = _coerce(ev, text, "سامي حمدان")
    assert all("سامي حمدان" not in [x.text for x in e.actors] for e in es)
