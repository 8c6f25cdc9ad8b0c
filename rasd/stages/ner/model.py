"""Loading and applying the trained NER model (numpy only at run time; no torch, no CRFsuite).

Model folder (``rasd/models/ner``): ``ner.crf.gz`` (second-pass CRF), ``ner1.crf.gz``
(first-pass CRF), ``guide.crf.gz`` (WikiFANE guide CRF), ``clusters.tsv.gz`` (word clusters
induced from unlabeled-ar), ``prior.tsv.gz`` (label priors, ``prior.py``) and ``meta.json``.
The gazetteer is a built resource (``rasd data build``); without it the gazetteer features are
simply absent. So is the word table (``wordtable.py``), which only saves time.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import wordtable
from .clusters import load_clusters
from .fastcrf import LinearCRF
from .features import FeatureExtractor, doc_memory_ids
from .gazetteer import Gazetteer
from .prior import load_prior
from .stack import Stack

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


def find_gazetteer(resources=None) -> Path | None:
    """Path of the built gazetteer resource, if any."""
    return find_resource(GAZETTEER_RESOURCE, GAZETTEER_FILE, resources)


def find_resource(name: str, filename: str, resources=None) -> Path | None:
    """Path of file `filename` of the built resource `name`, if any."""
    cands = []
    if resources is not None:
        try:
            cands.append(resources.path(name))
        except Exception:  # noqa: BLE001 - resource registry missing or not built
            pass
    try:
        from rasd.resources import Resources
        cands.append(Resources().path(name))
    except Exception:  # noqa: BLE001
        pass
    for p in cands:
        if p:
            p = Path(p)
            p = p / filename if p.is_dir() else p
            if p.exists():
                return p
    home = os.environ.get("RASD_HOME")
    if home:
        p = Path(home) / "resources" / name / filename
        if p.exists():
            return p
    return None


class NerModel:
    def __init__(self, main: LinearCRF, features: FeatureExtractor, meta: dict,
                 stage1: LinearCRF | None = None, guide: LinearCRF | None = None):
        self.main = main
        self.stage1 = stage1
        self.guide = guide
        crfs = [c for c in (guide, stage1, main) if c is not None]
        self.stack = Stack(crfs)
        self._col = {id(c): col for c, col in zip(crfs, self.stack.cols)}
        self.features = features
        self.meta = meta
        self.model_dir: Path = PACKAGED_DIR
        # decoding bias against O in the final pass (recall/precision trade-off, tuned on dev)
        self.o_bias = float(meta.get("o_bias", 0.0))
        self._o = main.labels.index("O") if "O" in main.labels else None

    @classmethod
    def load(cls, model_dir: Path | None = None, *, gazetteer: Gazetteer | Path | None = None,
             resources=None, use_gazetteer: bool = True, preload: bool = True) -> "NerModel":
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
        model = cls(main, FeatureExtractor(clusters, gaz, prior=prior), meta, opt(STAGE1_FILE),
                    opt(GUIDE_FILE))
        model.model_dir = model_dir
        table = find_resource(wordtable.RESOURCE, wordtable.FILE, resources) if preload else None
        if table is not None:
            model.preload_words(table)
        return model

    def fingerprint(self) -> str:
        """What the precomputed word rows depend on: model files and gazetteer content."""
        files = [*RUNTIME_FILES.values(), CLUSTERS_FILE, PRIOR_FILE, META_FILE]
        return wordtable.fingerprint(self.model_dir, files, self.features.gaz.digest)

    def preload_words(self, path: Path) -> bool:
        """Install the word table at `path` if it was built for this model and gazetteer."""
        found = wordtable.load(path, self.fingerprint())
        if found is None:
            return False
        words, keys, rows = found
        self.stack.preload(words, rows)
        self.features.preload(words, keys)
        return True

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
        parts = [fx.lookup(p) for p in pieces]
        infos = [info for info, _, _ in parts]
        # one (tokens, columns) array for the whole batch; Es are views into it, and the
        # dynamic features of every pass are added for all its tokens at once (as ids:
        # the same attributes in the same order as `fx.parts`' strings)
        E_all = stack.emissions(pieces, infos, fx.full_word)
        flat: list[int] = []
        lens: list[int] = []
        for _, words, gz in parts:
            stack.dynamic_ids(words, gz, flat, lens)
        stack.add_ids(E_all, flat, lens)
        Es = []
        a = 0
        for p in pieces:
            Es.append(E_all[a:a + len(p)])
            a += len(p)
        if self.guide is not None:
            col = self._col[id(self.guide)]
            gs = self.guide.viterbi_batch([E[:, col] for E in Es])
            # (the guide's own columns are decoded: its tags' features go to the later models')
            stack.add_guide(E_all, gs, [words for _, words, _ in parts], slice(col.stop, None))
        if self.stage1 is not None:
            col = self._col[id(self.stage1)]
            first = self.stage1.viterbi_batch([E[:, col] for E in Es])
            flat, lens = [], []
            for a, b in spans:  # the memory of a word is its own document's
                doc_memory_ids(fx, pieces[a:b], first[a:b], infos[a:b], stack.index.get, stack.unk,
                               flat, lens)
            stack.add_ids(E_all, flat, lens, slice(col.stop, None))  # (to the main model only)
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


def export_runtime(model_dir: Path, *, remove: bool = True, private: tuple[str, ...] = ()) -> None:
    """Convert the CRFsuite files in ``model_dir`` to the numpy runtime format, without the
    features that start with a ``private`` (training-domain) prefix."""
    for src, dst in RUNTIME_FILES.items():
        p = Path(model_dir) / src
        if p.exists():
            LinearCRF.from_crfsuite(p, private).save(Path(model_dir) / dst)
            if remove:
                p.unlink()
        else:
            (Path(model_dir) / dst).unlink(missing_ok=True)
