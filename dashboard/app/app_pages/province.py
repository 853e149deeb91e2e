"""Province profile: one unit's latest values, its small multiples, its merger links, its sources.

Reachable by URL: /province?unit=Bắc Giang (2025 units carry "(2025)" in their name).
"""

import pandas as pd
import streamlit as st

from dashboard.app import data, downloads, filters, flow, tables
from dashboard.charts import figures
from dashboard.charts.export import file_stem

version = data.db_version()
units = pd.DataFrame(data.units(version))
f = filters.current()
by_label = units.set_index("label")
default = f.labels[0] if f and f.labels else by_label.index[0]
label = st.selectbox("Province", list(by_label.index), index=list(by_label.index).index(default),
                     key="unit", bind="query-params")
unit = by_label.loc[label]
st.title(label)
if unit["generation"] == 2025:
    st.caption(f"{unit['type'].capitalize()} from 1 July 2025 (one of the 34 units after the merger).")
else:
    st.caption(f"{unit['type'].capitalize()}, {unit['region']} (one of the 63 units until 30 June 2025).")

# Across the 2025 merger: successor of a 2024 unit, predecessors of a 2025 unit.
if unit["generation"] == 2024 and isinstance(unit["successor_code"], str):
    successor = units[(units["generation"] == 2025) & (units["code"] == unit["successor_code"])]
    linked = successor
    words = "Became part of"
else:
    linked = units[(units["generation"] == 2024) & (units["successor_code"] == unit["code"])]
    words = "Formed from" if unit["generation"] == 2025 else None
if words and len(linked):
    cols = st.columns([1] + [1] * len(linked), width=min(900, 200 * (len(linked) + 1)))
    cols[0].markdown(f"**{words}**")
    for col, row in zip(cols[1:], linked.itertuples(), strict=True):
        col.page_link("app_pages/province.py", label=row.label, icon=":material/location_on:",
                      query_params={"unit": row.label})

frame = data.unit_observations(version, unit["key"])
if frame.empty:
    st.info(f"No values for {unit['name_vi']} yet. Try its "
            + ("2025 successor" if unit["generation"] == 2024 else "predecessors") + " above.")
    flow.done()

latest = tables.latest_with_change(frame)
for start in range(0, len(latest), 4):
    cols = st.columns(4)
    for col, row in zip(cols, latest.iloc[start:start + 4].itertuples(), strict=False):
        colour = "off" if pd.isna(row.higher_is_better) else ("normal" if row.higher_is_better else "inverse")
        col.metric(f"{row.name} ({row.unit}), {row.year}", figures.number(row.value),
                   delta=None if pd.isna(row.change) else f"{figures.number(row.change)} on {row.year - 1}",
                   delta_color=colour, border=True)
notes = [figures.NOTES[i] for i in latest["indicator"] if i in figures.NOTES]
for note in notes:
    st.caption(note)

downloads.chart(figures.small_multiples(frame, label),
                file_stem(unit["name_vi"], unit["generation"] if unit["generation"] == 2025 else None,
                          "profile"), key="profile")

st.subheader("Every source behind these numbers")
sources = data.observation_sources(version, (unit["key"],), (), 0, 9999)
st.dataframe(pd.DataFrame({
    "Indicator": sources["indicator_name"], "Year": sources["year"], "Value": sources["value"],
    "Unit": sources["unit"], "Sentence (value in ⟦ ⟧)": sources.apply(tables.highlighted, axis=1),
    "Shown": sources["chosen"].map({True: "yes", False: "no"}), "Why not shown": sources["reason"].fillna(""),
    "Source": sources.apply(tables.source_of, axis=1)}), hide_index=True, width="stretch",
    height="content" if len(sources) <= 16 else 560,
    column_config={"Sentence (value in ⟦ ⟧)": st.column_config.TextColumn(width="large")})
