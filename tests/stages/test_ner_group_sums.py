"""fastcrf.group_sums must give reduceat's sums bit for bit (the NER scores must not move)."""
import numpy as np

from rasd.stages.ner.fastcrf import group_sums


def test_group_sums_equal_reduceat_bit_for_bit():
    rng = np.random.default_rng(0)
    W = rng.normal(size=(3000, 39)).astype(np.float32)
    W *= rng.choice([1e-3, 1.0, 1e3], size=(3000, 1)).astype(np.float32)  # sums that round
    for trial in range(60):
        top = 140 if trial % 10 == 0 else 12  # past numpy's pairwise block (128) too
        lens = rng.integers(1, top, size=int(rng.integers(1, 300)))
        flat = rng.integers(0, len(W), size=int(lens.sum()))
        offsets = np.zeros(len(lens), dtype=np.intp)
        np.cumsum(lens[:-1], out=offsets[1:])
        want = np.add.reduceat(W[flat], offsets, axis=0)
        got = group_sums(W, list(flat), list(lens))
        assert got.dtype == want.dtype
        assert np.array_equal(got.view(np.uint32), want.view(np.uint32))
