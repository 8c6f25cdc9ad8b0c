"""The sentence detector: features, training, save/load, cross-validated GSR evaluation."""
import numpy as np

from rasd.stages import event_classifier as ec
from rasd.stages import event_gsr as gsr

POS = ["قصفت الطائرات قرية وقتلت خمسة مدنيين", "انفجرت سيارة مفخخة في السوق", "هاجم مسلحون حاجزا للشرطة",
       "اشتباكات عنيفة بين الجيش والمسلحين", "اغتال مجهولون ضابطا في المدينة"]
NEG = ["افتتح الوزير معرضا للكتاب", "ارتفعت أسعار النفط اليوم", "فاز الفريق بالبطولة",
       "ناقش البرلمان الميزانية الجديدة", "تحدث الكاتب عن روايته الأخيرة"]


def _csv(tmp_path, etype, pos, neg, extra=()):
    lines = [",accept,event_type,id,label,reject,text,total"]
    rows = [(t, "yes") for t in pos] + [(t, "easy no") for t in neg] + list(extra)
    votes = {"yes": (3, 0), "easy no": (0, 3), "difficult no": (1, 2), "ambiguous": (2, 1)}
    for i, (t, lab) in enumerate(rows):
        acc, rej = votes[lab]
        lines.append(f"{i},{acc},{etype},id{i},{lab},{rej},{t},{acc + rej}")
    (tmp_path / f"{etype.lower()}_gsr.csv").write_text("\n".join(lines), encoding="utf-8")


def test_features_are_deterministic_and_in_range():
    a, b = ec.features(POS[0]), ec.features(POS[0])
    assert a == b and all(0 <= i < ec.DIM for i in a)


def test_features_include_lexicon_hits():
    assert ec._h("t:ASSAULT") in ec.features(POS[0])
    assert ec._h("t:ASSAULT") not in ec.features(NEG[0])


def test_training_separates_toy_data():
    X = [ec.features(t) for t in POS + NEG]
    y = np.array([1.0] * len(POS) + [0.0] * len(NEG))
    w = ec.train_binary(X, y, epochs=20)
    scores = [ec._sigmoid(w[x].sum() * ec._norm(x)) for x in X]
    assert min(scores[:5]) > max(scores[5:])


def test_read_gsr_drops_ambiguous(tmp_path):
    _csv(tmp_path, "ASSAULT", POS, NEG, extra=[("جملة غامضة", "ambiguous"), ("جملة صعبة", "difficult no")])
    rows = gsr.read_gsr(tmp_path, "ASSAULT")
    assert len(rows) == 11 and sum(y for _, y in rows) == 5


def test_evaluate_gsr_reports_both_types(tmp_path):
    _csv(tmp_path, "ASSAULT", POS * 2, NEG * 2)
    _csv(tmp_path, "PROTEST", ["تظاهر الآلاف في الساحة", "اعتصم العمال أمام المصنع"] * 3, NEG * 2)
    out = gsr.evaluate_gsr(tmp_path)
    assert set(out) == {"ASSAULT", "PROTEST"}
    assert out["ASSAULT"]["positives"] == 10 and 0.0 <= out["ASSAULT"]["f1"] <= 1.0
    assert out["ASSAULT"]["tp"] + out["ASSAULT"]["fn"] == 10


def test_save_and_load_roundtrip(tmp_path):
    w = np.zeros((len(ec.TYPES), ec.DIM), dtype=np.float32)
    w[0, 5], w[1, 7] = 1.5, -2.0
    ec.save(ec.LinearModel(w), tmp_path / "m.npz")
    back = ec.load(tmp_path / "m.npz")
    assert back.weights[0, 5] == 1.5 and back.weights[1, 7] == -2.0 and back.weights.sum() == -0.5


def test_packaged_model_loads_and_scores():
    model = ec.packaged_model()
    assert model is not None
    p = model.predict(POS[0])
    assert set(p) == {"ASSAULT", "PROTEST"} and all(0.0 <= v <= 1.0 for v in p.values())


def test_cue_features_mark_condemned_and_future_triggers():
    from rasd.stages.event_features import sentence_features
    condemned = sentence_features("أدانت الحكومة الهجوم على المسجد")
    fresh = sentence_features("هاجم مسلحون حاجزا للشرطة أمس وقتل 3 جنود")
    assert "t:ASSAULT:before:condemn" in condemned and "t:ASSAULT:def" in condemned
    assert "t:ASSAULT:before:condemn" not in fresh
    assert "cue:when" in fresh and "cue:harm_count" in fresh and "cue:harm_count" not in condemned


