"""Stage 5: the Streamlit app. Thin pages over dashboard.store.read and dashboard.charts."""
