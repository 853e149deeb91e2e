"""Explore: one indicator, chosen provinces and years; a chart and the sentence behind each value."""

import streamlit as st

from dashboard.app import data
from dashboard.charts.figures import values_by_year

st.title("Vietnam provincial statistics")
st.caption("Figures extracted from reports, each with the sentence it came from.")

version = data.db_version()
indicators = data.indicators(version)
if indicators.empty:
    st.info("The database holds no observations yet. Add reports to datasets/reports and rebuild.")
    st.stop()

labels = dict(zip(indicators["id"], indicators["name"], strict=True))
indicator = st.selectbox("Indicator", list(labels), format_func=labels.__getitem__)
meta = indicators.set_index("id").loc[indicator]

units = data.units_with_data(version, indicator)
unit_labels = {
    f"{row.code}-{row.generation}": row.name_vi + (" (from 1 July 2025)" if row.generation == 2025
                                                   else "")
    for row in units.itertuples()
}
chosen = st.multiselect("Provinces", list(unit_labels), format_func=unit_labels.__getitem__,
                        placeholder="All provinces with data")
first, last = int(units["first_year"].min()), int(units["last_year"].max())
if first < last:
    year_from, year_to = st.slider("Years", first, last, (first, last))
else:
    year_from = year_to = first
    st.caption(f"Year: {first} (the only year with data)")

frame = data.observations(version, indicator, tuple(chosen), year_from, year_to)
if frame.empty:
    st.info("No values for this selection. Widen the years or choose other provinces.")
    st.stop()

st.plotly_chart(values_by_year(frame, meta["name"], meta["unit"]), theme=None,
                width="stretch")

st.subheader("Values and their sources")
table = frame.assign(province=frame["name_vi"])[
    ["province", "year", "value", "unit", "qualifier", "kind", "standard", "year_basis",
     "quote", "source_path"]]
st.dataframe(table, hide_index=True, width="stretch",
             column_config={"quote": st.column_config.TextColumn("Source sentence", width="large"),
                            "source_path": "Source file", "year_basis": "Year decided"})