def test_threshold_is_f1_best_cut():
    scores = np.array([3.0, 2.0, 1.0, -1.0, -2.0])
    y = np.array([1.0, 1.0, 0.0, 1.0, 0.0])
    thr = ec.best_threshold(scores, y)
    assert -2.0 < thr < -1.0  # taking the first four rows gives F1 6/7, the best cut


def test_bias_shifts_the_decision(tmp_path):
    w = np.zeros((len(ec.TYPES), ec.DIM), dtype=np.float32)
    ec.save(ec.LinearModel(w, np.array([2.0, -2.0], dtype=np.float32)), tmp_path / "m.npz")
    p = ec.load(tmp_path / "m.npz").predict("تظاهر الآلاف في الساحة")
    assert p["ASSAULT"] > 0.5 > p["PROTEST"]


def test_protest_cues_mark_a_gathering_crowd():
    from rasd.stages.event_features import sentence_features
    rally = set(sentence_features("تجمع مئات المتظاهرين أمام السفارة أمس ورددوا هتافات ضد الحكومة"))
    talk = set(sentence_features("ناقش البرلمان الميزانية الجديدة في جلسة طويلة"))
    assert {"cue:gather", "cue:crowd", "cue:front", "cue:slogan", "cue:gather+crowd"} <= rally
    assert not {"cue:gather", "cue:crowd", "cue:slogan", "cue:gather+crowd"} & talk


def test_speech_before_a_crowd_is_marked_near_the_trigger():
    from rasd.stages.event_features import sentence_features
    feats = set(sentence_features("وفي كلمة أمام آلاف المتظاهرين تساءل الوزير عن الرواتب"))
    assert "cue:speech" in feats and "cue:crowd" in feats


def test_cluster_features_use_the_table_whole_then_clitic_stripped(monkeypatch):
    from rasd.stages import event_features as ef
    table = {"تظاهر": ("1", "7", "70"), "المتظاهرين": ("1", "8", "80")}
    monkeypatch.setattr(ef, "cluster_view", lambda: table)
    toks = ef.tokenize("وتظاهر المتظاهرين بسلام")
    assert ef.cluster_features(toks) == {"k256:7", "k1024:70", "k256:8", "k1024:80"}
    monkeypatch.setattr(ef, "cluster_view", lambda: {})
    assert ef.cluster_features(toks) == set()  # no table: the detector runs without the view


def test_trained_weights_are_zero_on_unseen_features():
    X = [ec.features(t) for t in POS + NEG]
    y = np.array([1.0] * len(POS) + [0.0] * len(NEG))
    w = ec.train_binary(X, y, c=3.0, iters=50)
    seen = sorted({i for r in X for i in r})
    unseen = np.setdiff1d(np.arange(ec.DIM), seen)
    assert w.shape == (ec.DIM,) and not w[unseen].any() and np.abs(w[seen]).sum() > 0


