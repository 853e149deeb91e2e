"""The choropleth: one indicator, one year, on the units of one generation (63 or 34).

Drawn as a Plotly `geo` subplot with every base layer off, so it needs no outside file:
plotly.js fetches its world topojson from a CDN when any base layer is on *or when the first
trace of the subplot has a `locationmode`* (a choropleth with a GeoJSON has one). The first trace
is therefore always the archipelago markers (lon/lat only). The browser test checks that the page
makes no outside request.
"""

from __future__ import annotations

import csv
import json
from functools import cache

import duckdb
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.theme import TEMPLATE_NAME
from dashboard.paths import DATASETS
from dashboard.store.sql import run

GEO = DATASETS / "geo"
ATTRIBUTION = "Boundaries © OpenStreetMap contributors (ODbL)"
SUMMABLE_UNITS = {"persons"}  # counts add up across merged provinces; rates and shares do not
DIVERGING = {"grdp_growth"}  # negative growth is real (Bắc Ninh 2023): centre the scale on 0
STATUS_COLOURS = {  # units drawn without a value, each with its own legend entry
    "no data": "#d4d4d4",
    "sources disagree": "#b8a27a",
    "incomplete sum": "#9fb3c8",
}


@cache
def boundaries(generation: int) -> dict:
    """The committed GeoJSON of the 63 (2024) or 34 (2025) units; feature id = code."""
    return json.loads((GEO / f"provinces_{generation}.geojson").read_text(encoding="utf-8"))


