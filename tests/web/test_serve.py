"""`sijill serve` as a user runs it: it prints its address, binds to loopback, answers pages
and the API, and refuses writes with --read-only; a bad --db is one clear line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from sijill.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_prints_its_address_and_answers(built_register: str) -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen([sys.executable, "-m", "sijill", "serve", "--db",
                               built_register, "--port", str(port), "--read-only"],
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        assert f"at http://127.0.0.1:{port}/ (read-only)" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/entities",
                                   params={"q": "ماهر العلي"})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not answer in 30 s"
                time.sleep(0.2)
        assert answer.json()["items"][0]["name"] == "ماهر العلي"
        write = httpx.post(f"http://127.0.0.1:{port}/api/review/merge",
                           json={"a": "c000000000000", "b": "c000000000001"})
        assert write.status_code == 403
    finally:
        server.terminate()
        server.wait(10)


def test_a_bad_db_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "no" / "such.db")])
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Traceback" not in result.output
