"""Read the conflict list: pairs of sources that disagree on one value, for the Conflicts page."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.store.sql import run


def conflicts(con: duckdb.DuckDBPyConnection, indicator: str | None = None) -> pd.DataFrame:
    """Every disagreeing pair (optionally of one indicator), with both quotes and sources."""
    return run(con, "conflicts", {"indicator": indicator}).df()


def _source(kind: str, url: object, path: object) -> str:
    where = url if isinstance(url, str) and url else path
    return f"{kind}: {where}"


def conflict_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per disagreeing pair, as the Conflicts page shows it (plain text, never HTML)."""
    def side(row: pd.Series, s: str) -> str:
        return "shown" if row[f"chosen_{s}"] else "not shown"

    return pd.DataFrame({
        "Province": frame["name_vi"], "Indicator": frame["indicator_name"], "Year": frame["year"],
        "Standard": frame["standard"].fillna(""), "Unit": frame["unit"],
        "Value A": frame["value_a"], "Value B": frame["value_b"], "Difference": frame["difference"],
        "A is": frame.apply(side, axis=1, s="a"),
        "Quote A": frame["quote_a"].fillna(""),
        "Source A": [_source(*r) for r in zip(frame["source_kind_a"], frame["source_url_a"],
                                               frame["source_path_a"], strict=True)],
        "B is": frame.apply(side, axis=1, s="b"),
        "Quote B": frame["quote_b"].fillna(""),
        "Source B": [_source(*r) for r in zip(frame["source_kind_b"], frame["source_url_b"],
                                               frame["source_path_b"], strict=True)],
    })
