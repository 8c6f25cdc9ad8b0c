"""`batch_gc`: rare collections inside a batch, the process left as it was after."""
from __future__ import annotations

import gc

from rasd.scale.base import GC_THRESHOLDS, batch_gc, process_batch


def test_batch_gc_sets_and_restores_thresholds_and_freeze():
    before = gc.get_threshold()
    with batch_gc():
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 0
        with batch_gc():  # nested: the outer block still holds the settings after it
            pass
        assert gc.get_threshold() == GC_THRESHOLDS
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_batch_gc_restores_after_an_error():
    before = gc.get_threshold()
    try:
        with batch_gc():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_cycles_made_inside_a_batch_are_still_collected():
    class Node:
        pass

    with batch_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2


def test_process_batch_reports_bad_items_and_keeps_order():
    toml = '[pipeline]\nstages = ["text"]\n'
    before = gc.get_threshold()
    out = process_batch([{"id": "a", "text": "قصف على بغداد"}, {"id": "b", "text": ""},
                         {"id": "c", "text": "تظاهرة في حلب"}], toml)
    assert [k for k, _ in out] == ["ok", "error", "ok"]
    assert out[0][1]["doc"]["id"] == "a" and out[2][1]["doc"]["id"] == "c"
    assert out[1][1]["doc_id"] == "b" and out[1][1]["code"] == "E001"  # empty, as extract says
    assert gc.get_threshold() == before
