"""Envoys (events_actors.tsv feminine rows, event_actors_doers.post_of): "السفيرة/المندوبة" are
titles like "السفير/المندوب", and the party right after "لدى" that follows an envoy actor is
where the envoy serves — no target; the object comes after it ("وطالبت المندوبة البريطانية لدى
الأمم المتحدة روسيا بـ" → target روسيا)."""

UN = ("الأمم المتحدة", "ORG", "IGOUNO")
RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")


def test_the_post_is_no_target_and_the_object_follows(ev):
    doc = ev.make_doc("وطالبت المندوبة البريطانية لدى الأمم المتحدة روسيا بوقف القصف.",
                      entities=[UN], places=[RUSSIA])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert [(a.text, a.code) for a in r.actors] == [("المندوبة البريطانية", "GBRGOV")]
    assert [t.text for t in r.targets] == ["روسيا"]


# must not fire: a body right after the envoy with no لدى is the object
def test_a_body_after_the_envoy_is_the_object(ev):
    doc = ev.make_doc("وانتقد السفير الروسي الأمم المتحدة بشدة.", entities=[UN])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert [t.text for t in a.targets] == ["الأمم المتحدة"]


def test_the_envoys_name_after_a_long_post_is_no_target(ev):
    doc = ev.make_doc("ونددت السفيرة الأمريكية لدى مجلس الأمن الدولي سارة كلين الثلاثاء بمشروع القرار.",
                      entities=[("مجلس الأمن الدولي", "ORG", "IGOUNO"), ("سارة كلين", "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert "سارة كلين" not in [t.text for t in a.targets]
    assert "مجلس الأمن الدولي" not in [t.text for t in a.targets]
