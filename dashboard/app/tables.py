"""Pure table shaping for the pages (pandas in, pandas out), so tests can check them directly.

pandas is imported where it is used: the Compare page imports this module before its first chart,
which is drawn without pandas (see dashboard/store/read.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


def highlighted(row: pd.Series) -> str:
    """The source sentence with the value marked ⟦like this⟧, as plain text; an official figure
    (no sentence) names its release instead."""
    import pandas as pd

    quote = row.get("quote")
    if not isinstance(quote, str) or not quote:
        where = row.get("source_url") if isinstance(row.get("source_url"), str) else row.get("source_path")
        return f"Official figure: {where}"
    start, v0, v1 = row.get("start"), row.get("value_start"), row.get("value_end")
    if pd.isna(start) or pd.isna(v0) or pd.isna(v1):
        return quote
    a, b = int(v0) - int(start), int(v1) - int(start)
    if not 0 <= a < b <= len(quote):
        return quote
    return quote[:a] + MARK_OPEN + quote[a:b] + MARK_CLOSE + quote[b:]


def source_of(row: pd.Series) -> str:
    """Where a value comes from: the official release's URL (or file), or the report's file."""
    url = row.get("source_url")
    return url if isinstance(url, str) and url else str(row.get("source_path"))


def compare_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Per province: its first and last value in the range, the change between them (blank when
    the two use different standards), and every value for a sparkline."""
    import pandas as pd

    rows = []
    for (label, region), part in frame.sort_values("year").groupby(["label", "region"], dropna=False,
                                                                   sort=True):
        part = part.drop_duplicates("year", keep="last")
        a, b = part.iloc[0], part.iloc[-1]
        same = (a["standard"] == b["standard"]) or (pd.isna(a["standard"]) and pd.isna(b["standard"]))
        rows.append({"Province": label, "Region": region if isinstance(region, str) else "—",
                     "From": int(a["year"]), "First value": float(a["value"]),
                     "To": int(b["year"]), "Last value": float(b["value"]),
                     "Change": float(b["value"] - a["value"]) if same and len(part) > 1 else None,
                     "Trend": [float(v) for v in part["value"]]})
    return pd.DataFrame(rows)


def latest_with_change(frame: pd.DataFrame) -> pd.DataFrame:
    """Per indicator: its latest value and the change on the year before (same standard only)."""
    import pandas as pd

    out = []
    for indicator, part in frame.sort_values("year").groupby("indicator", sort=False):
        last = part.iloc[-1]
        standard = "" if pd.isna(last["standard"]) else last["standard"]
        before = part[(part["year"] == last["year"] - 1) & (part["standard"].fillna("") == standard)]
        out.append({"indicator": indicator, "name": last["indicator_name"], "unit": last["indicator_unit"],
                    "year": int(last["year"]), "value": float(last["value"]),
                    "standard": last["standard"], "higher_is_better": last["higher_is_better"],
                    "change": float(last["value"] - before.iloc[-1]["value"]) if len(before) else None})
    return pd.DataFrame(out)
