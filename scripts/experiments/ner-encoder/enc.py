"""Small pre-LN transformer encoder: MLM pretraining and NER fine-tuning (experiment)."""
import math
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]  # the head's outputs
PAD, UNK, CLS, SEP, MASK = 0, 1, 2, 3, 4


class Block(nn.Module):
    def __init__(self, h, heads, ff, drop):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(h), nn.LayerNorm(h)
        self.qkv, self.out = nn.Linear(h, 3 * h), nn.Linear(h, h)
        self.fc1, self.fc2 = nn.Linear(h, ff), nn.Linear(ff, h)
        self.heads, self.drop = heads, drop

    def forward(self, x, mask):
        b, n, h = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, n, 3, self.heads, h // self.heads).permute(2, 0, 3, 1, 4)
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask,
                                           dropout_p=self.drop if self.training else 0.0)
        x = x + F.dropout(self.out(a.transpose(1, 2).reshape(b, n, h)), self.drop, self.training)
        y = self.fc2(F.gelu(self.fc1(self.ln2(x)), approximate="tanh"))
        return x + F.dropout(y, self.drop, self.training)


class Encoder(nn.Module):
    def __init__(self, vocab, h=256, layers=4, heads=4, ff=1024, maxpos=256, drop=0.1):
        super().__init__()
        self.tok = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(maxpos, h)
        self.blocks = nn.ModuleList([Block(h, heads, ff, drop) for _ in range(layers)])
        self.lnf = nn.LayerNorm(h)
        self.mlm_bias = nn.Parameter(torch.zeros(vocab))
        self.drop = drop
        nn.init.normal_(self.tok.weight, std=0.02)
        nn.init.normal_(self.pos.weight, std=0.02)

    def forward(self, ids, pad_mask=None):
        n = ids.shape[1]
        x = self.tok(ids) + self.pos.weight[:n]
        x = F.dropout(x, self.drop, self.training)
        mask = None
        if pad_mask is not None:  # True where real token
            mask = pad_mask[:, None, None, :]
        for blk in self.blocks:
            x = blk(x, mask)
        return self.lnf(x)

    def mlm_logits(self, hid):
        return hid @ self.tok.weight.t() + self.mlm_bias


def save_encoder(model, path, head=None):
    sd = {k: v.detach().float().cpu().numpy().astype(np.float16) for k, v in model.state_dict().items()}
    if head is not None:
        sd.update({"head." + k: v.detach().float().cpu().numpy().astype(np.float16)
                   for k, v in head.state_dict().items()})
    np.save(str(path).replace(".npz", "_tok.npy"), sd.pop("tok.weight"))
    np.savez(path, **sd)


def pretrain(model, corpus, dev, seconds, batch=128, seqlen=256, lr=1e-3, log=print, seed=1):
    g = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.01,
                            **({"fused": True} if dev == "cuda" else {}))
    data = torch.from_numpy(corpus.astype(np.int64))
    vocab = model.tok.weight.shape[0]
    N = len(data) - seqlen - 1
    offs = torch.arange(seqlen)
    t0 = time.time()
    step, total, warm = 0, None, 500
    model.train()
    while True:
        el = time.time() - t0
        if total is None and step == 60:
            rate = step / el
            total = max(200, int(rate * seconds))
            log(f"  {rate:.1f} steps/s -> {total} steps")
        if total is not None and step >= total:
            break
        starts = torch.randint(0, N, (batch,), generator=g)
        ids = data[starts[:, None] + offs].to(dev, non_blocking=True)
        sel = torch.rand(ids.shape, device=dev) < 0.15
        r = torch.rand(ids.shape, device=dev)
        inp = ids.clone()
        inp[sel & (r < 0.8)] = MASK
        rnd = sel & (r >= 0.8) & (r < 0.9)
        inp[rnd] = torch.randint(5, vocab, (int(rnd.sum()),), device=dev)
        cur = lr * min(1.0, (step + 1) / warm) * (1.0 if total is None else max(0.0, 1 - step / total))
        for pg in opt.param_groups:
            pg["lr"] = cur
        with torch.autocast(dev, dtype=torch.bfloat16, enabled=dev == "cuda"):
            hid = model(inp)
            logits = model.mlm_logits(hid[sel])
            loss = F.cross_entropy(logits.float(), ids[sel])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if step % 500 == 0:
            log(f"  step {step} loss {loss.item():.3f} {time.time()-t0:.0f}s")
    log(f"  pretrained {step} steps in {time.time()-t0:.0f}s, last loss {loss.item():.3f}")
    return model


def batches(sents, bs, maxlen, shuffle, g=None):
    order = list(range(len(sents)))
    if shuffle:
        order = [order[i] for i in torch.randperm(len(order), generator=g).tolist()]
    for i in range(0, len(order), bs):
        idx = order[i:i + bs]
        rows, firsts = [], []
        for j in idx:
            ids, fi = [], []
            for p in sents[j]["p"]:
                fi.append(len(ids))
                ids.extend(p)
            rows.append(ids[:maxlen])
            firsts.append([f for f in fi if f < maxlen])
        yield idx, rows, firsts


def to_tensor(rows, dev):
    n = max(len(r) for r in rows)
    ids = torch.zeros(len(rows), n, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
    return ids.to(dev), (ids != PAD).to(dev)


def finetune(enc_state, make, sents, dev, epochs=8, bs=16, lr=2e-4, seed=7, maxlen=256):
    torch.manual_seed(seed)
    model = make().to(dev)
    model.load_state_dict(enc_state)
    head = nn.Linear(model.tok.weight.shape[1], len(LABELS)).to(dev)
    params = list(model.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = max(1, epochs * math.ceil(len(sents) / bs))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))
    g = torch.Generator().manual_seed(seed)
    lab = {l: i for i, l in enumerate(LABELS)}
    for ep in range(epochs):
        model.train()
        for idx, rows, firsts in batches(sents, bs, maxlen, True, g):
            ids, pm = to_tensor(rows, dev)
            with torch.autocast(dev, dtype=torch.bfloat16, enabled=dev == "cuda"):
                hid = model(ids, pm)
            bi = torch.tensor([b for b, f in enumerate(firsts) for _ in f], device=dev)
            ti = torch.tensor([x for f in firsts for x in f], device=dev)
            gold = torch.tensor([lab[t] for j, f in zip(idx, firsts) for t in sents[j]["t"][:len(f)]], device=dev)
            logits = head(F.dropout(hid[bi, ti].float(), 0.1, True))
            loss = F.cross_entropy(logits, gold)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
    return model, head


@torch.no_grad()
def predict(model, head, sents, dev, maxlen=256):
    model.eval()
    out = []
    for idx, rows, firsts in batches(sents, 64, 100000, False):
        # long sentences: encode in windows of maxlen
        for j, r, f in zip(idx, rows, firsts):
            probs = np.zeros((len(sents[j]["w"]), len(LABELS)), dtype=np.float32)
            probs[:, 0] = 1.0
            for s in range(0, len(r), maxlen):
                chunk = r[s:s + maxlen]
                ids, pm = to_tensor([chunk], dev)
                hid = model(ids, pm)
                p = torch.softmax(head(hid[0].float()), -1).cpu().numpy()
                for wi, fi in enumerate(f):
                    if s <= fi < s + maxlen:
                        probs[wi] = p[fi - s]
            out.append((j, probs))
    out.sort()
    return [p for _, p in out]


def decode(probs):
    """Most probable tag of each word (a stray I- starts a chunk when scored, as in conlleval)."""
    return [LABELS[i] for i in probs.argmax(-1)]
