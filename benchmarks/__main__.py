"""Performance benchmarks: one command, one table.

    python -m benchmarks                  # bundled datasets and a ~1,000,000-observation database
    python -m benchmarks --size small     # a quick run (~20,000 observations, fewer repeats)

Everything is written under benchmarks/out/ (git-ignored). Not a test: no figure is asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from benchmarks import browser, queries, rerun, synthetic
from benchmarks.extraction import throughput
from dashboard.paths import DATASETS
from dashboard.store.build import build

OUT = Path(__file__).resolve().parent / "out"
SIZES = {  # synthetic observations, query runs, rerun runs, browser rounds, extraction reports
    "small": (20_000, 10, 5, 1, 200),
    "1m": (1_000_000, 100, 100, 3, 10_000),
}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--size", choices=sorted(SIZES), default="1m")
    args.add_argument("--out", type=Path, default=OUT)
    opts = args.parse_args(argv)
    n_obs, q_runs, r_runs, rounds, n_reports = SIZES[opts.size]
    out = opts.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []

    def add(what: str, figure: str, target: str = "") -> None:
        rows.append((what, figure, target))
        print(f"  {what}: {figure}", flush=True)

    print(f"machine: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}")
    bundled = out / "bundled.duckdb"
    start = time.perf_counter()
    counts = build(bundled, DATASETS)
    add("build of the bundled datasets", f"{time.perf_counter() - start:.2f} s "
        f"({counts['observations']} observations)", "< 2 s")
    t = throughput(n_reports)
    add(f"extraction throughput ({n_reports} reports, one process)",
        f"{t['reports_per_s']:.0f} reports/s")

    big = synthetic.generate(out / opts.size, n_obs)
    label = f"{big['observations']:,} obs"
    add(f"synthetic build, {label} ({big['indicators']} indicators x {big['unit_years']} "
        f"unit-years, {big['sources']} sources)",
        f"{big['build_s']:.1f} s (CSV writing {big['write_s']:.1f} s; {big['db_mb']:.0f} MB)")
    big_db = out / opts.size / "bench.duckdb"

    for db, name in ((bundled, "bundled"), (big_db, label)):
        for query, n_rows, p50, p95 in queries.time_queries(db, q_runs):
            add(f"query {query} [{name}, {n_rows} rows]", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms")

    r = rerun.compare_reruns(big_db, r_runs)
    add(f"Compare rerun after a year-range change [{label}, AppTest, {r['runs']} runs]",
        f"p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms (first run {r['first_ms']:.0f} ms)",
        "p95 <= 150 ms")
    s = browser.startup(bundled, out / "browser", rounds)
    add(f"streamlit run -> first chart in Chromium [bundled, median of {rounds}]",
        f"dashboard {s['dashboard_s']:.1f} s, bare app {s['bare_s']:.1f} s, "
        f"ratio {s['ratio']:.2f}", "ratio <= 1.3")
    m = browser.peak_memory(big_db, out / "browser")
    add(f"server peak RSS, every page opened once [{label}]",
        f"{m['peak_mb']:.0f} MB (idle {m['idle_mb']:.0f} MB)")

    width = max(len(r[0]) for r in rows)
    fig_width = max(len(r[1]) for r in rows)
    print(f"\n| {'measure':<{width}} | {'result':<{fig_width}} | target |")
    print(f"|{'-' * (width + 2)}|{'-' * (fig_width + 2)}|---|")
    for what, figure, target in rows:
        print(f"| {what:<{width}} | {figure:<{fig_width}} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
