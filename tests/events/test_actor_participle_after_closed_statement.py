"""Actor of a circumstantial participle after a statement that closes at a comma
(event_actors_speakers.closed_statement_speaker): "قال قائد الحرس، العميد X، إن …، مشيدا بالرئيس Y" —
the speaker praises; the noun behind the participle's بـ is its object, never its actor."""

SPEAKER = ("كريم الساعدي", "PER", None)
RUSSIA = ("الرئيس الروسي", "PER", "RUSGOV")
SENTENCE = ("قال قائد الحرس الجمهوري، اللواء كريم الساعدي، إن الوزير رسم ملامح الخطة المقبلة "
            "بدقة على حد قوله، مشيدا بالرئيس الروسي، أليكسي بيلوف.")
CONTENT = "الوزير رسم ملامح الخطة المقبلة بدقة على حد قوله"


def _support(ev, text, entities, quotes=()):
    doc = ev.make_doc(text, entities=list(entities), quotes=list(quotes))
    (s,) = [e for e in ev.run(doc) if e.type == "SUPPORT"]
    return s


def test_the_speaker_praises_and_the_praised_is_the_target(ev):
    s = _support(ev, SENTENCE, [SPEAKER, RUSSIA], [("كريم الساعدي", CONTENT)])
    assert [x.text for x in s.actors] == ["كريم الساعدي"]
    assert "الرئيس الروسي" in [x.text for x in s.targets]


def test_the_object_behind_ba_is_never_the_actor_without_a_statement(ev):
    s = _support(ev, "وعبر وزير الخارجية عن ارتياحه للاتفاق، مشيدا بالرئيس الروسي.",
                 [("وزير الخارجية", "PER", "JORGOV"), RUSSIA])
    assert "الرئيس الروسي" not in [x.text for x in s.actors]
    assert "الرئيس الروسي" in [x.text for x in s.targets]


# the neighbouring case kept: no statement, the participle goes on with the sentence's subject
def test_no_statement_keeps_the_subject(ev):
    s = _support(ev, "وعبرت الحكومة الأردنية عن ارتياحها للاتفاق، مشيدة بالرئيس الروسي.",
                 [("الحكومة الأردنية", "ORG", "JORGOV"), RUSSIA])
    assert [x.text for x in s.actors] == ["الحكومة الأردنية"]


def test_a_direct_quote_closed_before_the_participle(ev):
    text = "وتحدث النائب سمير الخوري أمام أنصاره. وقال: «لن تسقط الحكومة بالضغط»، متهما الجيش بالتقصير."
    doc = ev.make_doc(text, entities=[("سمير الخوري", "PER", "LBNLEG"), ("الجيش", "ORG", "LBNMIL")],
                      quotes=[("سمير الخوري", "لن تسقط الحكومة بالضغط")])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert [x.text for x in a.actors] == ["سمير الخوري"]
    assert "الجيش" in [x.text for x in a.targets]


GUARD = ("الحرس الجمهوري", "ORG", "IRQMIL")
OFFICER = ("قال نائب قائد القوة البرية في الحرس الجمهوري، اللواء كريم الساعدي، إن الوزير رسم ملامح "
           "الخطة المقبلة بدقة على حد قوله، مشيدا بالرئيس الروسي.")


def test_the_uncoded_speaker_speaks_for_the_body_of_his_title(ev):
    s = _support(ev, OFFICER, [SPEAKER, RUSSIA, GUARD], [("كريم الساعدي", CONTENT)])
    assert [(x.text, x.code) for x in s.actors] == [("كريم الساعدي", "IRQMIL")]


# the neighbouring case kept: a body named earlier with more than his rank between is not his
def test_a_body_further_off_gives_no_code(ev):
    text = ("قال الحرس الجمهوري في بيانه الأخير، واللواء كريم الساعدي، إن الوزير رسم ملامح "
            "الخطة المقبلة بدقة على حد قوله، مشيدا بالرئيس الروسي.")
    s = _support(ev, text, [SPEAKER, RUSSIA, GUARD], [("كريم الساعدي", CONTENT)])
    assert all(x.code != "IRQMIL" or x.text != "كريم الساعدي" for x in s.actors)
