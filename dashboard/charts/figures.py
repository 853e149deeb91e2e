"""Figures for the pages. Every figure carries its title, unit, years and source line."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.theme import TEMPLATE_NAME


def source_line(frame: pd.DataFrame) -> str:
    n = frame["source_id"].nunique()
    return f"Source: {n} report{'s' if n != 1 else ''} (see the Sources table) · Vietnam provincial dashboard"


def values_by_year(frame: pd.DataFrame, indicator_name: str, unit: str) -> go.Figure:
    """Grouped bars: one colour per province, one group per year, values labelled."""
    years = f"{frame['year'].min()}–{frame['year'].max()}" if len(frame) else ""
    fig = go.Figure()
    for name, rows in frame.groupby("name_vi", sort=True):
        fig.add_bar(x=rows["year"], y=rows["value"], name=str(name),
                    text=[f"{v:,.2f}".rstrip("0").rstrip(".") for v in rows["value"]],
                    textposition="outside",
                    hovertemplate="%{fullData.name}<br>%{x}: %{y:,} " + unit + "<extra></extra>")
    fig.update_layout(
        template=TEMPLATE_NAME, barmode="group",
        title={"text": f"{indicator_name} ({unit}), {years}"},
        xaxis={"title": "Year", "dtick": 1, "type": "linear"},
        yaxis={"title": unit},
        annotations=[{"text": source_line(frame), "xref": "paper", "yref": "paper", "x": 0,
                      "y": -0.28, "showarrow": False, "xanchor": "left",
                      "font": {"size": 11, "color": "#666"}}],
    )
    return fig
