"""Training the rasd NER CRF (``rasd train ner``)."""
from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path

from rasd.errors import ConfigError

from .clusters import induce, load_clusters
from .corpora import (Sentence, drop_overlap, read_anercorp, read_aqmar, read_fane,
                      read_fane_coarse, read_wojood)
from .fastcrf import LinearCRF
from .features import FeatureExtractor, doc_memory_features
from .gazetteer import Gazetteer
from .model import (CLUSTERS_FILE, DOC_BLOCK, GUIDE_FILE, META_FILE, MODEL_FILE, PACKAGED_DIR,
                    PRIOR_FILE, RUNTIME_FILES, STAGE1_FILE, export_runtime)
from .prior import count_labels, load_prior, save_prior, unlabeled_documents

SEED = 13
DEFAULT_SOURCES = ("anercorp", "aqmar-dev", "wojood")
# Wojood's conventions (websites are ORG, nested tags flattened to the outer one) stay private
# to its sentences: they lend names, not conventions (MODEL_CARD.md, domain copies)
DEFAULT_PRIVATE_SOURCES = ("wojood",)
DEFAULT_MAX_ITER = 100
DEFAULT_PRIOR_TOKENS = 6_000_000  # unlabelled tokens tagged for the label priors (prior.py)
DEFAULT_O_BIAS = 0.0  # decoding bias against O, chosen on the dev hold-out (MODEL_CARD.md)
# Sources: anercorp (CAMeL train), aqmar-dev (Mohit et al. dev articles), newsfane (minus
# every sentence that also occurs in ANERcorp test), wikifane, wojood (sample train+val).
# "name*2" repeats a source (CRFsuite has no per-sentence weights).
KNOWN_SOURCES = ("anercorp", "aqmar-dev", "newsfane", "wikifane", "wojood")


def with_domain(feats: list[list[str]], domain: str, private=()) -> list[list[str]]:
    """Feature lists of a sentence, each feature doubled by a copy private to its source when
    that source is in ``private`` (Daumé 2007, "frustratingly easy domain adaptation").

    A source annotated by other conventions (Wojood tags websites ORG, AQMAR tags Latin-script
    technical terms MISC) can lend its names without its conventions: the private copies absorb
    what is peculiar to it, and the runtime keeps only the shared weights."""
    if domain not in private:
        return feats
    pre = domain + "|"
    return [f + [pre + x for x in f] for f in feats]


def private_prefixes(private) -> tuple[str, ...]:
    """Prefixes of the private features of `with_domain`, dropped from the runtime weights."""
    return tuple(sorted({d + "|" for d in private}))


def _stats(name: str, sents: list[Sentence]) -> str:
    c = Counter(t[2:] for s in sents for _, t in s if t.startswith("B-"))
    return (f"  {name:<14} {len(sents):>6,} sent {sum(len(s) for s in sents):>8,} tok  "
            + " ".join(f"{k}={c[k]:,}" for k in ("PER", "ORG", "LOC", "MISC")))


def load_training_data(data_dir: Path, sources=DEFAULT_SOURCES, *, dev_holdout: int = 0,
                       log=print) -> tuple[list[Sentence], list[Sentence], list[str]]:
    """(training sentences, dev hold-out, the source name of each training sentence)."""
    data_dir = Path(data_dir)
    aner_train = read_anercorp(data_dir, "train")
    aner_test = read_anercorp(data_dir, "test")  # only used to REMOVE overlap, never trained on
    dev: list[Sentence] = []
    if dev_holdout:
        dev = aner_train[-dev_holdout:]
        aner_train = aner_train[:-dev_holdout]
    parts: list[tuple[str, list[Sentence]]] = []
    for src in sources:
        name, _, rep = src.partition("*")
        reps = int(rep or 1)
        if name == "anercorp":
            s = aner_train
        elif name == "aqmar-dev":
            s = read_aqmar(data_dir, "dev")
        elif name == "newsfane":
            s, dropped = drop_overlap(read_fane(data_dir, "news"), aner_test)
            log(f"NewsFANEGold: dropped {dropped:,} sentences that also occur in ANERcorp test")
            if dev:
                s, d2 = drop_overlap(s, dev)
                log(f"NewsFANEGold: dropped {d2:,} more overlapping the dev hold-out")
        elif name == "wikifane":
            s = read_fane(data_dir, "wiki")
        elif name == "wojood":
            s = read_wojood(data_dir, "train") + read_wojood(data_dir, "val")
        else:
            raise ConfigError(f"unknown training source {name!r}")
        parts.append((src, s * reps))
    log("training data (labels counted as entities):")
    out: list[Sentence] = []
    domains: list[str] = []
    for name, s in parts:
        log(_stats(name, s))
        out += s
        domains += [name.partition("*")[0]] * len(s)
    log(_stats("total", out))
    if dev:
        log(_stats("dev(hold-out)", dev))
    return out, dev, domains


