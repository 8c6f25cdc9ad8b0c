"""Resources: files rasd builds from a data directory into $RASD_HOME.

A resource (gazetteer index, lexicons, …) is registered with a builder; `rasd
data build` runs the builders, and stages ask `Resources.path(name)` for the
result, which is None when it has not been built (stages then fall back to
their packaged defaults).
"""
from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rasd.errors import ResourceError
from rasd.lang.lexicon import packaged_text

Builder = Callable[[Path, Path, Callable[[float, str], None]], None]


@dataclass(frozen=True)
class ResourceSpec:
    name: str
    builder: Builder
    description: str
    sources: tuple[str, ...] = ()  # folders of the data directory it reads
    # Bumped by hand when what the builder writes changes through helper modules; its module's
    # source and the `packaged` lexicons it reads are fingerprinted anyway.
    version: str = "1"
    packaged: tuple[str, ...] = ()  # files of rasd/lang/ar/ the builder reads


_RESOURCES: dict[str, ResourceSpec] = {}

# Modules that register resource builders; imported when the registry is read.
RESOURCE_MODULES = ("rasd.gazetteer.build", "rasd.stages.ner.resources")


def register_resource(name: str, builder: Builder, description: str, sources: tuple[str, ...] = (),
                      *, version: str = "1", packaged: tuple[str, ...] = ()) -> None:
    _RESOURCES[name] = ResourceSpec(name, builder, description, tuple(sources), version, tuple(packaged))


def registered_resources() -> dict[str, ResourceSpec]:
    for mod in RESOURCE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:  # a real import error inside the module: surface it
                raise
    return dict(_RESOURCES)


def rasd_home() -> Path:
    return Path(os.environ.get("RASD_HOME") or Path.home() / ".cache" / "rasd")


def default_data_dir() -> Path | None:
    """../shared/data when present (beside the working directory or the source tree), else $RASD_DATA."""
    candidates = [Path.cwd() / ".." / "shared" / "data",
                  Path(__file__).resolve().parents[1] / ".." / "shared" / "data"]
    for c in candidates:
        if c.is_dir():
            return c.resolve()
    env = os.environ.get("RASD_DATA")
    return Path(env) if env else None


class Resources:
    """Read-only view of built resources in a home directory."""

    def __init__(self, home: Path | None = None) -> None:
        self.home = Path(home) if home else rasd_home()

    def dir(self) -> Path:
        return self.home / "resources"

    def path(self, name: str) -> Path | None:
        p = self.dir() / name
        return p if p.exists() else None

    def manifest(self) -> dict:
        f = self.dir() / "manifest.json"
        return json.loads(f.read_text("utf-8")) if f.exists() else {}


def build_resources(data_dir: Path, *, home: Path | None = None, names: list[str] | None = None,
                    force: bool = False, progress: Callable[[str, float, str], None] | None = None) -> dict:
    """Build the registered resources from `data_dir`; returns the manifest.

    Idempotent: a resource whose sources are unchanged (same size+mtime
    fingerprint) is skipped unless `force`. Each resource is built into a
    temporary folder and moved into place, so a failed build never leaves a
    half-written resource.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise ResourceError(f"data directory not found: {data_dir}", code="E031")
    res = Resources(home)
    out_root = res.dir()
    out_root.mkdir(parents=True, exist_ok=True)
    manifest = res.manifest()
    specs = registered_resources()
    for name in names or sorted(specs):
        if name not in specs:
            raise ResourceError(f"unknown resource {name!r} (known: {', '.join(sorted(specs))})")
        spec = specs[name]
        fp = _fingerprint(data_dir, spec.sources, _code_stamp(spec))
        target = out_root / name
        if not force and target.exists() and manifest.get(name, {}).get("fingerprint") == fp:
            if progress:
                progress(name, 1.0, "up to date")
            continue
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=out_root))
        try:
            spec.builder(data_dir, tmp, lambda frac, msg, _n=name: progress and progress(_n, frac, msg))
            if target.exists():
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            built = list(tmp.iterdir())
            if len(built) == 1 and built[0].name == name:
                built[0].rename(target)
                tmp.rmdir()
            else:
                tmp.rename(target)
        except ResourceError:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        except Exception as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise ResourceError(f"building {name} failed: {type(exc).__name__}: {exc}", code="E032") from exc
        manifest[name] = {"fingerprint": fp, "description": spec.description}
        (out_root / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), "utf-8")
    return manifest


def _code_stamp(spec: ResourceSpec) -> str:
    """The builder's version, module source and packaged lexicons: a rasd upgrade that changes
    how a resource is built, or what it is built from, makes `rasd data build` rebuild it."""
    try:
        src = Path(inspect.getsourcefile(spec.builder) or "").read_bytes()
    except (OSError, TypeError):
        src = b""
    for name in spec.packaged:
        src += b"\0" + packaged_text(name).encode("utf-8")
    return f"version:{spec.version}:code:{hashlib.sha1(src).hexdigest()}"


def _fingerprint(data_dir: Path, sources: tuple[str, ...], stamp: str = "") -> str:
    parts = [stamp] if stamp else []
    for src in sources:
        p = data_dir / src
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                st = f.stat()
                parts.append(f"{f.relative_to(data_dir)}:{st.st_size}:{int(st.st_mtime)}")
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()