@cache
def archipelagos() -> tuple[dict[str, str], ...]:
    with open(GEO / "archipelagos.csv", encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def summable(unit: str) -> bool:
    return unit in SUMMABLE_UNITS


def values(con: duckdb.DuckDBPyConnection, indicator: str, year: int, generation: int,
           standard: str | None, summed: bool = False) -> pd.DataFrame:
    """One row per unit (all of them, with or without data) with a `status` column.

    `summed`: values of the 63 former provinces added up into the 34 (counts only)."""
    params = {"indicator": indicator, "year": year, "standard": standard}
    if summed:
        frame = run(con, "map_values_summed", params).df()
    else:
        frame = run(con, "map_values", {**params, "generation": generation}).df()
    return with_status(frame)


def with_status(frame: pd.DataFrame) -> pd.DataFrame:
    """`value` where a unit has exactly one value (for a sum: every former province has one)."""
    complete = frame["members_with_data"] == frame["members"]
    single = frame["n_values"] == 1
    status = pd.Series("no data", index=frame.index)
    status[frame["members_with_data"] > 0] = "incomplete sum"
    status[complete & (frame["n_values"] > 1)] = "sources disagree"
    status[(frame["members"] > 1) & (frame["n_values"] > 1)] = "sources disagree"
    status[complete & single] = "value"
    return frame.assign(status=status, value=frame["value_min"].where(status == "value"))


def years(con: duckdb.DuckDBPyConnection, indicator: str) -> pd.DataFrame:
    return run(con, "map_years", {"indicator": indicator}).df()


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def hover_text(row: pd.Series, unit: str) -> str:
    sources = f"{row.n_sources} source{'s' if row.n_sources != 1 else ''}"
    if row.n_reported > max(row.n_values, 1):
        sources += f", {row.n_reported} differing values (the chosen one is shown; see Explore)"
    if row.status == "value":
        detail = f"{_number(row.value)} {unit}<br>{sources}"
        if row.members > 1:
            detail += f"<br>sum of {row.members} former provinces"
    elif row.status == "sources disagree":
        detail = f"sources disagree: {_number(row.value_min)} – {_number(row.value_max)} {unit}<br>{sources}"
    elif row.status == "incomplete sum":
        detail = (f"no sum: only {row.members_with_data} of {row.members} former provinces "
                  f"have a value<br>{sources}")
    else:
        detail = "no data"
    return f"<b>{row.name_vi}</b><br>{detail}"


def colour_scale(indicator: str, frame: pd.DataFrame) -> dict:
    """Diverging around 0 for growth; sequential from 0 otherwise (counts and shares are >= 0),
    so that one province alone is not drawn at the dark end of its own range."""
    reach = float(frame["value"].abs().max()) if frame["value"].notna().any() else 0.0
    reach = reach or 1.0
    if indicator in DIVERGING:
        return {"colorscale": "RdBu", "zmid": 0, "zmin": -reach, "zmax": reach}
    return {"colorscale": "OrRd" if indicator == "poverty_rate" else "Blues", "zmin": 0, "zmax": reach}


def choropleth(frame: pd.DataFrame, generation: int, indicator: str, indicator_name: str,
               unit: str, year: int, subtitle: str = "") -> go.Figure:
    """The map: coloured units with a value, grey (and legend entries) for the rest, the two
    archipelagos as labelled markers, attribution in the figure so it is in every export."""
    geojson = boundaries(generation)
    frame = frame.assign(hover=[hover_text(row, unit) for row in frame.itertuples()])
    fig = go.Figure()
    _add_archipelagos(fig, frame, generation)
    shown = frame[frame["status"] == "value"]
    if len(shown):
        fig.add_choropleth(
            geojson=geojson, featureidkey="id", locations=shown["code"], z=shown["value"],
            customdata=shown["code"], text=shown["hover"], hovertemplate="%{text}<extra></extra>",
            marker={"line": {"color": "white", "width": 0.6}}, name=indicator_name,
            colorbar={"title": {"text": unit}, "thickness": 14, "len": 0.6, "y": 0.55},
            **colour_scale(indicator, frame))
    for status, colour in STATUS_COLOURS.items():
        rows = frame[frame["status"] == status]
        if len(rows):
            fig.add_choropleth(
                geojson=geojson, featureidkey="id", locations=rows["code"], z=[0] * len(rows),
                customdata=rows["code"], text=rows["hover"], hovertemplate="%{text}<extra></extra>",
                colorscale=[[0, colour], [1, colour]], showscale=False, showlegend=True,
                name=status, marker={"line": {"color": "white", "width": 0.6}})
    units = "63 provinces (before 1 July 2025)" if generation == 2024 else "34 provinces (from 1 July 2025)"
    title = f"{indicator_name} ({unit}), {year} · {units}"
    fig.update_geos(visible=False, fitbounds="locations", projection={"type": "mercator"},
                    bgcolor="white")
    fig.update_layout(
        template=TEMPLATE_NAME,
        title={"text": title + (f"<br><sup>{subtitle}</sup>" if subtitle else ""), "xref": "paper", "x": 0},
        margin={"l": 30, "r": 10, "t": 70, "b": 60}, dragmode=False,
        legend={"orientation": "v", "x": 0.02, "y": 0.05, "xanchor": "left", "yanchor": "bottom",
                "bgcolor": "rgba(255,255,255,0.8)"},
        annotations=[{"text": f"{ATTRIBUTION} · Hoàng Sa and Trường Sa archipelagos: Việt Nam · "
                              f"{_sources_line(frame)} · Vietnam provincial dashboard",
                      "xref": "paper", "yref": "paper", "x": 0, "y": -0.06, "showarrow": False,
                      "xanchor": "left", "font": {"size": 11, "color": "#555"}}],
    )
    return fig


def _sources_line(frame: pd.DataFrame) -> str:
    return f"{int((frame['status'] == 'value').sum())} of {len(frame)} provinces with a value"


def _add_archipelagos(fig: go.Figure, frame: pd.DataFrame, generation: int) -> None:
    """Island markers (hover: island, archipelago, province and its value) and one label per group.

    Must be the first traces: see the module docstring."""
    islands = pd.DataFrame(archipelagos())
    by_code = frame.set_index("code")
    code_column = f"code_{generation}"
    hover = [f"<b>{r.island_vi}</b> ({r.island_en})<br>{r.archipelago_vi}, "
             f"{by_code.loc[r[code_column], 'name_vi']}, Việt Nam<br>"
             + by_code.loc[r[code_column], "hover"].split("<br>", 1)[1]
             for _, r in islands.iterrows()]
    fig.add_scattergeo(lon=islands["lon"].astype(float), lat=islands["lat"].astype(float),
                       mode="markers", marker={"size": 5, "color": "#444", "symbol": "diamond"},
                       customdata=islands[code_column], text=hover,
                       hovertemplate="%{text}<extra></extra>", showlegend=False, name="archipelagos")
    groups = islands.astype({"lon": float, "lat": float}).groupby("archipelago_vi", sort=False)
    labels = groups.agg(lon=("lon", "mean"), lat=("lat", "max"), code=(code_column, "first"))
    fig.add_scattergeo(
        lon=labels["lon"], lat=labels["lat"] + 0.2, mode="text", textposition="top center",
        hoverinfo="skip", showlegend=False,
        text=[f"{name}<br>({by_code.loc[code, 'name_vi']}, Việt Nam)" for name, code
              in zip(labels.index, labels["code"], strict=True)],
        textfont={"size": 11, "color": "#333"}, name="archipelago labels")


def selected_code(event: object) -> str | None:
    """The unit code of the first clicked point of a `st.plotly_chart(on_select=...)` event."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    for point in points:
        code = point.get("customdata")
        if isinstance(code, list):
            code = code[0] if code else None
        if code:
            return str(code)
    return None
