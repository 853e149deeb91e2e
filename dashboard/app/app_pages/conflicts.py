"""Conflicts: pairs of sources that give one province, indicator and year different values."""

import streamlit as st

from dashboard.app import data, flow
from dashboard.official.conflicts import conflict_table, conflicts


@st.cache_data(ttl=600, max_entries=16)
def _conflicts(version: tuple[str, int, int]):
    return conflicts(data.cursor())


st.title("Conflicts")
st.caption("Two sources disagree when their values for one province, indicator, year (and poverty "
           "standard) differ by more than 0.05 percentage points (percentages) or 1% of the larger "
           "value (counts). The value shown elsewhere follows the choice rule: official before "
           "report, then the more specific and more recent report.")
frame = _conflicts(data.db_version())
if frame.empty:
    st.success("No two sources disagree beyond the tolerance.")
    flow.done()
names = sorted(frame["indicator_name"].unique())
picked = st.multiselect("Indicators", names, placeholder="Every indicator", key="conflicts_indicators")
if picked:
    frame = frame[frame["indicator_name"].isin(picked)]
st.caption(f"{len(frame)} disagreeing pairs.")
st.dataframe(conflict_table(frame), hide_index=True, width="stretch",
             column_config={"Quote A": st.column_config.TextColumn(width="large"),
                            "Quote B": st.column_config.TextColumn(width="large")})
