"""The core is pure: it never imports an outer layer or an I/O framework."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "rasd"
CORE = ("model", "text", "lang", "pipeline", "stages", "eval")
FORBIDDEN = ("rasd.cli", "rasd.store", "rasd.api", "rasd.web", "rasd.scale", "rasd.ingest", "rasd.io",
             "rasd.bench", "typer", "rich", "click", "fastapi", "starlette", "uvicorn", "httpx", "requests",
             "feedparser", "trafilatura", "psycopg", "ray", "dask", "sqlite3")


def imported_modules(tree: ast.AST, package: str) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against the file's package
                parts = package.split(".")[: -node.level]
                base = ".".join(parts + ([base] if base else []))
            out.append((node.lineno, base))
            out += [(node.lineno, f"{base}.{a.name}") for a in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None))
              in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            out.append((node.lineno, node.args[0].value))
    return out


def is_forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def core_files() -> list[Path]:
    return sorted(p for area in CORE for p in (ROOT / area).rglob("*.py") if (ROOT / area).exists())


def test_core_files_exist() -> None:
    assert len(core_files()) >= 10


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_outer_layer(path: Path) -> None:
    package = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    bad = [f"line {n}: {m}" for n, m in imported_modules(tree, package) if is_forbidden(m)]
    assert not bad, f"{path.relative_to(ROOT.parent)} imports outer layers: {bad}"


def test_scanner_catches_forbidden_imports() -> None:
    src = ("import rich.console\nfrom rasd.cli import main\nfrom ..io import read\n"
           "import importlib\nimportlib.import_module('typer')\nimport json\nfrom rasd.text import normalize\n")
    found = [m for _, m in imported_modules(ast.parse(src), "rasd.stages.places") if is_forbidden(m)]
    assert "rich.console" in found and "rasd.cli" in found and "rasd.io" in found and "typer" in found
    assert not any(m.startswith(("json", "rasd.text")) for m in found)
