"""The Parquet export written a row group at a time (rasd.export): memory holds one group
of rows, not the table, and the rows are read once.

The columns have fixed types (`TYPES`): they were inferred from the values, in a first
pass over the whole store made only for that, and a column with no value in the export
(no one arrested) came out as the null type, so two exports of one store had different
schemas. Counts are SPEC numbers, so float64: an int64 column could not hold 2.5.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

ROW_GROUP = 10_000  # rows per row group, and rows held at once
FLOAT_COLUMNS = frozenset({"latitude", "longitude", "fatalities", "injured", "displaced", "arrested"})
INT_COLUMNS = frozenset({"geo_precision"})  # SPEC: 1-4 or null


def schema(columns: Sequence[str]):
    """float64 for coordinates and counts, int64 for the geo precision, text for the rest."""
    import pyarrow as pa

    def kind(name: str):
        return pa.float64() if name in FLOAT_COLUMNS else pa.int64() if name in INT_COLUMNS else pa.string()

    return pa.schema([(n, kind(n)) for n in columns])


def parquet_chunks(rows: Iterable[dict], columns: Sequence[str]) -> Iterator[bytes]:
    """The bytes of a Parquet file of `columns`, from one pass over `rows`, yielded as each
    row group is written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fixed = schema(columns)
    sink = _Sink()
    with pq.ParquetWriter(sink, fixed) as writer:
        for group in _groups(rows, first=[]):  # no rows: one empty group, as write_table
            writer.write_table(pa.table({n: [r[n] for r in group] for n in columns}, schema=fixed))
            yield sink.take()
    yield sink.take()  # the footer


def _groups(rows: Iterable[dict], *, first: list | None = None) -> Iterator[list[dict]]:
    """`rows` in lists of ROW_GROUP; `first` is yielded when there are none."""
    group: list[dict] = []
    for row in rows:
        group.append(row)
        if len(group) == ROW_GROUP:
            yield group
            group, first = [], None
    if group:
        yield group
    elif first is not None:
        yield first


class _Sink:
    """A write-only file for pyarrow that hands its bytes on as they are written; tell()
    counts all of them, as the footer's offsets need."""

    closed = False

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._pos = 0

    def write(self, data) -> int:
        data = bytes(data)
        self._parts.append(data)
        self._pos += len(data)
        return len(data)

    def take(self) -> bytes:
        data, self._parts = b"".join(self._parts), []
        return data

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True
