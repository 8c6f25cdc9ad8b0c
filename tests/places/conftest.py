"""Fixtures: the mini gazetteer (memory and SQLite). Helpers live in places_helpers.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make places_helpers importable

from places_helpers import FIXTURE  # noqa: E402
from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv  # noqa: E402


@pytest.fixture(scope="session")
def mem_gaz() -> MemoryGazetteer:
    return MemoryGazetteer(read_rows_tsv(FIXTURE), name="mini")


@pytest.fixture(scope="session")
def sqlite_gaz(tmp_path_factory):
    from rasd.gazetteer.sqlite import SqliteGazetteer, write_index

    path = tmp_path_factory.mktemp("gaz") / "mini.sqlite"
    write_index(read_rows_tsv(FIXTURE), path)
    return SqliteGazetteer(path)
