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
from rasd.scale.base import WHERE

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
        _check_output(output_path, file=False)
        out_dir = output_path
        return [Shard(s, out_dir / f"{s.stem}{_out_suffix(output_path, s)}",
                      out_dir / f"{s.stem}.failures.jsonl") for s in sources]
    if input_path.suffix not in SUFFIXES:
        raise InputError(f"unsupported input {input_path.name}: use .jsonl or .parquet", code="E007")
    if input_path.suffix == ".jsonl" and _empty_text(input_path):
        raise InputError(f"input is empty: {input_path}", code="E001")  # as `rasd extract`
    _check_output(output_path, file=output_path.suffix in SUFFIXES)
    if output_path.suffix in SUFFIXES:
        return [Shard(input_path, output_path, output_path.with_suffix(".failures.jsonl"))]
    return [Shard(input_path, output_path / f"{input_path.stem}.jsonl",
                  output_path / f"{input_path.stem}.failures.jsonl")]


EMPTY_PROBE = 1 << 16  # a file this small is read to tell "only blank lines" from articles


def _empty_text(path: Path) -> bool:
    """True for a JSONL input with nothing but white space: it ran as "0 documents", exit 0,
    where `rasd extract` gives E001; a larger file has more than blanks worth telling apart."""
    size = path.stat().st_size
    if size > EMPTY_PROBE:
        return False
    try:
        return not path.read_bytes().strip()
    except OSError:
        return False  # unreadable: read_items says why, as before


def _check_output(path: Path, *, file: bool) -> None:
    """E008 for an output that is there but of the wrong kind: a file (or /dev/full) where
    the shards' directory goes was E000 FileExistsError; a directory named like a shard
    (out.jsonl/) was taken for a finished shard and skipped, silently. E007 for a new output
    with another suffix (out.json, out.csv): it became a folder of shards of that name, where a
    file was meant; an existing directory is used whatever its name."""
    if not file and path.suffix and not path.exists():
        raise InputError(f"unsupported output {path.name}: name a .jsonl or .parquet file, or a "
                         "directory without a suffix", code="E007")
    if file and path.is_dir():
        raise InputError(f"cannot write {path}: it is a directory; name a .jsonl or .parquet file, "
                         "or a directory without that suffix", code="E008")
    if not file and path.exists() and not path.is_dir():
        raise InputError(f"cannot write shards into {path}: it is not a directory; name a directory, "
                         "or a .jsonl or .parquet file", code="E008")


def _out_suffix(output_path: Path, source: Path) -> str:
    return ".parquet" if source.suffix == ".parquet" else ".jsonl"


def read_items(path: Path) -> Iterator[dict]:
    """Article dicts from a shard, read as they are asked for (a Parquet shard by record
    batches, a JSONL one by lines, rasd.io.lines); a line that cannot be read becomes an item
    with `_error` and `_code`: bad JSON, bytes that are not UTF-8 (which stopped the whole run
    with E000 UnicodeDecodeError), or a line longer than any article, skipped unread (it was
    read whole, however large)."""
    if path.suffix == ".parquet":
        parquet = _parquet(path)
        if isinstance(parquet, dict):
            yield parquet
            return
        # a few hundred rows at a time: pyarrow's default batch, 65,536 articles, is gigabytes
        row = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            for item in batch.to_pylist():
                row += 1
                yield _placed(item, f"{path.name}:row {row}")
        return
    from rasd.io.lines import binary_file, numbered_lines

    with path.open("rb") as fh:
        binary = binary_file(fh)
        if binary:  # one failure for the shard, not one per "line" of its bytes
            yield {"id": path.name, "_error": binary.message, "_code": binary.code}
            return
        for lineno, line in numbered_lines(fh):
            if isinstance(line, InputError):
                yield _bad(path, lineno, line.message, line.code)  # "line is not valid UTF-8 …"
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                yield _bad(path, lineno, f"bad JSON ({exc})", "E005")
                continue
            yield _placed(item, f"{path.name}:{lineno}") if isinstance(item, dict) else \
                _bad(path, lineno, "bad JSON (not a JSON object)", "E005")


