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

        self.workers = [_Worker.remote(config_toml) for _ in range(max(1, workers))]

    def map_batches(self, batches: Iterable[list[dict]]) -> Iterator[list[tuple]]:
        pending = []
        n = len(self.workers)
        for i, batch in enumerate(batches):
            pending.append(self.workers[i % n].run.remote(batch))
            if len(pending) >= n * 2:
                yield self._ray.get(pending.pop(0))
        for ref in pending:
            yield self._ray.get(ref)

    def close(self) -> None:
        for w in self.workers:
            self._ray.kill(w)
        if self._owns_ray:
            self._ray.shutdown()


def make_executor(engine: str, *, workers: int, config_toml: str | None, address: str | None = None):
    from rasd.scale.local import LocalExecutor

    if engine == "local":
        return LocalExecutor(workers=workers, config_toml=config_toml)
    if engine == "ray":
        return RayExecutor(workers=workers, config_toml=config_toml, address=address)
    raise ConfigError(f"unknown engine {engine!r} (local, ray)")
