"""Server-side chart export through kaleido and Debian's Chromium: real files, bytes checked."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import plotly.graph_objects as go
import pytest
import streamlit  # noqa: F401  (importing it swaps plotly's default template: exports must not care)
from PIL import Image

from dashboard.charts.export import file_stem, image_config, slug, to_bytes
from dashboard.charts.theme import COLORWAY


def one_bar() -> go.Figure:
    """A figure with no template of its own: the export gives it the project's."""
    return go.Figure(go.Bar(x=["Bắc Giang"], y=[13.45]), layout={"title": {"text": "GRDP growth (%)"}})


def test_png_is_a_png_in_the_project_colours() -> None:
    data = to_bytes(one_bar(), "png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert image.size == (2200, 1240)
    first = tuple(int(COLORWAY[0][i:i + 2], 16) for i in (1, 3, 5))
    assert first in {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    assert image.getpixel((5, 5)) == (255, 255, 255)  # white paper, not the dark placeholder


def test_svg_has_an_svg_root_and_the_title_in_vietnamese() -> None:
    root = ET.fromstring(to_bytes(one_bar(), "svg"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Bắc Giang" in ET.tostring(root, encoding="unicode")


def test_html_is_standalone() -> None:
    html = to_bytes(one_bar(), "html", "grdp_growth_bac-giang_2024").decode()
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert '"filename": "grdp_growth_bac-giang_2024"' in html
    assert "<script src=" not in html and "GRDP growth (%)" in html


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="pdf"):
        to_bytes(one_bar(), "pdf")


def test_file_names_say_what_they_are() -> None:
    assert slug("Thừa Thiên Huế") == "thua-thien-hue"
    assert slug("Đắk Lắk") == "dak-lak"
    stem = file_stem("grdp_growth", "Bắc Giang", "Hà Nội", "2019-2024")
    assert stem == "grdp_growth_bac-giang_ha-noi_2019-2024"
    assert image_config("x")["toImageButtonOptions"]["filename"] == "x"


def test_concurrent_exports_each_get_their_own_image() -> None:
    """Streamlit serves each session in its own thread; the shared renderer must not mix them up."""
    from concurrent.futures import ThreadPoolExecutor

    colours = ["#ff0000", "#00ff00", "#0000ff", "#ff00ff"]

    def render(colour: str) -> set[tuple[int, int, int]]:
        fig = go.Figure(go.Bar(x=["a"], y=[1], marker={"color": colour}))
        image = Image.open(io.BytesIO(to_bytes(fig, "png"))).convert("RGB")
        return {c for _, c in image.getcolors(maxcolors=1 << 20)}

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(render, colours))
    for colour, found in zip(colours, results, strict=True):
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        others = {tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in colours} - {rgb}
        assert rgb in found and not others & found
