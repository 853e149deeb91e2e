"""End to end: a real `streamlit run`, Debian's headless Chromium, real downloads.

Open the dashboard, filter by province and year, see the chart change, download PNG / SVG / CSV
(and the camera button's PNG) and check their bytes, reload the copied URL and see the same view,
and save a screenshot of each page to screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

from playwright.sync_api import Page, expect

expect.set_options(timeout=30_000)



def wait_idle(page: Page) -> None:
    """Until the script run is over (Streamlit marks its state on the app's root element)."""
    page.wait_for_timeout(300)
    expect(page.locator("[data-testid=stApp][data-test-script-state=notRunning]")).to_have_count(1)


def chart(page: Page, title: str):  # noqa: ANN201
    """The Plotly chart whose title starts with `title` (during a rerun two may coexist)."""
    return page.locator(".js-plotly-plot").filter(
        has=page.locator(".gtitle", has_text=re.compile("^" + re.escape(title)))).last


def legend(page: Page, title: str) -> list[str]:
    return chart(page, title).locator(".legendtext").all_text_contents()


def choose_province(page: Page, name: str) -> None:
    box = page.get_by_test_id("stMultiSelect").filter(has_text="Provinces")
    box.locator("input").fill(name)
    page.get_by_role("option", name=name, exact=True).click()
    page.keyboard.press("Escape")
    wait_idle(page)


def download(page: Page, label: str, index: int = 0):  # noqa: ANN201
    button = page.get_by_test_id("stDownloadButton").filter(has_text=label).nth(index)
    with page.expect_download() as info:
        button.click()
    return info.value


def test_filter_download_and_reload(page: Page, server: str, screenshots: Path, tmp_path: Path) -> None:
    page.goto(server)
    expect(chart(page, "GRDP growth (%), 2024: provinces ranked")).to_be_visible()
    wait_idle(page)
    assert len(legend(page, "GRDP growth (%), 2019–2024: by year")) == 5  # the five highest

    choose_province(page, "Bắc Giang")
    choose_province(page, "Hà Nội")
    expect(chart(page, "GRDP growth (%), 2019–2024: by year").locator(".legendtext")).to_have_count(2)
    assert legend(page, "GRDP growth (%)") == ["Bắc Giang", "Hà Nội"]

    start = page.get_by_test_id("stSlider").get_by_role("slider").first
    start.focus()
    page.keyboard.press("ArrowRight")  # 2019 -> 2020
    wait_idle(page)
    lines = chart(page, "GRDP growth (%), 2020–2024: by year")
    expect(lines).to_be_visible()
    assert "2020" in unquote(page.url) and "province=B" in page.url

    png = download(page, "PNG", 1)
    assert png.suggested_filename == "grdp_growth_bac-giang_ha-noi_2020-2024.png"
    assert Path(png.path()).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = download(page, "SVG", 1)
    assert svg.suggested_filename == "grdp_growth_bac-giang_ha-noi_2020-2024.svg"
    root = ET.parse(svg.path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Hà Nội" in ET.tostring(root, encoding="unicode")

    lines.hover()
    with page.expect_download() as camera:
        lines.locator(".modebar-btn[data-title='Download plot as a PNG']").click()
    assert camera.value.suggested_filename == png.suggested_filename
    assert Path(camera.value.path()).read_bytes().startswith(b"\x89PNG")
    page.screenshot(path=screenshots / "compare.png")

    copied = page.url
    page.goto("about:blank")
    page.goto(copied)
    wait_idle(page)
    expect(chart(page, "GRDP growth (%), 2020–2024: by year")).to_be_visible()
    assert legend(page, "GRDP growth (%), 2020–2024") == ["Bắc Giang", "Hà Nội"]

    page.get_by_test_id("stSidebarNav").get_by_text("Data").click()
    wait_idle(page)
    expect(page.get_by_text("values of GRDP growth (%) for Bắc Giang, Hà Nội, 2020–2025")).to_be_visible()
    data = download(page, "CSV")
    assert data.suggested_filename == "grdp_growth_bac-giang_ha-noi_2020-2024.csv"
    raw = Path(data.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {row["province"] for row in rows} == {"Bắc Giang", "Hà Nội"}
    assert {int(row["year"]) for row in rows} == {2020, 2021, 2022, 2023, 2024}
    assert "province=" in page.url  # the filters travel with the page
    page.screenshot(path=screenshots / "data.png")


def test_every_page_opens_and_is_saved(page: Page, server: str, screenshots: Path) -> None:
    chart_, table = ".js-plotly-plot .gtitle", "[data-testid=stDataFrame] canvas"
    views = {"province": ("/province?unit=B%E1%BA%AFc%20Giang", chart_),
             "province-2025": ("/province?unit=B%E1%BA%AFc%20Ninh%20(2025)", chart_),
             "sources": ("/sources?province=H%C3%A0%20N%E1%BB%99i", table),
             "poverty": ("/?indicator=Household%20poverty%20rate&province=L%C3%A0o%20Cai"
                         "&province=B%E1%BA%AFc%20Giang", chart_),
             "jobs": ("/?indicator=Jobs%20created", chart_),
             "bad-link": ("/?bogus=1&years=abc", chart_)}
    for name, (path, ready) in views.items():
        page.goto(server + path)
        wait_idle(page)
        expect(page.locator(ready).first).to_be_visible()
        expect(page.get_by_test_id("stException")).to_have_count(0)
        page.wait_for_timeout(500)  # let the charts and grids finish painting
        page.screenshot(path=screenshots / f"{name}.png")
    expect(page.get_by_text("Ignored in the link")).to_be_visible()
