"""`rasd extract` (articles → rasd/1 records) and `rasd validate` (records → problems)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from rasd.cli._common import (DEBUG_HELP, check_not_input, check_output, cli_errors, err_console, error_line,
                              open_output, read_config)
from rasd.errors import InputError, RasdError
from rasd.io import DEFAULT_MAX_BYTES, Input, is_day, open_input
from rasd.io.decode import encoding_hint

INPUT_HELP = ("A .txt file, an .html page, a .json article, a .jsonl file of "
              '{"id","text","date"|"published","title","outlet","url"} lines, or - for stdin.')


class OutFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("validate")(validate)


def extract(
    input: Annotated[str, typer.Argument(help=INPUT_HELP, show_default=False)],
    published: Annotated[Optional[str], typer.Option(
        "--published", help="Publication date YYYY-MM-DD, the anchor of relative dates "
                            "(JSON lines: used where a line has no date of its own).")] = None,
    fmt: Annotated[Optional[OutFormat], typer.Option(
        "--format", help="Output: one JSON record (array for a batch) or JSON lines. "
                         "Default: jsonl for a .jsonl input, else json.")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", help="Output file (default stdout).")] = None,
    encoding: Annotated[Optional[str], typer.Option(
        "--encoding", help="Input encoding (default: detected; UTF-8/16, cp1256, …).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Pipeline config TOML file.")] = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Largest article accepted, in bytes of UTF-8 text.")] = DEFAULT_MAX_BYTES,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any batch line was skipped.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Extract a rasd/1 record from each input article."""
    with cli_errors(debug=debug):
        if published is not None:
            _check_date(published)
        check_output(output)
        check_not_input(output, [input])
        try:
            inp = open_input(input, published=published, encoding=encoding, max_bytes=max_bytes)
        except InputError as exc:  # only extract has --encoding: its hint is added here
            raise encoding_hint(exc) from None
        nlp = _load_pipeline(config)
        out_fmt = (fmt.value if fmt else ("jsonl" if inp.batch else "json"))
        if not inp.batch:
            (item,) = inp.items
            record = _run_one(nlp, item.article)
            _write(output, [record], out_fmt)
            return
        skipped = _run_batch(nlp, inp, output, out_fmt, debug=debug)
    if skipped and strict:
        raise typer.Exit(1)


def _check_date(value: str) -> None:
    if not is_day(value):
        raise InputError(f"--published must be a date YYYY-MM-DD, not {value!r}", code="E006")


def _load_pipeline(config: Path | None):
    import rasd

    if config is None:
        return rasd.load_pipeline()
    return rasd.load_pipeline(read_config(config))


def _run_one(nlp, article) -> dict:
    from rasd.model import to_record

    return to_record(nlp(article))


BATCH = 32  # lines per `Pipeline.run_many` call


