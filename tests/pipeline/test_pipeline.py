"""Pipeline assembly, config, streaming and the failure policy."""
from __future__ import annotations

import pytest

import rasd
from rasd.errors import ConfigError, StageError
from rasd.model import Article, Entity, Span
from rasd.model.validate import validate_record
from rasd.pipeline import Failure, Pipeline, PipelineConfig, check_order, default_config, register_stage

TEXT = "بغداد - قُتل ثلاثة مدنيين في قصف بالموصل. وقال مسؤول إن الوضع سيء."


class Stage:
    def __init__(self, name, requires=(), assigns=(), fn=None):
        self.name, self.requires, self.assigns, self.fn = name, tuple(requires), tuple(assigns), fn

    def __call__(self, doc):
        return self.fn(doc) if self.fn else doc


def first_token_entity(doc):
    tok = doc.tokens[0]
    doc.entities.append(Entity("e1", "LOC", tok.text, [Span(tok.start, tok.end, tok.text)]))
    return doc


@register_stage("test_first_entity")
def _make_first(config, resources=None):
    return Stage("test_first_entity", ("tokens",), ("entities",), first_token_entity)


@register_stage("test_fail_on_bad")
def _make_fail(config, resources=None):
    word = config.get("word", "سيء")

    def fn(doc):
        if word in doc.text:
            raise ValueError(f"found {word}")
        return doc
    return Stage("test_fail_on_bad", ("text",), (), fn)


TOML = '[pipeline]\nstages = ["text", "test_first_entity"]\n'


def test_requires_checked_at_build() -> None:
    with pytest.raises(ConfigError, match="requires tokens"):
        check_order([Stage("ner", ("tokens",), ("entities",))])
    check_order([Stage("text", ("text",), ("norm", "tokens", "sentences")), Stage("ner", ("tokens",), ())])


def test_bad_order_in_toml_raises_config_error() -> None:
    with pytest.raises(ConfigError):
        rasd.load_pipeline('[pipeline]\nstages = ["test_first_entity", "text"]\n')


def test_toml_config_builds_the_named_stages_with_options() -> None:
    cfg = PipelineConfig.from_toml(
        '[pipeline]\nstages = ["text", "test_fail_on_bad"]\non_error = "record"\n'
        '[stages.test_fail_on_bad]\nword = "بغداد"\n')
    assert cfg.stages == ["text", "test_fail_on_bad"] and cfg.on_error == "record"
    nlp = Pipeline.from_config(cfg)
    assert nlp.stage_names == ["text", "test_fail_on_bad"]
    list(nlp.pipe([Article(TEXT, id="x")]))
    assert nlp.failures == [Failure("x", "test_fail_on_bad", "E021", "ValueError: found بغداد")]


@pytest.mark.parametrize("toml", ['[pipeline]\nstages = "text"\n', "[pipeline\n",
                                  '[pipeline]\nstages = ["text"]\non_error = "ignore"\n',
                                  '[pipeline]\nstages = ["no_such_stage"]\n'])
def test_bad_configs(toml: str) -> None:
    with pytest.raises(ConfigError):
        rasd.load_pipeline(toml)


def test_default_config_lists_the_stages_in_order() -> None:
    cfg = default_config()
    assert cfg.stages[0] == "text" and cfg.stages[-1] == "events" and cfg.on_error == "raise"


def test_text_stage_fills_norm_tokens_sentences() -> None:
    doc = rasd.load_pipeline('[pipeline]\nstages = ["text"]\n')(TEXT)
    assert doc.norm.text.startswith("بغداد - قتل")
    assert [s.text for s in doc.sentences][0] == "بغداد - قُتل ثلاثة مدنيين في قصف بالموصل."
    assert all(TEXT[t.start:t.end] == t.text for t in doc.tokens)


def test_process_returns_a_valid_record(monkeypatch) -> None:
    monkeypatch.setattr(rasd, "_DEFAULT", rasd.load_pipeline(TOML))
    rec = rasd.process(TEXT, published="2024-02-12", doc_id="d1", title="عنوان")
    assert rec["schema"] == "rasd/1" and rec["doc"]["id"] == "d1" and rec["doc"]["title"] == "عنوان"
    assert rec["entities"][0]["mentions"][0]["text"] == "بغداد"
    assert validate_record(rec, TEXT) == []


def test_pipe_as_tuples_keeps_context_and_order() -> None:
    nlp = rasd.load_pipeline(TOML)
    items = [(Article(TEXT + " " * i, id=f"d{i}"), {"n": i}) for i in range(7)]
    out = list(nlp.pipe(items, as_tuples=True, batch_size=3))
    assert [ctx["n"] for _, ctx in out] == list(range(7))
    assert [doc.meta.id for doc, _ in out] == [f"d{i}" for i in range(7)]


