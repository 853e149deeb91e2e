"""Figures for the pages. Every figure carries its title, unit, years, source line and the notes
its indicator needs (jobs definitions vary; poverty lines break where the standard changes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.theme import COLORWAY, TEMPLATE_NAME

if TYPE_CHECKING:  # `ranking` works on plain rows, so the first chart is drawn before pandas loads
    import pandas as pd

REGION_COLOURS = {
    "Northern Midlands and Mountains": "#3a9e6f",
    "Red River Delta": "#c4444c",
    "North Central and South Central Coast": "#2c6fbb",
    "Central Highlands": "#8c6d4f",
    "South East": "#e07b39",
    "Mekong River Delta": "#8464b4",
}
NO_REGION = "2025 unit (regions not compiled)"
NO_REGION_COLOUR = "#8a9099"

NOTES = {
    "jobs_created": "Definitions vary between provinces: some include labour export.",
    "poverty_rate": "Poverty standards differ (2016-2020 vs 2021-2025): values under different "
                    "standards are drawn as separate lines, not joined.",
}


def number(value: float) -> str:
    """12,345 / 6.87 / 13.5: no trailing zeros."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def years_text(frame: pd.DataFrame) -> str:
    first, last = int(frame["year"].min()), int(frame["year"].max())
    return str(first) if first == last else f"{first}–{last}"


def sources_of(frame: pd.DataFrame) -> Iterable[tuple[str, str]]:
    """(source_id, source_kind) of each row of a frame, for `source_line`."""
    return zip(frame["source_id"], frame["source_kind"], strict=True)


def source_line(sources: Iterable[tuple[str, str]]) -> str:
    """'Source: 2 official releases, 1 report …' from (source_id, source_kind) pairs: the Sources
    page lists each one."""
    kinds = Counter(kind for _, kind in set(sources))
    parts = [f"{n} {'official release' if kind == 'official' else 'report'}{'s' if n != 1 else ''}"
             for kind, n in sorted(kinds.items())]
    return f"Source: {', '.join(parts) or 'none'} (each value traced on the Sources page)"


def _footer(fig: go.Figure, sources: Iterable[tuple[str, str]], indicator: str, bottom: float) -> None:
    lines = [NOTES[indicator]] if indicator in NOTES else []
    lines.append(source_line(sources) + " · Vietnam provincial statistics")
    fig.add_annotation(text="<br>".join(_escape(line) for line in lines), xref="paper",
                       yref="paper", x=0, y=bottom, yanchor="top", xanchor="left", showarrow=False,
                       align="left", font={"size": 11, "color": "#555"})


