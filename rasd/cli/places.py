"""`rasd places "نص"`: each toponym, its candidates with scores, the choice and why."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from rasd.cli._common import DEBUG_HELP, cli_errors, err_console
from rasd.errors import InputError, ResourceError


def places_cmd(
    text: str = typer.Argument(..., help="Arabic text (or @file to read a file)."),
    top: int = typer.Option(5, "--top", min=1, help="Candidates shown per toponym."),
    index: Optional[Path] = typer.Option(None, "--index", help="Gazetteer index (default: the built one)."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Resolve the toponyms of a text and show how each was chosen."""
    from rich.console import Console

    with cli_errors(debug=debug):
        from rasd.pipeline.registry import get_factory
        from rasd.resources import Resources

        if text.startswith("@"):
            text = _read_text_file(Path(text[1:]))
        if not text.strip():  # "no toponyms found" for nothing read like an answer
            raise InputError("the text is empty", code="E001")
        if index is not None:
            _check_index(index)
        doc = _analyse(text, index=index, resources=Resources(), get_factory=get_factory)
        for w in dict.fromkeys(doc.extras.get("warnings", [])):
            err_console().print(f"[yellow]{w}[/yellow]")
        out = Console(highlight=False, soft_wrap=True)
        by_entity = {p.entity: p for p in doc.places}
        for d in doc.extras.get("places_debug", []):
            p = by_entity.get(d["entity"])
            where = f"{p.lat:.4f}, {p.lon:.4f} {p.country} {p.feature}" if p and p.lat is not None else "unresolved"
            ctx = ", ".join(f"{k}={v}" for k, v in d["context"].items() if v)
            out.print(f"[bold]{d['name']}[/bold] ({d['entity']}) → {where}  [dim]{d['reason']}; {ctx or 'no cue'}[/dim]")
            table = Table(show_header=True, header_style="dim", box=None, pad_edge=False)
            for col in ("", "id", "name", "country", "feature", "score", "why"):
                table.add_column(col)
            for s in d["candidates"][:top]:  # (rank.Scored)
                c = s.cand
                mark = "✓" if c.id == d["chosen"] else ""
                why = " ".join(f"{k}{v:+.2f}" for k, v in s.parts.items())
                table.add_row(mark, c.id, f"{c.name} / {c.name_en or ''}", c.country or "",
                              c.feature, f"{s.score:.2f}", why)
            out.print(table)
        if not doc.extras.get("places_debug"):
            out.print("no toponyms found")


def _read_text_file(path: Path) -> str:
    """The text of `@file`: missing, a directory or unreadable (E008), larger than an article
    can be (E004, read no further) or binary (E003) is one error line. `@` alone named the
    current folder ("file not found: ."), and a huge file was read whole into memory."""
    from rasd.io import DEFAULT_MAX_BYTES, decode_bytes

    if str(path) == ".":  # (Path("") is ".")
        raise InputError("@ needs a file name: @article.txt", code="E008")
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a file", code="E008")
    if not path.is_file():
        raise InputError(f"file not found: {path}", code="E008")
    try:
        with path.open("rb") as fh:
            data = fh.read(DEFAULT_MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", code="E008") from None
    if len(data) > DEFAULT_MAX_BYTES:
        raise InputError(f"{path} is larger than an article can be ({DEFAULT_MAX_BYTES:,} bytes)",
                         code="E004")
    text, _ = decode_bytes(data)
    return text


def _check_index(index: Path) -> None:
    """An --index the user names must exist and be an SQLite gazetteer index: a wrong path is
    an error, not a silent fall-back to the embedded default (W030)."""
    import sqlite3

    if not index.is_file():
        raise InputError(f"gazetteer index not found: {index}", code="E008")
    try:
        with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ResourceError(f"{index} is not a gazetteer index ({exc})", code="E030") from None


def _analyse(text: str, *, index, resources, get_factory):
    from rasd.model.document import Article, Document

    doc = Document.from_article(Article(text=text))
    for name in ("text", "ner"):
        try:
            doc = get_factory(name)({}, resources)(doc)
        except Exception as exc:  # noqa: BLE001 - without an NER the places stage still adds well-known names
            if name == "text":
                raise
            doc.extras.setdefault("warnings", []).append(f"W031: NER stage unavailable ({type(exc).__name__}); "
                                                         "only well-known and cued places are found")
    config = {"index": str(index)} if index else {}
    return get_factory("places")(config, resources)(doc)


def register(app: typer.Typer) -> None:
    app.command("places")(places_cmd)
