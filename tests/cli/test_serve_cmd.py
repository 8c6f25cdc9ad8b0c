"""`rasd serve`: a mistyped --db is refused (E008) unless --create asks for a new store, and an
address it cannot listen on (port taken, unknown host) is one `error E053` line before serving."""
from __future__ import annotations

import socket

import pytest
import uvicorn

from rasd.cli._common import check_port
from rasd.errors import InputError


@pytest.fixture
def served(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    return calls


@pytest.fixture
def taken_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def test_serve_refuses_a_store_that_does_not_exist(runner, app, tmp_path, served) -> None:
    typo = tmp_path / "evnets.db"
    result = runner.invoke(app, ["serve", "--db", str(typo)])
    assert result.exit_code == 1 and result.stderr.startswith("error E008: no store at")
    assert "--create" in result.stderr
    assert not typo.exists() and served == []
    get = runner.invoke(app, ["serve", "--db", str(typo), "--get", "/api/stats"])
    assert get.exit_code == 1 and "E008" in get.stderr and not typo.exists()


def test_serve_create_makes_the_new_store(runner, app, tmp_path, served) -> None:
    new = tmp_path / "new.db"
    result = runner.invoke(app, ["serve", "--create", "--db", str(new), "--get", "/api/stats"])
    assert result.exit_code == 0, result.output
    assert new.exists()


def test_serve_on_a_taken_port_is_one_coded_line(runner, app, tmp_path, served, taken_port) -> None:
    result = runner.invoke(app, ["serve", "--create", "--db", str(tmp_path / "s.db"),
                                 "--port", str(taken_port)])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (f"error E053: cannot listen on 127.0.0.1:{taken_port}: the port "
                                     "is taken (another server?); pick another with --port")
    assert served == [] and not (tmp_path / "s.db").exists()


def test_demo_on_a_taken_port_is_one_coded_line(runner, app, tmp_path, served, taken_port) -> None:
    result = runner.invoke(app, ["demo", "--annotated", "--db", str(tmp_path / "d.db"),
                                 "--port", str(taken_port)])
    assert result.exit_code == 1 and "error E053: " in result.stderr and "Traceback" not in result.output
    assert served == []


def test_check_port_unknown_host() -> None:
    with pytest.raises(InputError) as err:
        check_port("no-such-host.invalid", 8000)
    assert err.value.code == "E053"