def _placed(item: dict, where: str) -> dict:
    """An article with no id gets WHERE ("in.jsonl:3"): its failure (no text, not Arabic)
    was listed as `failed None`, with nothing to find it by. Only failures read it: the
    article is made from its own fields."""
    if item.get("id") is None:
        item[WHERE] = where
    return item


PARQUET_BATCH = 256


def _parquet(path: Path):
    """The opened Parquet shard, or the failure item of one that is not Parquet (a truncated
    copy, another file named .parquet): it stopped the whole run with E000 ArrowInvalid."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        why = str(exc).split(". ")[0]
        return {"id": path.name, "_error": f"not a readable Parquet file ({why})", "_code": "E003"}


def _bad(path: Path, lineno: int, message: str, code: str) -> dict:
    """The item of a line that cannot be read: its failure, with the line's code (E003 bytes
    that are not UTF-8, E004 a line longer than any article, E005 bad JSON)."""
    where = "" if message.startswith("line ") else f"line {lineno}: "
    return {"id": f"{path.name}:{lineno}", "_error": f"{where}{message}", "_code": code}


def count_items(path: Path) -> int:
    """The number of items `read_items` will give, without parsing them."""
    if path.suffix == ".parquet":
        parquet = _parquet(path)
        return 1 if isinstance(parquet, dict) else parquet.metadata.num_rows
    from rasd.io.lines import binary_file
    from rasd.io.stream import count_lines

    with path.open("rb") as fh:
        if binary_file(fh):
            return 1  # the one failure read_items gives for the shard
    return count_lines(path, "utf-8")


ROW_GROUP = 1000              # records a Parquet row group holds at most …
ROW_GROUP_BYTES = 32 << 20   # … and bytes of record JSON: the rows buffered before a write


class RecordSink:
    """An output shard written as records come to a temporary file (JSONL line by line;
    Parquet a row group at a time, so memory holds one row group, not the shard), then
    renamed into place by `commit`: the shard exists whole or not at all. write_atomic
    writes through a sink too: the same bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        self._parquet = path.suffix == ".parquet"
        self._rows: list[tuple[str, str, str]] = []
        self._bytes = 0
        self._fh = None
        self._writer = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self._parquet:
            self._fh = self._tmp.open("w", encoding="utf-8")

    def write(self, record: dict) -> None:
        self.count += 1
        line = record_json(record)
        if not self._parquet:
            self._fh.write(line + "\n")
            return
        self._rows.append((record["doc"]["id"], record["doc"]["sha256"], line))
        self._bytes += len(line)
        if len(self._rows) >= ROW_GROUP or self._bytes >= ROW_GROUP_BYTES:
            self._flush_rows()

    def _flush_rows(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        ids, shas, lines = zip(*self._rows) if self._rows else ((), (), ())
        table = pa.table({"id": pa.array(ids, pa.string()), "sha256": pa.array(shas, pa.string()),
                          "record": pa.array(lines, pa.string())})
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._tmp, table.schema)
        if self._rows or self.count == 0:  # an empty shard is a file with its schema, as before
            self._writer.write_table(table)
        self._rows, self._bytes = [], 0

    def commit(self) -> None:
        if self._parquet:
            if self._rows or self._writer is None:
                self._flush_rows()
            self._writer.close()
            self._writer = None
        else:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
            self._tmp.unlink(missing_ok=True)
        if self._writer is not None:  # not committed: close what was written, and drop it
            self._writer.close()
            self._writer = None
            self._tmp.unlink(missing_ok=True)


def record_json(record: dict) -> str:
    """A record as one line of an output shard (JSONL, or Parquet's "record" column)."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def write_atomic(path: Path, records: list[dict]) -> None:
    """Write records (JSONL or Parquet by suffix) via a temp file + rename."""
    sink = RecordSink(path)
    try:
        for r in records:
            sink.write(r)
        sink.commit()
    finally:
        sink.discard()
