import sys

import numpy as np
from pathlib import Path
import pycrfsuite
from rasd.stages.ner.train import load_training_data, with_domain, _RuntimeTagger
from rasd.stages.ner.model import PACKAGED_DIR, find_gazetteer
from rasd.stages.ner.clusters import load_clusters
from rasd.stages.ner.gazetteer import Gazetteer
from rasd.stages.ner.fastcrf import LinearCRF
from rasd.stages.ner.features import FeatureExtractor
from rasd.stages.ner.prior import load_prior
from rasd.stages.ner.evaluate import score
# usage: python stack.py base|tx PREDS.npz DATA_DIR  (one-pass CRF on ANERcorp train minus its
# last 600 sentences, scored on those 600, with or without the encoder's jack-knifed tags)
variant, preds, D = sys.argv[1], sys.argv[2], Path(sys.argv[3])
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
sents, _, doms = load_training_data(D, log=lambda *a: None)
P = np.load(preds)['train'].astype(np.float32)
off = np.cumsum([0] + [len(s) for s in sents])
probs = [P[off[i]:off[i+1]] for i in range(len(sents))]
gaz = Gazetteer.load(find_gazetteer())
M = Path(PACKAGED_DIR)
fx = FeatureExtractor(load_clusters(M / 'clusters.tsv.gz'), gaz,
                      guide=_RuntimeTagger(LinearCRF.load(M / 'guide.crf.gz')), prior=load_prior(M / 'prior.tsv.gz'))


def txf(p):
    lab = [LABELS[i] for i in p.argmax(1)]
    conf = p.max(1)
    out = []
    for i in range(len(lab)):
        f = ['tx=' + lab[i], 'txc=%s:%d' % (lab[i], min(4, int(conf[i] * 5)))]
        if i > 0:
            f.append('tx-1=' + lab[i-1])
        if i + 1 < len(lab):
            f.append('tx+1=' + lab[i+1])
        out.append(f)
    return out


feats = []
for s, d, p in zip(sents, doms, probs):
    f = with_domain(fx.sentence([w for w, _ in s]), d, ('wojood',))
    if variant == 'tx':
        f = [a + b for a, b in zip(f, txf(p))]
    feats.append(f)
dev = list(range(3373, 3973))
tr = [i for i in range(len(sents)) if not 3373 <= i < 3973]
t = pycrfsuite.Trainer(verbose=False)
for i in tr:
    t.append(feats[i], [x for _, x in sents[i]])
t.set_params({"c1": 0.05, "c2": 0.02, "max_iterations": 100, "feature.possible_transitions": True})
t.train(f'/tmp/stack_{variant}.crfsuite')
tg = pycrfsuite.Tagger()
tg.open(f'/tmp/stack_{variant}.crfsuite')
r = score([[x for _, x in sents[i]] for i in dev], [tg.tag(feats[i]) for i in dev])
print(variant, r['overall'], {k: v['f1'] for k, v in r['per_label'].items()})
txs = score([[x for _, x in sents[i]] for i in dev], [[LABELS[j] for j in probs[i].argmax(1)] for i in dev])
print('transformer alone on dev', txs['overall'])
