"""A figure as PNG, SVG or standalone HTML bytes, rendered on the server.

Why the lock and the one renderer: kaleido 1.x drives a headless Chromium (Debian's
`/usr/bin/chromium`, found by kaleido itself). Starting one per export costs 2-4 s; one shared
renderer answers in ~0.3 s, but under concurrency it returned other callers' images, and
Streamlit runs every session in its own thread. So: start it once, and export one at a time.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import warnings

import plotly.graph_objects as go

from dashboard.charts.theme import TEMPLATE

FORMATS = {"png": "image/png", "svg": "image/svg+xml", "html": "text/html"}
WIDTH, HEIGHT, SCALE = 1100, 620, 2  # the camera button uses the same size (see image_config)

_lock = threading.Lock()
_server_started = False


def _start_renderer() -> None:
    global _server_started
    if not _server_started:
        import kaleido

        kaleido.start_sync_server(silence_warnings=True)
        _server_started = True


def export_figure(fig: go.Figure) -> go.Figure:
    """A copy in the project's template, given explicitly: `import streamlit` swaps plotly's
    default for a browser-filled placeholder, which exports with near-black lines."""
    return go.Figure(fig).update_layout(template=TEMPLATE)


def to_bytes(fig: go.Figure, fmt: str, stem: str = "chart") -> bytes:
    """The figure as `fmt` (png | svg | html). HTML is standalone: plotly.js inline, no CDN, and
    its camera button saves `stem.png`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown chart format {fmt!r}; expected one of {sorted(FORMATS)}")
    fig = export_figure(fig)
    if fmt == "html":
        return fig.to_html(include_plotlyjs=True, full_html=True, config=image_config(stem)).encode()
    with _lock, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        _start_renderer()
        return fig.to_image(format=fmt, width=fig.layout.width or WIDTH,
                            height=fig.layout.height or HEIGHT, scale=SCALE if fmt == "png" else 1)


def image_config(stem: str) -> dict:
    """Plotly config so the chart's own camera button downloads `stem.png` at the export size."""
    return {"toImageButtonOptions": {"format": "png", "filename": stem, "width": WIDTH,
                                     "height": HEIGHT, "scale": SCALE},
            "displaylogo": False}


def slug(text: str) -> str:
    """ASCII, lower case, hyphens: 'Bắc Giang' -> 'bac-giang', 'grdp_growth' stays (file names)."""
    text = unicodedata.normalize("NFKD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")


def file_stem(*parts: str | int | None) -> str:
    """A file name that says what it is: parts slugged and joined by '_', empty parts dropped."""
    return "_".join(s for s in (slug(p) for p in parts if p is not None) if s)
