"""Text-layer benchmark on UD Arabic-PUD (1,000 news/Wikipedia sentences).

Figures:
- sentence-boundary P/R/F1 of `split_sentences` on the PUD sentences concatenated,
  once joined by a space (running text: the splitter must find every boundary) and
  once by a newline (boundaries given: measures false splits inside sentences);
- clitic-segment P/R/F1 of `tokenize(...).segments` against PUD's tokens (PUD writes
  clitics as separate tokens; the article ال stays on its noun, so our article and
  stem segments are merged before comparing), aligned by character offsets, with the
  score of not splitting at all as a baseline;
- throughput of normalise + tokenise + split on one core, in MB of UTF-8 per second of
  CPU time (wall-clock figure beside it), over the treebank repeated to about 5 MB and
  processed one document at a time.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rasd.text import normalize, split_sentences, tokenize

FOLDER = "ud-arabic-pud"
FILE = "ar_pud-ud-test.conllu"


@dataclass
class Sentence:
    doc: str
    text: str
    tokens: list[tuple[int, int]] = field(default_factory=list)  # offsets in `text`; [] if unaligned


def read_conllu(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    doc, text, forms = "", None, []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("# newdoc id"):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                forms.append(cols[1])
        elif not line and text is not None:
            sents.append(Sentence(doc, text, _align(text, forms)))
            text, forms = None, []
    return sents


def _align(text: str, forms: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for form in forms:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(form, pos):
            return []  # the form is not written as-is in the text: leave the sentence out
        out.append((pos, pos + len(form)))
        pos += len(form)
    return out


def _prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def sentence_scores(sents: list[Sentence], sep: str, examples: int = 0) -> tuple[tuple, list[str]]:
    text, gold = "", set()
    for s in sents:
        text += (sep if text else "") + s.text
        gold.add(len(text))
    pred = {sp.end for sp in split_sentences(text)}
    gold.discard(len(text))
    pred.discard(len(text))
    shown = []
    for b in sorted(gold ^ pred)[:examples]:
        kind = "missed" if b in gold else "false"
        shown.append(f"{kind} boundary: …{text[max(0, b - 40):b]}‖{text[b:b + 25]}…".replace("\n", "⏎"))
    return _prf(gold, pred), shown


def _pred_segments(text: str) -> set[tuple[int, int]]:
    out = set()
    for tok in tokenize(text):
        pieces = [(s.start, s.end, s.kind) for s in tok.segments] or [(tok.start, tok.end, "stem")]
        merged: list[list[int]] = []
        for start, end, kind in pieces:
            if kind == "stem" and merged and merged[-1][2] == "article":
                merged[-1][1], merged[-1][2] = end, "stem"  # ال stays on its noun, as in UD
            else:
                merged.append([start, end, kind])
        out.update((s, e) for s, e, _ in merged if e > s)
    return out


def segment_scores(sents: list[Sentence]) -> dict:
    gold, pred, base = set(), set(), set()
    aligned = [s for s in sents if s.tokens]
    for i, s in enumerate(aligned):
        gold.update((i, a, b) for a, b in s.tokens)
        pred.update((i, a, b) for a, b in _pred_segments(s.text))
        base.update((i, t.start, t.end) for t in tokenize(s.text, clitics=False))
    p, r, f = _prf(gold, pred)
    bf = _prf(gold, base)[2]
    return {"segment_p": p, "segment_r": r, "segment_f1": f, "segment_f1_no_split_baseline": bf,
            "segment_sentences_aligned": len(aligned)}


def throughput(sents: list[Sentence], target_mb: float = 5.0) -> dict:
    docs: dict[str, list[str]] = {}
    for s in sents:
        docs.setdefault(s.doc, []).append(s.text)
    articles = [" ".join(v) for v in docs.values()]
    size = sum(len(a.encode("utf-8")) for a in articles)
    reps = max(1, round(target_mb * 1e6 / size))
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for a in articles:
            view = normalize(a)
            tokenize(a, view=view)
            split_sentences(a, view=view)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    mb = size * reps / 1e6
    # CPU time of this one process is the one-core figure; wall time also counts other
    # processes competing for the core, so it is reported beside it.
    return {"throughput_mb_s": mb / cpu, "throughput_mb_s_wall": mb / wall, "throughput_mb": mb,
            "throughput_cpu_seconds": cpu}


def run(*, data_dir: Path | None = None, examples: int = 0, target_mb: float = 5.0, **_: object) -> dict:
    from rasd.errors import ResourceError

    if data_dir is None:
        raise ResourceError("no data directory: pass --data-dir or set RASD_DATA (see docs/data.md)", code="E031")
    path = Path(data_dir) / FOLDER / FILE
    if not path.is_file():
        raise ResourceError(f"{path} not found (UD Arabic-PUD; see docs/data.md)", code="E030")
    sents = read_conllu(path)
    (sp, sr, sf), shown = sentence_scores(sents, " ", examples)
    (_, _, nf), _ = sentence_scores(sents, "\n")
    out = {"sentences": len(sents), "sentence_p": sp, "sentence_r": sr, "sentence_f1": sf,
           "sentence_f1_newline_joined": nf}
    out.update(segment_scores(sents))
    out.update(throughput(sents, target_mb))
    out["targets"] = "sentence_f1 >= 0.95, throughput >= 1 MB/s"
    if shown:
        out["examples"] = shown
    return out
