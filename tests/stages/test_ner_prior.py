"""Label priors from tagged unlabelled text (rasd/stages/ner/prior.py), on invented data."""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from rasd.stages.ner.features import FeatureExtractor
from rasd.stages.ner.prior import (count_labels, load_prior, prior_features, prior_key,
                                   save_prior, unlabeled_documents)


def test_prior_key_strips_proclitics_and_article():
    assert prior_key("وبالمدينة") == prior_key("المدينة") == "مدينه"
    assert prior_key("أرسنال") == "ارسنال"


def test_prior_features_buckets_and_context():
    own, ctx = prior_features([2, 0, 18, 0, 0])  # O, PER, ORG, LOC, MISC
    assert "up=ORG:hi" in own and "up=O:lo" in own
    assert ctx == ("upt=ORG",)
    own, ctx = prior_features([95, 5, 0, 0, 0])
    assert own == ("up=O:hi", "up=PER:lo")
    assert ctx == ()  # a plain word adds nothing to its neighbours


def test_save_load_roundtrip_drops_rare_words(tmp_path: Path):
    counts = {"ارسنال": Counter({"ORG": 9, "O": 1}), "نادر": Counter({"PER": 2})}
    path = tmp_path / "prior.tsv.gz"
    assert save_prior(counts, path) == 1
    prior = load_prior(path)
    assert set(prior) == {"ارسنال"}
    assert "up=ORG:hi" in prior["ارسنال"][0]
    assert load_prior(tmp_path / "missing.tsv.gz") == {}


class _FakeModel:
    """Tags every token that starts with ب as LOC (stands in for a NerModel)."""

    def tag_document(self, doc):
        return [["B-LOC" if t.startswith("ب") else "O" for t in s] for s in doc]


def test_count_labels_and_unlabeled_reader(tmp_path: Path):
    d = tmp_path / "unlabeled-ar"
    d.mkdir()
    text = "وصل الوفد إلى بيروت اليوم. ثم غادر بيروت مساء ¶ قصير\nوزار الوفد بيروت أمس.\n"
    with gzip.open(d / "news.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(text)
    docs = list(unlabeled_documents(tmp_path, 1000))
    assert len(docs) == 2
    assert docs[0][0] == ["وصل", "الوفد", "إلى", "بيروت", "اليوم", "."]
    assert all(len(s) >= 3 for doc in docs for s in doc)  # "قصير" alone is skipped
    counts = count_labels(_FakeModel(), docs)
    assert counts[prior_key("بيروت")] == Counter({"LOC": 3})
    assert counts["وفد"]["O"] == 2


def test_feature_extractor_uses_prior():
    prior = {"ارسنال": prior_features([1, 0, 9, 0, 0])}
    fx = FeatureExtractor(prior=prior)
    feats = fx.sentence(["فاز", "أرسنال", "أمس"])
    assert "up=ORG:hi" in feats[1]
    assert "-1:upt=ORG" in feats[2] and "+1:upt=ORG" in feats[0]
    plain = FeatureExtractor().sentence(["فاز", "أرسنال", "أمس"])
    assert not any(f.startswith("up") for f in plain[1])
