"""One victim told without a number (event_told.one_person): a person noun with its nationality
adjective before the passive verb ("جنديا أميركيا قتل") is one killed, and "وأصيب آخر" (another)
one injured — "أعلنت البعثة أن جنديا أميركيا قتل وأصيب آخر في هجوم" (audit U50
ant-SK-internationalNews-3118-20180903)."""


def _counts(ev, text):
    evs = [e for e in ev.run(ev.make_doc(text)) if e.type == "ASSAULT"]
    assert evs
    return {k: c.value for k, c in evs[0].counts.items()}


def test_soldier_with_nationality_and_another(ev):
    text = "وأعلنت البعثة الدولية أن جنديا بريطانيا قتل وأصيب آخر في هجوم داخلي شرقي البلاد."
    assert _counts(ev, text) == {"killed": 1, "injured": 1}


def test_plural_others_are_not_one(ev):
    # must not fire: "آخرون" are several, uncounted
    text = "وأعلنت البعثة الدولية أن جنديا قتل وأصيب آخرون في هجوم داخلي شرقي البلاد."
    assert _counts(ev, text) == {"killed": 1}


def test_the_last_one_is_no_count(ev):
    # must not fire: "آخر" before its noun is "the last"
    text = "وأعلنت البعثة الدولية أن جنديا قتل في هجوم داخلي شرقي البلاد، وأصيب آخر قائد للبعثة."
    assert _counts(ev, text).get("injured") is None
