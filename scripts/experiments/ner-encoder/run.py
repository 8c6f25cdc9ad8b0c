"""Pretrain one encoder config (MLM), fine-tune jack-knifed NER taggers, write outputs to $OUT.

usage: OUT=DIR python run.py big|small SECONDS   (reads prep.py's output from ./in; needs torch;
on a machine without CUDA it runs a tiny smoke version)"""
import gzip
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", ".."))
from enc import Encoder, pretrain, finetune, predict, decode, save_encoder  # noqa: E402
from rasd.stages.ner.evaluate import score  # noqa: E402


def f1(gold, pred):
    o = score(gold, pred)["overall"]
    return o["precision"], o["recall"], o["f1"]


CONFIGS = {"big": dict(h=256, layers=4, heads=4, ff=1024), "small": dict(h=192, layers=2, heads=3, ff=768)}
name, seconds = sys.argv[1], float(sys.argv[2])
out = os.environ.get("OUT", "/tmp/out")
dev = "cuda" if torch.cuda.is_available() else "cpu"
inp = os.path.join(os.path.dirname(__file__), "in")
logf = open(os.path.join(out, f"log_{name}.txt"), "a")


def log(*a):
    s = " ".join(str(x) for x in a)
    print(f"[{name}] {s}", flush=True)
    logf.write(s + "\n")
    logf.flush()


t0 = time.time()
torch.manual_seed(1)
corpus = np.load(os.path.join(inp, "corpus.npy"))
if dev == "cpu":
    corpus = corpus[:200000]
vocab = int(corpus.max()) + 1
vocab = max(vocab, 24000)
with gzip.open(os.path.join(inp, "ner.json.gz"), "rt", encoding="utf-8") as fh:
    rec = json.load(fh)
if dev == "cpu":
    rec = {k: v[::40] for k, v in rec.items()}
cfg = CONFIGS[name]


def make():
    return Encoder(vocab, **cfg)


model = make().to(dev)
log(dev, cfg, "params", sum(p.numel() for p in model.parameters()), "corpus", len(corpus))
pretrain(model, corpus, dev, seconds, log=log, batch=128 if dev == "cuda" else 8, seqlen=256 if dev == "cuda" else 64)
save_encoder(model, os.path.join(out, f"pre_{name}.npz"))
state = {k: v.detach().clone() for k, v in model.state_dict().items()}
log(f"saved pretrained at {time.time()-t0:.0f}s")

train = rec["train"]
tune = [s for s in train if s["d"] != "wojood"]
probs = [None] * len(train)
ep = 8 if dev == "cuda" else 1
for k in range(4):
    fit = [s for s in tune if s["f"] != k]
    m, head = finetune(state, make, fit, dev, epochs=ep)
    held = [i for i, s in enumerate(train) if s["f"] == k and s["d"] != "wojood"]
    for i, p in zip(held, predict(m, head, [train[i] for i in held], dev)):
        probs[i] = p
    g = [train[i]["t"] for i in held]
    log(f"fold {k}: F1 {f1(g, [decode(probs[i]) for i in held])} at {time.time()-t0:.0f}s")
ok = [i for i, s in enumerate(train) if s["d"] != "wojood"]
log("oof F1 (anercorp+aqmar-dev)", f1([train[i]["t"] for i in ok], [decode(probs[i]) for i in ok]))
m, head = finetune(state, make, tune, dev, epochs=ep)
woj = [i for i, s in enumerate(train) if s["d"] == "wojood"]
for i, p in zip(woj, predict(m, head, [train[i] for i in woj], dev)):
    probs[i] = p
arrays = {"train": np.concatenate(probs).astype(np.float16)}
for split in ("anercorp-test", "aqmar-test"):
    ps = predict(m, head, rec[split], dev)
    arrays[split] = np.concatenate(ps).astype(np.float16)
    log(split, "P/R/F1", f1([s["t"] for s in rec[split]], [decode(p) for p in ps]))
np.savez_compressed(os.path.join(out, f"preds_{name}.npz"), **arrays)
log(f"done at {time.time()-t0:.0f}s")