def test_c_is_chosen_from_the_grid_by_inner_cv(monkeypatch):
    X = [ec.features(t) for t in (POS + NEG) * 2]
    y = np.array(([1.0] * len(POS) + [0.0] * len(NEG)) * 2)
    used = []
    real = ec.train_binary

    def spy(rows, yy, *, c=ec.C, **kw):
        used.append((len(rows), c))
        return real(rows, yy, c=c, iters=30)

    monkeypatch.setattr(ec, "train_binary", spy)
    w, thr = ec.fit_with_threshold(X, y, inner=2, grid=(0.5, 4.0))
    # two C values × two inner folds on half the rows each, then one final fit on all rows
    assert sorted(c for n, c in used if n == len(X) // 2) == [0.5, 0.5, 4.0, 4.0]
    assert [n for n, _ in used].count(len(X)) == 1 and used[-1][1] in (0.5, 4.0)
    scores = ec.logits(X, w)
    assert ((scores >= thr) == (y > 0)).mean() >= 0.9


def test_read_gsr_votes_keeps_ambiguous_rows_for_training(tmp_path):
    _csv(tmp_path, "ASSAULT", POS[:2], NEG[:2], extra=[("جملة غامضة", "ambiguous"), ("جملة صعبة", "difficult no")])
    votes = gsr.read_gsr_votes(tmp_path, "ASSAULT")
    assert [(g, round(s, 2)) for _, g, s in votes] == [(1, 1.0), (1, 1.0), (0, 0.0), (0, 0.0),
                                                       (-1, 0.67), (0, 0.33)]
    assert [g for _, g in gsr.read_gsr(tmp_path, "ASSAULT")] == [1, 1, 0, 0, 0]  # scored rows only


def test_soft_labels_pull_the_score_towards_the_vote_share():
    X = [ec.features(t) for t in POS + NEG]
    hard = np.array([1.0] * len(POS) + [0.0] * len(NEG))
    half = hard.copy()
    half[0] = 0.5  # coders split on the first sentence
    w_hard = ec.train_binary(X, hard, c=3.0, iters=100)
    w_half = ec.train_binary(X, half, c=3.0, iters=100)
    assert ec.logits(X[:1], w_half)[0] < ec.logits(X[:1], w_hard)[0]


def test_near_duplicates_and_extra_rows_held_out():
    a = ["هاجم مسلحون حاجزا للشرطة في المدينة أمس", "افتتح الوزير معرضا للكتاب"]
    b = ["وهاجم مسلحون حاجزا للشرطة في المدينة أمس", "ارتفعت أسعار النفط اليوم"]
    dup = gsr.near_duplicates(a, b)
    assert dup.tolist() == [[True, False], [False, False]]
    extra = ec.Extra([[1], [2]], np.array([0.7, 0.3]), dup)
    kept = extra.clear_of([0])  # held-out row 0 near-duplicates extra row 0: it must not train
    assert kept.rows == [[2]] and kept.target.tolist() == [0.3]
    assert extra.clear_of([1]).rows == [[1], [2]]


DOC_SENTS = ["وقال مصدر أمني إن مسلحين هاجموا أمس حاجزاً للشرطة وقتلوا 3 جنود.",
             "وتظاهر آلاف المحتجين أمام البرلمان، ورددوا شعارات تندد بالحكومة.",
             "ودعت الأمم المتحدة إلى التحقيق في الهجوم الذي قد يتكرر."]


def _doc_sentence_tokens(sents, i):
    """Tokens of sentence `i` cut from the tokenised whole text (document offsets)."""
    from rasd.text.tokenize import tokenize
    text = " ".join(sents)
    start = text.index(sents[i])
    end = start + len(sents[i])
    return [t for t in tokenize(text) if start <= t.start and t.end <= end]


def test_document_tokens_give_the_same_features_as_the_sentence_alone():
    from rasd.stages.event_features import sentence_features
    for i, sent in enumerate(DOC_SENTS):
        toks = _doc_sentence_tokens(DOC_SENTS, i)
        if i:
            assert toks[0].start > 0  # really document offsets, not the sentence's own
        feats = sentence_features(sent, tokens=toks)
        assert feats == sentence_features(sent)
        assert "t:ASSAULT" in feats or i != 0  # the detector has something to score
    assert ec.features(DOC_SENTS[1], tokens=_doc_sentence_tokens(DOC_SENTS, 1)) == ec.features(DOC_SENTS[1])


def test_predict_tokens_matches_predict():
    rows = [ec.features(t) for t in POS + NEG]
    w = ec.train_binary(rows, np.array([1] * 5 + [0] * 5), iters=50)
    model = ec.LinearModel(np.stack([w, -w]).astype(np.float32))
    for i, sent in enumerate(DOC_SENTS):
        assert model.predict_tokens(sent, _doc_sentence_tokens(DOC_SENTS, i)) == model.predict(sent)
    assert model.predict_tokens(DOC_SENTS[0], None) == model.predict(DOC_SENTS[0])


def test_cue_sets_agree_with_list_lookups():
    """The cue flags come from one set of stems and surfaces; each must still fire exactly when a
    stem or a surface form is in the cue list."""
    from rasd.stages import event_features as ef
    from rasd.text.tokenize import tokenize
    for sent in DOC_SENTS + POS + NEG:
        toks = tokenize(sent)
        stems = [ef._stem(t.norm) for t in toks]
        surface = [ef._fold(t.norm) for t in toks]
        got = ef._cue_features(toks, stems)
        for name, cues in (("when", ef.WHEN), ("actor", ef.ACTORS), ("harm", ef.HARM),
                           ("say", ef.SAY), ("crowd", ef.CROWD), ("front", ef.FRONT)):
            want = any(s in cues for s in stems) or any(s in cues for s in surface)
            assert ("cue:" + name in got) == want, (sent, name)


def test_one_coder_f1_counts_the_coders_who_accepted_a_no(tmp_path):
    # 2 unanimous yes; 3 "difficult no" accepted by 1 coder in 3; ambiguous rows ignored
    _csv(tmp_path, "ASSAULT", POS[:2], NEG, extra=[("جملة صعبة", "difficult no")] * 3 + [("غامضة", "ambiguous")])
    # tp 2, fn 0, fp 3 × 1/3 = 1  →  F1 = 4 / (4 + 1) = 0.8
    assert gsr.one_coder_f1(tmp_path, "ASSAULT") == 0.8
    _csv(tmp_path, "PROTEST", POS[:2], NEG)
    assert gsr.one_coder_f1(tmp_path, "PROTEST") == 1.0  # unanimous labels only: a coder agrees
