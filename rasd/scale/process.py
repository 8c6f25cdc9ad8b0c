"""`process`: run the pipeline over shards with a chosen engine."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rasd.scale.ray_engine import make_executor
from rasd.scale.shards import Shard, plan_shards, read_items, write_atomic


@dataclass
class ProcessReport:
    shards_done: int = 0
    shards_skipped: int = 0
    documents: int = 0
    failures: int = 0
    failed: list[dict] = field(default_factory=list)


def _batches(items: list[dict], size: int) -> list[list[dict]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def process_path(input_path: Path, output_path: Path, *, engine: str = "local", workers: int = 1,
                 batch_size: int = 64, config_toml: str | None = None, address: str | None = None,
                 on_progress: Callable[[int], None] | None = None,
                 on_total: Callable[[int], None] | None = None) -> ProcessReport:
    """Process every unfinished shard of `input_path` into `output_path`."""
    shards = plan_shards(Path(input_path), Path(output_path))
    report = ProcessReport()
    todo: list[Shard] = []
    for shard in shards:
        if shard.output.exists():
            report.shards_skipped += 1
        else:
            todo.append(shard)
    if not todo:
        return report
    executor = make_executor(engine, workers=workers, config_toml=config_toml, address=address)
    try:
        for shard in todo:
            _process_shard(shard, executor, batch_size, report, on_progress, on_total)
    finally:
        executor.close()
    return report


def _remove_stale_temps(shard: Shard) -> None:
    """A run killed mid-write leaves `.name.tmp-PID` files behind; a re-run clears them."""
    for target in (shard.output, shard.failures):
        if target.parent.is_dir():
            for stale in target.parent.glob(f".{target.name}.tmp-*"):
                stale.unlink(missing_ok=True)


def _process_shard(shard: Shard, executor, batch_size: int, report: ProcessReport,
                   on_progress, on_total) -> None:
    _remove_stale_temps(shard)
    items = list(read_items(shard.source))
    if on_total:
        on_total(len(items))
    good = [it for it in items if "_error" not in it]
    failures = [{"doc_id": it["id"], "stage": "input", "code": "E005", "message": it["_error"]}
                for it in items if "_error" in it]
    records = []
    if on_progress and failures:
        on_progress(len(failures))
    for results in executor.map_batches(_batches(good, batch_size)):
        for status, payload in results:
            (records if status == "ok" else failures).append(payload)
        if on_progress:
            on_progress(len(results))
    if failures:
        write_atomic(shard.failures, failures)
    write_atomic(shard.output, records)  # last: its existence marks the shard finished
    report.shards_done += 1
    report.documents += len(records)
    report.failures += len(failures)
    report.failed.extend(failures)
