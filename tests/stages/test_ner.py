"""NER stage: mention offsets without proclitics, titles, grouping, actors, long and mixed input.

The stage logic is tested with a stub tagger (tags chosen per token, no corpus, no model
file); one smoke test runs the packaged CRF when it is present.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.model.document import Article, Document
from rasd.model.span import Span
from rasd.stages.ner import NerStage, group_entities
from rasd.stages.ner.actors import ActorLexicon, key
from rasd.stages.ner.around import after_title
from rasd.stages.ner.corpora import aqmar_tag, fix_iob, map_tag, FANE_MAP, drop_overlap
from rasd.stages.ner.evaluate import chunks, score
from rasd.stages.ner.gazetteer import Gazetteer
from rasd.stages.ner.norm import norm, norm_key, strip_proclitics
from rasd.stages.text import make_text

MODEL_DIR = Path(__file__).resolve().parents[2] / "rasd" / "models" / "ner"


class StubModel:
    """Tags tokens from a {normalised token: tag} table; I- continues a preceding entity."""

    def __init__(self, table: dict[str, str], names: dict[str, str] | None = None):
        self.table = {norm(k): v for k, v in table.items()}
        gaz = Gazetteer({norm_key(k): frozenset(v.split("|")) for k, v in (names or {}).items()})

        class F:  # the stage only reads `.gaz` and `.clusters`
            pass
        self.features = F()
        self.features.gaz = gaz
        self.features.clusters = {}

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        return [self.table.get(norm(t), "O") for t in tokens]

    def tag_document(self, sents: list[list[str]]) -> list[list[str]]:
        return [self.tag_tokens(s) for s in sents]


def run(text: str, table: dict[str, str], names: dict[str, str] | None = None) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(StubModel(table, names), ActorLexicon.load())(doc)


def mentions(doc: Document) -> list[tuple[str, str]]:
    return [(m.text, e.label) for e in doc.entities for m in e.mentions]


def test_proclitics_stripped_from_mentions():
    doc = run("انفجار بالموصل ووصل الوفد والقاهرة ثم وواشنطن",
              {"بالموصل": "B-LOC", "والقاهرة": "B-LOC", "وواشنطن": "B-LOC"})
    got = mentions(doc)
    assert ("الموصل", "LOC") in got
    assert ("القاهرة", "LOC") in got
    assert ("واشنطن", "LOC") in got
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text


NAMES = {"وليد": "PERF", "فيصل": "PERF|LOCB", "فرانك": "PERT", "رانك": "PERT|LOCS", "حماس": "ORG",
         "نابلس": "LOCB", "لبنان": "LOCB", "بنان": "LOCB|PERF", "جين": "PERT", "كفريا": "LOCS",
         "فريا": "LOCB", "علي": "PERF", "أردوغان": "PERT", "كالينينغراد": "LOCB", "السعودية": "LOCB"}


@pytest.mark.parametrize("text, tagged, expected", [
    # a listed name that begins with و/ف keeps its letter when the rest is not a name
    ("قال وليد المعلم إن الوفد وصل", "وليد", "وليد"),
    ("التقى فيصل المقداد الوفد", "فيصل", "فيصل"),
    # ف is kept whenever the whole word is a listed name, even if the rest is one too
    ("وصل فرانك شتاينماير إلى أنقرة", "فرانك", "فرانك"),
    # a conjunction before a name still comes off
    ("وصل الوفد وعلي حسن إلى أنقرة", "وعلي", "علي"),
    # a preposition the text stage left on comes off before a listed place or organisation
    ("قصف بنابلس اليوم", "بنابلس", "نابلس"),
    ("قال مسؤول لحماس إن الوفد وصل", "لحماس", "حماس"),
    ("قال مسؤول لأردوغان إن الوفد وصل", "لأردوغان", "أردوغان"),
    # but not from a listed whole word, nor for a listed person name alone (لجين is a name)
    ("وصل الوفد إلى لبنان اليوم", "لبنان", "لبنان"),
    ("قالت لجين الهذلول إن الوفد وصل", "لجين", "لجين"),
    ("قصف على كفريا اليوم", "كفريا", "كفريا"),
    # words the tokenizer keeps whole: ف/ك of فيلق and كاليفورنيا belong to the word
    ("وقال إن فيلق انسحب من المنطقة", "فيلق", "فيلق"),
    ("وصل الوزير إلى كاليفورنيا أمس", "كاليفورنيا", "كاليفورنيا"),
    # ك before ال of a listed place is the name's first letter; "like" before a listed rest
    ("وصلت السفينة إلى كالينينغراد أمس", "كالينينغراد", "كالينينغراد"),
    ("وتعاملت كالسعودية مع الأمر", "كالسعودية", "السعودية"),
    # a two-letter rest is no name, however often the article writes it ("ان" for أن)
    ("قال ان الوفد وصل ان شاء الله إلى مدينة فان", "فان", "فان"),
])
def test_mention_start_weighs_the_name_lists(text, tagged, expected):
    doc = run(text, {tagged: "B-PER"}, NAMES)
    assert [m for m, _ in mentions(doc)] == [expected]


def test_a_name_written_again_with_its_letter_keeps_it():
    # "وليام" is in no list (ليام is); written so twice and never as "ليام", the و is the name's
    names = dict(NAMES, ليام="PERT", ليبيا="LOCB")
    doc = run("وصل الأمير وليام إلى عمان، وزار وليام المدينة", {"وليام": "B-PER"}, names)
    assert [m for m, _ in mentions(doc)] == ["وليام", "وليام"]
    # once only, it stays a conjunction; nor does a place behind the letter keep it
    assert [m for m, _ in mentions(run("وصل الأمير وليام إلى عمان", {"وليام": "B-PER"}, names))] == ["ليام"]
    doc = run("زار الوفد مصر وليبيا، ثم عاد إلى مصر وليبيا", {"وليبيا": "B-LOC"}, names)
    assert [m for m, _ in mentions(doc)] == ["ليبيا", "ليبيا"]
    # nor after a name: "الحوثي وصالح" written twice is still "and Saleh"
    doc = run("قصف مواقع الحوثي وسعيد، ثم قصف الحوثي وسعيد", {"الحوثي": "B-PER", "وسعيد": "B-PER"}, names)
    assert sorted(m for m, _ in mentions(doc)) == ["الحوثي", "الحوثي", "سعيد", "سعيد"]


def test_preposition_comes_off_when_the_article_has_the_name_alone():
    doc = run("قال رئيس الرابطة إن رابطة العلماء اجتمعت، وقال بيان لرابطة العلماء إن الوفد وصل",
              {"رابطة": "B-ORG", "لرابطة": "B-ORG", "العلماء": "I-ORG"})
    got = [m for m, _ in mentions(doc)]
    assert got == ["رابطة العلماء", "رابطة العلماء"]
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_currencies_and_the_word_militia_are_not_names():
    tags = {"دولار": "B-MISC", "الميليشيا": "B-ORG", "لله": "B-MISC", "يورو": "B-MISC"}
    doc = run("دفعت الميليشيا مليون دولار و500 يورو، والحمد لله", tags)
    assert mentions(doc) == []


def test_god_and_religions_are_not_mentions():
    doc = run("قال إن الله غفور وإن الإسلام دين يسر", {"الله": "B-MISC", "الإسلام": "B-MISC"})
    assert mentions(doc) == []
    doc = run("قال عبد الله إن الله غفور", {"عبد": "B-PER", "الله": "I-PER"})
    assert mentions(doc) == [("عبد الله", "PER")]  # a name that contains the word stays


def test_lam_alif_lam_contraction_starts_at_second_lam():
    doc = run("رسالة للأمم المتحدة اليوم", {"للأمم": "B-ORG", "المتحدة": "I-ORG"})
    assert ("لأمم المتحدة", "ORG") in mentions(doc)


def test_titles_and_descriptors_outside_names():
    doc = run("قال الرئيس عبدالله الثاني إن مطار عدن مغلق",
              {"الرئيس": "B-PER", "عبدالله": "I-PER", "الثاني": "I-PER", "مطار": "B-LOC", "عدن": "I-LOC"})
    got = mentions(doc)
    assert ("عبدالله الثاني", "PER") in got
    assert ("عدن", "LOC") in got


def test_grouping_surname_and_same_name():
    spans = [(Span(0, 11, "دونالد ترامب"), "PER"), (Span(20, 25, "ترامب"), "PER"),
             (Span(30, 35, "بغداد"), "LOC"), (Span(40, 45, "بغداد"), "LOC")]
    ents = group_entities(spans, ActorLexicon.load())
    assert len(ents) == 2
    per = next(e for e in ents if e.label == "PER")
    assert per.name == "دونالد ترامب" and len(per.mentions) == 2
    assert [e.id for e in ents] == ["e1", "e2"]


def test_a_surnames_code_is_not_given_to_another_bearer_of_the_name():
    lex = ActorLexicon({key("نوري المالكي"): ("IRQGOV", None), key("المالكي"): ("IRQGOV", None),
                        key("سيرجي لافروف"): ("RUSGOV", None), key("لافروف"): ("RUSGOV", None)}, {})
    spans = [(Span(0, 12, "تركي المالكي"), "PER"), (Span(20, 27, "المالكي"), "PER")]
    (ent,) = group_entities(spans, lex)
    assert ent.actor is None  # the coalition's spokesman, not Nouri al-Maliki
    spans = [(Span(0, 12, "نوري المالكي"), "PER"), (Span(20, 27, "المالكي"), "PER")]
    assert group_entities(spans, lex)[0].actor.code == "IRQGOV"
    spans = [(Span(0, 12, "سيرغي لافروف"), "PER"), (Span(20, 26, "لافروف"), "PER")]
    assert group_entities(spans, lex)[0].actor.code == "RUSGOV"  # a spelling of the listed name


def test_a_person_named_like_a_country_gets_no_state_code():
    lex = ActorLexicon({}, {key("كاميرون"): "CMR"})
    spans = [(Span(0, 13, "ديفيد كاميرون"), "PER"), (Span(20, 27, "كاميرون"), "PER")]
    assert group_entities(spans, lex)[0].actor is None


def test_grouping_by_actor_alias():
    spans = [(Span(0, 4, "داعش"), "ORG"), (Span(10, 26, "الدولة الإسلامية"), "ORG")]
    ents = group_entities(spans, ActorLexicon.load())
    assert len(ents) == 1 and ents[0].actor.group == "isis"


def test_a_short_name_in_parentheses_after_an_organisation_is_that_organisation():
    text = "قالت وكالة الأنباء الأردنية (بترا) إن الوفد وصل. وأضافت بترا أن اللقاء انتهى."
    spans = [(_span(text, "وكالة الأنباء الأردنية"), "ORG"), (_span(text, "بترا"), "LOC"),
             (_span(text, "بترا", 1), "LOC")]
    (ent,) = group_entities(spans, ActorLexicon.load(), text)
    assert ent.label == "ORG" and [m.text for m in ent.mentions] == ["وكالة الأنباء الأردنية", "بترا", "بترا"]
    # not in parentheses, or not after an organisation: left apart
    text = "زار الوزير بترا (الأردن) أمس."
    spans = [(_span(text, "بترا"), "LOC"), (_span(text, "الأردن"), "LOC")]
    assert len(group_entities(spans, ActorLexicon.load(), text)) == 2


def test_an_outlets_own_name_alone_is_the_outlet_named_in_full():
    text = "قالت وكالة الأناضول إن الهجوم وقع. وبحسب الأناضول فإن التحقيق مستمر."
    spans = [(_span(text, "وكالة الأناضول"), "ORG"), (_span(text, "الأناضول", 1), "LOC")]
    (ent,) = group_entities(spans, ActorLexicon.load(), text)
    assert ent.label == "ORG" and len(ent.mentions) == 2
    # an agency named by an adjective ("السعودية") does not take in the country
    text = "قالت وكالة الأنباء السعودية إن الوفد وصل إلى السعودية."
    spans = [(_span(text, "وكالة الأنباء السعودية"), "ORG"), (_span(text, "السعودية", 1), "LOC")]
    assert [e.label for e in group_entities(spans, ActorLexicon.load(), text)] == ["ORG", "LOC"]


def _span(text: str, name: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Span(start, start + len(name), name)


def test_actor_codes_default_lexicon():
    lex = ActorLexicon.load(Path("/nonexistent"))  # falls back to the packaged defaults
    assert lex.lookup("داعش")[1] == "isis"
    assert lex.lookup("وحزب الله")[1] == "hezbollah"
    assert lex.lookup("الجيش السوري") == ("SYRMIL", None)
    assert lex.lookup("الحكومة العراقية") == ("IRQGOV", None)
    assert lex.lookup("لأمم المتحدة")[0] == "IGOUNO"
    assert lex.lookup("كلمة عادية") is None
    assert key("بالحوثيين") == "حوثيين"


def test_lexicon_adds_the_imf_world_bank_and_tap_the_model_missed():
    doc = run("اقترضت مصر من صندوق النقد الدولي والبنك الدولي، وقال لوكالة تونس إفريقيا للأنباء إن القرض وصل", {})
    groups = {m.text: e.actor.group for e in doc.entities for m in e.mentions}
    assert groups == {"صندوق النقد الدولي": "imf", "البنك الدولي": "world_bank",
                      "وكالة تونس إفريقيا للأنباء": "tap"}


def test_ayatollah_is_a_title_outside_the_name():
    words = "قال آية الله علي خامنئي ثم آية الله مكارم".split()
    # a title-only chunk goes and the person after it takes in the word between
    assert after_title([(1, 3, "PER"), (4, 5, "PER"), (6, 8, "PER")], words) == [(3, 5, "PER")]
    assert after_title([(1, 5, "PER")], words) == [(3, 5, "PER")]
    assert after_title([(1, 3, "ORG"), (4, 5, "PER")], words) == [(1, 3, "ORG"), (4, 5, "PER")]
    table = {"آيه": "B-PER", "الله": "I-PER", "علي": "I-PER", "السيستاني": "I-PER"}
    assert mentions(run("وقال آيه الله علي السيستاني إن الوضع خطير", table)) == [("علي السيستاني", "PER")]


def test_a_party_loses_its_nationality_adjective_even_when_listed_with_it():
    table = {"حزب": "B-ORG", "الله": "I-ORG", "اللبناني": "I-ORG"}
    listed = {"حزب الله اللبناني": "ORG", "حزب الله": "ORG"}
    assert mentions(run("وقال حزب الله اللبناني في بيان", table, listed)) == [("حزب الله", "ORG")]
    # listed with the adjective only: the whole is the name
    assert mentions(run("وقال حزب الله اللبناني في بيان", table, {"حزب الله اللبناني": "ORG"})) \
        == [("حزب الله اللبناني", "ORG")]


def _repeat_spans(text: str, first: str, label: str, prior=None):
    """Spans `_repeats` adds when the tagger found only the first occurrence of `first`."""
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    stage = NerStage(StubModel({}), ActorLexicon.load())
    stage.model.features.prior = prior or {}
    at = text.index(first)
    return [(sp.text, lab) for sp, lab, _a in stage._repeats(doc, [(Span(at, at + len(first), first), label, None)])]


def test_a_name_written_again_as_it_was_is_a_mention_unless_mostly_a_word_or_an_adjective():
    assert _repeat_spans("خرج متظاهرون في عبدان أمس، وأطلق مجهول النار في عبدان.", "عبدان", "LOC") \
        == [("عبدان", "LOC")]
    # "الوطن" the paper, then the homeland: the priors saw the word untagged in most news
    assert _repeat_spans('وقال لـ"الوطن" إن أبناء الوطن الشرفاء صامدون.', "الوطن", "ORG",
                         prior={"وطن": (("up=O:hi",), ())}) == []
    # a country's adjective after a definite noun is no mention ("السفارة السعودية")
    assert _repeat_spans("وقالت السعودية إن السفارة السعودية أغلقت.", "السعودية", "LOC") == []


def test_a_party_keeps_its_adjective_when_without_it_it_is_another_countrys_party():
    doc = make_text({}, None)(Document.from_article(Article(text="أيد حزب المؤتمر الوطني الهندي القرار")))
    lex = ActorLexicon({key("حزب المؤتمر الوطني"): ("SDNPTY", None)}, {})
    table = {"حزب": "B-ORG", "المؤتمر": "I-ORG", "الوطني": "I-ORG", "الهندي": "I-ORG"}
    doc = NerStage(StubModel(table), lex)(doc)
    assert mentions(doc) == [("حزب المؤتمر الوطني الهندي", "ORG")]  # not Sudan's NCP


def test_lexicon_adds_groups_the_model_missed():
    doc = run("هاجم تنظيم داعش قرية وأعلن حزب الله موقفه", {})
    ents = {e.name: e for e in doc.entities}
    assert ents["داعش"].actor.group == "isis"
    assert ents["حزب الله"].actor.code == "LBNREB"


def test_long_input_and_non_arabic_tokens():
    sent = "قال محمد إن Reuters و BBC نقلتا الخبر 2024 :) "
    text = sent * 150  # > 1,000 tokens, no sentence punctuation at all
    doc = run(text, {"محمد": "B-PER", "Reuters": "B-ORG"})
    assert len(doc.tokens) > 1000
    got = mentions(doc)
    assert got.count(("محمد", "PER")) == 150
    assert ("Reuters", "ORG") in got
    assert got.count(("BBC", "ORG")) == 150  # untagged by the model, but a listed actor
    assert len(doc.entities) == 3
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_empty_document():
    doc = run("", {})
    assert doc.entities == []


def test_strip_proclitics_heuristic():
    assert strip_proclitics(norm("بالموصل")) == ("ب", "الموصل")
    assert strip_proclitics(norm("والقاهرة"))[1] == "القاهره"


def test_corpus_tag_normalisation():
    assert aqmar_tag("B-MIS1`") == "B-MISC"
    assert aqmar_tag("I--ORG") == "I-ORG"
    assert aqmar_tag("OO") == "O"
    assert map_tag("B-Politician", FANE_MAP) == "B-PER"
    assert map_tag("I-Nation", FANE_MAP) == "I-LOC"
    assert fix_iob([("a", "I-LOC"), ("b", "I-LOC")]) == [("a", "B-LOC"), ("b", "I-LOC")]


def test_drop_overlap():
    a = [("كان", "O"), ("الجو", "O"), ("جميلا", "O")]
    b = [("في", "O"), ("عمان", "B-LOC")]
    kept, dropped = drop_overlap([a, b], [a])
    assert dropped == 1 and kept == [b]


def test_conll_scoring():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"]]
    assert chunks(gold[0]) == {(0, 2, "PER"), (3, 4, "LOC")}
    r = score(gold, pred)
    assert r["overall"]["f1"] == 50.0
    assert r["per_label"]["PER"]["f1"] == 100.0


@pytest.mark.skipif(not (MODEL_DIR / "ner.crf.gz").exists(), reason="packaged NER model not present")
def test_packaged_model_smoke():
    from rasd.stages.ner import make_ner
    doc = make_text({}, None)(Document.from_article(Article(
        text="وصل الرئيس الأمريكي دونالد ترامب إلى بغداد، وقال ترامب إن داعش هُزم. " * 3)))
    doc = make_ner({}, None)(doc)
    assert doc.entities
    for e in doc.entities:
        assert e.label in ("PER", "ORG", "LOC", "MISC")
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, expected", [
    ("قالت منظمة حظر الأسلحة الكيميائية إن فريقها وصل", ["منظمة حظر الأسلحة الكيميائية"]),
    ("نقلت وكالة الأنباء السعودية الخبر", ["وكالة الأنباء السعودية"]),
    ("فاز حزب العدالة والتنمية الحاكم بالانتخابات", ["حزب العدالة والتنمية"]),
    ("قال رئيس رابطة العالم الإسلامي التصريحات الطائفية مرفوضة", ["رابطة العالم الإسلامي"]),
    ("وأكد بيان لمنظمة التحرير الفلسطينية اليوم ذلك", ["منظمة التحرير الفلسطينية"]),
    ("نشرت صحيفة الوئام التقرير", ["الوئام"]),  # صحيفة, like قناة, stays outside
    ("ذكرت صحيفة حريات التركية أن", ["حريات"]),  # a bare name; the adjective places the paper
    ("قالت صحيفة الحياة اللندنية إن", ["الحياة"]),
    ("نقلت وكالة الأنباء السورية الرسمية الخبر", ["وكالة الأنباء السورية"]),
    ("نقلت وكالة الأنباء الرسمية الخبر", []),  # a description, not a name
    ("أعلنت منظمة إرهابية مسؤوليتها", []),  # no definite name after the noun
    ("قالت الوزارة إن شركة الكبريت توقفت", []),  # شركة is not a head
    ("أيد حزب المؤتمر الوطني الهندي والحكومة الهندية القرار", ["حزب المؤتمر الوطني"]),  # (SPEC 2.7)
    ("قال رئيس جامعة الدول العربية الدكتور نبيل العربي", ["جامعة الدول العربية"]),
])
def test_named_organisations_the_crf_missed(text, expected):
    doc = run(text, {})
    got = [(m, lab) for m, lab in mentions(doc)]
    assert got == [(e, "ORG") for e in expected]
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize("text, expected", [
    ("وقالت الجمعية المغربية لحقوق الإنسان إن السلطات اعتقلت ناشطين",
     ["الجمعية المغربية لحقوق الإنسان"]),
    ("وأعلنت المفوضية السامية لشؤون اللاجئين خطة جديدة", ["المفوضية السامية لشؤون اللاجئين"]),
    ("وأطلقت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا برنامجا", [
        "الحملة الوطنية السعودية لنصرة الأشقاء في سوريا"]),  # the cause's country is in the name
    ("وأصدر المجلس الوطني الانتقالي بيانا", ["المجلس الوطني الانتقالي"]),
    ("وذكرت الشبكة العربية لمعلومات حقوق الإنسان ذلك", ["الشبكة العربية لمعلومات حقوق الإنسان"]),
    ("وانتقدت الرابطة الجزائرية للدفاع عن حقوق الإنسان المحاكمة", [
        "الرابطة الجزائرية للدفاع عن حقوق الإنسان"]),
    ("وقال الاتحاد التونسي للصناعة والتجارة إن الأسعار ارتفعت", ["الاتحاد التونسي للصناعة والتجارة"]),
    ("وحذر المركز الوطني للأمن الإلكتروني في بريطانيا من الهجمات", ["المركز الوطني للأمن الإلكتروني"]),
    # generic institutions and purposes are no names (SPEC 2.1)
    ("وقالت اللجنة الأمنية للمحافظة إن الوضع مستقر", []),
    ("وقالت الهيئة العامة للإحصاء إن الأسعار ارتفعت", []),
    ("وواصلت الحملة الجوية السعودية غاراتها", []),
    ("وسعى الاتحاد الأوروبي للمساهمة في الحل", []),
    ("وقالت الهيئة الوطنية للانتخابات إن التصويت انتهى", ["الهيئة الوطنية للانتخابات"]),
    # an institute is a named body like a centre; a cause with its preposition (audit U54)
    ("وقال رئيس المعهد التونسي للدراسات الإستراتيجية إن الدراسة جاهزة", [
        "المعهد التونسي للدراسات الإستراتيجية"]),
    ("وقدرت الهيئة الوطنية الهندية للحفاظ على النمور عددها", ["الهيئة الوطنية الهندية للحفاظ على النمور"]),
    ("وتخرج في المعهد العالي للتمريض العام الماضي", []),
])
def test_named_bodies_with_a_definite_head(text, expected):
    names = {"المغربية": "NAT", "الجزائرية": "NAT", "التونسي": "NAT", "السعودية": "NAT|LOCB", "سوريا": "LOCB",
             "بريطانيا": "LOCB", "الهندية": "NAT"}
    doc = run(text, {}, names)
    assert [m for m, lab in mentions(doc) if lab == "ORG"] == expected


def test_organisation_phrase_replaces_crf_pieces_inside_it_but_not_across():
    doc = run("نقلت وكالة الأنباء السعودية الخبر", {"السعودية": "B-LOC"})
    assert mentions(doc) == [("وكالة الأنباء السعودية", "ORG")]
    doc = run("نقلت وكالة الأنباء السعودية الخبر", {"السعودية": "B-LOC", "الخبر": "I-LOC"})
    assert mentions(doc) == [("السعودية الخبر", "LOC")]  # the CRF's name crosses it: kept


def test_forces_named_after_a_person_give_the_person():
    names = {"صالح": "PERT|LOCS", "سوريا": "LOCB"}
    doc = run("وقصفت قوات صالح المدينة", {"قوات": "B-ORG", "صالح": "I-ORG"}, names)
    assert mentions(doc) == [("صالح", "PER")]
    doc = run("وتقدمت قوات سوريا نحو المدينة", {"قوات": "B-ORG", "سوريا": "I-ORG"}, names)
    assert mentions(doc) == [("قوات سوريا", "ORG")]  # a place, not a person: left as tagged
    # the epithet news gives such forces stays out with the force noun
    doc = run("وقصفت قوات صالح الانقلابية المدينة", {"قوات": "B-ORG", "صالح": "I-ORG", "الانقلابية": "I-ORG"}, names)
    assert mentions(doc) == [("صالح", "PER")]


@pytest.mark.parametrize("text, tags, expected", [
    ("وأعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية توزيع السلال", {"سلمان": "B-PER"},
     [("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG")]),
    ("وتقع أكاديمية الملك عبدالله الاقتصادية في رابغ", {"عبدالله": "B-PER", "رابغ": "B-LOC"},
     [("أكاديمية الملك عبدالله الاقتصادية", "ORG"), ("رابغ", "LOC")]),
    ("وافتتح جامعة الأمير سلطان بن عبد العزيز آل سعود أمس", {"سلطان": "B-PER", "بن": "I-PER"},
     [("جامعة الأمير سلطان بن عبد العزيز آل سعود", "ORG")]),
    ("ونقل المصاب إلى مستشفى الملك فهد في جدة", {"فهد": "B-PER", "جدة": "B-LOC"},
     [("مستشفى الملك فهد", "LOC"), ("جدة", "LOC")]),  # a hospital is a place (gold data)
    ("وقالت مدينة الملك عبدالعزيز للعلوم والتقنية إنها أطلقت قمرا", {"عبدالعزيز": "B-PER"},
     [("مدينة الملك عبدالعزيز للعلوم والتقنية", "ORG")]),  # مدينة stays: a field follows
    ("وقال مدير لمركز الملك سلمان إن", {"سلمان": "B-PER"}, [("مركز الملك سلمان", "ORG")]),  # لـ outside
    ("وتقام المباراة في مدينة الملك عبدالله الرياضية في جدة", {"عبدالله": "B-PER", "جدة": "B-LOC"},
     [("مدينة الملك عبدالله الرياضية", "LOC"), ("جدة", "LOC")]),  # مدينة + adjective: a place
    ("وحضر الأمير في ملعب الأمير فيصل بن فهد لمشاهدة مباراة النصر", {"فيصل": "B-PER"},
     [("ملعب الأمير فيصل بن فهد", "LOC")]),  # a ground has no field: لـ is a purpose
    # not institutions: a town named after a sheikh, a king who visits one, a title with no name
    ("وزار الملك سلمان مدينة الشيخ زويد", {"سلمان": "B-PER"}, [("سلمان", "PER")]),
    ("وقال الملك إن مركز الملك في الرياض", {}, []),
])
def test_institutions_named_after_a_ruler_are_one_name(text, tags, expected):
    doc = run(text, tags)
    assert mentions(doc) == expected
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_a_person_does_not_join_a_group_entity():
    doc = make_text({}, None)(Document.from_article(Article(text="قال الحوثي إن جماعة الحوثي لن تتراجع")))
    # the data's armed-group list gives "الحوثي" as an alias of the group
    lex = ActorLexicon({key("الحوثي"): ("YEMREB", "houthis"), key("جماعة الحوثي"): ("YEMREB", "houthis")}, {})
    doc = NerStage(StubModel({"الحوثي": "B-PER"}), lex)(doc)
    ents = {e.name: e for e in doc.entities}
    # the man keeps his movement's code as his affiliation, but is not the group
    assert ents["الحوثي"].label == "PER" and (ents["الحوثي"].actor.code, ents["الحوثي"].actor.group) == (
        "YEMREB", None)
    assert ents["جماعة الحوثي"].actor.group == "houthis"


def test_a_movements_leader_alone_is_a_person_whatever_the_tagger_says():
    doc = run("وقال إن هجوم الحوثي على الناقلة تصعيد وإن جماعة الحوثي تتحمل المسؤولية",
              {"الحوثي": "B-ORG"})
    assert sorted(mentions(doc)) == [("الحوثي", "PER"), ("جماعة الحوثي", "ORG")]


def test_peoples_and_lone_descriptor_words_are_not_mentions():
    names = {"الأكراد": "NAT", "الحوثيين": "NAT|ORG"}
    doc = run("انتقد الأكراد القرار وهاجم الحوثيين قاعدة عسكرية",
              {"الأكراد": "B-ORG", "الحوثيين": "B-ORG", "قاعدة": "B-ORG"}, names)
    assert mentions(doc) == [("الحوثيين", "ORG")]  # a listed organisation stays


@pytest.mark.parametrize("text, tagged, expected", [
    ("وصل الوفد إلى إقليم كردستان العراق", {"كردستان": "B-LOC", "العراق": "I-LOC"},
     [("إقليم كردستان العراق", "LOC")]),
    ("سقطت قذائف على بقطاع غزة", {"غزة": "B-LOC"}, [("قطاع غزة", "LOC")]),  # proclitic on the head
    ("عبرت السفن قناة السويس الجديدة", {"قناة": "B-ORG", "السويس": "I-ORG", "الجديدة": "I-ORG"},
     [("قناة السويس الجديدة", "LOC")]),  # kept whole, and a waterway
    ("قال مصدر للشرق الأوسط إن", {"للشرق": "B-ORG", "الأوسط": "I-ORG"}, [("لشرق الأوسط", "ORG")]),
    # a country, not the south of Sudan (SPEC 2.7)
    ("لجأ آلاف من جنوب السودان إلى السودان", {"السودان": "B-LOC"},
     [("جنوب السودان", "LOC"), ("السودان", "LOC")]),
])
def test_names_kept_whole(text, tagged, expected):
    doc = run(text, tagged)
    assert mentions(doc) == expected
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_one_word_lexicon_names_match_as_written():
    doc = run("هاجم تنظيم القاعدة قاعدة عسكرية وقال الشباب إنهم يدعمون حركة الشباب ثم داعش", {})
    got = [(m.text, e.actor.group if e.actor else None) for e in doc.entities for m in e.mentions]
    assert ("القاعدة", "alqaeda") in got and ("داعش", "isis") in got
    assert all(m != "قاعدة" for m, _ in got)  # a base, not the group
    assert [m for m, g in got if g == "shabaab"] == ["الشباب"]  # only after its descriptor


@pytest.mark.parametrize("text, group_mentions", [
    ("قرر القاضي فتح تحقيق، وأعيد فتح المعبر، وقال قادة حركة فتح إن", ["فتح"]),
    ("أعرب عن أمل كبير، وشعروا بخيبة الأمل، وقال مقاتلو حركة أمل إن", ["أمل"]),
])
def test_everyday_words_that_are_also_group_names(tmp_path, text, group_mentions):
    rows = "فتح\tPSEPTY\tfatah\nحركة فتح\tPSEPTY\tfatah\nأمل\tLBNREB\tamal\nحركة أمل\tLBNREB\tamal\n"
    (tmp_path / "actors.tsv").write_text(rows, "utf-8")
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(StubModel({}, None), ActorLexicon.load(tmp_path / "actors.tsv"))(doc)
    got = [m.text for e in doc.entities if e.actor and e.actor.group for m in e.mentions]
    assert got == group_mentions  # only the one after حركة


def test_news_agencies_are_organisations_with_a_media_code():
    doc = run("ونقلت واس عن مصدر أن رويترز نشرت الخبر، وقال مقاتلو البشمركة إن", {})
    got = {m.text: (e.label, e.actor.code if e.actor else None) for e in doc.entities for m in e.mentions}
    assert got == {"واس": ("ORG", "SAUMED"), "رويترز": ("ORG", "GBRMED"), "البشمركة": ("ORG", "IRQMIL")}


def test_latin_script_names_of_listed_actors_are_organisations():
    doc = run("واشنطن (CNN)-- قال مقاتلو حزب العمال الكردستاني (PKK) إن cnn ليست GPS", {})
    got = {m.text: (e.label, e.actor.group if e.actor else None) for e in doc.entities for m in e.mentions}
    assert got["CNN"] == ("ORG", "cnn")
    assert got["PKK"] == got["حزب العمال الكردستاني"] == ("ORG", "pkk")
    pkk = [e for e in doc.entities if e.actor and e.actor.group == "pkk"]
    assert len(pkk) == 1  # the Latin acronym joins the Arabic name's entity
    assert "GPS" not in got  # unlisted Latin words are left to the model


def test_a_place_name_after_news_agency_is_the_agency():
    # "وكالة أنباء فارس" is Fars News Agency, "الأناضول" in quotes after it the Anadolu Agency
    doc = run('ونقلت وكالة أنباء "الأناضول" عن مصدر', {"الأناضول": "B-LOC"})
    assert mentions(doc) == [("الأناضول", "ORG")]
    doc = run("وقال مصدر في الأناضول إن", {"الأناضول": "B-LOC"})
    assert mentions(doc) == [("الأناضول", "LOC")]
    doc = run("وقال في تصريح لوكالة أنباء فارس إن الهجوم فشل", {"فارس": "B-LOC"})
    got = [(m.text, e.label, e.actor.code if e.actor else None) for e in doc.entities for m in e.mentions]
    assert got == [("وكالة أنباء فارس", "ORG", "IRNMED")]  # the preposition comes off لوكالة


def test_a_partys_nationality_adjective_is_outside_its_name():
    doc = run("وقال حزب الأمة القومي السوداني إن الانتخابات مزورة",
              {"حزب": "B-ORG", "الأمة": "I-ORG", "القومي": "I-ORG", "السوداني": "I-ORG"})
    assert mentions(doc) == [("حزب الأمة القومي", "ORG")]
    # an agency's adjective is part of its name; a faith's is part of a party's
    doc = run("قالت وكالة الأنباء السعودية إن", {"وكالة": "B-ORG", "الأنباء": "I-ORG", "السعودية": "I-ORG"})
    assert mentions(doc) == [("وكالة الأنباء السعودية", "ORG")]
    doc = run("وقال حزب الدعوة الإسلامية إن", {"حزب": "B-ORG", "الدعوة": "I-ORG", "الإسلامية": "I-ORG"})
    assert mentions(doc) == [("حزب الدعوة الإسلامية", "ORG")]


def test_the_first_half_of_a_compound_given_name_joins_the_person():
    doc = run("وقال الرئيس عبدربه منصور هادي إن", {"منصور": "B-PER", "هادي": "I-PER"})
    assert mentions(doc) == [("عبدربه منصور هادي", "PER")]
    doc = run("وقال عبد منصور هادي إن", {"منصور": "B-PER", "هادي": "I-PER"})
    assert mentions(doc) == [("منصور هادي", "PER")]  # a bare عبد is no name's half


def test_outlets_named_in_the_dateline_are_media():
    doc = run("حاتم العميري - سبق - مكة المكرمة: دشن مغردون وسما", {})
    got = [(m.text, e.label, e.actor.code if e.actor else None) for e in doc.entities for m in e.mentions]
    assert got == [("سبق", "ORG", "SAUMED")]
    doc = run("عين اليوم – عمان\nأنهت الحملة توزيع المساعدات", {})
    assert mentions(doc) == [("عين اليوم", "ORG")]
    # the same words in the body are everyday words
    assert mentions(run("وقال إنه سبق أن زار المدينة - عين اليوم لا تنام", {})) == []


def test_a_name_the_crf_split_in_two_places_is_one_mention():
    doc = run("قال رئيس إقليم كردستان العراق إن", {"إقليم": "B-LOC", "كردستان": "I-LOC", "العراق": "B-LOC"})
    assert mentions(doc) == [("إقليم كردستان العراق", "LOC")]
    doc = run("بين إقليم كردستان والعراق خلاف", {"إقليم": "B-LOC", "كردستان": "I-LOC", "والعراق": "B-LOC"})
    assert mentions(doc) == [("إقليم كردستان", "LOC"), ("العراق", "LOC")]
    # a kept-whole name the tagger cut after its first word: "روسيا البيضاء" is Belarus
    doc = run("وزار الرئيس روسيا البيضاء أمس", {"روسيا": "B-LOC"})
    assert mentions(doc) == [("روسيا البيضاء", "LOC")]
    # a name's first word alone ("سان", Saint) is no place: it joins the name after it
    doc = run("وسافر إلى سان بطرسبرغ أمس", {"سان": "B-LOC", "بطرسبرغ": "B-LOC"})
    assert mentions(doc) == [("سان بطرسبرغ", "LOC")]
    doc = run("وزار حلب دمشق", {"حلب": "B-LOC", "دمشق": "B-LOC"})  # two names stay two
    assert mentions(doc) == [("حلب", "LOC"), ("دمشق", "LOC")]


def test_generic_institutions_are_no_entities_but_stay_actors():
    # SPEC 2.1: "الجيش المصري", "وزارة الداخلية" are not entities, even with a country
    text = "وقال الجيش الإسرائيلي إن وزارة الدفاع السعودية أكدت"
    doc = run(text, {"الجيش": "B-ORG", "الإسرائيلي": "I-ORG", "وزارة": "B-ORG", "الدفاع": "I-ORG",
                     "السعودية": "I-ORG"})
    assert mentions(doc) == []
    assert [text[s:e] for s, e, _c in doc.extras["ner.institutions"]] == [
        "الجيش الإسرائيلي", "وزارة الدفاع السعودية"]
    # a proper name inside, or a listed non-state group, keeps the entity
    doc = run("وقالت قوات سوريا الديمقراطية إن", {"قوات": "B-ORG", "سوريا": "I-ORG", "الديمقراطية": "I-ORG"})
    assert mentions(doc) == [("قوات سوريا الديمقراطية", "ORG")]
    assert mentions(run("وقال الجيش السوري الحر إن", {})) == [("الجيش السوري الحر", "ORG")]
    # "للتحالف العربي": the coalition after a contracted لل is no entity either
    assert mentions(run("وشارك طيران للتحالف العربي في الغارة", {"للتحالف": "B-ORG", "العربي": "I-ORG"})) == []
    # after a contracted لل, led by someone, a central bank; a generic mention beside a name
    text = "وقال للجيش السوري إن التحالف بقيادة السعودية والبنك المركزي والبنتاغون أي وزارة الدفاع الأميركية"
    tags = {"للجيش": "B-ORG", "السوري": "I-ORG", "التحالف": "B-ORG", "بقيادة": "I-ORG", "السعودية": "I-ORG",
            "والبنك": "B-ORG", "المركزي": "I-ORG", "والبنتاغون": "B-ORG", "وزارة": "B-ORG", "الدفاع": "I-ORG",
            "الأميركية": "I-ORG"}
    doc = run(text, tags)
    assert mentions(doc) == [("البنتاغون", "ORG")]
    assert len(doc.extras["ner.institutions"]) == 4


def test_an_outlet_told_or_reporting_in_quotation_marks_is_an_org():
    assert mentions(run("وقال مصدر أمني لـ«الوطن» إن الهجوم فشل", {})) == [("الوطن", "ORG")]
    assert mentions(run('علمت "الوطن" أن القضية أحيلت', {})) == [("الوطن", "ORG")]
    doc = run('وأضاف في تصريح لـ"العربية.نت" أن', {"العربية.نت": "B-LOC"})
    assert mentions(doc) == [("العربية.نت", "ORG")]
    # no speech word before لـ: left as the tagger had it
    assert mentions(run("وانضم شبان لـ«الشباب» في الصومال", {})) == []
    # ل written without its tatweel; not the ل that ends "وقال" before a quotation
    assert mentions(run('وقال مصدر عسكري ل"الرياض" إن المعارك مستمرة', {})) == [("الرياض", "ORG")]
    assert mentions(run('وقال "ما حدث كان مسرحية" في بيانه', {})) == []


def test_a_paper_named_like_a_city_of_the_article_is_its_own_entity():
    doc = run('وصل الوزير إلى الرياض أمس. وقالت مصادر ل"الرياض" إن الزيارة ناجحة', {"الرياض": "B-LOC"})
    ents = sorted((e.label, [m.text for m in e.mentions], e.actor) for e in doc.entities)
    # the paper: ORG, apart from the city, and without the Saudi state's code the city name has
    assert ents == [("LOC", ["الرياض"], None), ("ORG", ["الرياض"], None)]


class FirstOnly(StubModel):
    """Tags only the first occurrence of each table word: what a tagger that misses the
    later, bare mentions does."""

    def tag_document(self, sents):
        seen, out = set(), []
        for sent in sents:
            tags = []
            for t in sent:
                k = norm(t)
                tags.append(self.table.get(k, "O") if k not in seen else "O")
                seen.add(k)
            out.append(tags)
        return out


def test_a_family_name_alone_is_the_person_named_in_full_before():
    text = "وقال اللواء عادل البلوي إن القوات تقدمت. وأضاف البلوي أن المعارك مستمرة"
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(FirstOnly({"عادل": "B-PER", "البلوي": "I-PER"}), ActorLexicon.load())(doc)
    assert [(e.label, [m.text for m in e.mentions]) for e in doc.entities] == [
        ("PER", ["عادل البلوي", "البلوي"])]
    # a nationality word is not propagated (التركي: Turkish)
    text = "وقال عبدالله التركي إن الجيش التركي تقدم"
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(FirstOnly({"عبدالله": "B-PER", "التركي": "I-PER"}, {"التركي": "NAT"}),
                   ActorLexicon.load())(doc)
    assert [m.text for e in doc.entities for m in e.mentions] == ["عبدالله التركي"]
    # ... unless it is the subject of a reporting verb ("وقال التركي"); a family name that is
    # also a village's ("المعلم") likewise
    text = "وقال وزير الخارجية وليد المعلم إن. وقال المعلم إن المعلم في المدرسة غائب"
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(FirstOnly({"وليد": "B-PER", "المعلم": "I-PER"}, {"المعلم": "LOCS", "وليد": "PERF"}),
                   ActorLexicon.load())(doc)
    assert [m.text for e in doc.entities for m in e.mentions] == ["وليد المعلم", "المعلم"]


def test_a_weekday_or_preposition_after_a_person_is_not_part_of_the_name():
    doc = run("وقال ميشال عون الخميس إن", {"ميشال": "B-PER", "عون": "I-PER", "الخميس": "I-PER"})
    assert mentions(doc) == [("ميشال عون", "PER")]
    doc = run("مع قوات صالح بالقرب من المطار", {"صالح": "B-PER", "بالقرب": "I-PER"})
    assert mentions(doc) == [("صالح", "PER")]


@pytest.mark.parametrize("text, tagged, expected", [
    # an adverb, a plural verb, a particle, a role noun, a people: the tagger ran on into them
    ("وقال باسيل مازحا إن", {"باسيل": "B-PER", "مازحا": "I-PER"}, [("باسيل", "PER")]),
    ("ووزير شؤون القدس زئيف إلكين ينظران في", {"زئيف": "B-PER", "إلكين": "I-PER", "ينظران": "I-PER"},
     [("زئيف إلكين", "PER")]),
    ("وقال الزواري فإن الأمر", {"الزواري": "B-PER", "فإن": "I-PER"}, [("الزواري", "PER")]),
    ("وقال داود شهاب المتحدث باسم الحركة", {"داود": "B-PER", "شهاب": "I-PER", "المتحدث": "I-PER"},
     [("داود شهاب", "PER")]),
    ("وقال شتاينماير الأكراد شركاء", {"شتاينماير": "B-PER", "الأكراد": "I-PER"}, [("شتاينماير", "PER")]),
    # a family name that is a nisba, a place or looks like a verb stays
    ("وقال منصور التركي إن", {"منصور": "B-PER", "التركي": "I-PER"}, [("منصور التركي", "PER")]),
    ("وقال موشيه يعلون إن", {"موشيه": "B-PER", "يعلون": "I-PER"}, [("موشيه يعلون", "PER")]),
])
def test_a_person_mention_ends_before_words_no_name_ends_with(text, tagged, expected):
    names = {"الأكراد": "NAT", "التركي": "NAT|LOCB"}
    assert mentions(run(text, tagged, names)) == expected


def test_a_person_mention_that_runs_two_people_together_is_split():
    doc = run("جدة الأمير وليام الأميرة أليس", {"وليام": "B-PER", "الأميرة": "I-PER", "أليس": "I-PER"},
              {"وليام": "PERF"})
    assert mentions(doc) == [("وليام", "PER"), ("أليس", "PER")]
    names = {"كيري": "PERT", "توت": "PERT"}
    doc = run("التقى لافروف وكيري، وقال كيري إن", {"لافروف": "B-PER", "وكيري": "I-PER", "كيري": "B-PER"}, names)
    assert mentions(doc) == [("لافروف", "PER"), ("كيري", "PER"), ("كيري", "PER")]
    doc = run("وقال النائب إسكندر وتوت إن", {"إسكندر": "B-PER", "وتوت": "I-PER"}, names)
    assert mentions(doc) == [("إسكندر وتوت", "PER")]  # one man: "توت" is never written alone
    # two family names of people the article names in full
    tags = {"أنغيلا": "B-PER", "ميركل": "I-PER", "فلاديمير": "B-PER", "بوتين": "I-PER"}
    doc = run("استقبلت أنغيلا ميركل فلاديمير بوتين، ثم رافقت ميركل بوتين إلى القصر", tags,
              {"فلاديمير": "PERF"})
    spans = sorted((m.start, m.text) for e in doc.entities for m in e.mentions)
    assert [t for _s, t in spans] == ["أنغيلا ميركل", "فلاديمير بوتين", "ميركل", "بوتين"]
    assert len(doc.entities) == 2


def test_a_name_run_into_another_persons_whole_name_is_split():
    tags = {"ترامب": "B-PER", "فلاديمير": "I-PER", "بوتين": "I-PER"}
    doc = run("أن يلتقي الرئيس ترامب فلاديمير بوتين. وقال ترامب إن لقاءه مع فلاديمير بوتين سهل", tags)
    assert [sorted(m.text for m in e.mentions) for e in doc.entities] == [
        ["ترامب", "ترامب"], ["فلاديمير بوتين", "فلاديمير بوتين"]]
    # a full name whose last word ends no other name stays whole
    tags = {"ريان": "B-PER", "إبراهيم": "I-PER", "بابا": "I-PER"}
    doc = run("المبتعث ريان إبراهيم الذي عثر عليه. وكان الطالب ريان إبراهيم بابا", tags)
    assert "ريان إبراهيم بابا" in [m.text for e in doc.entities for m in e.mentions]


def test_surname_shape():
    from rasd.stages.ner.around import surname_shaped
    assert surname_shaped("البلوي") and surname_shaped("الفقيه") and surname_shaped("تواتي")
    assert not surname_shaped("بالقرب") and not surname_shaped("الانقلابيه")
    assert not surname_shaped("السفير")  # a title


def test_a_contracted_lam_mention_joins_its_full_form():
    doc = run("قالت الأمم المتحدة إن للأمم المتحدة دورا", {"الأمم": "B-ORG", "المتحدة": "I-ORG",
                                                           "للأمم": "B-ORG"})
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == [
        ("الأمم المتحدة", ["الأمم المتحدة", "لأمم المتحدة"])]
    # no full form to join: "للبنان" is ل + لبنان
    doc = run("قال إن للبنان دورا", {"للبنان": "B-LOC"})
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == [("لبنان", ["لبنان"])]


def test_the_base_is_not_al_qaeda():
    tags = {"القاعدة": "B-ORG"}
    assert mentions(run("دخلت القوات القاعدة الجوية أمس", tags)) == []
    assert mentions(run("سيطرت القوات على محيط القاعدة أمس", tags)) == []
    assert mentions(run("يقاتل الجيش فوق القاعدة", tags)) == []
    assert mentions(run("قال قائد تنظيم القاعدة إن", tags)) == [("القاعدة", "ORG")]


def test_the_middle_east_in_quotation_marks_is_the_newspaper():
    tags = {"الشرق": "B-LOC", "الأوسط": "I-LOC"}
    assert mentions(run("وقال مسؤول لـ«الشرق الأوسط» إن القرار نهائي", tags)) == [("الشرق الأوسط", "ORG")]
    assert mentions(run("وقال مسؤول إن التوتر في الشرق الأوسط يتصاعد", tags)) == [("الشرق الأوسط", "LOC")]


def test_yemen_popular_resistance_is_a_coded_group():
    doc = run("قال المتحدث باسم المقاومة الشعبية إن مقاتلي المقاومة الجنوبية تقدموا", {})
    got = {m.text: (e.label, e.actor.code if e.actor else None) for e in doc.entities for m in e.mentions}
    assert got == {"المقاومة الشعبية": ("ORG", "YEMREB"), "المقاومة الجنوبية": ("ORG", "YEMREB")}
    assert len(doc.entities) == 1  # one group, one entity


def test_platforms_cited_as_sources_are_organisations():
    # the model tags "فيس بوك" MISC and misses the rest; the actor list makes them ORG
    doc = run("نشر مقطعا على يوتيوب وصفحته في فيس بوك وكتب على حسابه بتويتر",
              {"فيس": "B-MISC", "بوك": "I-MISC"})
    got = {m.text: (e.label, e.actor.group if e.actor else None) for e in doc.entities for m in e.mentions}
    assert got == {"يوتيوب": ("ORG", "youtube"), "فيس بوك": ("ORG", "facebook"),
                   "تويتر": ("ORG", "twitter")}  # from بتويتر


def test_aliases_that_name_other_bodies_elsewhere_are_dropped(tmp_path):
    rows = ("الجيش الوطني\tSYRREB\tsna\nالجيش الوطني السوري\tSYRREB\tsna\n"
            "مجلس النواب\tLBYGOVLEG\tly_hor\nمجلس النواب الليبي\tLBYGOVLEG\tly_hor\n"
            "الهيئة\tSYRREB\thts\nهيئة تحرير الشام\tSYRREB\thts\n")
    (tmp_path / "actors.tsv").write_text(rows, "utf-8")
    lex = ActorLexicon.load(tmp_path / "actors.tsv")
    for alias in ("الجيش الوطني", "مجلس النواب", "مجلس نواب", "الهيئة"):
        assert lex.lookup(alias) is None
    assert lex.lookup("الجيش الوطني السوري") == ("SYRREB", "sna")
    assert lex.lookup("مجلس النواب الليبي") == ("LBYGOVLEG", "ly_hor")
    text = "قال رئيس الهيئة العامة للسياحة إن قوات الجيش الوطني اليمني تقدمت وهاجمت هيئة تحرير الشام"
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(StubModel({}, None), lex)(doc)
    assert mentions(doc) == [("هيئة تحرير الشام", "ORG")]


def test_a_preposition_comes_off_the_first_word_of_a_longer_group_name(tmp_path):
    rows = ("بي بي سي\tGBRMED\tbbc\nحزب الله\tLBNREB\thezbollah\nتنظيم الدولة\tIMGMUSREB\tisis\n"
            "الدولة الإسلامية في العراق والشام\tIMGMUSREB\tisis\n")
    (tmp_path / "actors.tsv").write_text(rows, "utf-8")
    lex = ActorLexicon.load(tmp_path / "actors.tsv")
    doc = make_text({}, None)(Document.from_article(Article(text="وقال لبي بي سي إن مسؤولا بحزب الله قتل")))
    doc = NerStage(StubModel({}, None), lex)(doc)
    assert mentions(doc) == [("بي بي سي", "ORG"), ("حزب الله", "ORG")]
    # a longer name that starts at the next word wins ("بتنظيم الدولة" is not the match)
    text = "بعد الهزيمة بتنظيم الدولة الإسلامية في العراق والشام"
    doc = NerStage(StubModel({}, None), lex)(make_text({}, None)(Document.from_article(Article(text=text))))
    assert mentions(doc) == [("الدولة الإسلامية في العراق والشام", "ORG")]


def test_a_preposition_comes_off_a_bare_group_name_but_not_off_members(tmp_path):
    (tmp_path / "actors.tsv").write_text("حماس\tPSEREB\thamas\nحوثيين\tYEMREB\thouthis\n", "utf-8")
    doc = make_text({}, None)(Document.from_article(Article(text="وقال مؤيدون لحماس إن صورا لحوثيين نشرت")))
    doc = NerStage(StubModel({}, None), ActorLexicon.load(tmp_path / "actors.tsv"))(doc)
    assert mentions(doc) == [("حماس", "ORG")]  # لحوثيين: "some Houthis" names people


def test_a_title_word_that_begins_a_place_name_stays():
    names = {"الشيخ زويد": "LOCB|LOCS"}
    doc = run("قصف الجيش مواقع جنوبي مدينة الشيخ زويد اليوم",
              {"مدينة": "B-LOC", "الشيخ": "I-LOC", "زويد": "I-LOC"}, names)
    assert mentions(doc) == [("الشيخ زويد", "LOC")]
    doc = run("وقال الشيخ زويد إن", {"الشيخ": "B-LOC", "زويد": "I-LOC"}, names)  # listed: a town
    assert mentions(doc) == [("الشيخ زويد", "LOC")]
    doc = run("وقال الشيخ محمد إن", {"الشيخ": "B-PER", "محمد": "I-PER"}, names)
    assert mentions(doc) == [("محمد", "PER")]


@pytest.mark.parametrize("text, tagged, names, expected", [
    ("قتل جندي بمحافظة تعز اليوم", {"بمحافظة": "B-LOC", "تعز": "I-LOC"}, {}, [("تعز", "LOC")]),
    ("قال بيان لتنظيم داعش إن", {"لتنظيم": "B-ORG", "داعش": "I-ORG"}, {}, [("داعش", "ORG")]),
    ("سيطرت القوات على مديرية لودر", {"مديرية": "B-LOC", "لودر": "I-LOC"}, {}, [("لودر", "LOC")]),
    ("وصل الوفد بشرم الشيخ أمس", {"بشرم": "B-LOC", "الشيخ": "I-LOC"}, {"شرم الشيخ": "LOCB"},
     [("شرم الشيخ", "LOC")]),
    ("احتجز في منزل ببلدية فسديس", {"فسديس": "B-LOC"}, {"فسديس": "LOCS"}, [("فسديس", "LOC")]),
    ("قال مدير أمن المحافظة إن", {"أمن": "B-LOC"}, {}, []),  # a generic institution alone
])
def test_descriptors_with_proclitics_and_generic_words(text, tagged, names, expected):
    doc = run(text, tagged, names)
    assert mentions(doc) == expected
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_ali_written_with_ya_before_a_full_name_is_part_of_it():
    tagged = {"عبدالله": "B-PER", "صالح": "I-PER"}
    doc = run("قاتلت قوات الرئيس المخلوع علي عبدالله صالح في عدن", tagged)
    assert mentions(doc) == [("علي عبدالله صالح", "PER")]
    doc = run("سيطرت القوات على عبدالله صالح", tagged)  # the preposition على stays out
    assert mentions(doc) == [("عبدالله صالح", "PER")]


def test_a_nationality_adjective_after_a_place_is_not_part_of_it():
    names = {"منبج": "LOCB", "السورية": "NAT", "الجمهورية العربية السورية": "LOCB", "الخليج": "LOCB",
             "العربي": "NAT", "الجزيرة": "LOCB", "العربية": "NAT"}
    doc = run("تقدمت القوات نحو منبج السورية", {"منبج": "B-LOC", "السورية": "I-LOC"}, names)
    assert mentions(doc) == [("منبج", "LOC")]
    doc = run("قالت الجمهورية العربية السورية", {"الجمهورية": "B-LOC", "العربية": "I-LOC", "السورية": "I-LOC"},
              names)
    assert mentions(doc) == [("الجمهورية العربية السورية", "LOC")]
    doc = run("في مياه الخليج العربي", {"الخليج": "B-LOC", "العربي": "I-LOC"}, names)  # Arab: a name
    assert mentions(doc) == [("الخليج العربي", "LOC")]


def test_a_name_written_again_with_a_proclitic_is_a_mention_too():
    text = "قصف الطيران مدينة رداع، واشتبك مسلحون برداع. وقال مشار إن كير ومشار اجتمعا في العراق وعادا للعراق"
    doc = run(text, {"رداع": "B-LOC", "مشار": "B-PER", "كير": "B-PER", "العراق": "B-LOC"})
    got = sorted((m.start, m.text, e.label) for e in doc.entities for m in e.mentions)
    assert [(t, lab) for _s, t, lab in got] == [
        ("رداع", "LOC"), ("رداع", "LOC"), ("مشار", "PER"), ("كير", "PER"), ("مشار", "PER"),
        ("العراق", "LOC"), ("لعراق", "LOC")]  # after a contracted لل: SPEC 2.1
    assert all(text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_a_persons_name_is_not_read_into_a_word_with_a_preposition():
    # "لصالح" is "in favour of", "بعمر" "at the age of": a person only after "and"
    doc = run("قال علي عبدالله صالح إن القرار لصالح الشعب", {"علي": "B-PER", "عبدالله": "I-PER", "صالح": "I-PER"})
    assert [t for t, _l in mentions(doc)] == ["علي عبدالله صالح"]


def test_common_nouns_tagged_misc_are_no_names():
    doc = run("قصفت القوات بقذائف الهاون مصنع الألومنيوم، وتحمل أنصار سائرون الهاشتاق",
              {"الهاون": "B-MISC", "الألومنيوم": "B-MISC", "سائرون": "B-MISC", "الهاشتاق": "B-MISC"})
    assert mentions(doc) == [("سائرون", "MISC")]  # a list's name stays


@pytest.mark.parametrize("text, expected", [
    ('وقال رئيس حزب "النهضة" إن الحزب سيشارك', [('حزب "النهضة"', "ORG")]),  # the type word inside
    ("وقالت منظمة «كفى» إن العنف تزايد", [("كفى", "ORG")]),  # a body's quoted name is its own
    ('وحذرت منظمة "أطفال بلا جوع " الخيرية من أزمة', [("أطفال بلا جوع", "ORG")]),
    ("ولدى وكالة «نورا» تلسكوبات", [("نورا", "ORG")]),
    ('وأعلنت مؤسسة "بي 500" أن', [("بي 500", "ORG")]),
    ('وتبنى تنظيم "جند الخلافة" الهجوم', [("جند الخلافة", "ORG")]),  # a descriptor stays outside
    ('وقال لموقع "اليوم 24″ المغربي إن', [("اليوم 24", "ORG")]),  # a double prime closes it
    ('وصنفتها الحكومة منظمة "إرهابية"', []),  # an adjective in quotation marks
    ('وقال إن حزب "في الطريق" لم يشارك', []),  # a preposition first: no name
])
def test_an_organisation_named_in_quotation_marks_after_its_type_word(text, expected):
    tagged = {"حزب": "B-ORG"} if "حزب \"النهضة" in text else {}  # the bare type word gives way
    assert mentions(run(text, tagged)) == expected


def test_a_listed_name_that_begins_like_a_preposition_keeps_its_letter():
    names = {"كالين": "PERT", "بان": "PERT|LOCS", "ان": "PERT|LOCB"}
    doc = run("وأضاف كالين أن الحوار مستمر، وقال بان كي مون إن", {"كالين": "B-PER", "بان": "B-PER", "كي": "I-PER",
                                                                  "مون": "I-PER"}, names)
    assert mentions(doc) == [("كالين", "PER"), ("بان كي مون", "PER")]
    # ف before an unlisted name of two words is the name's own letter; ب before ال is not
    doc = run("وقال الرئيس فرانسوا هولاند إن", {"فرانسوا": "B-PER", "هولاند": "I-PER"})
    assert mentions(doc) == [("فرانسوا هولاند", "PER")]
    doc = run("وتحدث بالأسد عن", {"بالأسد": "B-PER"})
    assert mentions(doc) == [("الأسد", "PER")]


def test_one_name_spelt_apart_together_or_as_a_hashtag_is_one_entity():
    from rasd.stages.ner.grouping import group_entities
    text = "عبد الحكيم بلحاج ثم عبدالحكيم بلحاج ثم #هشام_جنينة ثم هشام جنينة"
    spans = []
    for name in ("عبد الحكيم بلحاج", "عبدالحكيم بلحاج", "هشام_جنينة", "هشام جنينة"):
        i = text.index(name)
        spans.append((Span(i, i + len(name), name), "PER"))
    assert sorted(len(e.mentions) for e in group_entities(spans)) == [2, 2]


def test_alqaeda_in_a_story_of_a_base_that_never_names_the_group_is_the_base():
    doc = run("سيطرت القوات على قاعدة العند، وفر المسلحون من القاعدة تحت وقع الهجوم", {"القاعدة": "B-ORG"})
    assert [m for m, _l in mentions(doc) if m == "القاعدة"] == []
    doc = run("سيطرت القوات على قاعدة العند، وقال إن عناصر القاعدة فروا", {"القاعدة": "B-ORG"})
    assert ("القاعدة", "ORG") in mentions(doc)


def test_words_that_are_no_names_alone_and_the_names_they_make():
    tags = {"الريف": "B-LOC", "الولايات": "B-LOC", "نيسان": "B-ORG", "ريف": "B-LOC", "دمشق": "B-LOC"}
    doc = run("بلدة في الريف الشرقي، وتقسيم الولايات، في ابريل/نيسان، وفي ريف دمشق", tags)
    assert mentions(doc) == [("ريف دمشق", "LOC")]  # a governorate, kept whole (SPEC 2.7)
    assert mentions(run("احتجاجات في منطقة الريف بالمغرب", {"الريف": "B-LOC"})) == [("الريف", "LOC")]
    # a name inside a quoted organisation's name gives way to the organisation
    doc = run('ورئيس حزب "مصر القوية" عبدالمنعم', {"مصر": "B-LOC"})
    assert mentions(doc) == [('حزب "مصر القوية"', "ORG")]


def test_a_group_nisba_after_a_definite_noun_is_an_adjective():
    tags = {"الحوثي": "B-ORG", "الأهلي": "B-ORG"}
    doc = run("وقال القيادي الحوثي إن التمرد الحوثي مستمر، وفاز النادي الأهلي، وقال السيد الحوثي", tags)
    assert [m for m, _l in mentions(doc)] == ["الأهلي", "الحوثي"]  # a club's name; after a title, the man


def test_a_person_does_not_run_on_into_the_outlet_he_spoke_to():
    doc = run("وقال المالكي لبي بي سي إن", {"المالكي": "B-PER", "لبي": "I-PER", "بي": "I-PER", "سي": "I-PER"})
    assert ("المالكي", "PER") in mentions(doc) and not [m for m, lab in mentions(doc) if "بي" in m and lab == "PER"]


def test_a_listed_given_name_after_a_role_and_its_body_is_a_person():
    names = {"نبيه": "PERF", "بري": "PERL", "في": "PERT"}
    doc = run("وقال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة تأجلت", {}, names)
    assert mentions(doc) == [("نبيه بري", "PER")]
    # a particle that some listed names contain is no given name
    assert mentions(run("وقال رئيس الوزراء في بيان إن الجلسة تأجلت", {}, names)) == []
    # a compound with الدين written as one word is a given name
    doc = run("وقال وزير حقوق الإنسان عزالدين الاصبحي إن الوضع خطير", {}, {"الاصبحي": "PERL"})
    assert mentions(doc) == [("عزالدين الاصبحي", "PER")]


def test_dual_and_plural_descriptors_stay_outside_the_name():
    doc = run("وتقدمت القوات في مديريتي التحيتا والدريهمي", {"مديريتي": "B-LOC", "التحيتا": "I-LOC"})
    assert mentions(doc) == [("التحيتا", "LOC")]


def test_persian_letters_and_presentation_forms_fold_like_the_text_normaliser():
    from rasd.stages.ner.norm import norm
    from rasd.text.normalize import norm_key as text_key
    for word in ("ﺍﻟﺴﻴﺴﻲ", "شبیری", "کرکوک", "ﺃﺣﻤﺪ"):
        assert norm(word) == text_key(word).replace("ة", "ه")


def test_a_family_nisba_after_a_contracted_lil_is_the_person_again():
    doc = run("وقال السيستاني إن الوضع خطير، ووجه العبادي رسالة للسيستاني", {"السيستاني": "B-PER"})
    assert [m for m, lab in mentions(doc) if lab == "PER"] == ["السيستاني", "لسيستاني"]
    doc = run("وقال المعلم إن الدرس انتهى، وقدم الطلاب هدية للمعلم", {"المعلم": "B-PER"})
    assert [m for m, lab in mentions(doc) if lab == "PER"] == ["المعلم"]  # "for the teacher"


def _run_with_priors(text: str, prior: dict) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    model = StubModel({})
    model.features.prior = prior
    return NerStage(model, ActorLexicon.load())(doc)


# the label priors: common words seen untagged, one quarter seen mostly as a place
PRIORS = {"مرتفعه": (("up=O:hi",), ()), "حيوي": (("up=O:hi",), ()),
          "اجازه": (("up=O:hi",), ()), "تشرين": (("up=O:hi",), ()),
          "جوبر": (("up=O:mid", "up=LOC:mid"), ("upt=LOC",))}


@pytest.mark.parametrize("text, expected", [
    ("وتدور اشتباكات في أحياء تشرين وجوبر والقابون داخل المدينة", ["جوبر", "القابون"]),
    ("ونقلت القوات إلى قضاء الخالدية أمس", ["الخالدية"]),
    ("وقتل جنديان في معسكر لبوزة أمس", ["لبوزة"]),
    ("وتقدمت القوات في جبهتي الجفينة وصرواح", ["الجفينة", "صرواح"]),
    ("وأعلنت السلطات هدم منازل في قرية خان الأحمر", ["خان الأحمر"]),
    # common words after the same place words are no names
    ("وتقع منطقة مرتفعة ومركز حيوي قرب الطريق", []),
    ("وذهب لقضاء الإجازة مع أسرته", []),
    ("وعاد النازحون إلى مناطق سكنها", []),
])
def test_unlisted_names_after_a_place_word_are_places(text, expected):
    doc = _run_with_priors(text, PRIORS)
    assert [m for m, lab in mentions(doc) if lab == "LOC"] == expected
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_without_priors_nothing_is_added_after_a_place_word():
    assert mentions(run("وقتل جنديان في معسكر لبوزة أمس", {})) == []


def test_no_mention_ends_in_a_preposition():
    doc = run("وفاز حزب حركة الجمهورية إلى الأمام", {"الجمهورية": "B-ORG", "إلى": "I-ORG"})
    assert mentions(doc) == [("الجمهورية", "ORG")]


def test_no_person_ends_in_his_saying():
    doc = run("ونقلت الوكالة عن سيرغي لافروف قوله إن", {"سيرغي": "B-PER", "لافروف": "I-PER", "قوله": "I-PER"})
    assert mentions(doc) == [("سيرغي لافروف", "PER")]


def test_no_mention_starts_with_a_particle():
    doc = run('وقالت الوكالة بأن أحمد منصور حسان استشهد', {"بأن": "B-PER", "أحمد": "I-PER", "منصور": "I-PER",
                                                           "حسان": "I-PER"})
    assert mentions(doc) == [("أحمد منصور حسان", "PER")]


def test_a_number_word_is_no_name():
    doc = run("وقتلوا عشرة أشخاص بينهم ستون نصرانيا في القرية", {"ستون": "B-PER"})
    assert mentions(doc) == []


def test_a_person_does_not_end_in_a_linking_particle():
    doc = run("وقالت أنييس فون دير مول إن", {"أنييس": "B-PER", "فون": "I-PER", "دير": "I-PER"})
    assert mentions(doc) == [("أنييس فون دير مول", "PER")]
    doc = run("وقال المتحدث أمجد أبو عصب إن", {"أمجد": "B-PER", "أبو": "I-PER"})
    assert mentions(doc) == [("أمجد أبو عصب", "PER")]  # nor in أبو


def test_a_misc_name_with_an_actor_code_is_an_organisation(tmp_path):
    listed = tmp_path / "actors.tsv"
    listed.write_text("البيت الأبيض\tUSAGOV\t\n", encoding="utf-8")
    text = "وقال البيت الأبيض في بيان إن الرئيس سيسافر."
    (ent,) = group_entities([(_span(text, "البيت الأبيض"), "MISC")], ActorLexicon.load(listed), text)
    assert (ent.label, ent.actor.code) == ("ORG", "USAGOV")
    text = "وشاهد الجمهور فيلم العراب أمس."
    (ent,) = group_entities([(_span(text, "العراب"), "MISC")], ActorLexicon.load(listed), text)
    assert ent.label == "MISC" and ent.actor is None


def test_a_name_one_long_vowel_apart_is_the_same_person():
    text = "قال بنيامين نتنياهو إن الحكومة باقية. وأضاف نتانياهو أن الانتخابات بعيدة. والتقى حسين حسن."
    spans = [(_span(text, "بنيامين نتنياهو"), "PER"), (_span(text, "نتانياهو"), "PER"),
             (_span(text, "حسين"), "PER"), (_span(text, "حسن"), "PER")]
    ents = group_entities(spans, ActorLexicon.load(), text)
    assert [[m.text for m in e.mentions] for e in ents] == [["بنيامين نتنياهو", "نتانياهو"], ["حسين"], ["حسن"]]


def test_a_person_always_written_with_the_same_next_word_takes_it_in():
    text = "وفاز أوليفييه فور بالمنصب. وقال أوليفييه فور إن الحزب سيتغير."
    doc = run(text, {"أوليفييه": "B-PER"})
    assert mentions(doc) == [("أوليفييه فور", "PER"), ("أوليفييه فور", "PER")]
    # not a word that follows it once, nor a place after a crossing word
    doc = run("وقال أوليفييه فور إن الحزب سيتغير. وأضاف أوليفييه أن الانتخابات قريبة.", {"أوليفييه": "B-PER"})
    assert ("أوليفييه فور", "PER") not in mentions(doc)


def test_a_town_named_only_after_a_player_or_nathiruh_is_its_club():
    doc = run("وسجل مهاجم توتنهام هدفين", {"توتنهام": "B-LOC"})
    assert mentions(doc) == [("توتنهام", "ORG")] and doc.entities[0].actor is None
    doc = run("وقال لاعب برشلونة إن الفريق جاهز. وزار الوفد برشلونة أمس", {"برشلونة": "B-LOC"})
    assert {lab for _t, lab in mentions(doc)} == {"LOC"}  # also named as a town: stays a place


def test_a_bodys_name_alone_joins_its_name_after_a_type_word():
    text = 'وذكرت منظمة "هيومن رايتس ووتش" أن القصف استمر. وقالت هيومن رايتس ووتش إن الضحايا مدنيون.'
    spans = [(_span(text, 'منظمة "هيومن رايتس ووتش"'), "ORG"), (_span(text, "هيومن رايتس ووتش", 1), "ORG")]
    (ent,) = group_entities(spans, ActorLexicon.load(), text)
    assert len(ent.mentions) == 2


def test_a_nationality_family_name_after_a_preposition_or_an_indefinite_noun_is_the_person():
    text = "وقتل أبو عمر الشيشاني في غارة. وقالت أرملة الشيشاني إن الغارة وقعت ليلا. وقال الجيش الشيشاني إن"
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    doc = NerStage(FirstOnly({"أبو": "B-PER", "عمر": "I-PER", "الشيشاني": "I-PER"}, {"الشيشاني": "NAT"}),
                   ActorLexicon.load())(doc)
    # "أرملة الشيشاني": his widow; "الجيش الشيشاني": an adjective after a definite noun
    assert [m.text for e in doc.entities for m in e.mentions] == ["أبو عمر الشيشاني", "الشيشاني"]


def test_a_country_after_an_accusative_person_noun_is_its_nisba():
    tags = {"روسيا": "B-LOC", "سوريا": "B-LOC", "تركيا": "B-LOC", "سورية": "B-LOC"}
    doc = run("طرد 23 دبلوماسيا روسيا واعتقل مواطنا تركيا ونقل 40 سورياً ومروحيات سورية، وزار الوزير روسيا، وفي سوريا", tags)
    assert mentions(doc) == [("روسيا", "LOC"), ("سوريا", "LOC")]  # the last two only
    assert [m.start for e in doc.entities for m in e.mentions] == [doc.text.index("الوزير روسيا") + 7,
                                                                   doc.text.index("وفي سوريا") + 4]


def test_a_type_word_before_a_short_name_given_in_parentheses_is_that_name():
    from rasd.stages.ner.org_context import type_then_alias
    text = "قام بها حزب العمال الوطني (بي دي كيه) المحظور. وقال إن اعضاء حزب بي دي كيه اوقفوا سيارة."
    spans = [(_span(text, "حزب العمال الوطني"), "ORG", None), (_span(text, "بي دي كيه"), "ORG", None),
             (_span(text, "حزب بي دي كيه"), "ORG", None)]
    got = type_then_alias(text, spans)
    assert [sp.text for sp, _l, _a in got] == ["حزب العمال الوطني", "بي دي كيه", "بي دي كيه"]
    assert got[2][0].start == text.index("بي دي كيه اوقفوا")
    (ent,) = group_entities(got, ActorLexicon.load(), text)
    assert len(ent.mentions) == 3
    # a short name never given in parentheses: the party's name stays whole
    text = "وفاز حزب النور والتقدم في الانتخابات، وقال النور والتقدم إن"
    spans = [(_span(text, "حزب النور والتقدم"), "ORG", None), (_span(text, "النور والتقدم", 1), "ORG", None)]
    assert type_then_alias(text, spans) == spans


def test_a_quoted_name_after_an_agencys_type_word_joins_its_bare_name():
    text = 'وذكرت وكالة "النجمة" للأنباء أن الوفد وصل. وقال إن الرجل فعل ذلك، بحسب النجمة.'
    spans = [(_span(text, "النجمة"), "ORG", 'وكالة "النجمة"'), (_span(text, "النجمة", 1), "LOC", None),
             (_span(text, "الوفد"), "MISC", None)]
    ents = group_entities(spans, ActorLexicon.load(), text)
    assert [(e.label, len(e.mentions)) for e in ents] == [("ORG", 2), ("MISC", 1)]
    # the type word makes it an organisation, whatever the tagger called its bare name
    spans = [(_span(text, "النجمة"), "ORG", 'وكالة "النجمة"'), (_span(text, "النجمة", 1), "MISC", None),
]
    assert [e.label for e in group_entities(spans, ActorLexicon.load(), text)] == ["ORG"]


@pytest.mark.parametrize("text, tags, expected", [
    ('وقال حاكم ولاية "نمروز" إن القتلى سقطوا', {"نمروز": "B-PER"}, [("نمروز", "LOC")]),
    ('وقع تفجير بمدينة «كاروج» التابعة لها', {"كاروج": "B-ORG"}, [("كاروج", "LOC")]),
    # must not fire: a name kept whole with its descriptor, a quoted name after no place word
    ('وتبنى تنظيم ولاية "سيناء" الهجوم', {"سيناء": "B-ORG"}, [("سيناء", "ORG")]),
    ('وقال "نمروز" إن القتلى سقطوا', {"نمروز": "B-PER"}, [("نمروز", "PER")]),
    ('وقال والي ولاية نمروز إن', {"نمروز": "B-PER"}, [("نمروز", "PER")]),  # (unquoted: the CRF's)
])
def test_a_quoted_name_right_after_a_place_word_is_a_place(text, tags, expected):
    assert mentions(run(text, tags)) == expected


def test_an_unlisted_place_name_in_quotation_marks_after_a_place_word_is_found():
    from rasd.stages.ner.cued import cued_names
    doc = make_text({}, None)(Document.from_article(Article(text='وصلت البعثة إلى قرية "نويل" أمس وقرية "')))
    got = [(doc.tokens[i].text, lab) for i, _j, lab in cued_names(doc.tokens, lambda w: True)]
    assert got == [("نويل", "LOC")]  # (an unclosed quotation mark: nothing)


def test_a_front_named_by_its_fighters_is_a_group_not_a_place():
    from rasd.stages.ner.cued import cued_names
    doc = make_text({}, None)(Document.from_article(Article(
        text="قتل عشرة من جبهة المناضلين الشعبية، وتقدمت القوات في جبهة العند وبجبهة المرابطين")))
    got = [(" ".join(t.text for t in doc.tokens[i:j]), lab) for i, j, lab in cued_names(doc.tokens, lambda w: True)]
    # a front line stays a place; with a proclitic on جبهة no group is guessed
    assert got == [("جبهة المناضلين", "ORG"), ("العند", "LOC")]


def test_a_forces_name_without_its_head_word_is_the_force():
    from rasd.stages.ner.org_context import short_force_names
    text = "وقالت قوات ليبيا الديمقراطية إنها تقدمت. وأضافت ليبيا الديمقراطية أن المعارك مستمرة في ليبيا."
    spans = [(_span(text, "قوات ليبيا الديمقراطية"), "ORG", None), (_span(text, "ليبيا", 1), "LOC", None),
             (_span(text, "ليبيا", 2), "LOC", None)]
    got = short_force_names(text, spans)
    assert sorted((sp.text, lab) for sp, lab, _a in got) == sorted([
        ("ليبيا", "LOC"), ("ليبيا الديمقراطية", "ORG"), ("قوات ليبيا الديمقراطية", "ORG")])
    # with the force's actor in the lexicon the short name joins its entity
    text = "وقالت قوات سوريا الديمقراطية إنها تقدمت. وأضافت سوريا الديمقراطية أن"
    spans = [(_span(text, "قوات سوريا الديمقراطية"), "ORG", None), (_span(text, "سوريا", 1), "LOC", None)]
    (ent,) = group_entities(short_force_names(text, spans), ActorLexicon.load(), text)
    assert [m.text for m in ent.mentions] == ["قوات سوريا الديمقراطية", "سوريا الديمقراطية"]
    # nothing named inside the short form: a phrase, not the force
    text = "وقالت قوات الأمن الداخلي إنها تقدمت. وأضاف أن الأمن الداخلي مستقر."
    spans = [(_span(text, "قوات الأمن الداخلي"), "ORG", None)]
    assert short_force_names(text, spans) == spans


@pytest.mark.parametrize("text, tags, expected", [
    ("حيث عين سامي نوري رئيسا للأركان", {"عين": "B-PER", "سامي": "I-PER", "نوري": "I-PER"}, [("سامي نوري", "PER")]),
    ("أفرج عن المسجون كارلوس مندوزا أمس", {"المسجون": "B-PER", "كارلوس": "I-PER", "مندوزا": "I-PER"},
     [("كارلوس مندوزا", "PER")]),
    ("وعين الرئيس نايف الحربي محافطا", {"نايف": "B-PER", "الحربي": "I-PER", "محافطا": "I-PER"},
     [("نايف الحربي", "PER")]),  # an accusative title, misspelt by a letter
    ("وقال نصر الله كريمي إن", {"الله": "B-PER", "كريمي": "I-PER"}, [("نصر الله كريمي", "PER")]),
    # must not fire: a place, a whole name, a name of one word
    ("وزار عين العرب", {"عين": "B-LOC", "العرب": "I-LOC"}, [("عين العرب", "LOC")]),
    ("وقال سيف الإسلام إن", {"سيف": "B-PER", "الإسلام": "I-PER"}, [("سيف الإسلام", "PER")]),
    ("وقال المعتقل إن", {"المعتقل": "B-PER"}, [("المعتقل", "PER")]),
])
def test_a_persons_mention_loses_a_verb_a_state_word_or_a_title_and_keeps_a_compound(text, tags, expected):
    assert mentions(run(text, tags)) == expected


@pytest.mark.parametrize("text, code", [
    ("وقالت قوات مكافحة الإرهاب في المكلا إنها اعتقلت خلية", None),  # another country's body
    ("وقالت قوات مكافحة الإرهاب العراقية إنها اعتقلت خلية", "IRQSPY"),
    ("وقال جهاز مكافحة الإرهاب إن قواته دخلت حيا في العراق", "IRQSPY"),
])
def test_a_country_bound_alias_gets_its_code_only_in_that_countrys_story(text, code):
    tags = {"قوات": "B-ORG", "جهاز": "B-ORG", "مكافحة": "I-ORG", "الإرهاب": "I-ORG"}
    lexicon = ActorLexicon({key(w): ("IRQSPY", "iq_cts") for w in ("قوات مكافحة الإرهاب", "جهاز مكافحة الإرهاب")}, {})
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    (ent,) = [e for e in NerStage(StubModel(tags), lexicon)(doc).entities if e.label == "ORG"]
    assert (ent.actor.code if ent.actor else None) == code


@pytest.mark.parametrize("text, tags, expected, absent", [
    # an age in parentheses: the chunk is a person, with the name word before the age
    ("حكم على المتهم، عمران علي (24 عاما)، بالسجن. واعترف علي بالجريمة.", {"عمران": "B-LOC"},
     [("عمران علي", "PER"), ("علي", "PER")], [("على", "PER"), ("عمران", "LOC")]),
    # a person noun before the chunk
    ("وأصيب الشاب، سامر في المواجهات.", {"سامر": "B-LOC"}, [("سامر", "PER")], [("سامر", "LOC")]),
    # no name before the age: nothing
    ("واعتقلت الشرطة طالب حقوق (20 عاما) في المدينة.", {}, [], [("حقوق", "PER")]),
    # an article that writes على as علي: the short family name does not join
    ("حكم المتهم، عمران علي (24 عاما) وصادق علي الحكم.", {"عمران": "B-LOC"},
     [("عمران علي", "PER")], [("علي", "PER")]),
])
def test_a_name_in_a_persons_frame_is_a_person(text, tags, expected, absent):
    got = mentions(run(text, tags))
    for x in expected:
        assert x in got
    for x in absent:
        assert x not in got


@pytest.mark.parametrize("text, tags, expected", [
    # no proclitic between a construct place word and its name: the letter is the name's
    ("هاجموا قاعدة في منطقة بالامرغاب أمس", {"بالامرغاب": "B-LOC"}, ("بالامرغاب", "LOC")),
    ('هاجموا قاعدة في منطقة "بالامرغاب" أمس', {"بالامرغاب": "B-LOC"}, ("بالامرغاب", "LOC")),
    ("عملية في روما ومدينة لاتينا القريبة", {"لاتينا": "B-LOC"}, ("لاتينا", "LOC")),
    # guards: a clitic on the place word itself; و + ال after it goes on a list
    ("اشتباكات بمدينة بنغازي أمس", {"بنغازي": "B-LOC"}, ("بنغازي", "LOC")),
    ("وصلوا إلى بلدة والقاهرة أمس", {"والقاهرة": "B-LOC"}, ("القاهرة", "LOC")),
    # elsewhere a preposition still comes off
    ("قصف بنابلس اليوم", {"بنابلس": "B-LOC"}, ("نابلس", "LOC")),
])
def test_no_proclitic_is_split_off_a_name_right_after_a_construct_place_word(text, tags, expected):
    assert expected in mentions(run(text, tags, {"اتينا": "LOCB", "نابلس": "LOCB"}))


def _entities_of(doc):
    return sorted(sorted(m.text for m in e.mentions) for e in doc.entities if e.label == "PER")


def test_a_persons_other_name_in_parentheses_is_the_same_person():
    doc = run("وقال الرئيس أبو مازن (محمود عباس) إن الوضع صعب",
              {"أبو": "B-PER", "مازن": "I-PER", "محمود": "B-PER", "عباس": "I-PER"})
    assert _entities_of(doc) == [["أبو مازن", "محمود عباس"]]


_APART_TAGS = {"أحمد": "B-PER", "علاونة": "I-PER", "سلمان": "B-PER", "بن": "I-PER", "عبد": "I-PER", "العزيز": "I-PER"}


@pytest.mark.parametrize("text, tags, expected", [
    # a bare given name with its own apposition is not the full name named later
    ("طلب الجنود من أحمد، الابن البكر للشهيد، الخروج. وقتل الجنود أحمد علاونة أمس.", _APART_TAGS,
     [["أحمد"], ["أحمد علاونة"]]),
    # without one it joins
    ("طلب الجنود من أحمد الخروج. وقتل الجنود أحمد علاونة أمس.", _APART_TAGS, [["أحمد", "أحمد علاونة"]]),
    # an eponym after a group word is not the full name of another bearer
    ("وقصفت مليشيات الحوثي الأحياء، وقال القيادي عبدالخالق الحوثي إن الهجوم فشل.",
     {"الحوثي": "I-PER", "عبدالخالق": "B-PER"}, [["الحوثي"], ["عبدالخالق الحوثي"]]),
    # "نجله" (his son, an object) is no apposition of the king
    ("وقرر الملك سلمان بن عبد العزيز تعيين سلمان نجله الأمير.", _APART_TAGS, [["سلمان", "سلمان بن عبد العزيز"]]),
])
def test_a_bare_name_with_an_apposition_or_after_a_group_word_stands_apart(text, tags, expected):
    assert _entities_of(run(text, tags)) == expected


@pytest.mark.parametrize("text, tags, expected", [
    # a proper name between an outlet's type word and a nationality adjective: the name alone
    ("ذكرت وكالة الاناضول التركية أن الهجوم وقع", {"وكالة": "B-ORG", "الاناضول": "I-ORG", "التركية": "I-ORG"},
     ("الاناضول", "ORG")),
    ('وقالت صحيفة "سرنوشت الأفغانية" إن القتلى كثيرون', {}, ("سرنوشت", "ORG")),
    # after أنباء only the adjective goes
    ("ونقلت وكالة أنباء فارس الإيرانية عن مصدر", {"وكالة": "B-ORG", "أنباء": "I-ORG", "فارس": "I-ORG",
                                                  "الإيرانية": "I-ORG"}, ("وكالة أنباء فارس", "ORG")),
    # a common noun names the agency: the adjective is its name's
    ("وقالت وكالة الأنباء السورية إن الجيش تقدم", {"وكالة": "B-ORG", "الأنباء": "I-ORG", "السورية": "I-ORG"},
     ("وكالة الأنباء السورية", "ORG")),
    ('ونشرت مجلة "الدراسات الفلسطينية" بحثا', {}, ("الدراسات الفلسطينية", "ORG")),
])
def test_an_outlets_proper_name_drops_the_nationality_adjective(text, tags, expected):
    from rasd.stages.ner.prior import prior_key
    model = StubModel(tags, {"التركية": "NAT", "الأفغانية": "NAT", "الإيرانية": "NAT", "السورية": "NAT"})
    model.features.prior = {prior_key("الأنباء"): (0, "")}  # seen untagged: a common noun
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    assert expected in mentions(NerStage(model, ActorLexicon.load())(doc))


@pytest.mark.parametrize("text, tags, expected, absent", [
    # a listed name, إن and a clause: the name, then the place
    ("تقول سي أن أن إن السعودية قد تبرر موقفها",
     {"سي": "B-ORG", "أن": "I-ORG", "إن": "I-ORG", "السعودية": "I-ORG"},
     [("سي أن أن", "ORG"), ("السعودية", "LOC")], [("سي أن أن إن السعودية", "ORG")]),
    # two listed names joined by و
    ("وطالب حركتي حماس والجهاد الإسلامي بالاجتماع", {"حماس": "B-ORG", "والجهاد": "I-ORG", "الإسلامي": "I-ORG"},
     [("حماس", "ORG"), ("الجهاد الإسلامي", "ORG")], [("حماس والجهاد الإسلامي", "ORG")]),
    # و inside one name whose halves are not both listed stays
    ("وفاز حزب الأمل والعمل بالانتخابات", {"حزب": "B-ORG", "الأمل": "I-ORG", "والعمل": "I-ORG"},
     [("حزب الأمل والعمل", "ORG")], []),
])
def test_an_organisation_chunk_splits_at_a_clause_particle_or_between_two_listed_names(text, tags, expected, absent):
    got = mentions(run(text, tags, {"السعودية": "LOCB"}))
    for x in expected:
        assert x in got
    for x in absent:
        assert x not in got


_PEOPLES = {"ألمان": "NAT|PERT", "فرنسيون": "NAT", "السعوديين": "NAT", "الحوثيين": "NAT", "سورية": "LOCB|NAT"}


@pytest.mark.parametrize("text, tags, expected, absent", [
    # a nationality word in a list of peoples is no person
    ("أطلقت سراح دواعش أجانب، بينهم فرنسيون وألمان، خلال صفقات", {"وألمان": "B-PER"}, [], [("ألمان", "PER")]),
    # a listed group's members stay the group
    ("تجري محادثات بين السعوديين والحوثيين في عمان", {"والحوثيين": "B-ORG"}, [("الحوثيين", "ORG")], []),
    # "سورية" after a broken plural is the adjective
    ("وقاتلت عناصر تابعة لفصائل سورية موالية لتركيا", {"سورية": "B-LOC"}, [], [("سورية", "LOC")]),
    ("ووصل الوفد إلى سورية أمس", {"سورية": "B-LOC"}, [("سورية", "LOC")], []),
])
def test_a_people_in_a_list_and_an_adjective_after_a_plural_are_no_names(text, tags, expected, absent):
    got = mentions(run(text, tags, _PEOPLES))
    for x in expected:
        assert x in got
    for x in absent:
        assert x not in got


def _run_with_prior(text: str, table: dict[str, str], prior: dict, names: dict[str, str] | None = None) -> Document:
    from rasd.stages.ner.prior import prior_key
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    stage = NerStage(StubModel(table, names), ActorLexicon.load())
    stage.model.features.prior = {prior_key(k): v for k, v in prior.items()}
    return stage(doc)


_NO_NAME, _PLACE = (("up=O:hi",), ()), (("up=LOC:hi",), ("upt=LOC",))


@pytest.mark.parametrize("text, tags, expected, absent", [
    # an indefinite accusative noun before or after an indefinite -يا adjective is no town
    ("وتلقت زوجته بريدا إلكترونيا من الشركة", {"بريدا": "B-LOC"}, [], [("بريدا", "LOC")]),
    ("فرضت السلطات حصارا جويا وبحريا وبريا محكما", {"وبريا": "B-LOC"}, [], [("بريا", "LOC")]),
    # a word the priors saw mostly as a place stays, adverb or list after it
    ("وزار الوزير سوريا رسميا أمس", {"سوريا": "B-LOC"}, [("سوريا", "LOC")], []),
    ("ووصل إلى إيطاليا وإسبانيا أمس", {"إيطاليا": "B-LOC", "وإسبانيا": "B-LOC"},
     [("إيطاليا", "LOC"), ("إسبانيا", "LOC")], []),
    # a town in -ا with no -يا word beside it stays
    ("ووصل الوفد إلى بريدا أمس", {"بريدا": "B-LOC"}, [("بريدا", "LOC")], []),
])
def test_an_accusative_noun_beside_an_indefinite_adjective_is_no_place(text, tags, expected, absent):
    prior = {"بريدا": _NO_NAME, "بريا": _NO_NAME, "إلكترونيا": _NO_NAME, "جويا": _NO_NAME, "بحريا": _NO_NAME,
             "رسميا": _NO_NAME, "سوريا": _PLACE, "إيطاليا": _PLACE, "إسبانيا": _PLACE}
    got = mentions(_run_with_prior(text, tags, prior, {"إيطاليا": "LOCB", "إسبانيا": "LOCB"}))
    for x in expected:
        assert x in got
    for x in absent:
        assert x not in got


@pytest.mark.parametrize("text, tags, expected, absent", [
    # a common noun alone with ال is no place or paper
    ("ووقعت اشتباكات في منطقة المفاليس بالمديرية ذاتها", {"بالمديرية": "B-LOC"}, [], [("المديرية", "LOC")]),
    ("وتمركزوا على الحدود السورية", {"الحدود": "B-LOC", "السورية": "I-LOC"}, [], [("الحدود", "LOC")]),
    ("وقصفوا المواطنين بالمدينة أمس", {"بالمدينة": "B-ORG"}, [], [("المدينة", "ORG")]),
    # in quotation marks it is the paper; as a longer name's first word it stays
    ("وقال لـ «المدينة» إن القصف مستمر", {"المدينة": "B-ORG"}, [("المدينة", "ORG")], []),
    ("وقال متحدث باسم البيت الأبيض إن", {"البيت": "B-ORG", "الأبيض": "I-ORG"}, [("البيت الأبيض", "ORG")], []),
])
def test_a_generic_noun_alone_is_no_name(text, tags, expected, absent):
    got = mentions(run(text, tags, {"السورية": "NAT", "الحدود": "LOCS"}))
    for x in expected:
        assert x in got
    for x in absent:
        assert x not in got


@pytest.mark.parametrize("text, tags, expected", [
    # the tagger stops before علي, or it is cut as the preposition على it folds into
    ("وانسحب المحامي خالد علي من السباق على الفور.", {"خالد": "B-PER"}, [("خالد علي", "PER")]),
    ("وانسحب المحامي خالد علي من سباق المجلس الأعلى.", {"خالد": "B-PER", "علي": "I-PER"},
     [("خالد علي", "PER")]),
    # an article that writes the preposition as علي: no name
    ("وانسحب المحامي خالد علي الفور.", {"خالد": "B-PER"}, [("خالد", "PER")]),
])
def test_ali_after_a_persons_name_is_the_name_where_the_article_writes_ala_with_alif_maqsura(text, tags, expected):
    assert mentions(run(text, tags)) == expected


def test_ali_that_starts_another_persons_chunk_stays_there():
    got = mentions(run("وقال الشيخ خالد علي بن سعد على الفور.", {"خالد": "B-PER", "علي": "B-PER", "بن": "I-PER",
                                                                 "سعد": "I-PER"}))
    assert ("خالد", "PER") in got and ("علي بن سعد", "PER") in got


@pytest.mark.parametrize("text, expected", [
    # after a role: a listed given name (listed as a place too) and one word, closed by a particle
    ("وقال الطبيب أشرف القدرة إن الشهداء كثر", [("أشرف القدرة", "PER")]),
    ("وصرح المتحدث باسم الوزارة أشرف القدرة في بيان أن المظاهرات مستمرة", [("أشرف القدرة", "PER")]),
    # no given name, or a noun with a preposition after the given-name-like word: nothing
    ("وقال المتحدث باسم الوزارة إن الوضع خطير", []),
    ("وقال الطبيب الكونغولي إن الوضع خطير", []),
])
def test_a_two_word_name_after_a_role_closed_by_a_particle_is_a_person(text, expected):
    assert mentions(run(text, {}, {"أشرف": "PERF|LOCB|PERT", "وعد": "PERF", "الكونغولي": "NAT"})) == expected


def test_a_closed_pair_is_no_verb_and_a_noun_with_a_preposition():
    from rasd.stages.ner.role_names import closed_pair
    types = {norm_key("وعد"): frozenset({"PERF"}), norm_key("أشرف"): frozenset({"PERF", "LOCB"})}
    words = "وقال الوزير إنه وعد بالعمل على حل".split()
    assert not closed_pair(words, 3, lambda w: types.get(norm_key(w), frozenset()), set())
    words = "وقال الطبيب أشرف القدرة إن".split()
    assert closed_pair(words, 2, lambda w: types.get(norm_key(w), frozenset()), set())


@pytest.mark.parametrize("text, tags, expected", [
    # a place chunk ending in a linking particle joins the place chunk after it
    ("هاجم الثوار منشأة في سانتياغو دي كوبا عام 1953", {"سانتياغو": "B-LOC", "دي": "I-LOC", "كوبا": "B-LOC"},
     [("سانتياغو دي كوبا", "LOC")]),
    # two places with no particle between, or a comma, stay two
    ("وصل الوفد إلى دمشق سوريا أمس", {"دمشق": "B-LOC", "سوريا": "B-LOC"}, [("دمشق", "LOC"), ("سوريا", "LOC")]),
    ("زار سانتياغو دي ، كوبا أمس", {"سانتياغو": "B-LOC", "دي": "I-LOC", "كوبا": "B-LOC"},
     [("سانتياغو دي", "LOC"), ("كوبا", "LOC")]),
])
def test_a_place_ending_in_a_linking_particle_joins_the_next_place(text, tags, expected):
    assert mentions(run(text, tags)) == expected


@pytest.mark.parametrize("text, tags, expected", [
    # a particle left alone before a title is no name (its key is فان, a name's "van")
    ("وحسب البيان فإن الوزير غندور نصح الفريق", {"فإن": "B-PER", "الوزير": "I-PER", "غندور": "I-PER"},
     [("غندور", "PER")]),
    # the name's van stays
    ("وقال المخرج فان خوخ إن الفيلم جاهز", {"فان": "B-PER", "خوخ": "I-PER"}, [("فان خوخ", "PER")]),
])
def test_a_particle_before_a_title_is_no_name(text, tags, expected):
    assert mentions(run(text, tags)) == expected


@pytest.mark.parametrize("text, tags, expected", [
    # a place chunk after a place word that runs on into a listed name and a nisba: cut there
    ("وقال مدير ناحية القيارة صالح الجبوري إن المسلحين فروا",
     {"القيارة": "B-LOC", "صالح": "I-LOC", "الجبوري": "I-LOC"}, [("القيارة", "LOC"), ("صالح الجبوري", "PER")]),
    # no place word before it, or no nisba at the end: whole
    ("وقال إن القيارة صالح الجبوري تضررت", {"القيارة": "B-LOC", "صالح": "I-LOC", "الجبوري": "I-LOC"},
     [("القيارة صالح الجبوري", "LOC")]),
    ("وسيطرت القوات على مديرية بيت الفقيه صالح", {"بيت": "B-LOC", "الفقيه": "I-LOC", "صالح": "I-LOC"},
     [("بيت الفقيه صالح", "LOC")]),
])
def test_a_place_after_a_place_word_running_into_a_person_is_cut(text, tags, expected):
    assert mentions(run(text, tags, {"صالح": "PERT|LOCS"})) == expected


@pytest.mark.parametrize("text, tags, expected", [
    # after "يدعى" the next words are a person's name, up to a particle or a verb
    ("وقتل أحد عناصر الحزب ويدعى كيان اشتر في الهجوم", {"اشتر": "B-MISC"}, [("كيان اشتر", "PER")]),
    ("وقال محتج يدعى منتظر حاتم في البصرة", {"حاتم": "B-PER"}, [("منتظر حاتم", "PER")]),
    # "ما يسمى" is "so-called"; a line break ends the name
    ("التي تقوم بها ما يسمى الهيئة التسييرية أمس", {}, []),
    ("ويدعى حسين\nمحمد محسن في الهجوم", {"محمد": "B-PER", "محسن": "I-PER"}, [("محمد محسن", "PER")]),
])
def test_the_words_after_yudaa_are_a_persons_name(text, tags, expected):
    assert mentions(run(text, tags)) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name in no list but mostly a person's in the priors, after a role, closed by a particle
    ("وقال الناطق باسم الجيش أفيخاي أدرعي على صفحته", [("أفيخاي أدرعي", "PER")]),
    # a word the priors saw mostly untagged is no given name
    ("وقال الناطق باسم الجيش صباح اليوم على صفحته", []),
])
def test_a_given_name_the_priors_know_opens_a_closed_pair_after_a_role(text, expected):
    prior = {"أفيخاي": (("up=PER:hi",), ("upt=PER",)), "صباح": _NO_NAME, "اليوم": _NO_NAME}
    assert mentions(_run_with_prior(text, {}, prior)) == expected


@pytest.mark.parametrize("text, names, groups", [
    # a short form of the one longer body named: adjectives after it, or a longer listed name
    ("حمل الجيش فيلق القدس الإيراني المسؤولية. وقال إن فيلق القدس أطلق الصواريخ.",
     ["فيلق القدس الإيراني", "فيلق القدس"], 1),
    ("قال المرصد السوري لحقوق الإنسان إن القصف استمر. وأضاف المرصد أن القتلى كثر.",
     ["المرصد السوري لحقوق الإنسان", "المرصد"], 1),
    # an unlisted longer chunk that adds other words, or two longer names: apart
    ("دعت الأمم المتحدة السامي لحقوق الإنسان إلى التحقيق، وقالت الأمم المتحدة إن الوضع خطير.",
     ["الأمم المتحدة السامي لحقوق الإنسان", "الأمم المتحدة"], 2),
    ("دعا الاتحاد الأوروبي والاتحاد الأفريقي إلى الهدوء، وقال الاتحاد إن الوضع خطير.",
     ["الاتحاد الأوروبي", "الاتحاد الأفريقي", "الاتحاد"], 3),
])
def test_an_organisations_short_form_joins_its_one_longer_name(text, names, groups):
    spans = [(_span(text, n, 2 if n == "الاتحاد" else 0), "ORG") for n in names]
    assert len(group_entities(spans, ActorLexicon.load(), text)) == groups


@pytest.mark.parametrize("text, tags, expected", [
    # one word the priors saw mostly as a person's name, tagged ORG: the person
    ("قبول إدارة أوباما إقامة المنطقة الآمنة", {"أوباما": "B-ORG"}, [("أوباما", "PER")]),
    # not a listed group's name, nor a word the priors did not see as a person's
    ("وقالت حماس إن الهدنة انتهت", {"حماس": "B-ORG"}, [("حماس", "ORG")]),
    ("وقالت غوغل إن الخدمة عادت", {"غوغل": "B-ORG"}, [("غوغل", "ORG")]),
])
def test_one_word_org_that_is_mostly_a_persons_name_is_the_person(text, tags, expected):
    prior = {"أوباما": (("up=PER:hi",), ("upt=PER",)), "حماس": (("up=PER:hi",), ("upt=PER",)),
             "غوغل": (("up=ORG:hi",), ("upt=ORG",))}
    assert mentions(_run_with_prior(text, tags, prior)) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed given name after a comma, before a one-word person's chunk: the name is whole
    ("منحت الجائزة للعراقية الأيزيدية، نادية مراد، لجهودها", [("نادية مراد", "PER")]),
    # not without the comma (an adjective or a noun before), nor a given name listed as a place
    ("وقالت الناشطة نادية مراد إنها سعيدة", [("مراد", "PER")]),
    ("وصل الوفد، عمان مراد، أمس", [("مراد", "PER")]),
])
def test_a_given_name_opening_an_apposition_joins_the_person(text, expected):
    assert mentions(run(text, {"مراد": "B-PER"}, {"نادية": "PERF", "عمان": "PERF|LOCB"})) == expected


# 2026-11-29 (ner48b): the outlet told, after a long subject or an unlisted speech verb, is known by
# what was told coming next (a colon, إن/أن)
@pytest.mark.parametrize("text,name", [
    ('وقال رئيس لجنة المتابعة في المجلس البلدي المهندس سامر الخطيب لـ"الأفق": إن المشروع تأخر.', "الأفق"),
    ('وفي التفاصيل التي نقلتها مصادر مطلعة لـ"البشائر" أن العمل توقف.', "البشائر"),
    # must not fire: a quoted phrase after لـ with nothing told next
    ('وقد تعرض العمال في الموقع لـ"معاملة قاسية" أمس.', None),
])
def test_outlet_told_before_what_was_told(text, name):
    from rasd.stages.ner.org_context import told_outlets
    got = [(sp.text, lab) for sp, lab, _a in told_outlets(text, [])]
    assert got == ([(name, "ORG")] if name else [])
