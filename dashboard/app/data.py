"""Cached data access for the pages.

One read-only connection per database *version* (path, inode, mtime): a rebuild renames a new
file into place, so the next query opens it. Each call takes its own cursor, because a DuckDB
connection is not safe to share between Streamlit's session threads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import streamlit as st

from dashboard.paths import default_db
from dashboard.store import read
from dashboard.store.read import Row
from dashboard.store.sql import run

if TYPE_CHECKING:  # the first view's functions return rows: pandas loads after the first chart
    import pandas as pd


def db_version() -> tuple[str, int, int]:
    path = default_db()
    stat = os.stat(path)
    return str(path), stat.st_ino, stat.st_mtime_ns


@st.cache_resource(max_entries=2)
def _connection(version: tuple[str, int, int]) -> duckdb.DuckDBPyConnection:
    return read.connect(Path(version[0]))


def cursor() -> duckdb.DuckDBPyConnection:
    cur = _connection(db_version()).cursor()
    run(cur, "use_snapshot", {})  # a cursor starts outside the attached file
    return cur


@st.cache_data(ttl=600, max_entries=64)
def indicators(version: tuple[str, int, int]) -> list[Row]:
    return read.indicators(cursor())


@st.cache_data(ttl=600, max_entries=256)
def units_with_data(version: tuple[str, int, int], indicator: str) -> pd.DataFrame:
    return read.units_with_data(cursor(), indicator)


@st.cache_data(ttl=600, max_entries=256)
def observations(version: tuple[str, int, int], indicator: str, units: tuple[str, ...],
                 year_from: int, year_to: int) -> pd.DataFrame:
    return read.observations(cursor(), indicator, list(units), year_from, year_to)


@st.cache_data(ttl=600, max_entries=16)
def units(version: tuple[str, int, int]) -> list[Row]:
    return read.units(cursor())


@st.cache_data(ttl=600, max_entries=256)
def ranking_years(version: tuple[str, int, int], indicator: str, year_from: int,
                  year_to: int) -> dict[int, int]:
    return read.ranking_years(cursor(), indicator, year_from, year_to)


@st.cache_data(ttl=600, max_entries=256)
def ranking(version: tuple[str, int, int], indicator: str, year: int) -> list[Row]:
    return read.ranking(cursor(), indicator, year)


@st.cache_data(ttl=600, max_entries=16)
def year_bounds(version: tuple[str, int, int]) -> tuple[int, int] | None:
    return read.year_bounds(cursor())


@st.cache_data(ttl=600, max_entries=256)
def unit_observations(version: tuple[str, int, int], key: str) -> pd.DataFrame:
    return read.unit_observations(cursor(), key)


@st.cache_data(ttl=600, max_entries=256)
def observation_sources(version: tuple[str, int, int], units: tuple[str, ...],
                        indicators: tuple[str, ...], year_from: int, year_to: int) -> pd.DataFrame:
    return read.observation_sources(cursor(), list(units), list(indicators), year_from, year_to)
