"""The sentence detector: features, training, save/load, cross-validated GSR evaluation."""
import numpy as np

from rasd.stages import event_classifier as ec

POS = ["قصفت الطائرات قرية وقتلت خمسة مدنيين", "انفجرت سيارة مفخخة في السوق", "هاجم مسلحون حاجزا للشرطة",
       "اشتباكات عنيفة بين الجيش والمسلحين", "اغتال مجهولون ضابطا في المدينة"]
NEG = ["افتتح الوزير معرضا للكتاب", "ارتفعت أسعار النفط اليوم", "فاز الفريق بالبطولة",
       "ناقش البرلمان الميزانية الجديدة", "تحدث الكاتب عن روايته الأخيرة"]


def _csv(tmp_path, etype, pos, neg, extra=()):
    lines = [",accept,event_type,id,label,reject,text,total"]
    rows = [(t, "yes") for t in pos] + [(t, "easy no") for t in neg] + list(extra)
    for i, (t, lab) in enumerate(rows):
        lines.append(f"{i},1,{etype},id{i},{lab},0,{t},1")
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
    rows = ec.read_gsr(tmp_path, "ASSAULT")
    assert len(rows) == 11 and sum(y for _, y in rows) == 5


def test_evaluate_gsr_reports_both_types(tmp_path):
    _csv(tmp_path, "ASSAULT", POS * 2, NEG * 2)
    _csv(tmp_path, "PROTEST", ["تظاهر الآلاف في الساحة", "اعتصم العمال أمام المصنع"] * 3, NEG * 2)
    out = ec.evaluate_gsr(tmp_path)
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
