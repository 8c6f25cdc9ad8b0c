"""Units, camps and tribal places named after people (audit U21, 2026-11-27): the chunk the
tagger calls a person is relabelled from the word before it."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner.cued import tribal_places
from rasd.stages.ner.eponyms import unit_eponyms
from rasd.stages.text import make_text


def _tokens(text: str):
    return make_text({}, None)(Document.from_article(Article(text=text))).tokens


def _chunk(toks, words: str, lab: str = "PER") -> tuple[int, int, str]:
    """The token range of `words` (whole tokens, as the text has them)."""
    ws = words.split()
    texts = [t.text for t in toks]
    i = next(i for i in range(len(texts)) if texts[i:i + len(ws)] == ws)
    return (i, i + len(ws), lab)


def _texts(toks, chunks):
    return [(" ".join(t.text for t in toks[a:b]), lab) for a, b, lab in chunks]


def test_a_person_after_a_unit_word_is_the_units_name():
    toks = _tokens("وقال آمر كتيبة أبو بكر الصديق إن فصيل خالد بن الوليد انسحب إلى معسكر خالد بن الوليد.")
    camp = _chunk(toks, "معسكر خالد بن الوليد")
    chunks = [_chunk(toks, "أبو بكر الصديق"), _chunk(toks, "خالد بن الوليد"), (camp[0] + 1, camp[1], "PER")]
    got = _texts(toks, unit_eponyms(toks, chunks))
    assert got[0] == ("كتيبة أبو بكر الصديق", "ORG")
    assert got[1] == ("خالد بن الوليد", "ORG")  # فصيل stays outside
    assert got[2][1] == "LOC"  # the camp; معسكر stays outside


def test_a_rank_or_a_role_before_a_person_is_left_alone():  # must not fire
    toks = _tokens("وقال اللواء قاسم سليماني إن قائد لواء العمالقة حمدي شكري وصل. وهاجم جيش حفتر المدينة.")
    chunks = [_chunk(toks, "قاسم سليماني"), _chunk(toks, "حمدي شكري"), _chunk(toks, "حفتر")]
    assert [lab for _, _, lab in unit_eponyms(toks, chunks)] == ["PER", "PER", "PER"]


def test_bani_after_a_place_word_or_joined_to_a_place_is_a_place():
    toks = _tokens("قتل عشرة في تفجير خان بني سعد. ودارت معارك في جبل السنارة وبني معاذ بمحافظة صعدة.")
    chunks = [_chunk(toks, "بني سعد"), _chunk(toks, "السنارة", "LOC"), _chunk(toks, "معاذ")]
    got = _texts(toks, tribal_places(toks, chunks))
    assert got[0] == ("خان بني سعد", "LOC")
    assert got[2] == ("وبني معاذ", "LOC")


def test_a_tribe_is_no_place():  # must not fire
    toks = _tokens("وقال شيوخ قبيلة بني هلال إن أبناء بني سليم ومحمد بني عطا وصلوا.")
    chunks = [_chunk(toks, "بني هلال"), _chunk(toks, "بني سليم"), _chunk(toks, "عطا")]
    assert [lab for _, _, lab in tribal_places(toks, chunks)] == ["PER", "PER", "PER"]


def test_a_place_after_fajr_after_a_group_word_is_the_groups_name():
    from rasd.stages.ner.eponyms import place_named_groups
    toks = _tokens("وتسيطر ميليشيات فجر ليبيا على طرابلس. وقال قادة فجر ليبيا إنهم سينسحبون.")
    libya = [i for i, t in enumerate(toks) if t.text == "ليبيا"]
    chunks = [(libya[0], libya[0] + 1, "LOC"), (libya[1], libya[1] + 1, "LOC")]
    got = _texts(toks, place_named_groups(toks, chunks))
    assert got == [("فجر ليبيا", "ORG"), ("فجر ليبيا", "ORG")]


def test_a_dawn_over_a_place_without_a_group_word_is_left_alone():  # must not fire
    from rasd.stages.ner.eponyms import place_named_groups
    toks = _tokens("وبدأ فجر ليبيا الجديد بعد الانتخابات.")
    chunks = [_chunk(toks, "ليبيا", "LOC")]
    assert place_named_groups(toks, chunks) == chunks
