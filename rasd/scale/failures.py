"""A shard's failures file written as failures come (rasd process): they were gathered in
a list until the shard ended, as many as the shard had bad lines. Input failures (a line
that cannot be read) are listed before pipeline failures, as before: each kind goes to its
own temporary file, and `commit` joins them into place; no failure, no file."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from rasd.scale.shards import record_json

LISTED = 20  # failures kept in memory for the run's summary (the file has them all)


class FailureSink:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self.listed: dict[str, list[dict]] = {"input": [], "pipeline": []}
        # named as RecordSink's temporaries: a re-run after a kill clears them
        self._tmp = {kind: path.with_name(f".{path.name}.tmp-{os.getpid()}-{kind}")
                     for kind in self.listed}
        self._fh: dict = {}

    def write(self, failure: dict, *, kind: str) -> None:
        if kind not in self._fh:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh[kind] = self._tmp[kind].open("w", encoding="utf-8")
        self._fh[kind].write(record_json(failure) + "\n")
        self.count += 1
        if len(self.listed[kind]) < LISTED:
            self.listed[kind].append(failure)

    def first(self, n: int = LISTED) -> list[dict]:
        """The first `n` failures in the file's order."""
        return (self.listed["input"] + self.listed["pipeline"])[:n]

    def commit(self) -> None:
        if not self._fh:
            return
        kinds = [k for k in self.listed if k in self._fh]
        for kind in kinds:
            self._fh[kind].close()
        head = self._tmp[kinds[0]]
        with head.open("a", encoding="utf-8") as out:
            for kind in kinds[1:]:
                with self._tmp[kind].open(encoding="utf-8") as part:
                    shutil.copyfileobj(part, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(head, self.path)
        self.discard()

    def discard(self) -> None:
        for kind, fh in self._fh.items():
            fh.close()
            self._tmp[kind].unlink(missing_ok=True)
        self._fh = {}
