"""A subject-less و-cue after two quotes of one sentence goes on with the second speaker (held-out
U50): "وقال X إن …، في حين أكد Y إن …، وشدد على أن …" → Y. The first quote's content is not yet cut
at the next cue when speakers are chosen, so Y's name was hidden from the nearest-name search."""
from __future__ import annotations


def test_second_speaker_goes_on(quotes, check):
    doc = quotes("وقال سامي العلي في بيان إن الوزير تحدث عن الشائعات، في حين أكد المبعوث كريم الراشد إن "
                 "الوزير كرر الاتهامات، وشدد على أن هذه التصريحات لا تخدم السلام.",
                 {"سامي العلي": "PER", "كريم الراشد": "PER"})
    check(doc)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("سامي العلي", "الوزير تحدث عن الشائعات"), ("كريم الراشد", "الوزير كرر الاتهامات"),
        ("كريم الراشد", "هذه التصريحات لا تخدم السلام")]


def test_single_speaker_unchanged(quotes, check):
    """Must not fire: one quote before the و-cue (its speaker goes on as before)."""
    doc = quotes("وقال سامي العلي إن الوضع هادئ، وأكد أن الحوار مستمر.", {"سامي العلي": "PER"})
    check(doc)
    assert [q.speaker.text for q in doc.quotes] == ["سامي العلي", "سامي العلي"]


def test_relative_pronoun_is_no_speaker(quotes, check):
    """"كلمته …، والتي اعتبر فيها أن …": the relative pronoun alone is no speaker; the subject
    of the sentence spoke (held-out U50: speaker "التي")."""
    doc = quotes("تعرض الوزير، كريم الراشد، لانتقادات شديدة، الأربعاء، بعد كلمته التي ألقاها أمام البرلمان، "
                 "والتي اعتبر فيها أن الأزمة لم تحدث لأسباب اقتصادية.", {"كريم الراشد": "PER"})
    check(doc)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("كريم الراشد", "الأزمة لم تحدث لأسباب اقتصادية")]
