"""p50 / p95 of every named query the pages run, through `dashboard.store.sql.run`.

Parameters are what a first visit sends: the indicator with the most shown values, every unit,
the whole year range; a province profile for Hà Nội (01, 2024); the map's latest year.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from dashboard.paths import QUERIES
from dashboard.store import read
from dashboard.store.sql import run

CONNECTION_ONLY = {"attach_snapshot", "use_snapshot"}  # run by read.connect, timed as "connect"


def app_queries() -> list[str]:
    return sorted(p.stem for p in (QUERIES / "app").glob("*.sql") if p.stem not in CONNECTION_ONLY)


def parameters(con) -> dict[str, dict[str, Any]]:
    """Realistic parameters for each named query, read from the database itself."""
    indicator = max(read.indicators(con), key=lambda i: i["observations"])["id"]
    first, last = read.year_bounds(con)
    years = run(con, "map_years", {"indicator": indicator}).df()
    old = years[years["generation"] == 2024]
    map_year = int((old if not old.empty else years)["year"].max())
    five = [f"{c}-2024" for c in ("01", "79", "31", "48", "92")]  # Hà Nội, HCMC, Hải Phòng, Đà Nẵng, Cần Thơ
    return {
        "indicators": {}, "units": {}, "year_bounds": {},
        "units_with_data": {"indicator": indicator},
        "ranking_years": {"indicator": indicator, "year_from": first, "year_to": last},
        "ranking": {"indicator": indicator, "year": last},
        "observations_filtered": {"indicator": indicator, "units": [], "year_from": first,
                                  "year_to": last},
        "unit_observations": {"code": "01", "generation": 2024},
        "observation_sources": {"units": five, "indicators": [], "year_from": first,
                                "year_to": last},
        "conflicts": {"indicator": None},
        "map_years": {"indicator": indicator},
        "map_values": {"indicator": indicator, "year": map_year, "generation": 2024,
                       "standard": None},
        "map_values_summed": {"indicator": indicator, "year": map_year, "standard": None},
    }


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return statistics.median(samples), cuts[94]


def time_queries(db: Path, runs: int = 100) -> list[tuple[str, int, float, float]]:
    """(query, rows, p50 ms, p95 ms) for the connection and every named app query."""
    rows = []
    samples = []
    for _ in range(max(2, runs // 10)):
        start = time.perf_counter()
        read.connect(db).close()
        samples.append((time.perf_counter() - start) * 1000)
    rows.append(("connect (attach_snapshot + use_snapshot)", 0, *percentiles(samples)))
    con = read.connect(db)
    try:
        params = parameters(con)
        missing = set(app_queries()) - set(params)
        if missing:
            raise KeyError(f"no benchmark parameters for {sorted(missing)}: add them to parameters()")
        for name in app_queries():
            samples = []
            for _ in range(runs):
                cur = con.cursor()
                run(cur, "use_snapshot", {})
                start = time.perf_counter()
                frame = run(cur, name, params[name]).df()
                samples.append((time.perf_counter() - start) * 1000)
                cur.close()
            rows.append((name, len(frame), *percentiles(samples)))
    finally:
        con.close()
    return rows
