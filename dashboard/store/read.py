"""Pure read functions over the database: one named query each, parameters bound, frames out.

Pages call these through a cache (dashboard/app/data.py); tests call them directly.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from dashboard.store.sql import run


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection: many readers may share the file; builds replace it atomically."""
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no database; run `python -m dashboard build`")
    return duckdb.connect(str(db), read_only=True)


def indicators(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run(con, "indicators", {}).df()


def units_with_data(con: duckdb.DuckDBPyConnection, indicator: str) -> pd.DataFrame:
    return run(con, "units_with_data", {"indicator": indicator}).df()


def observations(con: duckdb.DuckDBPyConnection, indicator: str, units: list[str],
                 year_from: int, year_to: int) -> pd.DataFrame:
    """Observations of `indicator` for `units` ('code-generation' keys; [] = all) and years."""
    params = {"indicator": indicator, "units": list(units), "year_from": year_from,
              "year_to": year_to}
    return run(con, "observations_filtered", params).df()
