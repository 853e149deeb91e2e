"""Charts and tables on screen with their download buttons (shared by every page, map included)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import plotly.graph_objects as go
import streamlit as st

from dashboard.app import pandas_gate
from dashboard.charts.export import FORMATS, image_config, to_bytes

if TYPE_CHECKING:  # the first chart is drawn before pandas loads (see dashboard/store/read.py)
    import pandas as pd


def chart(fig: go.Figure, stem: str, key: str | None = None, **plotly_args: Any) -> None:
    """The figure in the project's template, then PNG / SVG / HTML buttons named `stem.*`.

    The files are rendered only when a button is clicked (data is a callable: an export takes
    0.2-3 s), and the chart's own camera button downloads the same `stem.png`. Known limit of
    Streamlit 1.67's deferred files: under heavy concurrent use a generated file can be cleaned
    up before the browser fetches it (see `table`); a second click renders it again.
    `plotly_args` go to st.plotly_chart (e.g. on_select); its state lives at key `chart-{key}`.
    """
    key = key or stem
    st.plotly_chart(fig, theme=None, width="stretch", config=image_config(stem), key=f"chart-{key}",
                    **plotly_args)
    row = st.container(horizontal=True)
    for fmt, mime in FORMATS.items():
        row.download_button(fmt.upper(), data=lambda fmt=fmt: _export(fig, fmt, stem),
                            file_name=f"{stem}.{fmt}", mime=mime, key=f"dl-{key}-{fmt}",
                            icon=":material/download:", on_click="ignore")


def _export(fig: go.Figure, fmt: str, stem: str) -> bytes:
    with pandas_gate.no_pandas_import():  # a click may come while a cold start imports pandas
        return to_bytes(fig, fmt, stem)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Vietnamese names correctly."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def table(frame: pd.DataFrame, stem: str, key: str | None = None) -> None:
    """CSV and Parquet buttons for `frame`, named `stem.csv` / `stem.parquet`.

    Rendered eagerly (cheap for these tables): Streamlit 1.67 does not tie a deferred file to its
    session once generated, so under load another session's cleanup can delete it before the
    browser fetches it (HTTP 404). An eager file lives until this session's next run.
    """
    key = key or stem
    row = st.container(horizontal=True)
    row.download_button("CSV", data=csv_bytes(frame), file_name=f"{stem}.csv",
                        mime="text/csv", key=f"dl-{key}-csv", icon=":material/download:",
                        on_click="ignore")
    row.download_button("Parquet", data=parquet_bytes(frame), file_name=f"{stem}.parquet",
                        mime="application/vnd.apache.parquet", key=f"dl-{key}-parquet",
                        icon=":material/download:", on_click="ignore")
