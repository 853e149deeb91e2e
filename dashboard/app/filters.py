"""The sidebar filters every page shares: indicator, provinces (or a whole region), years.

Each widget is bound to the URL (`bind="query-params"`, the key is the parameter name), so a
copied URL reopens the same view, and keeps its value in the session across pages.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.app import data, flow
from dashboard.store.read import Row


@dataclass(frozen=True)
class Filters:
    indicator: str
    name: str
    unit: str
    higher_is_better: bool | None
    units: tuple[str, ...]    # 'code-generation' keys; () = every province
    labels: tuple[str, ...]   # their on-screen names, same order
    year_from: int
    year_to: int

    def years(self) -> str:
        return str(self.year_from) if self.year_from == self.year_to else f"{self.year_from}-{self.year_to}"


def _add_region(units: list[Row]) -> None:
    """Callback of "Add a whole region": its provinces join the selection, the picker resets."""
    region = st.session_state.get("add_region")
    if region:
        chosen = list(st.session_state.get("province") or [])
        chosen += [u["label"] for u in units if u["region"] == region and u["label"] not in chosen]
        st.session_state["province"] = chosen
    st.session_state["add_region"] = None


def default_indicator(indicators: list[Row]) -> Row:
    """The indicator a fresh visit opens on: the one with the most values (the first such)."""
    return max(indicators, key=lambda i: i["observations"])


def default_rank_year(units_per_year: dict[int, int]) -> int:
    """The Compare ranking's default year: the latest year that most provinces report."""
    return max(units_per_year, key=lambda year: (units_per_year[year], year))


def sidebar() -> Filters | None:
    """Draw the filters in the sidebar; None when the database holds no shown values."""
    version = data.db_version()
    indicators = data.indicators(version)
    bounds = data.year_bounds(version)
    if not indicators or bounds is None:
        return None
    units = data.units(version)
    with st.sidebar:
        st.header("Filters")
        names = [i["name"] for i in indicators]
        name = st.selectbox("Indicator", names, index=names.index(default_indicator(indicators)["name"]),
                            key="indicator", bind="query-params")
        labels = st.multiselect("Provinces", [u["label"] for u in units], key="province",
                                bind="query-params", placeholder="All provinces (type to search)")
        regions = sorted({u["region"] for u in units if u["region"]})
        st.selectbox("Add a whole region", regions, index=None, key="add_region",
                     placeholder="Choose a region (63 provinces of 2024)",
                     on_change=_add_region, args=(units,))
        first, last = bounds
        if first < last:
            year_from, year_to = st.slider("Years", first, last, (first, last), key="years",
                                           bind="query-params")
        else:
            year_from = year_to = first
            st.caption(f"Years: {first} (the only year with data)")
    keys = {u["label"]: u["key"] for u in units}
    row = indicators[names.index(name)]
    hib = row["higher_is_better"]
    return Filters(indicator=row["id"], name=row["name"], unit=row["unit"],
                   higher_is_better=None if hib is None else bool(hib),
                   units=tuple(keys[label] for label in labels), labels=tuple(labels),
                   year_from=int(year_from), year_to=int(year_to))


def required() -> Filters:
    """The filters drawn in this run; on an empty database, say so and end the page early."""
    f = current()
    if f is None:
        st.info("The database holds no values yet. Add reports to datasets/reports or official figures to "
                "datasets/official and rebuild (`python -m dashboard build`).")
        flow.done()
    return f


def current() -> Filters | None:
    """The filters drawn in this run (main.py draws them before the page runs)."""
    return st.session_state.get("_filters")
