"""Compare: one indicator across provinces: a ranking for one year, lines over the years, a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from dashboard.app import data, downloads, filters, flow, pandas_gate, tables
from dashboard.charts import figures
from dashboard.charts.export import file_stem

if TYPE_CHECKING:  # pandas is imported after the ranking is drawn (see dashboard/app/pandas_gate.py)
    import pandas as pd

st.title("Compare provinces")
f = filters.required()

# The ranking first, from plain rows: the first chart a visitor sees does not wait for pandas.
version = data.db_version()
units_per_year = data.ranking_years(version, f.indicator, f.year_from, f.year_to)
if not units_per_year:
    st.info(f"No values of {f.name} between {f.year_from} and {f.year_to}. Widen the years or choose "
            "another indicator.")
    flow.done()
if f.indicator in figures.NOTES:
    st.caption(figures.NOTES[f.indicator])
years = list(units_per_year)
rank_year = st.selectbox("Ranking year", years, index=years.index(filters.default_rank_year(units_per_year)),
                         key="rank_year",
                         bind="query-params", width=220)
picked = f.labels and ", ".join(f.labels)
st.caption("Every province with a value in that year" + (f"; highlighted: {picked}." if picked else "."))
with pandas_gate.no_pandas_import():
    downloads.chart(figures.ranking(data.ranking(version, f.indicator, rank_year), rank_year, set(f.units),
                                    f.name, f.unit, f.indicator),
                    file_stem(f.indicator, "ranking", rank_year), key="ranking")

pandas_gate.import_pandas()
everyone = data.observations(version, f.indicator, (), f.year_from, f.year_to)
chosen = everyone[(everyone["province_code"] + "-" + everyone["generation"].astype(str)).isin(f.units)] \
    if f.units else everyone

# Lines over the year range for the chosen provinces.
st.subheader("Over the years")
if chosen.empty:
    st.info(f"None of the chosen provinces ({picked}) has a value of {f.name} between {f.year_from} and "
            f"{f.year_to}. Choose other provinces or widen the years.")
    flow.done()
if not f.units:
    top = everyone[everyone["year"] == rank_year].nlargest(5, "value")
    chosen = everyone[everyone["label"].isin(top["label"])]
    st.caption(f"No provinces chosen: the five highest in {rank_year}. Choose provinces in the sidebar.")


@st.fragment
def over_the_years(chosen: pd.DataFrame, f: filters.Filters) -> None:
    """The lines and their toggle: flipping the toggle reruns this part only, not the ranking and table."""
    change = st.toggle("Show the change since the first year", key="change", bind="query-params")
    names = list(dict.fromkeys(chosen.sort_values("label")["label"]))
    stem_names = names if len(names) <= 4 else [f"{len(names)}-provinces"]
    span = figures.years_text(chosen).replace("–", "-")
    downloads.chart(figures.lines(chosen, f.name, f.unit, f.indicator, change=change),
                    file_stem(f.indicator, *stem_names, span, "change" if change else None), key="lines")


over_the_years(chosen, f)

# The table: each province's first and last value in the range, their change, a sparkline.
st.subheader(f"Values, {figures.years_text(chosen)}")
table = tables.compare_table(chosen)
number = st.column_config.NumberColumn
st.dataframe(table, hide_index=True, width="stretch", column_config={
    "From": number(format="%d"), "To": number(format="%d"),
    "First value": number(f"First value ({f.unit})", format="localized"),
    "Last value": number(f"Last value ({f.unit})", format="localized"),
    "Change": number(f"Change ({f.unit})", format="localized",
                     help="Blank where there is one value, or the two use different standards"),
    "Trend": st.column_config.LineChartColumn("Over the years")})
links = st.container(horizontal=True)
for label in table["Province"].head(8):
    links.page_link("app_pages/province.py", label=f"{label}: profile", icon=":material/location_on:",
                    query_params={"unit": label})
