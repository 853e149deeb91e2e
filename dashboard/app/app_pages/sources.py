"""Sources: every observation with its report or release, its sentence (value marked, plain
text), how its year was decided, its kind, and whether it is shown."""

import pandas as pd
import streamlit as st

from dashboard.app import data, downloads, filters, flow, tables
from dashboard.charts.export import file_stem

st.title("Sources")
f = filters.required()
all_indicators = st.toggle("Every indicator (not only the sidebar's)", key="all_indicators",
                           bind="query-params")
version = data.db_version()
frame = data.observation_sources(version, f.units, () if all_indicators else (f.indicator,),
                                 f.year_from, f.year_to)
what = "every indicator" if all_indicators else f.name
where = ", ".join(f.labels) if f.labels else "every province"
if frame.empty:
    st.info(f"No observations of {what} for {where} between {f.year_from} and {f.year_to}.")
    flow.done()
st.caption(f"{len(frame)} observations of {what} for {where}, {f.year_from}–{f.year_to}. "
           "The value is marked ⟦like this⟧ in its sentence.")
table = pd.DataFrame({
    "Province": frame["label"], "Indicator": frame["indicator_name"], "Year": frame["year"],
    "Value": frame["value"], "Unit": frame["unit"], "Sentence": frame.apply(tables.highlighted, axis=1),
    "Kind": frame["kind"], "Shown": frame["chosen"].map({True: "yes", False: "no"}),
    "Why not shown": frame["reason"].fillna(""), "Qualifier": frame["qualifier"].fillna(""),
    "Standard": frame["standard"].fillna(""),
    "Year decided": frame["year_basis"] + ": " + frame["year_note"].fillna(""),
    "Source kind": frame["source_kind"], "Source": frame.apply(tables.source_of, axis=1),
    "Title": frame["source_title"].fillna("")})
st.dataframe(table, hide_index=True, width="stretch", height="content" if len(table) <= 16 else 640,
             column_config={"Sentence": st.column_config.TextColumn(width="large"),
                            "Source": st.column_config.TextColumn(width="medium")})
downloads.table(table, file_stem("all_indicators" if all_indicators else f.indicator, "sources", *(
    f.labels if 0 < len(f.labels) <= 4 else []), f.years()), key="sources")
