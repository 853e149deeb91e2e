"""Pure read functions over the database: one named query each, parameters bound.

What the first view needs (indicators, units, year bounds, the ranking) comes out as plain rows,
so that the first chart is drawn before pandas is imported (~1 s here, the largest part of a cold
start); the rest comes out as pandas frames (DuckDB's `.df()` imports pandas on first use).
Pages call these through a cache (dashboard/app/data.py); tests call them directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from dashboard.store.sql import run

if TYPE_CHECKING:
    import pandas as pd

Row = dict[str, Any]


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection: many readers may share the file; builds replace it atomically."""
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no database; run `python -m dashboard build`")
    con = duckdb.connect()  # in memory: ATTACH opens this file, never one a rebuild replaced (see the .sql)
    run(con, "attach_snapshot", {"path": str(db)})
    run(con, "use_snapshot", {})
    return con


def rows(result: duckdb.DuckDBPyConnection) -> list[Row]:
    """A query's rows as dicts keyed by column name (no pandas)."""
    names = [column[0] for column in result.description]
    return [dict(zip(names, values, strict=True)) for values in result.fetchall()]


def unit_label(name_vi: str, generation: int) -> str:
    """A unit's on-screen name: "(2025)" marks the units formed on 1 July 2025 (Bắc Ninh is a
    unit of both generations: a chart must never join the two)."""
    return f"{name_vi} (2025)" if generation == 2025 else name_vi


def indicators(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Indicators with at least one shown value, and how many."""
    return rows(run(con, "indicators", {}))


def units_with_data(con: duckdb.DuckDBPyConnection, indicator: str) -> pd.DataFrame:
    return run(con, "units_with_data", {"indicator": indicator}).df()


def observations(con: duckdb.DuckDBPyConnection, indicator: str, units: list[str],
                 year_from: int, year_to: int) -> pd.DataFrame:
    """Observations of `indicator` for `units` ('code-generation' keys; [] = all) and years."""
    params = {"indicator": indicator, "units": list(units), "year_from": year_from,
              "year_to": year_to}
    return labelled(run(con, "observations_filtered", params).df())


def labelled(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `label` (see `unit_label`) to a frame of observations."""
    new = frame["generation"] == 2025
    return frame.assign(label=frame["name_vi"].where(~new, frame["name_vi"] + " (2025)"))


def units(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Every unit of both generations, with `key` ('code-generation') and a unique `label`."""
    return [{**unit, "key": f"{unit['code']}-{unit['generation']}",
             "label": unit_label(unit["name_vi"], unit["generation"])}
            for unit in rows(run(con, "units", {}))]


def ranking_years(con: duckdb.DuckDBPyConnection, indicator: str, year_from: int,
                  year_to: int) -> dict[int, int]:
    """Years with shown values of `indicator` in the range, newest first: how many units each."""
    params = {"indicator": indicator, "year_from": year_from, "year_to": year_to}
    return dict(run(con, "ranking_years", params).fetchall())


def ranking(con: duckdb.DuckDBPyConnection, indicator: str, year: int) -> list[Row]:
    """One bar per unit for `indicator` in `year`, lowest value first (see ranking.sql)."""
    return [{**bar, "key": f"{bar['province_code']}-{bar['generation']}",
             "label": unit_label(bar["name_vi"], bar["generation"])}
            for bar in rows(run(con, "ranking", {"indicator": indicator, "year": year}))]


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