def _escape(text: str) -> str:
    """Plotly renders a subset of HTML in text: data-derived strings are escaped."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def region_of(row: Mapping[str, Any]) -> str:
    return row["region"] if isinstance(row["region"], str) and row["region"] else NO_REGION


def ranking(bars: Sequence[Mapping[str, Any]], year: int, highlighted: set[str], name: str, unit: str,
            indicator: str) -> go.Figure:
    """Horizontal bars of every province with a value in `year` (rows from `read.ranking`: lowest
    value first, one standard), best at the top, coloured by region; `highlighted`
    ('code-generation' keys) stand out when some are chosen."""
    standard = next((bar["standard"] for bar in bars if bar["standard"]), None)
    fig = go.Figure()
    for region in dict.fromkeys(region_of(bar) for bar in bars):
        part = [bar for bar in bars if region_of(bar) == region]
        strong = [not highlighted or bar["key"] in highlighted for bar in part]
        fig.add_bar(
            y=[bar["label"] for bar in part], x=[bar["value"] for bar in part], orientation="h",
            name=_escape(region),
            marker={"color": REGION_COLOURS.get(region, NO_REGION_COLOUR),
                    "opacity": [1.0 if s else 0.3 for s in strong],
                    "line": {"width": [1.5 if highlighted and s else 0 for s in strong],
                             "color": "#222"}},
            text=[number(bar["value"]) for bar in part], textposition="outside", cliponaxis=False,
            hovertemplate="%{y}: %{x:,} " + _escape(unit) + "<extra>%{fullData.name}</extra>")
    height = max(420, 190 + 24 * len(bars))
    fig.update_layout(
        template=TEMPLATE_NAME, height=height, barmode="overlay",
        title={"text": f"{_escape(name)} ({_escape(unit)}), {year}: provinces ranked"
               + (f" ({_escape(standard)} standard)" if standard else ""),
               "yref": "container", "y": 1 - 24 / height, "yanchor": "top"},
        xaxis={"title": None, "showgrid": True, "gridcolor": "#eee", "ticksuffix": " " + unit
               if len(unit) <= 2 else ""},
        yaxis={"categoryorder": "array", "categoryarray": [bar["label"] for bar in bars], "title": None,
               "automargin": True, "ticksuffix": "  "},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "title": None},
        margin={"t": 150, "b": 80 + 16 * (indicator in NOTES)},
    )
    _footer(fig, ((bar["source_id"], bar["source_kind"]) for bar in bars), indicator,
            bottom=-30 / (height - 190))
    return fig


def series(frame: pd.DataFrame) -> list[tuple[str, str | None, pd.DataFrame]]:
    """(province, standard, rows) per line: values under different standards never join."""
    standards = frame["standard"].fillna("")
    out = []
    for (province, standard), rows in frame.assign(_std=standards).groupby(["label", "_std"], sort=True):
        out.append((str(province), standard or None, rows.sort_values("year")))
    return out


def change_since_first(frame: pd.DataFrame) -> pd.DataFrame:
    """Each value minus the first value of its own line (same province, same standard)."""
    keys = [frame["label"], frame["standard"].fillna("")]
    ordered = frame.sort_values("year")
    first = ordered.groupby(keys)["value"].transform("first")
    return ordered.assign(value=ordered["value"] - first)


def lines(frame: pd.DataFrame, name: str, unit: str, indicator: str, change: bool = False) -> go.Figure:
    """One line per province over the years (or its change since the first year); a change of
    poverty standard starts a new, dashed-or-solid line with its own legend entry."""
    data = change_since_first(frame) if change else frame
    colours = {p: COLORWAY[i % len(COLORWAY)] for i, p in enumerate(sorted(frame["label"].unique()))}
    standards = sorted(s for s in frame["standard"].dropna().unique())
    every_label = frame["label"].nunique() <= 2  # more lines: label only each line's last value
    fig = go.Figure()
    for province, standard, rows in series(data):
        dash = "dot" if standard and len(standards) > 1 and standard != standards[-1] else "solid"
        label = province + (f" ({standard} standard)" if standard and len(standards) > 1 else "")
        fig.add_scatter(
            x=rows["year"], y=rows["value"], mode="lines+markers+text", name=_escape(label),
            legendgroup=province, line={"color": colours[province], "dash": dash, "width": 2.5},
            marker={"size": 8, "symbol": "circle" if dash == "solid" else "diamond"},
            text=[number(v) if every_label or i == len(rows) - 1 else ""
                  for i, v in enumerate(rows["value"])],
            textposition="top center", cliponaxis=False,
            hovertemplate=_escape(label) + "<br>%{x}: %{y:,} " + _escape(unit) + "<extra></extra>")
    ytitle = f"Change since first year ({unit})" if change else unit
    what = "change since the first year" if change else "by year"
    fig.update_layout(
        template=TEMPLATE_NAME,
        title={"text": f"{_escape(name)} ({_escape(unit)}), {years_text(frame)}: {what}"},
        xaxis={"title": None, "dtick": 1, "type": "linear"},
        yaxis={"title": ytitle, "zeroline": True, "rangemode": "normal" if change else "tozero"},
        legend={"orientation": "v", "y": 1, "yanchor": "top", "x": 1.02, "xanchor": "left"},
        margin={"b": 110, "r": 250},
    )
    if len(standards) > 1:  # a visible break where the standard changes
        switch = frame.loc[frame["standard"] == standards[-1], "year"].min()
        fig.add_vline(x=switch - 0.5, line={"color": "#999", "dash": "dash", "width": 1})
        fig.add_annotation(x=switch - 0.5, y=1, yref="paper", yanchor="bottom", showarrow=False,
                           text=f"standard changes: {_escape(standards[-1])}", font={"size": 11})
    _footer(fig, sources_of(frame), indicator, bottom=-0.12)
    return fig


def small_multiples(frame: pd.DataFrame, province: str) -> go.Figure:
    """One small panel per indicator for one province: its values over the years."""
    names = list(dict.fromkeys(frame["indicator_name"]))
    cols = 2 if len(names) > 1 else 1
    rows = (len(names) + cols - 1) // cols
    titles = [f"{_escape(n)} ({_escape(frame.loc[frame['indicator_name'] == n, 'indicator_unit'].iloc[0])})"
              for n in names]
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=titles, vertical_spacing=0.22 / rows + 0.08,
                        horizontal_spacing=0.1)
    for i, n in enumerate(names):
        part = frame[frame["indicator_name"] == n]
        for j, (standard, line) in enumerate(part.groupby(part["standard"].fillna(""), sort=True)):
            fig.add_scatter(x=line["year"], y=line["value"], mode="lines+markers+text", cliponaxis=False,
                            text=[number(v) for v in line["value"]], textposition="top center",
                            line={"color": COLORWAY[i % len(COLORWAY)], "dash": "solid" if j == len(
                                part["standard"].fillna("").unique()) - 1 else "dot"},
                            name=_escape(n + (f" ({standard})" if standard else "")), showlegend=False,
                            row=i // cols + 1, col=i % cols + 1)
    fig.update_xaxes(dtick=1, type="linear")
    fig.update_yaxes(rangemode="tozero")
    notes = [NOTES[i] for i in dict.fromkeys(frame["indicator"]) if i in NOTES]
    height = 180 + 260 * rows
    fig.update_layout(template=TEMPLATE_NAME, height=height, margin={"t": 90, "b": 60 + 16 * len(notes)},
                      title={"text": f"{_escape(province)}: every indicator, {years_text(frame)}"})
    lines_ = notes + [source_line(sources_of(frame)) + " · Vietnam provincial statistics"]
    fig.add_annotation(text="<br>".join(_escape(t) for t in lines_), xref="paper", yref="paper", x=0,
                       y=-40 / height, yanchor="top", xanchor="left", showarrow=False, align="left",
                       font={"size": 11, "color": "#555"})
    return fig
