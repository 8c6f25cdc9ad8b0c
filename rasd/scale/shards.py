"""Input and output shards: JSONL or Parquet files, or directories of them.

Output shards are written to a temporary file and renamed into place, so a
shard either exists whole or not at all; a re-run skips finished shards.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from rasd.errors import InputError

SUFFIXES = (".jsonl", ".parquet")


@dataclass(frozen=True)
class Shard:
    source: Path
    output: Path
    failures: Path


def plan_shards(input_path: Path, output_path: Path) -> list[Shard]:
    """Pair every input shard with its output file."""
    if not input_path.exists():
        raise InputError(f"input not found: {input_path}", code="E008")
    if input_path.is_dir():
        sources = sorted(p for p in input_path.iterdir() if p.suffix in SUFFIXES and p.is_file())
        if not sources:
            raise InputError(f"no .jsonl or .parquet shards in {input_path}", code="E007")
        out_dir = output_path
        return [Shard(s, out_dir / f"{s.stem}{_out_suffix(output_path, s)}",
                      out_dir / f"{s.stem}.failures.jsonl") for s in sources]
    if input_path.suffix not in SUFFIXES:
        raise InputError(f"unsupported input {input_path.name}: use .jsonl or .parquet", code="E007")
    if output_path.suffix in SUFFIXES:
        return [Shard(input_path, output_path, output_path.with_suffix(".failures.jsonl"))]
    return [Shard(input_path, output_path / f"{input_path.stem}.jsonl",
                  output_path / f"{input_path.stem}.failures.jsonl")]


def _out_suffix(output_path: Path, source: Path) -> str:
    return ".parquet" if source.suffix == ".parquet" else ".jsonl"


def read_items(path: Path) -> Iterator[dict]:
    """Article dicts from a shard; a malformed JSON line becomes an item with `_error`."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        for row in pq.read_table(path).to_pylist():
            yield row
        return
    with path.open("r", encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                item = {"id": f"{path.name}:{lineno}", "_error": f"line {lineno}: bad JSON ({exc})"}
            yield item


def write_atomic(path: Path, records: list[dict]) -> None:
    """Write records (JSONL or Parquet by suffix) via a temp file + rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({"id": [r["doc"]["id"] for r in records],
                          "sha256": [r["doc"]["sha256"] for r in records],
                          "record": [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]})
        pq.write_table(table, tmp)
    else:
        with tmp.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, path)