def train_guide(data_dir: Path, out_file: Path, fx: FeatureExtractor, *, max_iter: int = 80,
                c1: float = 0.05, c2: float = 0.02, log=print) -> None:
    """Guide CRF on WikiFANEGold (ACE-style coarse classes); its tags become main-model features.

    WikiFANEGold shares no text with ANERcorp or AQMAR, so guide predictions on the main
    training data are as noisy as on unseen text (no jack-knifing needed).
    """
    import pycrfsuite
    t0 = time.time()
    sents = read_fane_coarse(Path(data_dir), "wiki")
    log(_stats("guide:wikifane", sents).replace("PER=", "(coarse) PER="))
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        trainer.append(fx.sentence([w for w, _ in s]), [t for _, t in s])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True})
    tmp = Path(str(out_file) + ".tmp")
    trainer.train(str(tmp))
    tmp.replace(out_file)
    log(f"guide trained in {time.time()-t0:.0f}s")


class _RuntimeTagger:
    """``tag(features)`` of an exported (numpy) CRF, like pycrfsuite.Tagger's."""

    def __init__(self, crf: LinearCRF):
        self.crf = crf

    def tag(self, feats: list[list[str]]) -> list[str]:
        import numpy as np
        E = np.zeros((len(feats), self.crf.L))
        self.crf.add_features(E, feats)
        return self.crf.viterbi(E)


def build_prior(data_dir: Path, out_file: Path, fx: FeatureExtractor, sents: list[Sentence],
                guide_file: Path | None, *, max_tokens: int, params: dict,
                domains: list[str] | None = None, private=(), log=print) -> int:
    """Label priors: a CRF without priors (same training data) tags unlabelled news.

    The dev hold-out is not in ``sents``, so dev scores stay honest.  Returns the row count.
    """
    import pycrfsuite
    from .model import NerModel
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, s in enumerate(sents):
        f = fx.sentence([w for w, _ in s])
        trainer.append(with_domain(f, domains[i], private) if domains else f, [t for _, t in s])
    trainer.set_params(params)
    tmp = Path(str(out_file) + ".crfsuite.tmp")
    trainer.train(str(tmp))
    main = LinearCRF.from_crfsuite(tmp, private_prefixes(private))
    tmp.unlink()
    guide = None
    if guide_file:
        is_runtime = str(guide_file).endswith(RUNTIME_FILES[GUIDE_FILE])
        guide = (LinearCRF.load if is_runtime else LinearCRF.from_crfsuite)(guide_file)
    model = NerModel(main, FeatureExtractor(fx.clusters, fx.gaz), {}, None, guide)
    log(f"prior CRF trained in {time.time()-t0:.0f}s; tagging {max_tokens:,} unlabelled tokens")
    counts = count_labels(model, unlabeled_documents(data_dir, max_tokens))
    rows = save_prior(counts, out_file)
    log(f"label priors: {rows:,} words written at {time.time()-t0:.0f}s")
    return rows


