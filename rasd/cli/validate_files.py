"""Reading record files and article texts for `rasd validate`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from rasd.errors import InputError
from rasd.io.lines import binary_file, numbered_lines
from rasd.model.validate import Problem


UNREAD = object()  # the "record" of a file in a directory that is no text: counted as a file


def check_named_files(paths: list[Path]) -> None:
    """E003 for a file named on the command line that is no text, before any is read, as every
    other command refuses a binary input: it was counted as "validated 1 record(s)"."""
    for path in map(Path, paths):
        if path.is_file():
            with path.open("rb") as fh:
                binary = binary_file(fh)
            if binary:
                raise InputError(f"{path}: not a text file of records: {binary.message}", code="E003")


def iter_records(paths: list[Path]) -> Iterator[tuple[str, object, Problem | None]]:
    """(where, record, problem-loading-it) for every record in files and directories; a file
    in a directory that is no text gives one (where, UNREAD, problem)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl") and p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"file not found: {path}", code="E008")
        for f in files:
            yield from _records_of(f)


def _records_of(f: Path) -> Iterator[tuple[str, object, Problem | None]]:
    with f.open("rb") as fh:
        binary = binary_file(fh)
        if binary:  # one problem for the file, not one per "line" of a binary file
            yield str(f), UNREAD, Problem("", "E003", f"not a text file of records: {binary.message}")
            return
        if f.suffix == ".jsonl":
            for lineno, line in numbered_lines(fh):  # the line reading of every command
                where = f"{f}:{lineno}"
                if isinstance(line, InputError):
                    yield where, None, Problem("", line.code, line.message)
                else:
                    yield _parse(where, line)
            return
    text = f.read_bytes().decode("utf-8-sig", errors="replace")
    where, obj, problem = _parse(str(f), text)
    if isinstance(obj, list):
        for i, rec in enumerate(obj):
            yield f"{f}[{i}]", rec, None
    else:
        yield where, obj, problem


def _parse(where: str, text: str) -> tuple[str, object, Problem | None]:
    try:
        return where, json.loads(text), None
    except json.JSONDecodeError as exc:
        return where, None, Problem("", "E005", f"bad JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")


def load_articles(path: Path) -> dict[str, str]:
    """{id: text} from an articles JSONL file (lines that cannot be read are skipped)."""
    if not Path(path).is_file():
        raise InputError(f"file not found: {path}", code="E008")
    out = {}
    with Path(path).open("rb") as fh:  # read as every command reads JSONL (rasd.io.lines)
        binary = binary_file(fh)
        if binary:
            raise InputError(f"{path}: {binary.message} (an articles JSONL file is UTF-8 text)",
                             code="E003")
        for n, line in numbered_lines(fh):
            if isinstance(line, InputError) and line.code == "E003":
                raise InputError(f"{path}:{n}: {line.message} (an articles JSONL file is UTF-8)",
                                 code="E003")
            try:
                obj = json.loads(line) if isinstance(line, str) else None
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str) and obj.get("id") is not None:
                out[str(obj["id"])] = obj["text"]
    return out
