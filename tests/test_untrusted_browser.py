"""Report text is data: a report carrying HTML and markdown shows as literal text on every page of a
real `streamlit run`, in Debian's headless Chromium, and runs nothing (no dialog, no element made).

The report is added to a temporary copy of datasets/ only; the shipped datasets never hold it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from dashboard.paths import APP, DATASETS, ROOT
from dashboard.store.build import build

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PORTS = range(8640, 8650)
PAYLOAD = "<img src=x onerror=alert(1)> [click me](javascript:alert(1)) **bold** <script>alert(2)</script>"
REPORT = (f"Kon Tum report {PAYLOAD}\n\n"
          f"Kon Tum Province's GRDP grew by 8.2% in 2020 {PAYLOAD}.\n\n"  # disagrees with the official 9.39
          f"In 2023, Kon Tum's GRDP grew by 6.1% {PAYLOAD}.\n")          # no official figure: shown


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"no free port in {PORTS}")


def serve(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """A real `streamlit run` of the app on `db`, ready to take requests."""
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env={**os.environ, "DASHBOARD_DB": str(db)}, stdout=log.open("w"),
        stderr=subprocess.STDOUT)
    for _ in range(300):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return child, f"http://127.0.0.1:{port}"
        if child.poll() is not None:
            raise RuntimeError(f"streamlit exited; see {log}")
        time.sleep(0.1)
    child.kill()
    raise RuntimeError("streamlit did not start")


def stop(child: subprocess.Popen) -> None:
    child.terminate()
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("untrusted")
    datasets = folder / "datasets"
    shutil.copytree(DATASETS, datasets)
    (datasets / "reports" / "kon-tum-untrusted.txt").write_text(REPORT, encoding="utf-8")
    db = folder / "dashboard.duckdb"
    build(db, datasets)
    child, url = serve(db, folder / "streamlit.log")
    try:
        yield url
    finally:
        stop(child)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `sudo apt-get install -y chromium` (see README)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


FILTERS = {"indicator": "GRDP growth", "province": "Kon Tum"}
PAGES = [  # path, query, text that says the page has drawn, whether the report's sentence is on it
    ("/", {**FILTERS, "[click me](https://evil.example)": PAYLOAD}, "Ignored in the link", False),
    ("/province", {"unit": "Kon Tum"}, "Every source behind these numbers", True),
    ("/sources", FILTERS, "observations of", True),
    ("/data", FILTERS, "values of", True),
    ("/conflicts", {}, "disagreeing pairs", True),
    ("/map", FILTERS, "Map", False),
]


@pytest.mark.parametrize(("path", "query", "ready", "shows_sentence"), PAGES,
                         ids=[p[0].strip("/") or "compare" for p in PAGES])
def test_report_markup_is_literal_text_and_runs_nothing(
        hostile_server: str, browser, path: str, query: dict, ready: str, shows_sentence: bool,  # noqa: ANN001
        tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 3000, "height": 2400})
    page = context.new_page()
    page.set_default_timeout(60_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(hostile_server + path + ("?" + urlencode(query) if query else ""))
        page.get_by_text(ready, exact=False).first.wait_for()
        page.wait_for_timeout(1500)  # charts and tables finish drawing
        if shows_sentence:
            cells = page.locator("[role=gridcell]").filter(has_text=PAYLOAD)
            cells.first.wait_for(state="attached")  # the grid draws on a canvas; its cells are also text
            assert "grew by" in (cells.first.text_content() or "")
        page.screenshot(path=str(tmp_path / "page.png"))
        assert dialogs == []
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("a[href^='javascript'], a[href*='evil.example']").count() == 0
        if path == "/":  # the notice about the ignored parameter quotes it as typed
            notice = page.get_by_text("Ignored in the link").first.inner_text()
            assert "unknown parameter “[click me](https://evil.example)”" in notice
        assert page.locator("strong", has_text="bold").count() == 0  # markdown not rendered
        assert page.evaluate("[...document.scripts].some(s => s.text.includes('alert(2)'))") is False
    finally:
        context.close()
