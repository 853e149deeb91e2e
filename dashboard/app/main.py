"""Entry point: `streamlit run dashboard/app/main.py` (or `python -m dashboard serve`)."""

import streamlit as st

st.set_page_config(page_title="Vietnam provincial statistics", page_icon="📊", layout="wide")

pages = [
    st.Page("app_pages/explore.py", title="Explore", icon="📈", default=True),
]
st.navigation(pages).run()
