"""The Parquet export written a row group at a time (rasd.export): memory holds one group
of rows, not the table.

Two passes over the rows: the first only learns each column's type as pyarrow infers it
from the values (a column with no value at all stays the null type), so the file is the
one `pq.write_table(pa.table(columns))` wrote from the whole export, byte for byte, when
the rows fit one group; the second writes the groups.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

ROW_GROUP = 10_000  # rows per row group, and rows held at once


def parquet_chunks(make_rows: Callable[[], Iterable[dict]], columns: Sequence[str]) -> Iterator[bytes]:
    """The bytes of a Parquet file of `columns`, from `make_rows()` (called twice, each call
    a fresh pass over the same rows), yielded as each row group is written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(make_rows(), columns)
    sink = _Sink()
    with pq.ParquetWriter(sink, schema) as writer:
        for group in _groups(make_rows(), first=[]):  # no rows: one empty group, as write_table
            writer.write_table(pa.table({n: [r[n] for r in group] for n in columns}, schema=schema))
            yield sink.take()
    yield sink.take()  # the footer


def _schema(rows: Iterable[dict], columns: Sequence[str]):
    import pyarrow as pa

    schema = None
    for group in _groups(rows):
        found = pa.table({n: [r[n] for r in group] for n in columns}).schema
        schema = found if schema is None else pa.unify_schemas([schema, found],
                                                               promote_options="permissive")
    return schema or pa.schema([(n, pa.string()) for n in columns])  # no rows: text columns


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
