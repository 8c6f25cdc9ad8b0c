"""`process`: run the pipeline over shards with a chosen engine."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from itertools import islice
from typing import Callable, Iterable, Iterator

from rasd.scale.failures import LISTED, FailureSink
from rasd.scale.ray_engine import make_executor
from rasd.scale.shards import RecordSink, Shard, count_items, plan_shards, read_items


@dataclass
class ProcessReport:
    shards_done: int = 0
    shards_skipped: int = 0
    documents: int = 0
    failures: int = 0
    failed: list[dict] = field(default_factory=list)  # the first LISTED failures of the run


def _batches(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """`size` items at a time, taken from `items` only as each batch is asked for."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


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
    """Items are read, processed and written a batch at a time (the executors look ahead a
    few batches only), so a shard of any size runs in the memory of a few batches."""
    _remove_stale_temps(shard)
    if on_total:
        on_total(count_items(shard.source))
    failures = FailureSink(shard.failures)  # written as they come, input ones first

    def good_items() -> Iterator[dict]:
        for it in read_items(shard.source):
            if "_error" not in it:
                yield it
                continue
            failures.write({"doc_id": it["id"], "stage": "input", "code": it.get("_code", "E005"),
                            "message": it["_error"]}, kind="input")
            if on_progress:
                on_progress(1)

    sink = RecordSink(shard.output)
    try:
        for results in executor.map_batches(_batches(good_items(), batch_size)):
            for status, payload in results:
                if status == "ok":
                    sink.write(payload)
                else:
                    failures.write(payload, kind="pipeline")
            if on_progress:
                on_progress(len(results))
        failures.commit()
        sink.commit()  # last: its existence marks the shard finished
    finally:
        failures.discard()
        sink.discard()
    report.shards_done += 1
    report.documents += sink.count
    report.failures += failures.count
    report.failed.extend(failures.first(LISTED - len(report.failed)))
