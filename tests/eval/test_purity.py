"""rasd.eval is core: it imports no outer layer and does not print."""
from __future__ import annotations

import ast
from pathlib import Path

import rasd.eval

FORBIDDEN = {"typer", "rich", "click", "fastapi", "starlette", "uvicorn", "httpx", "requests",
             "feedparser", "trafilatura", "psycopg", "ray", "dask"}
OUTER = ("rasd.cli", "rasd.store", "rasd.api", "rasd.web", "rasd.scale")


def test_eval_core_is_pure():
    root = Path(rasd.eval.__file__).parent
    problems = []
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.split(".")[0] in FORBIDDEN or name.startswith(OUTER):
                    problems.append(f"{path.name}: import {name}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                problems.append(f"{path.name}: print()")
    assert len(list(root.glob("*.py"))) >= 5 and problems == []
