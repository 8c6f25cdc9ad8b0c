"""`rasd train ner` and `rasd eval ner`: parse options, call rasd.stages.ner, print."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from rasd.cli._common import DEBUG_HELP, cli_errors

train_app = typer.Typer(name="train", no_args_is_help=True, help="Train rasd's own models.")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")


def _data_dir(data_dir: Path | None) -> Path:
    from rasd.errors import ResourceError
    from rasd.resources import default_data_dir

    chosen = data_dir or default_data_dir()
    if chosen is None or not Path(chosen).is_dir():
        raise ResourceError(f"data directory not found: {chosen} (pass --data-dir or set RASD_DATA)",
                            code="E031")
    return Path(chosen)


@train_app.command("ner")
def train_ner_cmd(
    data_dir: Annotated[Optional[Path], typer.Option("--data-dir", help="Data directory (default: $RASD_DATA).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Model folder (default: rasd/models/ner).")] = None,
    sources: Annotated[str, typer.Option("--sources", help="Comma-separated training sources (default anercorp,aqmar-dev,wojood; also newsfane, wikifane).")] = "",
    max_iter: Annotated[int, typer.Option("--max-iter", help="L-BFGS iterations of the main CRF.")] = 0,
    dev_holdout: Annotated[int, typer.Option("--dev-holdout", help="Hold out the last N ANERcorp-train sentences and score them.")] = 0,
    clusters: Annotated[Optional[Path], typer.Option("--clusters", help="Reuse this clusters.tsv.gz instead of inducing word clusters again.")] = None,
    guide: Annotated[Optional[Path], typer.Option("--guide", help="Reuse this exported guide.crf.gz instead of training the WikiFANE guide again.")] = None,
    private_sources: Annotated[Optional[str], typer.Option(
        "--private-sources",
        help="Comma-separated training sources whose conventions stay private: their sentences "
             "get source-private feature copies that the runtime model drops (default: wojood "
             "when it is a source; 'none' for none).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Train the NER model (word clusters, WikiFANE guide CRF, two-pass CRF on ANERcorp train, AQMAR dev and the Wojood sample)."""
    from rasd.errors import ResourceError
    from rasd.stages.ner.train import DEFAULT_MAX_ITER, DEFAULT_SOURCES, train

    with cli_errors(debug=debug):
        src = tuple(s for s in sources.split(",") if s) or DEFAULT_SOURCES
        for given in (clusters, guide):
            if given is not None and not given.is_file():
                raise ResourceError(f"file not found: {given}", code="E031")
        res = train(_data_dir(data_dir), out, sources=src, max_iter=max_iter or DEFAULT_MAX_ITER,
                    dev_holdout=dev_holdout, clusters=clusters, guide=guide if guide is not None else True,
                    private_sources=private_sources_option(private_sources), log=lambda m: typer.echo(m, err=True))
        typer.echo(json.dumps(res["meta"], ensure_ascii=False, indent=1))


def private_sources_option(option: str | None) -> tuple[str, ...] | None:
    """--private-sources: None for the default, () for 'none', else the listed sources."""
    if option is None:
        return None
    return tuple(s for s in option.split(",") if s and s != "none")


def _render(res: dict) -> None:
    o = res["overall"]
    typer.echo(f"{res['corpus']}: {res['sentences']:,} sentences, {res['tokens']:,} tokens"
               f" (gazetteer: {res.get('gazetteer')})")
    typer.echo(f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}")
    for lab, v in list(res["per_label"].items()) + [("overall", o)]:
        typer.echo(f"{lab:<8}{v['precision']:>8.2f}{v['recall']:>8.2f}{v['f1']:>8.2f}{v['gold']:>8}")


def eval_ner_cmd(corpus: str, data_dir: Path | None = None, as_json: bool = False, **_: object) -> None:
    """`rasd eval ner --corpus anercorp-test|aqmar-test`: CoNLL exact-entity P/R/F1."""
    from rasd.stages.ner.evaluate import evaluate

    res = evaluate(corpus, _data_dir(data_dir))
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        _render(res)
