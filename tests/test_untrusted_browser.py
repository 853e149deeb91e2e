"""Report text is data: a report carrying HTML and markdown shows as literal text on every page of a
real `streamlit run`, in Debian's headless Chromium, and runs nothing (no dialog, no element made).

The report is added to a temporary copy of datasets/ only; the shipped datasets never hold it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from live import streamlit_server

from dashboard.paths import DATASETS
from dashboard.store.build import build

PORTS = range(8640, 8650)
PAYLOAD = "<img src=x onerror=alert(1)> [click me](javascript:alert(1)) **bold** <script>alert(2)</script>"
REPORT = (f"Kon Tum report {PAYLOAD}\n\n"
          f"Kon Tum Province's GRDP grew by 8.2% in 2020 {PAYLOAD}.\n\n"  # disagrees with the official 9.39
          f"In 2023, Kon Tum's GRDP grew by 6.1% {PAYLOAD}.\n")          # no official figure: shown


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("untrusted")
    datasets = folder / "datasets"
    shutil.copytree(DATASETS, datasets)
    (datasets / "reports" / "kon-tum-untrusted.txt").write_text(REPORT, encoding="utf-8")
    db = folder / "dashboard.duckdb"
    build(db, datasets)
    with streamlit_server(db, PORTS, folder / "streamlit.log") as url:
        yield url


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
