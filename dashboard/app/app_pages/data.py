"""Data: the filtered values as a table; download as CSV (UTF-8 with BOM) or Parquet."""

import streamlit as st

from dashboard.app import data, downloads, filters, flow, tables
from dashboard.charts.export import file_stem
from dashboard.charts.figures import years_text

st.title("Data")
f = filters.required()
version = data.db_version()
frame = data.observations(version, f.indicator, f.units, f.year_from, f.year_to)
where = ", ".join(f.labels) if f.labels else "every province"
if frame.empty:
    st.info(f"No values of {f.name} for {where} between {f.year_from} and {f.year_to}. "
            "Choose other provinces or widen the years.")
    flow.done()
table = frame.assign(province=frame["label"], source=frame.apply(tables.source_of, axis=1))[
    ["province", "province_code", "generation", "region", "indicator", "year", "value", "unit",
     "qualifier", "standard", "year_basis", "source_kind", "source", "quote"]]
st.caption(f"{len(table)} values of {f.name} ({f.unit}) for {where}, {f.year_from}–{f.year_to}.")
st.dataframe(table, hide_index=True, width="stretch", height="content" if len(table) <= 16 else 560,
             column_config={"quote": st.column_config.TextColumn("Source sentence", width="large")})
names = list(f.labels) if 0 < len(f.labels) <= 4 else [f"{len(f.labels)}-provinces"] if f.labels else []
downloads.table(table, file_stem(f.indicator, *names, years_text(frame).replace("–", "-")), key="data")
