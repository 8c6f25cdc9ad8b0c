"""Shared test helpers.

`need(module)` imports an optional dependency: locally a missing one skips the
test with the reason; under CI (CI=true) it fails, so CI never hides a check.
"""
from __future__ import annotations

import importlib
import os

import pytest


def need(module: str, *, why: str = ""):
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            raise
        pytest.skip(f"{module} not installed {why}".strip())


@pytest.fixture(name="need")
def need_fixture():
    """The `need` helper as a fixture: `def test_x(need): ray = need("ray")`."""
    return need


@pytest.fixture(autouse=True, scope="session")
def _isolated_rasd_home(tmp_path_factory):
    """Tests never read resources a developer (or CI machine) built with `rasd data build`:
    every run sees an empty RASD_HOME, as on a fresh machine with no data directory."""
    old = os.environ.get("RASD_HOME")
    os.environ["RASD_HOME"] = str(tmp_path_factory.mktemp("rasd-home"))
    yield
    if old is None:
        os.environ.pop("RASD_HOME", None)
    else:
        os.environ["RASD_HOME"] = old
