"""Codes of nominal actors (event_occupier.occupier_after): "سلطات الاحتلال" with no nationality
is the authority of the occupier the article names elsewhere ("قوات الاحتلال الإسرائيلي"), not
of the event place's country (audit U56 ant-JA-internationalNews-666-20170402: PSEGOV)."""

RAMALLAH = ("رام الله", 31.9, 35.2, "PS", "city")


def _codes(ev, text, **kw):
    return [a.code for e in ev.run(ev.make_doc(text, **kw)) for a in e.actors if a.text.startswith("سلطات")]


def test_the_occupation_named_elsewhere_codes_the_nominal(ev):
    text = ("رام الله - اعتقلت قوات الاحتلال الإسرائيلي 200 فلسطيني الشهر الماضي. "
            "وقال المركز إن سلطات الاحتلال صعدت من استهداف الصحفيين في رام الله.")
    codes = _codes(ev, text, places=[RAMALLAH])
    assert codes and all(c == "ISRGOV" for c in codes)


def test_no_nationality_anywhere_keeps_the_context_code(ev):
    # must not fire: the article never says whose occupation it is
    text = "رام الله - وقال المركز إن سلطات الاحتلال صعدت من استهداف الصحفيين في رام الله."
    codes = _codes(ev, text, places=[RAMALLAH])
    assert "ISRGOV" not in codes


def test_only_right_after_the_nominal():
    from types import SimpleNamespace as T
    from rasd.stages.event_occupier import occupier_after
    text = "سلطات البلدية و الاحتلال الإسرائيلي"
    toks = [T(start=0, end=5, norm="سلطات"), T(start=6, end=13, norm="البلديه"), T(start=14, end=15, norm="و")]
    assert occupier_after(text, toks, 5) is None
