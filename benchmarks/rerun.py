"""Server time of a Compare-page rerun after a filter change (Streamlit AppTest, in process).

Each rerun moves the year range to a range not asked before, so the page's cached queries miss
(the worst case a click meets); the provinces stay the five largest cities.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks.queries import percentiles
from dashboard.paths import APP


def compare_reruns(db: Path, runs: int = 100) -> dict[str, float]:
    os.environ["DASHBOARD_DB"] = str(db)
    at = AppTest.from_file(str(APP), default_timeout=120)
    start = time.perf_counter()
    at.run()
    first_ms = (time.perf_counter() - start) * 1000
    if at.exception:
        raise RuntimeError(f"the Compare page failed: {at.exception[0].message}")
    slider = at.slider(key="years")
    low, high = int(slider.min), int(slider.max)
    span = high - low
    ranges = [(low + a, high - b) for a in range(span // 2) for b in range(span // 2)][:runs]
    provinces = at.multiselect(key="province")
    provinces.set_value(list(provinces.options[:5]))
    at.run()
    samples = []
    for pair in ranges:
        at.slider(key="years").set_value(pair)
        start = time.perf_counter()
        at.run()
        samples.append((time.perf_counter() - start) * 1000)
        if at.exception:
            raise RuntimeError(f"the Compare page failed at years {pair}: {at.exception[0].message}")
    p50, p95 = percentiles(samples)
    return {"first_ms": first_ms, "runs": len(samples), "p50_ms": p50, "p95_ms": p95,
            "charts": len(at.get("plotly_chart"))}
