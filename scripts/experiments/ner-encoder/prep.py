"""Prepare GPU experiment inputs: WordPiece vocab, encoded unlabelled corpus, NER sentences."""
import gzip
import json
import re
import sys
import time
from pathlib import Path
import numpy as np

from rasd.stages.ner.train import load_training_data
from rasd.stages.ner.corpora import read_anercorp, read_aqmar
from rasd.stages.ner.model import DOC_BLOCK

from tokenizers import Tokenizer, models, trainers, pre_tokenizers, normalizers

# usage: python prep.py DATA_DIR OUT_DIR [VOCAB]   (needs the `tokenizers` package)
DATA = Path(sys.argv[1])
OUT = Path(sys.argv[2])
OUT.mkdir(parents=True, exist_ok=True)
VOCAB = int(sys.argv[3]) if len(sys.argv) > 3 else 24000
TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s):
    return TASHKEEL.sub("", s)


def lines():
    for f in ("news.txt.gz", "news-nc.txt.gz"):
        with gzip.open(DATA / "unlabeled-ar" / f, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield norm(line.rstrip("\n").replace(" ¶ ", "\n"))


t0 = time.time()
tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=50))
tok.normalizer = normalizers.Lowercase()
tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
tr = trainers.WordPieceTrainer(vocab_size=VOCAB, min_frequency=3,
                               special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
tok.train_from_iterator(lines(), tr)
tok.save(str(OUT / "tokenizer.json"))
print("tokenizer", tok.get_vocab_size(), f"{time.time()-t0:.0f}s", flush=True)
SEP = tok.token_to_id("[SEP]")
ids = []
batch = []
n = 0
for text in lines():
    batch.append(text)
    if len(batch) == 2000:
        for e in tok.encode_batch(batch):
            ids.extend(e.ids)
            ids.append(SEP)
        n += len(batch)
        batch = []
for e in tok.encode_batch(batch):
    ids.extend(e.ids)
    ids.append(SEP)
arr = np.array(ids, dtype=np.uint16)
np.save(OUT / "corpus.npy", arr)
print("corpus tokens", len(arr), f"{time.time()-t0:.0f}s", flush=True)


def enc_words(words):
    out = []
    for w in words:
        e = tok.encode(norm(w), add_special_tokens=False).ids or [tok.token_to_id("[UNK]")]
        out.append(e[:8])
    return out


sents, _, domains = load_training_data(DATA)
nb = (len(sents) + DOC_BLOCK - 1) // DOC_BLOCK
folds = 4
rec = {"train": [], "anercorp-test": [], "aqmar-test": []}
for i, (s, d) in enumerate(zip(sents, domains)):
    j = i // DOC_BLOCK
    rec["train"].append({"w": [w for w, _ in s], "t": [t for _, t in s], "p": enc_words([w for w, _ in s]),
                         "d": d, "f": j * folds // nb})
for name, ss in (("anercorp-test", read_anercorp(DATA, "test")), ("aqmar-test", read_aqmar(DATA, "test"))):
    for s in ss:
        rec[name].append({"w": [w for w, _ in s], "t": [t for _, t in s], "p": enc_words([w for w, _ in s])})
with gzip.open(OUT / "ner.json.gz", "wt", encoding="utf-8") as fh:
    json.dump(rec, fh, ensure_ascii=False)
print({k: len(v) for k, v in rec.items()}, f"{time.time()-t0:.0f}s")