def train(data_dir: Path, out: Path | None = None, *, sources=DEFAULT_SOURCES, clusters: Path | None = None,
          c1: float = 0.05, c2: float = 0.02, max_iter: int = DEFAULT_MAX_ITER, dev_holdout: int = 0,
          use_gazetteer: bool = True, guide: bool | Path = True, guide_iter: int = 80,
          folds: int = 4, cluster_min_count: int = 8, keep_crfsuite: bool = False,
          prior_tokens: int = DEFAULT_PRIOR_TOKENS, o_bias: float = DEFAULT_O_BIAS,
          private_sources=None, log=print) -> dict:
    """Train the NER model into ``out`` (default: the packaged ``rasd/models/ner``).

    Steps: word clusters from unlabeled-ar (unless ``clusters`` is given), the WikiFANE guide
    CRF (unless ``guide`` is a path or False), label priors from ``prior_tokens`` tagged
    unlabelled tokens (0: none), the first-pass CRF jack-knifed over ``folds`` contiguous
    folds, then the second-pass CRF with document-memory features. Sentences of the
    ``private_sources`` (default: those of DEFAULT_PRIVATE_SOURCES among ``sources``) get
    source-private feature copies (`with_domain`).
    """
    import pycrfsuite
    names = {name.partition("*")[0] for name in sources}
    # checked first: the clusters and the guide take minutes to train
    if names - set(KNOWN_SOURCES):
        raise ConfigError(f"unknown training sources {sorted(names - set(KNOWN_SOURCES))}; "
                          f"choose from {', '.join(KNOWN_SOURCES)}")
    if private_sources is None:
        private_sources = tuple(p for p in DEFAULT_PRIVATE_SOURCES if p in names)
    unknown = set(private_sources) - names
    if unknown:
        raise ConfigError(f"private sources not among the training sources: {sorted(unknown)}")
    random.seed(SEED)
    gt = None
    t0 = time.time()
    data_dir = Path(data_dir)
    out = Path(out or PACKAGED_DIR)
    out.mkdir(parents=True, exist_ok=True)
    cl_path = out / CLUSTERS_FILE
    if clusters is None:
        induce(data_dir, cl_path, min_count=cluster_min_count, seed=SEED, log=log)
    elif Path(clusters).resolve() != cl_path.resolve():
        cl_path.write_bytes(Path(clusters).read_bytes())
    cl = load_clusters(cl_path)
    gaz = Gazetteer.from_data(data_dir) if use_gazetteer else Gazetteer({})
    log(f"gazetteer entries: {len(gaz.entries):,}; cluster vocab: {len(cl):,}")
    fx = FeatureExtractor(cl, gaz)
    runtime_guide = None
    if guide:
        gpath = out / GUIDE_FILE
        if guide is True:
            train_guide(data_dir, gpath, fx, max_iter=guide_iter, log=log)
        elif str(guide).endswith(RUNTIME_FILES[GUIDE_FILE]):
            # an exported guide (e.g. the packaged one): reuse it without retraining
            runtime_guide = Path(guide).read_bytes()
            gpath = Path(guide)
        elif Path(guide).resolve() != gpath.resolve():
            gpath.write_bytes(Path(guide).read_bytes())
        if runtime_guide is None:
            gt = pycrfsuite.Tagger()
            gt.open(str(gpath))
        else:
            gt = _RuntimeTagger(LinearCRF.load(gpath))
        fx = FeatureExtractor(cl, gaz, guide=gt)
    else:
        (out / GUIDE_FILE).unlink(missing_ok=True)
        (out / "guide.crf.gz").unlink(missing_ok=True)
    sents, dev, domains = load_training_data(data_dir, sources, dev_holdout=dev_holdout, log=log)
    params = {"c1": c1, "c2": c2, "max_iterations": max_iter,
              "feature.possible_transitions": True, "feature.minfreq": 1}
    if prior_tokens:
        build_prior(data_dir, out / PRIOR_FILE, fx, sents, gpath if guide else None,
                    max_tokens=prior_tokens, params=params, domains=domains,
                    private=private_sources, log=log)
        fx = FeatureExtractor(cl, gaz, guide=gt, prior=load_prior(out / PRIOR_FILE))
    else:
        (out / PRIOR_FILE).unlink(missing_ok=True)
    feats = [with_domain(fx.sentence([w for w, _ in s]), d, private_sources)
             for s, d in zip(sents, domains)]
    gold = [[t for _, t in s] for s in sents]
    log(f"features extracted in {time.time()-t0:.0f}s")

    def fit(idx: list[int], path: Path, extra=None) -> None:
        trainer = pycrfsuite.Trainer(verbose=False)
        for i in idx:
            x = feats[i] if extra is None else [a + b for a, b in zip(feats[i], extra[i])]
            trainer.append(x, gold[i])
        trainer.set_params(params)
        tmp = Path(str(path) + ".tmp")
        trainer.train(str(tmp))
        tmp.replace(path)

    blocks = [list(range(i, min(i + DOC_BLOCK, len(sents)))) for i in range(0, len(sents), DOC_BLOCK)]
    if folds > 1:
        # first pass, jack-knifed: each contiguous fold is tagged by a CRF trained on the others
        first: list[list[str]] = [[] for _ in sents]
        nb = len(blocks)
        for k in range(folds):
            held = [b for j, b in enumerate(blocks) if j * folds // nb == k]
            held_idx = {i for b in held for i in b}
            path = out / f"fold{k}.crfsuite"
            fit([i for i in range(len(sents)) if i not in held_idx], path)
            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            for b in held:
                for i in b:
                    first[i] = tg.tag(feats[i])
            tg.close()
            path.unlink()
            log(f"first-pass fold {k+1}/{folds} done at {time.time()-t0:.0f}s")
        fit(list(range(len(sents))), out / STAGE1_FILE)
        log(f"first-pass model trained at {time.time()-t0:.0f}s")
        extra: list[list[list[str]]] = [[] for _ in sents]
        for b in blocks:
            rows = doc_memory_features(fx, [[w for w, _ in sents[i]] for i in b], [first[i] for i in b])
            for i, r in zip(b, rows):
                extra[i] = r
        fit(list(range(len(sents))), out / MODEL_FILE, extra)
    else:
        (out / STAGE1_FILE).unlink(missing_ok=True)
        (out / "ner1.crf.gz").unlink(missing_ok=True)
        fit(list(range(len(sents))), out / MODEL_FILE)
    export_runtime(out, remove=not keep_crfsuite, private=private_prefixes(private_sources))
    if runtime_guide is not None:  # export_runtime removes runtime files without a CRFsuite source
        (out / RUNTIME_FILES[GUIDE_FILE]).write_bytes(runtime_guide)
    secs = round(time.time() - t0)
    log(f"trained in {secs}s; runtime weights written to {out}")
    meta = {"sources": list(sources), "c1": c1, "c2": c2, "max_iter": max_iter, "seed": SEED,
            "dev_holdout": dev_holdout, "train_sentences": len(sents),
            "train_tokens": sum(len(s) for s in sents), "seconds": secs,
            "gazetteer_in_training": use_gazetteer, "guide": bool(guide), "guide_iter": guide_iter,
            "two_pass_folds": folds, "doc_block": DOC_BLOCK,
            "cluster_min_count": cluster_min_count, "prior_tokens": prior_tokens,
            "o_bias": o_bias, "private_sources": list(private_sources), "clusters_reused": clusters is not None,
            "guide_reused": guide is not True and bool(guide)}
    res = {"meta": meta}
    if dev:
        from .evaluate import score
        from .model import NerModel
        m = NerModel.load(out, gazetteer=gaz)
        m.o_bias = o_bias  # meta.json on disk is still the previous model's
        res["dev"] = score([[t for _, t in s] for s in dev], m.tag_blocks([[w for w, _ in s] for s in dev]))
        meta["dev"] = res["dev"]
        log(f"dev F1 {res['dev']['overall']['f1']}  " +
            " ".join(f"{k}={v['f1']}" for k, v in res['dev']['per_label'].items()))
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return res