def _run_batch(nlp, inp: Input, output: Path | None, out_fmt: str, *, debug: bool) -> int:
    """Process every line as it is read (one chunk of lines in memory, not the file), write
    each record as it is made; report and skip bad lines. Returns the number skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from rasd.model import to_record

    console = err_console()
    processed = skipped = 0
    sink = _open_sink(output)
    writer = JsonlWriter(sink) if out_fmt == "jsonl" else JsonArrayWriter(sink)
    columns = (TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=console, transient=True, redirect_stdout=False,
                      disable=not console.is_terminal) as bar:
            task = bar.add_task("extract", total=inp.total)
            for chunk, results in _chunk_results(nlp, inp.items):
                for item, result in zip(chunk, results):
                    try:
                        if isinstance(result, Exception):
                            raise result
                        record = to_record(result)
                    except RasdError as exc:
                        skipped += 1
                        bar.console.print(f"{inp.name}:{item.line}: {error_line(exc)}", markup=False)
                    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop a batch
                        if debug:
                            raise
                        skipped += 1
                        bar.console.print(f"{inp.name}:{item.line}: {error_line(exc)}", markup=False)
                    else:
                        processed += 1
                        writer.write(record)
                    bar.advance(task)
        writer.close()
    except KeyboardInterrupt:
        # Ctrl-C: say what the output holds (whole lines only), not a bare "interrupted"
        writer.close()  # a JSON array is closed: what it holds stays valid JSON
        where = f" to {output}" if sink is not sys.stdout else ""
        kept = f"{processed} record(s) written{where}"
        left = (f"{inp.total - processed - skipped} of {inp.total} lines not done"
                if inp.total is not None else f"stopped after {processed + skipped} lines")
        console.print(f"interrupted: {kept}; {left}", markup=False)
        raise typer.Exit(130) from None
    finally:
        if sink is not sys.stdout:
            sink.close()
    console.print(f"extract: {processed} processed, {skipped} skipped "
                  f"({processed + skipped} lines in {inp.name})", markup=False)
    return skipped


class JsonlWriter:
    """One JSON line per record, written as it comes."""

    def __init__(self, sink) -> None:
        self.sink = sink

    def write(self, record: dict) -> None:
        self.sink.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.sink.flush()


class JsonArrayWriter:
    """The records as one JSON array, written one record at a time: the same bytes as
    `json.dumps(records, ensure_ascii=False, indent=1)`, without holding the records."""

    def __init__(self, sink) -> None:
        self.sink = sink
        self.n = 0

    def write(self, record: dict) -> None:
        body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
        self.sink.write(("[\n " if self.n == 0 else ",\n ") + body)
        self.n += 1

    def close(self) -> None:
        self.sink.write("[]\n" if self.n == 0 else "\n]\n")
        self.sink.flush()


def _chunk_results(nlp, items, size: int = BATCH):
    """(items, results) `size` lines at a time, read from `items` as they are needed: each
    result is the line's Document, or the error that stopped it (a bad line, or a
    StageError). Lines go through the pipeline together (`Pipeline.run_many`), which tags a
    batch faster than one line at a time."""
    from itertools import islice

    from rasd.scale.base import batch_gc

    items = iter(items)
    while chunk := list(islice(items, size)):
        good = [it for it in chunk if it.error is None]
        with batch_gc():
            done = iter(nlp.run_many([it.article for it in good]))
        yield chunk, [it.error if it.error is not None else next(done) for it in chunk]


def _open_sink(output: Path | None):
    if output is None or str(output) == "-":
        return sys.stdout
    return open_output(output)


def _write(output: Path | None, records: list[dict], out_fmt: str) -> None:
    from rasd.cli._common import write_text

    if out_fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    else:
        text = json.dumps(records[0], ensure_ascii=False, indent=1) + "\n"
    write_text(output, text)


def validate(
    files: Annotated[list[Path], typer.Argument(
        help="Record files: .json (one record or a list), .jsonl, or directories of them.",
        show_default=False)],
    articles: Annotated[Optional[Path], typer.Option(
        "--articles", help="JSONL of the articles ({id, text}) to check span texts and sha256.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Check rasd/1 records: schema, span offsets, sha256, internal references."""
    from rasd.cli.validate_files import UNREAD, check_named_files, iter_records, load_articles
    from rasd.model.validate import Problem, validate_record

    with cli_errors(debug=debug):
        check_named_files(files)
        texts = load_articles(articles) if articles else None
        n = bad = total = unread = 0
        for where, record, load_problem in iter_records(files):
            if record is UNREAD:  # a binary file in a directory: a file not read, not a record
                unread += 1
                typer.echo(f"{where}: {load_problem}")
                continue
            n += 1
            if load_problem:
                problems = [load_problem]
            else:
                text = None
                doc_id = (record.get("doc") or {}).get("id") if isinstance(record, dict) else None
                if texts is not None:
                    text = texts.get(doc_id)
                problems = validate_record(record, text)
                if texts is not None and text is None:
                    problems.append(Problem("doc.id", "E012", f"article {doc_id!r} not in {articles}"))
            if problems:
                bad += 1
                total += len(problems)
                typer.echo(f"{where}: {len(problems)} problem(s)")
                for p in problems:
                    typer.echo(f"  {p}")
        not_read = f"; {unread} file(s) not read" if unread else ""
        typer.echo(f"validated {n} record(s): {n - bad} valid, {bad} with problems ({total} problems)"
                   f"{not_read}")
        if n == 0:
            raise InputError("no records found", code="E010")
    if bad or unread:
        raise typer.Exit(1)
