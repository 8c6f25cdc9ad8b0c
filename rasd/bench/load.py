"""Load benchmark: `rasd bench load` — concurrent API reads while an ingest writes.

Builds a store of ~10k events from the corpus generator's pre-built records (saved
straight through the store: no pipeline run), serves it with `rasd serve` on a free
127.0.0.1 port in a subprocess, then for `seconds` drives `concurrency` readers
against /api/events (varied filters) while one writer POSTs `writes` new records
through the API with the bearer token. Reports requests/s and latency percentiles;
every response is checked (status, shape, filters respected).
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from rasd.bench.corpus import annotated

TOKEN = "rasd-bench-load"
QUERIES = ({}, {"type": "ASSAULT"}, {"country": "SY"}, {"from": "2023-06-01", "to": "2023-12-31"},
           {"bbox": "35,32,44,38"}, {"type": "PROTEST", "country": "IQ"}, {"has_count": "true"},
           {"limit": "20"}, {"q": "حلب"})


def build_store(url: str, *, events: int, seed: int = 0) -> tuple[list, int]:
    """Fill the store at `url` with at least `events` events; returns (unused pairs, events)."""
    from rasd.store import open_store

    pairs = annotated(events // 2 + 500, seed=seed)  # ~3.5 events per article on average
    store = open_store(url)
    stored = 0
    try:
        while stored < events and pairs:
            item, record = pairs.pop(0)
            store.save(record, item["text"])
            stored += len(record["events"])
    finally:
        store.close()
    return pairs, stored


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, *, timeout: float = 30.0) -> subprocess.Popen:
    """`rasd serve` in a subprocess (its own interpreter, so the clients do not share its GIL)."""
    import httpx

    env = {**os.environ, "RASD_API_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-c", "from rasd.cli.main import run; run()", "serve",
                             "--db", url, "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"rasd serve exited: {proc.stderr.read()[-1000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"rasd serve did not answer within {timeout} s")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def check_page(params: dict, body: dict) -> bool:
    """Is this a valid /api/events page that respects its filters?"""
    items = body.get("items")
    if not isinstance(items, list) or len(items) > int(params.get("limit", 100)):
        return False
    for ev in items:
        if not isinstance(ev.get("id"), str) or not ev.get("type"):
            return False
        if "type" in params and ev["type"] != params["type"]:
            return False
        if "country" in params and ev["place"]["country"] != params["country"]:
            return False
    return True


class RawClient:
    """A minimal HTTP/1.1 keep-alive GET client on asyncio streams.

    httpx spent about as much CPU per request as the server did (~4 ms), and client and
    server share the 2 cores this is measured on, so the clients, not the server, set the
    rate. This one parses only the status line and the framing (Content-Length or chunked).
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader = self._writer = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self._writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode("utf-8"))
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        headers = {k.strip().lower(): v.strip() for k, v in headers.items()}
        if "content-length" in headers:
            body = await self._reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while size := int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self._reader.readexactly(size + 2))
            await self._reader.readuntil(b"\r\n")
            body = b"".join(p[:-2] for p in parts)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _json(body: bytes):
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on the environment
        return json.loads(body)
    return orjson.loads(body)


async def _reader(base: str, stop: float, stats: dict, k: int) -> None:
    host, port = base.rsplit("/", 1)[-1].split(":")
    client = RawClient(host, int(port))
    i = k
    try:
        # Read for `seconds`, and on until the ingest has finished: reads always overlap writes.
        while time.monotonic() < stop or not stats["writer_done"]:
            params = QUERIES[i % len(QUERIES)]
            i += 1
            target = "/api/events" + ("?" + urlencode(params) if params else "")
            t0 = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(client.get(target), 30)
                ok = status == 200 and check_page(params, _json(body))
            except Exception:  # noqa: BLE001 - a failed request is a figure, not a crash
                ok = False
                await client.close()
            stats["latencies"].append(time.perf_counter() - t0)
            stats["errors" if not ok else "ok"] += 1
    finally:
        await client.close()


