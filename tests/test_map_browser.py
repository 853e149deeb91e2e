"""The map page in a real Chromium against a real `streamlit run`: drawn with no outside request,
switched to the 34 units, hovered, downloaded, and clicked through to the province profile."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from live import ARGS, CHROMIUM, streamlit_server

from tests.test_map import YEAR, add_observations

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect
expect.set_options(timeout=30_000)
PORTS = range(8620, 8630)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("mapserver") / "dashboard.duckdb"
    shutil.copy(built_db, db)
    add_observations(db)
    with streamlit_server(db, PORTS, db.with_suffix(".log")) as url:
        yield url


def test_map_renders_offline_switches_hovers_downloads_and_opens_profile(server, tmp_path) -> None:
    # In a thread of its own: Playwright's sync API refuses to start while another test module's
    # session-wide Playwright (tests/e2e) is open in this thread.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(_in_browser, server, tmp_path).result()


def _in_browser(server: str, tmp_path: Path) -> None:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1300}, accept_downloads=True)
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith((server, "data:", "blob:")) else None)
            try:
                _walk_through(page, server, outside, tmp_path)
            except Exception:
                page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
                print(f"screenshot of the failure: {tmp_path / 'failure.png'}")
                raise
        finally:
            browser.close()


def _walk_through(page, server: str, outside: list[str], tmp_path: Path) -> None:
    page.goto(f"{server}/map?indicator=Jobs+created&map_year={YEAR}")  # both bound to the URL
    page.get_by_text(f"Jobs created (persons), {YEAR} · 63 provinces").wait_for()
    expect(page.locator("path.choroplethlocation")).to_have_count(63)  # a rerun may show two charts
    assert page.locator("g.legend").get_by_text("no data").count() == 1
    for label in ("Quần đảo Hoàng Sa", "Quần đảo Trường Sa"):
        assert page.locator("g.geo text", has_text=label).count() == 1

    page.get_by_text("Show on the 34 provinces of 1 July 2025").click()
    page.get_by_text(f"Jobs created (persons), {YEAR} · 34 provinces").wait_for()
    expect(page.locator("path.choroplethlocation")).to_have_count(34)
    assert page.locator("g.legend").get_by_text("incomplete sum").count() == 1

    # the one coloured unit is Lào Cai (2025) = Lào Cai 10 + Yên Bái 15
    target = page.locator("g.choroplethlayer g.trace").first.locator("path.choroplethlocation")
    box = target.bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.move(*centre)
    hover = page.locator("g.hoverlayer")
    hover.get_by_text("Lào Cai").wait_for()
    text = hover.text_content()
    assert "27,000 persons" in text and "1 source" in text and "sum of 2 former provinces" in text

    files = {}
    for fmt in ("PNG", "SVG", "HTML"):
        with page.expect_download() as info:
            page.get_by_role("button", name=fmt, exact=True).click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        files[fmt] = path
    assert files["PNG"].name == f"map_jobs_created_{YEAR}_34-provinces.png"
    assert files["PNG"].read_bytes().startswith(b"\x89PNG") and files["PNG"].stat().st_size > 50_000
    svg = files["SVG"].read_text(encoding="utf-8")
    assert svg.count("choroplethlocation") == 34
    assert "OpenStreetMap contributors" in svg and "Quần đảo Hoàng Sa" in svg
    html = files["HTML"].read_text(encoding="utf-8")
    assert "OpenStreetMap contributors" in html and 'src="http' not in html  # plotly.js inline
    standalone = page.context.browser.new_page()  # the HTML file opened on its own, still offline
    standalone.on("request", lambda r: outside.append(r.url)
                  if not r.url.startswith(("file:", "data:", "blob:")) else None)
    standalone.goto(files["HTML"].as_uri())
    expect(standalone.locator("path.choroplethlocation")).to_have_count(34)
    standalone.close()

    page.mouse.click(*centre)
    expect(page).to_have_url(re.compile(r"/province\?"))  # switch_page: no load event
    assert parse_qs(urlparse(page.url).query)["unit"] == ["Lào Cai (2025)"]
    assert outside == [], f"the page made outside requests: {outside}"
