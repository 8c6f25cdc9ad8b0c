"""The fast run-time paths of the NER model give exactly the scores and paths of the plain
per-sentence computations they replace (invented Arabic data, random weights)."""
from __future__ import annotations

import itertools
import random

import numpy as np

from rasd.stages.ner.fastcrf import LinearCRF
from rasd.stages.ner.features import FeatureExtractor, doc_memory_features, doc_memory_ids
from rasd.stages.ner.gazetteer import Gazetteer
from rasd.stages.ner.stack import Stack

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
WORDS = ["قال", "الرئيس", "سعيد", "بن", "علي", "في", "بغداد", "وبغداد", "إن", "الوفد", "وصل",
         "إلى", "دمشق", "الأمم", "المتحدة", "123", "،", "UN"]


def _sents(seed: int = 5, count: int = 12) -> list[list[str]]:
    rng = random.Random(seed)
    lens = [1, 2, 3] + [rng.randint(1, 14) for _ in range(count - 3)]
    return [[rng.choice(WORDS) for _ in range(n)] for n in lens]


def _extractor() -> FeatureExtractor:
    gaz = Gazetteer({"بغداد": frozenset({"LOC"}), "الامم المتحده": frozenset({"ORG"}),
                     "سعيد": frozenset({"PER"}), "سعيد بن علي": frozenset({"PER"})})
    return FeatureExtractor({"بغداد": ("1", "10", "101")}, gaz)


def _crf(attrs: list[str], seed: int) -> LinearCRF:
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(len(attrs), len(LABELS))).astype(np.float32)
    return LinearCRF(LABELS, attrs, W, rng.normal(size=(len(LABELS), len(LABELS))))


def _stack(fx: FeatureExtractor, sents: list[list[str]]) -> Stack:
    attrs: list[str] = []
    for s in sents:
        for f in fx.sentence(s):
            attrs += f
    attrs += [f for s in sents for fs in FeatureExtractor.guide_features(["O"] * len(s), s)
              for f in fs]
    attrs = list(dict.fromkeys(attrs))
    # each model knows a different part of the attributes (as the real guide/stage1/main do)
    return Stack([_crf(attrs[k::2] or attrs, seed=k) for k in range(3)])


def _piece_emissions(stack: Stack, tokens: list[str], info: list[tuple]) -> np.ndarray:
    """The former per-sentence static emission computation (reference)."""
    get, unk, W = stack.index.get, stack.unk, stack.W
    rows = []
    for inf in info:
        flat = [get(f, unk) for part in inf[:5] for f in part]
        lens = [len(p) for p in inf[:5]]
        offs = np.cumsum([0] + lens[:4])
        v = np.add.reduceat(W[flat], offs, axis=0)
        for k in range(1, 5):
            if not lens[k]:
                v[k] = 0.0
        rows.append(v)
    A = np.stack(rows).astype(np.float64)
    E = A[:, 0].copy()
    n = len(tokens)
    if n > 1:
        E[1:] += A[:-1, 2]
        E[:-1] += A[1:, 3]
    if n > 2:
        E[2:] += A[:-2, 1]
        E[:-2] += A[2:, 4]
    return E


def test_document_emissions_equal_per_sentence_ones():
    fx = _extractor()
    sents = _sents()
    stack = _stack(fx, sents)
    infos = [fx.parts(s)[0] for s in sents]
    got = stack.emissions(sents, infos)
    want = np.concatenate([_piece_emissions(stack, s, i) for s, i in zip(sents, infos)])
    assert got.shape == want.shape
    assert np.array_equal(got, want)  # exact, not approximately
    assert np.array_equal(stack.emissions(sents, infos), want)  # from the cache too


def test_guide_ids_equal_guide_feature_strings():
    fx = _extractor()
    sents = _sents(seed=8)
    stack = _stack(fx, sents)
    rng = random.Random(1)
    tags = [[rng.choice(LABELS) for _ in s] for s in sents]
    words = [fx.parts(s)[1] for s in sents]
    n = sum(map(len, sents))
    a = np.zeros((n, stack.W.shape[1]))
    stack.add(a, [f for g, w in zip(tags, words) for f in fx.guide_features(g, w)])
    b = np.zeros_like(a)
    stack.add_guide(b, tags, words)
    assert np.any(a) and np.array_equal(a, b)


