"""Every SQL statement lives in queries/ as NAME.sql; this module runs them by name.

Why not aiosql: its result mapping returns tuples, while pages want DuckDB's own `.df()` /
Arrow output; a twenty-line loader keeps that and keeps parameters bound.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import duckdb

from dashboard.paths import QUERIES


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for path in sorted(QUERIES.rglob("*.sql")):
        if path.stem in index:
            raise RuntimeError(f"two queries named {path.stem!r}: {index[path.stem]} and {path}")
        index[path.stem] = str(path)
    return index


@cache
def sql(name: str) -> str:
    """The text of queries/**/NAME.sql."""
    try:
        path = _index()[name]
    except KeyError:
        raise KeyError(f"no query named {name!r} in {QUERIES}") from None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def run(con: duckdb.DuckDBPyConnection, name: str,
        params: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """Execute the named query with bound parameters (never string formatting)."""
    if params is None:  # DDL files may hold several statements; those take no parameters
        return con.execute(sql(name))
    return con.execute(sql(name), params)


def names() -> list[str]:
    return sorted(_index())
