"""The Ray engine: one actor per worker, each holding a pipeline built once from config."""
from __future__ import annotations

from typing import Iterable, Iterator

from rasd.errors import ConfigError


class RayExecutor:
    def __init__(self, *, workers: int = 2, config_toml: str | None = None, address: str | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise ConfigError("the ray engine needs Ray: pip install 'rasd[ray]'", code="E020") from None
        self._ray = ray
        self._owns_ray = not ray.is_initialized()
        if self._owns_ray:
            kwargs = {"address": address} if address else {"num_cpus": max(workers, 1)}
            ray.init(include_dashboard=False, log_to_driver=False, ignore_reinit_error=True, **kwargs)

        @ray.remote(num_cpus=1)
        class _Worker:
            def __init__(self, config_toml):
                from rasd.scale.base import init_worker

                self.config_toml = config_toml
                init_worker(config_toml)

            def run(self, batch):
                from rasd.scale.base import process_batch

                return process_batch(batch, self.config_toml)

            def cpu_seconds(self):
                import time

                return time.process_time()

        self.workers = [_Worker.remote(config_toml) for _ in range(max(1, workers))]

    def map_batches(self, batches: Iterable[list[dict]], *, per_worker: int = 2) -> Iterator[list[tuple]]:
        """Results in input order. Each batch goes to the worker with the fewest batches in
        flight (at most `per_worker` each), not round-robin: a worker that drew long articles
        no longer holds up the other, which would otherwise sit idle at the end of a run."""
        ray = self._ray
        inflight: dict = {}  # ObjectRef -> (batch index, worker index)
        load = [0] * len(self.workers)
        done: dict[int, list[tuple]] = {}
        next_out = 0
        source = enumerate(batches)
        exhausted = False
        window = 4 * per_worker * len(self.workers)  # results held for order: bounded memory
        submitted = 0
        while True:
            while not exhausted and min(load) < per_worker and submitted - next_out < window:
                try:
                    i, batch = next(source)
                except StopIteration:
                    exhausted = True
                    break
                w = load.index(min(load))
                inflight[self.workers[w].run.remote(batch)] = (i, w)
                load[w] += 1
                submitted += 1
            if not inflight:
                break
            ready, _ = ray.wait(list(inflight), num_returns=1)
            for ref in ready:
                i, w = inflight.pop(ref)
                load[w] -= 1
                done[i] = ray.get(ref)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1

    def cpu_seconds(self) -> list[float]:
        """CPU seconds each worker process has used so far (for the scaling benchmark)."""
        return self._ray.get([w.cpu_seconds.remote() for w in self.workers])

    def close(self) -> None:
        for w in self.workers:
            self._ray.kill(w)
        if self._owns_ray:
            self._ray.shutdown()


ENGINES = ("local", "ray")


def make_executor(engine: str, *, workers: int, config_toml: str | None, address: str | None = None,
                  in_process: bool | None = None):
    """`in_process` is the local engine's (see LocalExecutor); Ray always uses actors."""
    from rasd.scale.local import LocalExecutor

    if engine == "local":
        return LocalExecutor(workers=workers, config_toml=config_toml, in_process=in_process)
    if engine == "ray":
        return RayExecutor(workers=workers, config_toml=config_toml, address=address)
    raise ConfigError(f"unknown engine {engine!r} ({', '.join(ENGINES)})")