def _old_dyn(fx: FeatureExtractor, tokens: list[str]) -> list[list[str]]:
    info = [fx.word(t) for t in tokens]
    words, stems, n = [x[5] for x in info], [x[6] for x in info], len(info)
    gz = fx.gaz_spans(stems, words)
    dyn = []
    for i in range(n):
        f = ["BOS2"] if i < 2 else []
        f.append("bg-=" + words[i - 1] + "|" + words[i] if i >= 1 else "BOS")
        f.append("bg+=" + words[i] + "|" + words[i + 1] if i + 1 < n else "EOS")
        f += gz[i]
        if i >= 1:
            f += ["-1" + x for x in gz[i - 1]]
        if i + 1 < n:
            f += ["+1" + x for x in gz[i + 1]]
        dyn.append(f)
    return dyn


def test_sentence_features_unchanged_in_content_and_order():
    fx = _extractor()
    sents = _sents(seed=11) + [["قال", "سعيد", "بن", "علي", "في", "بغداد"]]
    for s in sents:
        assert fx.parts(s)[2] == _old_dyn(fx, s)
    assert any("gB=PER" in f for f in fx.parts(sents[-1])[2])


def test_doc_memory_with_looked_up_words_is_the_same():
    fx = _extractor()
    sents = [["سعيد", "بن", "علي", "قال"], ["وقال", "علي", "في", "بغداد"], ["علي", "وعلي"]]
    tags = [["B-PER", "I-PER", "I-PER", "O"], ["O", "B-PER", "O", "B-LOC"], ["O", "B-PER"]]
    plain = doc_memory_features(fx, sents, tags)
    fast = doc_memory_features(fx, sents, tags, infos=[fx.parts(s)[0] for s in sents])
    assert plain == fast
    assert "dm=PERL" in plain[1][1] and "dm=mixed" in plain[1][1]
    assert "dm=O" not in plain[2][0]  # its only O occurrence is itself


def _ids(stack: Stack, rows: list[list[str]]) -> tuple[list[int], list[int]]:
    return [stack.index.get(f, stack.unk) for r in rows for f in r], [len(r) for r in rows]


def test_dynamic_ids_are_the_dynamic_features_ids_in_order():
    fx = _extractor()
    sents = _sents(seed=11) + [["قال", "سعيد", "بن", "علي", "في", "بغداد"], ["a|b", "c"], ["a", "b|c"]]
    stack = _stack(fx, sents)
    for s in sents:
        info, words, gz = fx.lookup(s)
        flat, lens = [], []
        stack.dynamic_ids(words, gz, flat, lens)
        assert (flat, lens) == _ids(stack, fx.parts(s)[2])
    assert any(f != stack.unk for f in flat)


def test_doc_memory_ids_are_the_memory_features_ids_in_order():
    fx = _extractor()
    sents = [["سعيد", "بن", "علي", "قال"], ["وقال", "علي", "في", "بغداد"], ["علي", "وعلي", "،"]]
    tags = [["B-PER", "I-PER", "I-PER", "O"], ["O", "B-PER", "O", "B-LOC"], ["O", "B-PER", "O"]]
    rows = [r for rows in doc_memory_features(fx, sents, tags) for r in rows]
    index = {f: i for i, f in enumerate(dict.fromkeys(f for r in rows for f in r)) if f != "dm=O"}
    flat, lens = [], []
    doc_memory_ids(fx, sents, tags, [fx.parts(s)[0] for s in sents], index.get, -1, flat, lens)
    assert flat == [index.get(f, -1) for r in rows for f in r] and lens == [len(r) for r in rows]
    assert -1 in flat and len(set(flat)) > 4


def _brute(crf: LinearCRF, E: np.ndarray) -> list[str]:
    n, L = E.shape
    best, arg = None, None
    for path in itertools.product(range(L), repeat=n):
        sc = E[0, path[0]] + sum(crf.T[a, b] + E[i + 1, b] for i, (a, b) in enumerate(zip(path, path[1:])))
        if best is None or sc > best:
            best, arg = sc, path
    return [crf.labels[j] for j in arg]


def test_viterbi_batch_exact_for_any_mix_of_lengths():
    rng = np.random.default_rng(4)
    crf = LinearCRF(["O", "B", "I"], ["x"], np.zeros((1, 3)), rng.normal(size=(3, 3)))
    Es = [rng.normal(size=(n, 3)) for n in (3, 1, 5, 0, 2, 5, 4, 1)]
    got = crf.viterbi_batch(Es)
    assert got[3] == []
    assert [len(p) for p in got] == [len(e) for e in Es]
    for E, path in zip(Es, got):
        if len(E):
            assert path == _brute(crf, E)
            assert crf.viterbi(E) == path  # on its own, the same path
    assert crf.viterbi_batch(Es[::-1]) == got[::-1]


