"""Warm the first view while the browser is still loading Streamlit's front end.

`serve` calls `first_view` in a thread once the port is open. It asks for what the default
Compare view's first chart needs, with the page's functions and arguments: the sidebar's rows and
the ranking, and one ranking figure (Plotly loads its validators on first use). Not pandas: it
takes ~1 s to import here, and the ranking would wait for it (see pandas_gate); the first
visitor's run imports it once the ranking is on its way.
"""

from __future__ import annotations

import logging


def first_view() -> None:
    """Fill the caches the default Compare view's ranking reads, and build that figure once."""
    # Cached functions called outside a script run log "missing ScriptRunContext": expected here.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    import plotly.io as pio

    from dashboard.app import data, filters, pandas_gate
    from dashboard.charts import figures

    version = data.db_version()
    indicators, bounds = data.indicators(version), data.year_bounds(version)
    data.units(version)
    if not indicators or bounds is None:
        return
    indicator = filters.default_indicator(indicators)
    units_per_year = data.ranking_years(version, indicator["id"], *bounds)
    if not units_per_year:
        return
    year = filters.default_rank_year(units_per_year)
    bars = data.ranking(version, indicator["id"], year)
    with pandas_gate.no_pandas_import():
        pio.to_json(figures.ranking(bars, year, set(), indicator["name"], indicator["unit"], indicator["id"]),
                    validate=False)
