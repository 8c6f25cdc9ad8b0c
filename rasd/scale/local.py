"""The local engine: a process pool (or in-process when workers == 1)."""
from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Iterable, Iterator

from rasd.scale.base import init_worker, process_batch


class LocalExecutor:
    """`in_process=None` runs one worker in this process and more in a pool; the scaling
    bench passes False so that one worker, like two, starts cold in a fresh process."""

    def __init__(self, *, workers: int = 1, config_toml: str | None = None,
                 in_process: bool | None = None) -> None:
        self.workers = max(1, workers)
        self.config_toml = config_toml
        self._pool = None
        if not (self.workers == 1 if in_process is None else in_process):
            ctx = mp.get_context("spawn")  # fork would share a half-built pipeline's state
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=init_worker,
                                             initargs=(config_toml,))

    def map_batches(self, batches: Iterable[list[dict]]) -> Iterator[list[tuple]]:
        work = partial(process_batch, config_toml=self.config_toml)
        if self._pool is None:
            for batch in batches:
                yield work(batch)
            return
        # Bounded look-ahead keeps memory flat on huge inputs; results stay in input order.
        pending = []
        for batch in batches:
            pending.append(self._pool.submit(work, batch))
            if len(pending) >= self.workers * 2:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
