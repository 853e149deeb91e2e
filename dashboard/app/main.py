"""Entry point: `streamlit run dashboard/app/main.py` (or `python -m dashboard serve`).

The sidebar filters are drawn here, before the page, so every page shares them (and the URL).
Add a page with one line in `pages`.
"""

import contextlib

import streamlit as st

from dashboard.app import data, filters, flow, pandas_gate, url

st.set_page_config(page_title="Vietnam provincial statistics", page_icon="📊", layout="wide")

pages = [
    st.Page("app_pages/compare.py", title="Compare", icon=":material/bar_chart:", default=True),
    st.Page("app_pages/province.py", title="Province profile", icon=":material/location_on:",
            url_path="province"),
    st.Page("app_pages/sources.py", title="Sources", icon=":material/format_quote:", url_path="sources"),
    st.Page("app_pages/data.py", title="Data", icon=":material/table:", url_path="data"),
    st.Page("app_pages/map.py", title="Map", icon="🗺️"),
    st.Page("app_pages/conflicts.py", title="Conflicts", icon=":material/compare_arrows:"),
]
page = st.navigation(pages)
if not data.default_db().exists():
    st.error(f"No database at {data.default_db()}. Build it with `python -m dashboard build` "
             "(or start the app with `python -m dashboard serve`, which builds it when missing).")
    st.stop()
before = url.snapshot()
notice = st.container()
st.session_state["_filters"] = filters.sidebar()
if page.url_path:  # every page but Compare (the default), whose ranking is drawn before pandas loads
    pandas_gate.import_pandas()
with contextlib.suppress(flow.Done):  # a page ended early (empty selection): still report below
    page.run()
url.report(before, notice)
