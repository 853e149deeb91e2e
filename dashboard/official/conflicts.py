"""Read the conflict list: pairs of sources that disagree on one value, for the Conflicts page."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.store.sql import run


def conflicts(con: duckdb.DuckDBPyConnection, indicator: str | None = None) -> pd.DataFrame:
    """Every disagreeing pair (optionally of one indicator), with both quotes and sources."""
    return run(con, "conflicts", {"indicator": indicator}).df()
