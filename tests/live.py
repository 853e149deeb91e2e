"""A real `streamlit run` of the app on a given database, and the Chromium flags, for the tests
that drive a live server (browser, websocket and map tests share this one way to start it)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard.paths import APP, ROOT

CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser a tool downloads
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def free_port(ports: range) -> int:
    for port in ports:
        if not _listening(port):
            return port
    raise RuntimeError(f"no free port in {ports}")


@contextmanager
def streamlit_server(db: Path, ports: range, log: Path) -> Iterator[str]:
    """Serve the app on `db` from the first free port in `ports`; yield its URL once it listens.

    stdout goes to a file: a child with a PIPE outlives its killed parent (stack notes).
    """
    port = free_port(ports)
    with log.open("w") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port),
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ, "DASHBOARD_DB": str(db)}, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while not _listening(port):
                if child.poll() is not None:
                    raise RuntimeError(f"streamlit exited; see {log}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not listen on {port}; see {log}")
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