async def _writer(client, pairs: list, deadline: float, writes: int, stats: dict) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    try:
        await _write_all(client, pairs[:writes], deadline, headers, stats)
    finally:
        stats["writer_done"] = True


async def _write_all(client, pairs: list, deadline: float, headers: dict, stats: dict) -> None:
    for item, record in pairs:
        if time.monotonic() >= deadline:  # bounded in time as well as in count
            break
        try:
            response = await client.post("/api/documents", headers=headers,
                                         json={"text": item["text"], "record": record})
            created = response.status_code == 201
        except Exception:  # noqa: BLE001 - counted, like a failed read
            created = False
        if created:
            stats["writes"] += 1
            stats["write_events"] += len(record["events"])
        else:
            stats["write_errors"] += 1
        await asyncio.sleep(0)


async def drive(base: str, pairs: list, *, seconds: float, concurrency: int, writes: int) -> dict:
    import httpx

    stats = {"latencies": [], "ok": 0, "errors": 0, "writes": 0, "write_events": 0, "write_errors": 0,
             "writer_done": writes <= 0}
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:  # the one writer
        await client.get("/api/events")  # warm the server's first connection and query plan
        t0 = time.monotonic()
        stop = t0 + seconds
        await asyncio.gather(_writer(client, pairs, t0 + 3 * seconds, writes, stats),
                             *(_reader(base, stop, stats, k) for k in range(concurrency)))
        stats["elapsed"] = time.monotonic() - t0
    return stats


def _loop_factory():
    """uvloop's event loop when installed (a cheaper client), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(1000 * ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)


def run(data_dir=None, *, db: str | None = None, events: int = 10_000, seconds: float = 20.0,
        concurrency: int = 16, writes: int = 200, seed: int = 0, **_) -> dict:
    """Measure; `db` is a store URL (default: a new SQLite file in a temporary directory)."""
    import httpx

    tmp = None
    if db is None:
        tmp = tempfile.mkdtemp(prefix="rasd-load-")
        db = str(Path(tmp) / "load.db")
    try:
        t0 = time.perf_counter()
        pairs, stored = build_store(db, events=events, seed=seed)
        build_s = time.perf_counter() - t0
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            cpu0, own0 = cpu_seconds(server.pid), time.process_time()
            with asyncio.Runner(loop_factory=_loop_factory()) as runner:
                stats = runner.run(drive(base, pairs, seconds=seconds, concurrency=concurrency,
                                         writes=writes))
            cpu1, own1 = cpu_seconds(server.pid), time.process_time()
            final = httpx.get(f"{base}/api/stats", timeout=30).json()
        finally:
            server.terminate()
            server.wait(10)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    requests = stats["ok"] + stats["errors"]
    # Server CPU per request: a figure that a busy, shared machine distorts far less than
    # wall-clock rates (the server is one process, so one core is its ceiling).
    cpu_ms = (1000 * (cpu1 - cpu0) / (requests + stats["writes"])
              if cpu0 is not None and cpu1 is not None and requests else None)
    return {"backend": "postgresql" if db.startswith("postgres") else "sqlite",
            "events_in_store": stored, "store_build_s": round(build_s, 1),
            "concurrency": concurrency, "seconds": round(stats["elapsed"], 1),
            "requests": requests, "errors": stats["errors"],
            "requests_per_s": round(requests / stats["elapsed"], 1),
            "p50_ms": _pct(stats["latencies"], 50), "p95_ms": _pct(stats["latencies"], 95),
            "p99_ms": _pct(stats["latencies"], 99),
            "server_cpu_ms_per_request": round(cpu_ms, 2) if cpu_ms else None,
            "client_cpu_ms_per_request": round(1000 * (own1 - own0) / max(requests, 1), 2),
            "max_requests_per_s_one_core": round(1000 / cpu_ms, 1) if cpu_ms else None,
            "writes": stats["writes"], "write_errors": stats["write_errors"],
            "events_after": final["events"], "expected_events_after": stored + stats["write_events"],
            "targets": "requests_per_s >= 200, p99_ms < 250 (/api/events, 10k events)"}
