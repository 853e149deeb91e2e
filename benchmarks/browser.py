"""A real server in headless Chromium: time to the first chart, and the server's peak RSS.

First chart: from starting the server to a Plotly chart drawn in the page, for the dashboard (as
users start it: `python -m dashboard serve`, i.e. Streamlit in-process with the page's imports
warmed while the front end loads) and for a bare app showing one Plotly chart under plain
`streamlit run`, alternating in one run (so both meet the same load).
Peak memory: the server's VmHWM (/proc) after every page has been opened once.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from dashboard.paths import APP, ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PORTS = range(8660, 8670)
CHART = ".js-plotly-plot .main-svg"
PAGES = ["", "province?unit=Hà Nội", "sources", "data", "map", "conflicts"]

BARE_APP = '''import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="bare", page_icon="📊")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
'''


class Server:
    """The dashboard (`python -m dashboard serve`) or another app (`streamlit run APP`) on a free
    port of this benchmark's range; stopped on exit."""

    def __init__(self, app: Path, db: Path, log: Path) -> None:
        self.port = next(p for p in PORTS if _free(p))
        self.log = log.open("w")
        if app == APP:
            command = ["-m", "dashboard", "serve", "--port", str(self.port), "--db", str(db)]
        else:
            command = ["-m", "streamlit", "run", str(app), "--server.headless", "true",
                       "--server.port", str(self.port), "--server.address", "127.0.0.1",
                       "--browser.gatherUsageStats", "false"]
        self.process = subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT, env={**os.environ, "DASHBOARD_DB": str(db)}, stdout=self.log,
            stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}/"

    def wait(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not _free(self.port):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited; see {self.log.name}")
            time.sleep(0.05)
        raise RuntimeError(f"streamlit did not listen on {self.port}")

    def peak_rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
        return int(kb) / 1024

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def _free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def first_chart_seconds(browser, app: Path, db: Path, log: Path) -> float:
    """Seconds from starting `streamlit run app` to a Plotly chart drawn in a fresh page."""
    page = browser.new_page()
    try:
        start = time.perf_counter()
        with Server(app, db, log) as server:
            server.wait()
            page.goto(server.url)
            page.locator(CHART).first.wait_for(state="visible", timeout=120_000)
            return time.perf_counter() - start
    finally:
        page.close()


def startup(db: Path, folder: Path, rounds: int = 3) -> dict[str, float]:
    """Median first-chart seconds of the dashboard and the bare app, alternating, and the ratio."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    bare = folder / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    times: dict[str, list[float]] = {"dashboard": [], "bare": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for _ in range(rounds):
                for name, app in (("bare", bare), ("dashboard", APP)):
                    times[name].append(first_chart_seconds(browser, app, db, folder / f"{name}.log"))
        finally:
            browser.close()
    dashboard, bare_s = sorted(times["dashboard"]), sorted(times["bare"])
    med = dashboard[len(dashboard) // 2], bare_s[len(bare_s) // 2]
    return {"dashboard_s": med[0], "bare_s": med[1], "ratio": med[0] / med[1], "rounds": rounds}


def peak_memory(db: Path, folder: Path) -> dict[str, float]:
    """The server's peak RSS after opening every page once on `db`."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p, Server(APP, db, folder / "memory.log") as server:
        server.wait()
        idle = server.peak_rss_mb()
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            for path in PAGES:
                page.goto(server.url + path)
                page.wait_for_load_state("networkidle")
                page.get_by_test_id("stApp").wait_for()
                _settle(page)
        finally:
            browser.close()
        return {"idle_mb": idle, "peak_mb": server.peak_rss_mb(), "pages": len(PAGES)}


def _settle(page, seconds: float = 120) -> None:
    """Wait until the script has finished running (Streamlit's status widget gone)."""
    deadline = time.monotonic() + seconds
    time.sleep(0.5)
    while time.monotonic() < deadline:
        if page.get_by_test_id("stStatusWidget").count() == 0:
            return
        time.sleep(0.2)
