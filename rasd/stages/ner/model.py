"""Loading and applying the trained NER model (numpy only at run time; no torch, no CRFsuite).

Model folder (``rasd/models/ner``): ``ner.crf.gz`` (second-pass CRF), ``ner1.crf.gz``
(first-pass CRF), ``guide.crf.gz`` (WikiFANE guide CRF), ``clusters.tsv.gz`` (word clusters
induced from unlabeled-ar), ``prior.tsv.gz`` (label priors, ``prior.py``) and ``meta.json``.
The gazetteer is a built resource (``rasd data build``); without it the gazetteer features are
simply absent.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from .clusters import load_clusters
from .fastcrf import LinearCRF, add_weights
from .features import FeatureExtractor, doc_memory_features
from .gazetteer import Gazetteer
from .prior import load_prior

PACKAGED_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
MODEL_FILE = "ner.crfsuite"        # training-time CRFsuite files (not shipped)
GUIDE_FILE = "guide.crfsuite"
STAGE1_FILE = "ner1.crfsuite"
RUNTIME_FILES = {MODEL_FILE: "ner.crf.gz", STAGE1_FILE: "ner1.crf.gz", GUIDE_FILE: "guide.crf.gz"}
CLUSTERS_FILE = "clusters.tsv.gz"
PRIOR_FILE = "prior.tsv.gz"         # label priors from tagged unlabelled news (prior.py)
META_FILE = "meta.json"
GAZETTEER_RESOURCE = "ner-gazetteer"
GAZETTEER_FILE = "ner_gazetteer.tsv.gz"
DOC_BLOCK = 30  # corpora without document boundaries are tagged in blocks of this many sentences
MAX_SEQ = 200   # long sentences are tagged in windows of this many tokens
_CACHE_MAX = 200_000


def find_gazetteer(resources=None) -> Path | None:
    """Path of the built gazetteer resource, if any."""
    cands = []
    if resources is not None:
        try:
            cands.append(resources.path(GAZETTEER_RESOURCE))
        except Exception:  # noqa: BLE001 - resource registry missing or not built
            pass
    try:
        from rasd.resources import Resources
        cands.append(Resources().path(GAZETTEER_RESOURCE))
    except Exception:  # noqa: BLE001
        pass
    for p in cands:
        if p:
            p = Path(p)
            p = p / GAZETTEER_FILE if p.is_dir() else p
            if p.exists():
                return p
    home = os.environ.get("RASD_HOME")
    if home:
        p = Path(home) / "resources" / GAZETTEER_RESOURCE / GAZETTEER_FILE
        if p.exists():
            return p
    return None


class _Stack:
    """Guide, first-pass and main CRFs scored together over one union attribute index.

    Each attribute is looked up once; its row holds the weights of all three models side by
    side (columns ``cols[k]``).  Per word type the summed (own, -2, -1, +1, +2) rows are cached.
    """

    def __init__(self, crfs: list[LinearCRF]):
        self.crfs = crfs
        index: dict[str, int] = {}
        for c in crfs:
            for a in c.index:
                if a not in index:
                    index[a] = len(index)
        widths = [c.L for c in crfs]
        W = np.zeros((len(index) + 1, sum(widths)), dtype=np.float32)
        self.cols = []
        off = 0
        for c, w in zip(crfs, widths):
            rows = np.fromiter((index[a] for a in c.index), dtype=np.int64, count=len(c.index))
            src = np.fromiter(c.index.values(), dtype=np.int64, count=len(c.index))
            W[rows, off:off + w] = c.W[src]
            self.cols.append(slice(off, off + w))
            off += w
            c.W = None  # free the per-model copy; scoring goes through the stack
            c.index = {}
        self.index = index
        self.unk = len(index)
        self.W = W
        # word type → its row in `table`: the summed (own, -2, -1, +1, +2) weights, so a
        # document's static scores are one gather from the table
        self.cache: dict[str, int] = {}
        self.table = np.zeros((1024, 5, W.shape[1]), dtype=W.dtype)
        self._gmemo: dict[tuple[str, str, str], tuple[int, int, int]] = {}

    def _add_rows(self, words: dict[str, tuple]) -> None:
        """Table rows for new word types, all in one gather and one reduceat.

        Each of a word's five groups is summed on its own, row after row from its first
        feature, exactly as summing the word alone; an empty window group sums the all-zero
        `unk` row, i.e. is 0.
        """
        get = self.index.get
        unk = self.unk
        flat: list[int] = []
        offsets: list[int] = []
        for inf in words.values():
            for part in inf[:5]:
                offsets.append(len(flat))
                if part:
                    flat += [get(f, unk) for f in part]
                else:
                    flat.append(unk)
        sums = np.add.reduceat(self.W[flat], offsets, axis=0).reshape(len(words), 5, -1)
        first = len(self.cache)
        need = first + len(words)
        if need > len(self.table):
            grown = np.zeros((max(need, 2 * len(self.table)), *self.table.shape[1:]), self.table.dtype)
            grown[:first] = self.table[:first]
            self.table = grown
        self.table[first:need] = sums
        self.cache.update(zip(words, range(first, need)))

    def emissions(self, pieces: list[list[str]], infos: list[list[tuple]]) -> np.ndarray:
        """Static emission scores of all pieces of a batch, stacked (no dynamic features).

        One gather for the batch; window contributions that would cross a piece boundary
        are zeroed first, and adding 0.0 leaves each score exactly what it is per piece.
        """
        cache = self.cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        new: dict[str, tuple] = {}
        for toks, info in zip(pieces, infos):
            for tok, inf in zip(toks, info):
                if tok not in cache and tok not in new:
                    new[tok] = inf
        if new:
            self._add_rows(new)
        ids = [cache[tok] for toks in pieces for tok in toks]
        A = self.table[ids].astype(np.float64)
        ends = np.cumsum([len(p) for p in pieces])
        starts = ends - [len(p) for p in pieces]
        last = ends - 1
        long2 = ends - starts >= 2
        A[last, 2] = 0.0                       # -1 feature of the next piece's first token
        A[starts, 3] = 0.0                     # +1 feature of the previous piece's last token
        A[last, 1] = 0.0                       # -2 features reaching into the next piece
        A[last[long2] - 1, 1] = 0.0
        A[starts, 4] = 0.0                     # +2 features reaching into the previous piece
        A[starts[long2] + 1, 4] = 0.0
        n = len(ids)
        E = A[:, 0].copy()
        if n > 1:
            E[1:] += A[:-1, 2]
            E[:-1] += A[1:, 3]
        if n > 2:
            E[2:] += A[:-2, 1]
            E[:-2] += A[2:, 4]
        return E

    def add(self, E: np.ndarray, feats: list[list[str]]) -> None:
        add_weights(self.W, self.index, self.unk, E, feats)

    def add_guide(self, E: np.ndarray, tags: list[list[str]], words: list[list[str]]) -> None:
        """E += the guide-tag features (``FeatureExtractor.guide_features``) of every token.

        Same attribute ids in the same order as ``add(E, guide_features(...))``, so the same
        sums; the three tag-only attributes are looked up once per (prev, tag, next).
        """
        memo = self._gmemo
        get = self.index.get
        unk = self.unk
        flat: list[int] = []
        for g, ws in zip(tags, words):
            prev = ["BOS", *g[:-1]]
            nxt = [*g[1:], "EOS"]
            for t, p, q, w in zip(g, prev, nxt, ws):
                ids = memo.get((p, t, q))
                if ids is None:
                    ids = memo[(p, t, q)] = (get("G=" + t, unk), get("G-1=" + p + "|" + t, unk),
                                             get("G+1=" + t + "|" + q, unk))
                flat += ids
                flat.append(get("Gw=" + t + "|" + w, unk))
        if flat:
            E += np.add.reduceat(self.W[flat], np.arange(0, len(flat), 4), axis=0)


class NerModel:
    def __init__(self, main: LinearCRF, features: FeatureExtractor, meta: dict,
                 stage1: LinearCRF | None = None, guide: LinearCRF | None = None):
        self.main = main
        self.stage1 = stage1
        self.guide = guide
        crfs = [c for c in (guide, stage1, main) if c is not None]
        self.stack = _Stack(crfs)
        self._col = {id(c): col for c, col in zip(crfs, self.stack.cols)}
        self.features = features
        self.meta = meta
        # decoding bias against O in the final pass (recall/precision trade-off, tuned on dev)
        self.o_bias = float(meta.get("o_bias", 0.0))
        self._o = main.labels.index("O") if "O" in main.labels else None

    @classmethod
    def load(cls, model_dir: Path | None = None, *, gazetteer: Gazetteer | Path | None = None,
             resources=None, use_gazetteer: bool = True) -> "NerModel":
        model_dir = Path(model_dir or PACKAGED_DIR)
        meta = {}
        if (model_dir / META_FILE).exists():
            meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
        clusters = load_clusters(model_dir / CLUSTERS_FILE) if (model_dir / CLUSTERS_FILE).exists() else {}
        if isinstance(gazetteer, Gazetteer):
            gaz = gazetteer
        elif not use_gazetteer:
            gaz = Gazetteer({})
        else:
            gaz = Gazetteer.load(gazetteer if gazetteer else find_gazetteer(resources))

        def opt(name: str) -> LinearCRF | None:
            p = model_dir / RUNTIME_FILES[name]
            return LinearCRF.load(p) if p.exists() else None

        main = opt(MODEL_FILE)
        if main is None:
            raise FileNotFoundError(f"no NER model in {model_dir} (run `rasd train ner`)")
        prior = load_prior(model_dir / PRIOR_FILE)
        return cls(main, FeatureExtractor(clusters, gaz, prior=prior), meta, opt(STAGE1_FILE),
                   opt(GUIDE_FILE))

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """Tag one sentence on its own (no document context)."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sents: list[list[str]]) -> list[list[str]]:
        """Tag the sentences of one document (two passes when the model has a first stage)."""
        return self.tag_documents([sents])[0]

    def tag_documents(self, docs: list[list[list[str]]]) -> list[list[list[str]]]:
        """Tag several documents at once: the same tags as one `tag_document` call each.

        Every score is a per-token sum that does not depend on its neighbours in the batch,
        and `viterbi_batch` decodes each sequence as on its own; only the document-memory
        features of the second pass look across sentences, and they stay per document.
        Batching pays because a Viterbi step costs about as much for 1 as for 500 sequences.
        """
        pieces: list[list[str]] = []
        owner: list[tuple[int, int]] = []   # (document, sentence) of each piece
        spans: list[tuple[int, int]] = []   # each document's pieces: [a, b)
        for di, sents in enumerate(docs):
            a = len(pieces)
            for si, toks in enumerate(sents):
                for i in range(0, len(toks), MAX_SEQ):
                    pieces.append(toks[i:i + MAX_SEQ])
                    owner.append((di, si))
            spans.append((a, len(pieces)))
        out: list[list[list[str]]] = [[[] for _ in sents] for sents in docs]
        if not pieces:
            return out
        fx = self.features
        stack = self.stack
        parts = [fx.parts(p) for p in pieces]
        infos = [info for info, _, _ in parts]
        # one (tokens, columns) array for the whole batch; Es are views into it, and the
        # dynamic features of every pass are added for all its tokens at once
        E_all = stack.emissions(pieces, infos)
        stack.add(E_all, [f for _, _, dyn in parts for f in dyn])
        Es = []
        a = 0
        for p in pieces:
            Es.append(E_all[a:a + len(p)])
            a += len(p)
        if self.guide is not None:
            col = self._col[id(self.guide)]
            gs = self.guide.viterbi_batch([E[:, col] for E in Es])
            stack.add_guide(E_all, gs, [words for _, words, _ in parts])
        if self.stage1 is not None:
            col = self._col[id(self.stage1)]
            first = self.stage1.viterbi_batch([E[:, col] for E in Es])
            memory = []
            for a, b in spans:  # the memory of a word is its own document's
                memory += [f for ex in doc_memory_features(
                    fx, pieces[a:b], first[a:b], infos=infos[a:b]) for f in ex]
            stack.add(E_all, memory)
        col = self._col[id(self.main)]
        mains = [E[:, col] for E in Es]
        if self.o_bias and self._o is not None:
            for M in mains:
                M[:, self._o] -= self.o_bias
        tags = self.main.viterbi_batch(mains)
        for (di, si), t in zip(owner, tags):
            out[di][si] += t
        return out

    def tag_blocks(self, sents: list[list[str]], block: int = DOC_BLOCK) -> list[list[str]]:
        """Tag a corpus without document boundaries in pseudo-documents of ``block`` sentences."""
        out: list[list[str]] = []
        for i in range(0, len(sents), block):
            out += self.tag_document(sents[i:i + block])
        return out


def export_runtime(model_dir: Path, *, remove: bool = True) -> None:
    """Convert the CRFsuite files in ``model_dir`` to the numpy runtime format."""
    for src, dst in RUNTIME_FILES.items():
        p = Path(model_dir) / src
        if p.exists():
            LinearCRF.from_crfsuite(p).save(Path(model_dir) / dst)
            if remove:
                p.unlink()
        else:
            (Path(model_dir) / dst).unlink(missing_ok=True)
