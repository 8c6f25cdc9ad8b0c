"""Targets of non-physical acts (event_actors_against.companions): a person named a few words
after a word of accompanying (يرافقه، برفقة، بمرافقة) goes along with the actor — "زار المستشفى
يرافقه مدير الشؤون الصحية الدكتور X" is no visit to X (audit U52 saudinewsnet-2015-07-31-00912)."""

AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _visit(ev, text):
    doc = ev.make_doc(text, places=[AMMAN], entities=[("سامي العلي", "PER", None), ("خالد النمر", "PER", "JORGOV")])
    return [[t.text for t in e.targets] for e in ev.run(doc) if e.type == "CONSULT"]


def test_companion_is_no_target(ev):
    got = _visit(ev, "وزار وزير الصحة خالد النمر مستشفى البشير في عمان يرافقه مدير الصحة الدكتور سامي العلي.")
    assert got and all("سامي العلي" not in t for t in got)


def test_host_is_still_a_target(ev):
    # must not fire: no word of accompanying
    got = _visit(ev, "والتقى وزير الصحة خالد النمر في عمان مدير الصحة الدكتور سامي العلي.")
    assert got and "سامي العلي" in got[0]


def test_company_of_an_accompanying_verb_before_the_visit_is_no_target(ev):
    # "ويرافق الوزير خلال هذه الزيارة … وفد يضم X": the verb before the trigger governs the clause
    got = _visit(ev, "ويرافق وزير الصحة خالد النمر خلال هذه الزيارة إلى عمان التي تدوم يومين "
                     "وفد يضم خاصة الدكتور سامي العلي.")
    assert got and all("سامي العلي" not in t and "وفد" not in t for t in got)

