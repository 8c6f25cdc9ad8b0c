"""Benchmarks: `rasd bench <what>` imports `rasd.bench.<what>` and calls its `run(data_dir=..., **opts)`.

Each module measures one layer on public data and returns {figure: value}; values are
numbers or short strings (a list value holds examples to show under the table).
"""
from __future__ import annotations

import importlib
from types import ModuleType

BENCHES = ("text", "ner", "places", "times", "events", "pipeline", "scale", "load", "fuzz", "sanity")


def load_bench(what: str) -> ModuleType | None:
    """The bench module for `what`, or None when it has not been written."""
    name = f"rasd.bench.{what}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise
