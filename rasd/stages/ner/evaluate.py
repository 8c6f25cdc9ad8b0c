"""CoNLL exact-entity scoring and corpus evaluation."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from rasd.model.record import LABELS

from .corpora import read_anercorp, read_aqmar


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """IOB2 → set of (start, end, label); a stray I- starts a chunk (conlleval behaviour)."""
    out = set()
    start, lab = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != lab):
            if lab is not None:
                out.add((start, i, lab))
            start, lab = (i, t[2:]) if t != "O" else (None, None)
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gc, pc = chunks(g), chunks(p)
        for c in gc:
            ng[c[2]] += 1
        for c in pc:
            np_[c[2]] += 1
        for c in gc & pc:
            tp[c[2]] += 1

    def prf(t: int, pn: int, gn: int) -> dict:
        p = t / pn if pn else 0.0
        r = t / gn if gn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
                "gold": gn, "predicted": pn, "correct": t}

    res = {"overall": prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))}
    res["per_label"] = {lab: prf(tp[lab], np_[lab], ng[lab]) for lab in LABELS}
    return res


CORPORA = {
    "anercorp-test": lambda d: read_anercorp(d, "test"),
    "aqmar-test": lambda d: read_aqmar(d, "test"),
}


def evaluate(corpus: str, data_dir: Path, model_dir: Path | None = None, tagger=None,
             use_data_gazetteer: bool = True) -> dict:
    """Tag the corpus's own tokens with the trained model and score exact entities."""
    from .model import NerModel
    if corpus not in CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; choose from {sorted(CORPORA)}")
    sents = CORPORA[corpus](Path(data_dir))
    model = tagger or NerModel.load(model_dir)
    gaz_source = "resource" if model.features.gaz else "none"
    if tagger is None and not model.features.gaz and use_data_gazetteer:
        # `rasd data build` not run: derive the same name lists from the data directory
        from .gazetteer import Gazetteer
        model = NerModel.load(model_dir, gazetteer=Gazetteer.from_data(Path(data_dir)))
        gaz_source = "data-dir" if model.features.gaz else "none"
    gold = [[t for _, t in s] for s in sents]
    pred = model.tag_blocks([[w for w, _ in s] for s in sents])
    res = score(gold, pred)
    res["corpus"] = corpus
    res["sentences"] = len(sents)
    res["tokens"] = sum(len(s) for s in sents)
    res["gazetteer"] = gaz_source if tagger is None else bool(model.features.gaz)
    return res