def _model(fx: FeatureExtractor, sents: list[list[str]]):
    from rasd.stages.ner.model import NerModel

    attrs: list[str] = []
    for s in sents:
        for f in fx.sentence(s):
            attrs += f
    attrs += [f for s in sents for fs in FeatureExtractor.guide_features(["O"] * len(s), s) for f in fs]
    attrs += ["s1=" + t for t in LABELS] + ["dm=" + x for x in ("PER", "PERL", "LOC", "O", "mixed")]
    attrs = list(dict.fromkeys(attrs))
    guide, stage1, main = (_crf(attrs[k::2] or attrs, seed=10 + k) for k in range(3))
    return NerModel(main, fx, {}, stage1=stage1, guide=guide)


def test_tagging_documents_together_equals_one_by_one():
    fx = _extractor()
    docs = [_sents(seed=s, count=c) for s, c in ((1, 6), (2, 9), (3, 4))] + [[], [["بغداد"]]]
    model = _model(fx, [s for d in docs for s in d])
    alone = [model.tag_document(d) for d in docs]
    assert model.tag_documents(docs) == alone
    assert model.tag_documents(docs[::-1]) == alone[::-1]
    # the memory features really look across a document's sentences: tags can depend on it
    assert any(t != "O" for d in alone for s in d for t in s)


def test_word_table_grows_and_keeps_rows():
    fx = _extractor()
    sents = _sents(seed=21, count=40)
    stack = _stack(fx, sents)
    stack.table = stack.table[:2]  # force the table to grow while words are added
    infos = [fx.parts(s)[0] for s in sents]
    want = np.concatenate([_piece_emissions(stack, s, i) for s, i in zip(sents, infos)])
    for k in range(len(sents)):  # one sentence at a time: the table grows in steps
        stack.emissions(sents[k:k + 1], infos[k:k + 1])
    assert len(stack.table) >= len(stack.cache) > 2
    assert np.array_equal(stack.emissions(sents, infos), want)


def test_preloaded_word_table_gives_the_same_tags(tmp_path):
    from rasd.stages.ner import wordtable

    (tmp_path / "ner.crf.gz").write_bytes(b"model bytes")
    docs = [_sents(seed=s, count=8) for s in (31, 32, 33)]
    sents = [s for d in docs for s in d]
    plain = _model(_extractor(), sents)
    want = plain.tag_documents(docs)

    builder = _model(_extractor(), sents)
    builder.model_dir = tmp_path
    words = sorted({w for s in sents[:10] for w in s})  # some words in the table, some not
    rows, keys = wordtable.compute(builder, words)
    path = tmp_path / wordtable.FILE
    wordtable.save(path, words, keys, rows, builder.fingerprint())

    fresh = _model(_extractor(), sents)
    fresh.model_dir = tmp_path
    assert fresh.preload_words(path)
    assert len(fresh.stack.cache) == len(words)
    assert fresh.tag_documents(docs) == want
    assert fresh.features.sentence(sents[0]) == plain.features.sentence(sents[0])  # training path


def test_word_table_of_another_model_or_gazetteer_is_ignored(tmp_path):
    from rasd.stages.ner import wordtable

    (tmp_path / "ner.crf.gz").write_bytes(b"model bytes")
    sents = _sents(seed=40, count=6)
    builder = _model(_extractor(), sents)
    builder.model_dir = tmp_path
    words = sorted({w for s in sents for w in s})
    rows, keys = wordtable.compute(builder, words)
    path = tmp_path / wordtable.FILE
    wordtable.save(path, words, keys, rows, builder.fingerprint())

    other_gaz = _model(FeatureExtractor({}, Gazetteer({"حلب": frozenset({"LOC"})}, digest="x")), sents)
    other_gaz.model_dir = tmp_path
    assert not other_gaz.preload_words(path)
    (tmp_path / "ner.crf.gz").write_bytes(b"retrained model")
    same_gaz = _model(_extractor(), sents)
    same_gaz.model_dir = tmp_path
    assert not same_gaz.preload_words(path)
    assert not same_gaz.stack.cache


def test_vocabulary_counts_token_forms():
    from rasd.stages.ner import wordtable

    texts = ["قصف الجيش مدينة حلب، وقصف الجيش ريف حلب.", "الجيش في حلب"] * 2
    vocab = wordtable.vocabulary(texts, size=3, min_count=2)
    assert vocab[:2] == ["الجيش", "حلب"] and len(vocab) == 3
