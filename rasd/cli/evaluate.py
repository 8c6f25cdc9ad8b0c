"""`rasd eval`: score predicted rasd/1 records against gold (SPEC §4), or dispatch the corpus
evaluations `rasd eval ner` (rasd.cli.ner) and `rasd eval gsr` (rasd.cli.events)."""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from rasd.cli._common import DEBUG_HELP, cli_errors
from rasd.errors import InputError, RasdError, ValidationError

SUBCOMMANDS = ("ner", "gsr")
FIELD_NAMES = ("entities", "places", "times", "quantities", "quotes", "events")


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)


def eval_cmd(
    target: Annotated[str, typer.Argument(
        help="GOLD records (directory of <id>.json, .jsonl or .json), or `ner` / `gsr`.",
        metavar="GOLD|ner|gsr", show_default=False)],
    pred: Annotated[Optional[str], typer.Argument(
        help="PRED records, same forms as GOLD.", metavar="PRED", show_default=False)] = None,
    articles: Annotated[Optional[Path], typer.Option(
        "--articles", help="Articles JSONL ({id, text}) to check that every predicted span's "
                           "text is the article text at its offsets; failing records score zero. "
                           "Default: articles.jsonl beside GOLD, if there is one.")] = None,
    corpus: Annotated[Optional[str], typer.Option(
        "--corpus", help="`eval ner` only: anercorp-test or aqmar-test.")] = None,
    data_dir: Annotated[Optional[Path], typer.Option(
        "--data-dir", help="`eval ner` / `eval gsr`: data directory.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    errors: Annotated[int, typer.Option(
        "--errors", min=0, help="List up to N missed / spurious / wrong items per field.")] = 0,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Score PRED records against GOLD (`rasd eval GOLD PRED`), or run `rasd eval ner|gsr`."""
    with cli_errors(debug=debug):
        if target in SUBCOMMANDS and pred is None:
            _dispatch(target, corpus=corpus, data_dir=data_dir, as_json=as_json)
            return
        if pred is None:
            raise InputError("usage: rasd eval GOLD PRED (or rasd eval ner|gsr)", code="E006")
        result = score_files(target, pred, articles=articles, errors=errors)
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            render(result)


def score_files(gold: str, pred: str, *, articles: Path | None = None,
                errors: int = 0) -> dict[str, Any]:
    """Read GOLD, PRED (and the articles) and score them; `errors` caps the error lists."""
    from rasd.eval import evaluate

    gold_records = load_records(gold)
    if not gold_records:
        raise InputError(f"no gold records in {gold}", code="E001")
    articles = articles or _beside(gold)
    texts = load_articles(articles) if articles else None
    pred_records = load_records(pred)
    if not pred_records:  # scored all zeros, exit 0: most likely an extraction that failed
        raise InputError(f"no predicted records in {pred}: an empty PRED is most likely a failed "
                         "extraction; nothing to score", code="E001")
    result = evaluate(gold_records, pred_records, articles=texts, errors=errors > 0)
    result["docs"]["articles"] = str(articles) if articles else None
    if errors:
        result["errors"] = {k: v[:errors] for k, v in result["errors"].items()}
    return result


def _dispatch(what: str, *, corpus: str | None, data_dir: Path | None, as_json: bool) -> None:
    module_name, func_name = (("rasd.cli.ner", "eval_ner_cmd") if what == "ner"
                              else ("rasd.cli.events", "eval_gsr_cmd"))
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ModuleNotFoundError, AttributeError) as exc:
        if isinstance(exc, ModuleNotFoundError) and exc.name != module_name:
            raise  # the command exists but a dependency of it is missing: show that
        raise RasdError(f"`rasd eval {what}` is not available: {module_name}.{func_name} "
                        f"is not installed", code="E020") from None
    if what == "ner":
        if not corpus:
            raise InputError("rasd eval ner needs --corpus anercorp-test|aqmar-test", code="E006")
        func(corpus=corpus, data_dir=data_dir, as_json=as_json)
    else:
        func(data_dir=data_dir, as_json=as_json)


# -- reading ------------------------------------------------------------------------------

def _beside(gold: str) -> Path | None:
    """articles.jsonl next to the gold records (gold-dev/records -> gold-dev/articles.jsonl)."""
    path = Path(gold)
    for candidate in ((path / "articles.jsonl") if path.is_dir() else None,
                      path.parent / "articles.jsonl"):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def load_records(source: str | Path) -> list[dict]:
    """Records from a directory of .json files, a .jsonl file, or a .json file (record or list)."""
    path = Path(source)
    if not path.exists():
        raise InputError(f"not found: {path}", code="E008")
    if path.is_dir():
        records = [r for f in sorted(path.glob("*.json")) for r in _read_json(f)]
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        records = _read_jsonl(path)
    else:
        records = _read_json(path)
    return _check_ids(records, path)


def _read_json(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not JSON ({exc})", code="E005") from None
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(r, dict) for r in items):
        raise ValidationError(f"{path}: expected a record object or a list of records")
    return items


def _read_jsonl(path: Path) -> list[dict]:
    from rasd.io.lines import numbered_lines

    records = []
    with path.open("rb") as fh:  # lines decoded one by one (rasd.io.lines): a bad one is coded
        for n, line in numbered_lines(fh):
            if isinstance(line, InputError):
                raise InputError(f"{path}:{n}: {line.message}", code=line.code) from None
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: bad JSON line ({exc.msg})", code="E005") from None
            if not isinstance(item, dict):
                raise ValidationError(f"{path}:{n}: expected a record object")
            records.append(item)
    return records


def _check_ids(records: list[dict], path: Path) -> list[dict]:
    seen: set[str] = set()
    for r in records:
        doc = r.get("doc")
        rid = doc.get("id") if isinstance(doc, dict) else None
        if not isinstance(rid, str) or not rid:
            raise ValidationError(f"{path}: a record has no doc.id")
        if rid in seen:
            raise ValidationError(f"{path}: doc.id {rid!r} appears twice")
        seen.add(rid)
    return records


def load_articles(path: Path) -> dict[str, str]:
    """doc id -> original text, from articles JSONL lines with `id` and `text`."""
    if not path.is_file():
        raise InputError(f"articles file not found: {path}", code="E008")
    out = {}
    for item in _read_jsonl(path):
        if isinstance(item.get("id"), str) and isinstance(item.get("text"), str):
            out[item["id"]] = item["text"]
    return out


# -- printing -----------------------------------------------------------------------------

def _f(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def render(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    main = Table(title="rasd eval (SPEC §4)", title_justify="left")
    for col in ("field", "P", "R", "F1", "tp", "fp", "fn", "gold", "pred"):
        main.add_column(col, justify="left" if col == "field" else "right")
    for name in FIELD_NAMES:
        f = result[name]
        main.add_row(name, _f(f["p"]), _f(f["r"]), _f(f["f1"]), *map(str, _counts(name, f)),
                     str(f["n_gold"]), str(f["n_pred"]))
    console.print(main)
    details = Table(title="details", title_justify="left")
    for col in ("field", "figure", "value", "of"):
        details.add_column(col, justify="right" if col in ("value", "of") else "left")
    for row in _details(result):
        details.add_row(*row)
    console.print(details)
    _breakdown(console, "entities per label", result["entities"]["per_label"])
    _breakdown(console, "events per type", result["events"]["per_type"])
    for name, items in (result.get("errors") or {}).items():
        _error_table(console, name, items)
    _notes(console, result["docs"])


def _error_table(console, name: str, items: list[dict]) -> None:
    from rich.table import Table

    if not items:
        return
    table = Table(title=f"{name}: first {len(items)} errors", title_justify="left")
    for col in ("doc", "kind", "gold", "pred", "why"):
        table.add_column(col, overflow="fold")
    for e in items:
        table.add_row(e["doc"], e["kind"], _item(e["gold"]), _item(e["pred"]), e["why"])
    console.print(table)


def _item(d: dict | None) -> str:
    if not d:
        return "-"
    text = str(d.get("text", ""))
    text = text if len(text) <= 60 else text[:57] + "…"
    head = f"{text} [{d.get('start')}:{d.get('end')}]" if "start" in d else ""
    rest = " ".join(f"{k}={v}" for k, v in d.items() if k not in ("start", "end", "text"))
    return f"{head} {rest}".strip()


def _counts(name: str, f: dict) -> tuple[int, int, int]:
    # places: tp/fn count gold units (found or not), fp predicted located mentions off target
    if name == "places":
        return f["found"], f["n_pred"] - f["pred_ok"], f["n_gold"] - f["found"]
    return f["tp"], f["fp"], f["fn"]


def _details(r: dict) -> list[tuple[str, str, str, str]]:
    e, pl, t, q, u, v = (r[n] for n in FIELD_NAMES)
    return [
        ("entities", "lenient F1", _f(e["lenient_f1"]), f"tp {e['lenient']['tp']}"),
        ("places", "toponym recall", _f(pl["toponym_recall"]), f"{pl['found']}/{pl['n_gold']}"),
        ("places", "accuracy@25km", _f(pl["acc_25km"]), f"{pl['within_25km']}/{pl['n_gold']}"),
        ("places", "accuracy@161km", _f(pl["acc_161km"]), f"{pl['within_161km']}/{pl['n_gold']}"),
        ("places", "country accuracy", _f(pl["country_acc"]), f"{pl['country_ok']}/{pl['n_gold']}"),
        ("times", "value accuracy", _f(t["value_acc"]), f"{t['value_ok']}/{t['tp']}"),
        ("quantities", "span F1", _f(q["span_f1"]), f"tp {q['span']['tp']}"),
        ("quotes", "speaker accuracy", _f(u["speaker_acc"]), f"{u['speaker_ok']}/{u['tp']}"),
        ("events", "count accuracy", _f(v["count_acc"]), f"{v['count_ok']}/{v['count_n']}"),
        ("events", "source accuracy", _f(v["source_acc"]), f"{v['source_ok']}/{v['tp']}"),
    ]


def _breakdown(console, title: str, rows: dict[str, dict]) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in ("", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col else "left")
    for key, f in rows.items():
        table.add_row(key, _f(f["p"]), _f(f["r"]), _f(f["f1"]), str(f["tp"]), str(f["fp"]),
                      str(f["fn"]))
    console.print(table)


def _notes(console, docs: dict) -> None:
    console.print(f"documents: {docs['gold']} gold, {docs['pred']} predicted, "
                  f"{docs['scored']} scored", markup=False)
    if docs["missing"]:
        console.print(f"missing from PRED (scored as nothing found): {len(docs['missing'])}: "
                      f"{', '.join(docs['missing'][:10])}", markup=False)
    if docs["extra"]:
        console.print(f"in PRED but not in GOLD (ignored): {len(docs['extra'])}", markup=False)
    for doc_id, problems in docs["invalid"].items():
        console.print(f"invalid spans, scored zero: {doc_id}: {problems[0]}", markup=False)
    if docs.get("sha256_mismatch"):
        console.print(f"warning: {len(docs['sha256_mismatch'])} predicted record(s) have another "
                      f"doc.sha256 than gold (different article text?): "
                      f"{', '.join(docs['sha256_mismatch'][:5])}", markup=False)
    if docs["spans_checked"]:
        console.print(f"spans checked against {docs.get('articles')}", markup=False)
    if not docs["spans_checked"]:
        console.print("note: span texts not checked against the articles (pass --articles)",
                      markup=False)
    elif docs["unchecked"]:
        console.print(f"note: no article text for {len(docs['unchecked'])} document(s); "
                      "their spans were not checked", markup=False)
