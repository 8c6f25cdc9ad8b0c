"""The numpy CRF decoder must reproduce CRFsuite's Viterbi output exactly (invented data)."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from rasd.stages.ner.fastcrf import LinearCRF


def _toy_data(seed: int = 3):
    rng = random.Random(seed)
    names = ["سعيد", "ليلى", "عمر", "هدى"]
    places = ["بغداد", "دمشق", "تونس"]
    fillers = ["قال", "في", "إن", "اليوم", "وصل", "إلى", "من", "الوفد"]
    sents = []
    for _ in range(120):
        toks, tags = [], []
        for _ in range(rng.randint(3, 9)):
            r = rng.random()
            if r < 0.2:
                toks += [rng.choice(names), "بن", rng.choice(names)]
                tags += ["B-PER", "I-PER", "I-PER"]
            elif r < 0.35:
                toks.append(rng.choice(places))
                tags.append("B-LOC")
            else:
                toks.append(rng.choice(fillers))
                tags.append("O")
        sents.append((toks, tags))
    return sents


def _feats(toks):
    out = []
    for i, t in enumerate(toks):
        f = ["b", "w=" + t, "s2=" + t[-2:]]
        f.append("-1:" + (toks[i - 1] if i else "BOS"))
        f.append("+1:" + (toks[i + 1] if i + 1 < len(toks) else "EOS"))
        out.append(f)
    return out


def test_viterbi_matches_crfsuite(tmp_path: Path, need):
    pycrfsuite = need("pycrfsuite")
    data = _toy_data()
    tr = pycrfsuite.Trainer(verbose=False)
    for toks, tags in data[:80]:
        tr.append(_feats(toks), tags)
    tr.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True})
    model = tmp_path / "toy.crfsuite"
    tr.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    crf = LinearCRF.from_crfsuite(model)
    crf.save(tmp_path / "toy.crf.gz")
    crf2 = LinearCRF.load(tmp_path / "toy.crf.gz")
    held = [toks for toks, _ in data[80:]] + [["مجهول", "كلمة", "جديدة"]]
    Es = []
    for toks in held:
        E = np.zeros((len(toks), crf2.L))
        crf2.add_features(E, _feats(toks))
        Es.append(E)
        assert crf2.viterbi(E) == tagger.tag(_feats(toks))
    # batched decoding (sequences of different lengths) gives the same paths
    assert crf2.viterbi_batch(Es) == [tagger.tag(_feats(t)) for t in held]
    assert crf2.viterbi_batch([]) == []


def test_private_source_copies_train_but_never_reach_the_runtime_weights(tmp_path: Path, need):
    pycrfsuite = need("pycrfsuite")
    from rasd.stages.ner.train import private_prefixes, with_domain

    data = _toy_data()
    f = _feats(data[0][0])
    assert with_domain(f, "anercorp", ("wojood",)) is f
    copied = with_domain(f, "wojood", ("wojood",))
    assert copied[0] == f[0] + ["wojood|" + x for x in f[0]]
    # the other domain calls every name a place; its private copies take that convention
    tr = pycrfsuite.Trainer(verbose=False)
    domains = ["news"] * 60 + ["other"] * 60
    for (toks, tags), d in zip(data, domains):
        if d == "other":
            tags = ["B-LOC" if t == "B-PER" else "I-LOC" if t == "I-PER" else t for t in tags]
        tr.append(with_domain(_feats(toks), d, ("other",)), tags)
    tr.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True})
    model = tmp_path / "da.crfsuite"
    tr.train(str(model))
    assert private_prefixes(["other"]) == ("other|",)
    crf = LinearCRF.from_crfsuite(model, private_prefixes(["other"]))
    assert crf.index and not any(a.startswith("other|") for a in crf.index)
    assert any(a.startswith("other|") for a in LinearCRF.from_crfsuite(model).index)
    toks = ["قال", "سعيد", "بن", "عمر", "في", "بغداد"]
    E = np.zeros((len(toks), crf.L))
    crf.add_features(E, _feats(toks))
    assert crf.viterbi(E) == ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]


def test_core_modules_do_not_import_cli_libraries():
    import ast
    root = Path(__file__).resolve().parents[2] / "rasd" / "stages" / "ner"
    banned = {"typer", "rich", "click", "fastapi", "httpx", "sqlite3", "torch"}
    runtime = ("__init__.py", "actors.py", "clusters.py", "corpora.py", "evaluate.py", "fastcrf.py",
               "features.py", "gazetteer.py", "model.py", "norm.py", "resources.py", "train.py")
    for f in (root / name for name in runtime):
        tree = ast.parse(f.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                assert n.split(".")[0] not in banned, f"{f.name} imports {n}"
                assert not n.startswith("rasd.cli"), f"{f.name} imports {n}"