def test_pipe_is_lazy_in_batches() -> None:
    nlp = rasd.load_pipeline(TOML)
    pulled = []

    def source():
        for i in range(10):
            pulled.append(i)
            yield Article(TEXT, id=str(i))

    stream = nlp.pipe(source(), batch_size=4)
    next(stream)
    assert len(pulled) == 4


def test_failure_policy_raise_by_default() -> None:
    nlp = rasd.load_pipeline('[pipeline]\nstages = ["text", "test_fail_on_bad"]\n')
    with pytest.raises(StageError) as info:
        list(nlp.pipe([Article("قصف بغداد", id="ok"), Article(TEXT, id="bad")]))
    assert info.value.stage == "test_fail_on_bad" and info.value.doc_id == "bad"


def test_failure_policy_record_collects_and_continues() -> None:
    nlp = rasd.load_pipeline('[pipeline]\nstages = ["text", "test_fail_on_bad"]\non_error = "record"\n')
    docs = list(nlp.pipe([Article("قصف بغداد", id="a"), Article(TEXT, id="b"), Article("قصف حلب", id="c")]))
    assert [d.meta.id if d else None for d in docs] == ["a", None, "c"]
    assert nlp.failures == [Failure("b", "test_fail_on_bad", "E021", "ValueError: found سيء")]


class BatchStage(Stage):
    """A stage with `pipe(docs)`: records the batches it saw; fails a whole batch that holds
    a document with `bad` in it (as a batched stage would when one input breaks it)."""

    def __init__(self, bad="سيء"):
        super().__init__("test_batch", ("tokens",), ("entities",), first_token_entity)
        self.bad, self.batches = bad, []

    def pipe(self, docs):
        self.batches.append([d.meta.id for d in docs])
        if any(self.bad in d.text for d in docs):
            raise RuntimeError("batch broken")
        return [self(d) for d in docs]

    def __call__(self, doc):
        if self.bad in doc.text:
            raise ValueError("bad document")
        return first_token_entity(doc)


def _batch_pipeline(stage, on_error="raise"):
    text = rasd.load_pipeline('[pipeline]\nstages = ["text"]\n').stages[0]
    return Pipeline([text, stage], on_error=on_error)


def test_run_many_gives_a_batch_stage_all_documents_at_once() -> None:
    stage = BatchStage()
    nlp = _batch_pipeline(stage)
    docs = nlp.run_many([Article("قصف بغداد", id="a"), Article("قصف حلب", id="b")])
    assert stage.batches == [["a", "b"]]
    assert [d.entities[0].name for d in docs] == ["قصف", "قصف"]


def test_run_many_isolates_the_document_that_breaks_a_batch() -> None:
    stage = BatchStage()
    nlp = _batch_pipeline(stage)
    out = nlp.run_many([Article("قصف بغداد", id="a"), Article(TEXT, id="b"), Article("قصف حلب", id="c")])
    assert isinstance(out[1], StageError) and out[1].doc_id == "b" and out[1].stage == "test_batch"
    assert [d.meta.id for d in (out[0], out[2])] == ["a", "c"]
    assert out[0].entities and out[2].entities  # rerun one by one after the batch failed


def test_pipe_with_a_batch_stage_records_failures_in_input_order() -> None:
    nlp = _batch_pipeline(BatchStage(bad="حلب"), on_error="record")
    items = [Article("قصف حلب", id="x"), Article("قصف بغداد", id="y"), Article("حلب مرة أخرى", id="z")]
    docs = list(nlp.pipe(items, batch_size=3))
    assert [d.meta.id if d else None for d in docs] == [None, "y", None]
    assert [f.doc_id for f in nlp.failures] == ["x", "z"]


def test_run_many_equals_one_by_one_on_the_default_pipeline() -> None:
    from rasd.model import to_record

    nlp = rasd.load_pipeline()
    texts = [TEXT, "أعلنت وزارة الصحة في غزة مقتل خمسة أشخاص في غارة على رفح يوم الاثنين.",
             "تظاهر مئات الطلاب في الخرطوم ضد الحكومة.", "No Arabic here at all."]
    arts = [Article(t, id=str(i), published="2024-03-04") for i, t in enumerate(texts)]
    batched = [to_record(d) for d in nlp.run_many(arts)]
    assert batched == [to_record(nlp(a)) for a in arts]


@pytest.mark.parametrize("published", ["yesterday", "2024-13-45", "12/02/2024", 20240212])
def test_process_refuses_a_published_that_is_no_date(published):
    """rasd.process(text, published="yesterday") returned a record with doc.published and the
    event dates set to 'yesterday', which the rasd/1 schema refuses."""
    import rasd
    from rasd.errors import InputError

    with pytest.raises(InputError) as info:
        rasd.process("قتل ثلاثة مدنيين في قصف على حلب الأحد", published=published)
    assert info.value.code == "E006" and "published" in info.value.message
