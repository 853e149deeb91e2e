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
    con = duckdb.connect()  # in memory: ATTACH opens this file, never one a rebuild replaced (see the .sql)
    run(con, "attach_snapshot", {"path": str(db)})
    run(con, "use_snapshot", {})
    return con


def indicators(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return run(con, "indicators", {}).df()


def units_with_data(con: duckdb.DuckDBPyConnection, indicator: str) -> pd.DataFrame:
    return run(con, "units_with_data", {"indicator": indicator}).df()


def observations(con: duckdb.DuckDBPyConnection, indicator: str, units: list[str],
                 year_from: int, year_to: int) -> pd.DataFrame:
    """Observations of `indicator` for `units` ('code-generation' keys; [] = all) and years."""
    params = {"indicator": indicator, "units": list(units), "year_from": year_from,
              "year_to": year_to}
    return labelled(run(con, "observations_filtered", params).df())


def labelled(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `label`: the unit's Vietnamese name, with "(2025)" for the units formed on 1 July 2025
    (Bắc Ninh is a unit of both generations: a chart must never join the two)."""
    new = frame["generation"] == 2025
    return frame.assign(label=frame["name_vi"].where(~new, frame["name_vi"] + " (2025)"))


def units(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every unit of both generations, with `key` ('code-generation') and a unique on-screen
    `label` (2025 units say so, since e.g. Bắc Ninh is a unit in both generations)."""
    frame = labelled(run(con, "units", {}).df())
    return frame.assign(key=frame["code"] + "-" + frame["generation"].astype(str))


def year_bounds(con: duckdb.DuckDBPyConnection) -> tuple[int, int] | None:
    first, last = run(con, "year_bounds", {}).fetchone()
    return None if first is None else (int(first), int(last))


def unit_observations(con: duckdb.DuckDBPyConnection, key: str) -> pd.DataFrame:
    """The shown values of every indicator for one unit ('code-generation')."""
    code, generation = key.split("-")
    return run(con, "unit_observations", {"code": code, "generation": int(generation)}).df()


def observation_sources(con: duckdb.DuckDBPyConnection, units: list[str], indicators: list[str],
                        year_from: int, year_to: int) -> pd.DataFrame:
    """Every observation, shown or not, with its status and source ([] = all units/indicators)."""
    params = {"units": list(units), "indicators": list(indicators), "year_from": year_from,
              "year_to": year_to}
    return labelled(run(con, "observation_sources", params).df())
