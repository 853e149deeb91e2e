"""Map: one indicator in one year as a choropleth; the year decides the boundaries (63 or 34)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.app import data, downloads, filters, flow, tables
from dashboard.charts import map as geo_map
from dashboard.charts.export import file_stem


@st.cache_data(ttl=600, max_entries=64)
def _years(version: tuple, indicator: str):
    return geo_map.years(data.cursor(), indicator)


@st.cache_data(ttl=600, max_entries=256)
def _values(version: tuple, indicator: str, year: int, generation: int, standard: str | None,
            summed: bool):
    return geo_map.values(data.cursor(), indicator, year, generation, standard, summed)


def _open_profile() -> None:
    """on_select callback: remember the clicked unit; the next run switches to its profile."""
    code = geo_map.selected_code(st.session_state.get("chart-map"))
    if code is not None:
        st.session_state["_map_open"] = code


def _profile_label(version: tuple, code: str, generation: int) -> str:
    """The Province profile page's `unit` URL parameter for a unit."""
    key = f"{code}-{generation}"
    return next(unit["label"] for unit in data.units(version) if unit["key"] == key)


st.title("Map")
st.caption("One indicator in one year, every province. Figures up to 2024, and any dated before "
           "1 July 2025, are drawn on the 63 provinces of that time; later ones on the 34 provinces "
           "of 1 July 2025. The sidebar's indicator and years apply; its province filter does not.")

version = data.db_version()
f = filters.required()
indicator = f.indicator
meta = {"name": f.name, "unit": f.unit}
available = _years(version, indicator)
available = available[available["year"].between(f.year_from, f.year_to)]
if available.empty:
    st.info(f"No {f.name} values in {f.years()}. Widen the years in the sidebar.")
    flow.done()
left, right = st.columns([1, 2])
years = sorted((int(y) for y in available["year"].unique()), reverse=True)
year = left.selectbox("Year", years, key="map_year", bind="query-params")
in_year = available[available["year"] == year]

generations = sorted((int(g) for g in in_year["generation"].unique()), reverse=True)
generation = int(generations[0])
if len(generations) > 1:
    generation = right.radio(
        "Figures dated", generations, horizontal=True, key="map_generation",
        format_func=lambda g: "from 1 July (34 provinces)" if g == 2025 else "before 1 July (63 provinces)")

standards = sorted({s for row in in_year[in_year["generation"] == generation]["standards"]
                    for s in row})
standard = None
if len(standards) > 1:
    standard = right.selectbox("Poverty standard", standards, index=len(standards) - 1,
                               key="map_standard")

summed = False
if generation == 2024:
    on_new = right.toggle("Show on the 34 provinces of 1 July 2025", key="map_new_boundaries",
                          bind="query-params")
    if on_new and geo_map.summable(meta["unit"]):
        summed = True
    elif on_new:
        st.info(f"{meta['name']} is a rate ({meta['unit']}): the rate of a merged province is not the "
                "average of its former provinces' rates, and the weights (each province's GRDP, "
                "households) are not in the database. So it is shown on the 63 former provinces only.")

shown_generation = 2025 if summed else generation
frame = _values(version, indicator, int(year), generation, standard, summed)
subtitle = ("Sums of the former provinces' values; a province is summed only when every former "
            "province has one" if summed else (f"Poverty standard {standard}" if standard else ""))
fig = geo_map.choropleth(frame, shown_generation, indicator, meta["name"], meta["unit"], int(year),
                         subtitle)

stem = file_stem("map", indicator, year, "34-provinces" if shown_generation == 2025 else "63-provinces",
                 standard)
opened = st.session_state.pop("_map_open", None)
if opened is not None:
    st.switch_page("app_pages/province.py",
                   query_params={"unit": _profile_label(version, opened, shown_generation)})
downloads.chart(fig, stem, key="map", on_select=_open_profile, selection_mode="points", height=720)

counts = frame["status"].value_counts()
st.caption(" · ".join(f"{counts.get(s, 0)} {'with a value' if s == 'value' else s}"
                      for s in ("value", *geo_map.STATUS_COLOURS) if counts.get(s, 0))
           + ". Click a province to open its profile.")

rows = data.observations(version, indicator, (), int(year), int(year))
rows = rows[rows["generation"] == generation]
if standard is not None:
    rows = rows[rows["standard"] == standard]
if len(rows):
    st.subheader("The values and where they come from")
    sources = pd.DataFrame({
        "Province": rows["name_vi"], "Value": rows["value"], "Unit": rows["unit"],
        "Standard": rows["standard"],
        "Source sentence (value marked ⟦ ⟧)": [tables.highlighted(r) for _, r in rows.iterrows()],
        "Source": [tables.source_of(r) for _, r in rows.iterrows()]})
    st.dataframe(sources, hide_index=True, width="stretch")
    downloads.table(sources, file_stem("map-values", indicator, year), key="map-values")
