"""A synthetic database of up to ~1,000,000 observations, built through the real build path.

The generator writes a temporary copy of `datasets/` with extra indicator rows in
`reference/indicators.csv` and official CSVs in `official/` (the README's "Official figures"
format), then calls `dashboard.store.build.build` on it: the same validation, loading and
schema as the shipped data.

Why more indicators rather than more sources per key: the official path refuses a key
(province, indicator, year, standard) given twice across its files, and its years stop at the
current year (so the 34 units of 2025 have two years, the 63 units thirty). Sources are the
(file, URL) pairs: `files` files, one URL per province in each, each file covering a disjoint
slice of the indicators.
"""

from __future__ import annotations

import csv
import math
import random
import shutil
import time
from datetime import date
from pathlib import Path

from dashboard.paths import DATASETS
from dashboard.provinces import OLD, Gazetteer
from dashboard.store.build import build

FIRST_YEAR = 1995  # thirty years of the 63 units: 1995-2024


def unit_years(gazetteer: Gazetteer) -> list[tuple[str, int]]:
    """(English name, year) of every unit-year the official path accepts."""
    this_year = date.today().year
    pairs = []
    for unit in gazetteer.units.values():
        years = range(FIRST_YEAR, 2025) if unit.generation == OLD else range(2025, this_year + 1)
        pairs.extend((unit.name_en, year) for year in years)
    return sorted(pairs)


def write_datasets(target: Path, observations: int, files: int = 5, seed: int = 1) -> dict[str, int]:
    """A copy of datasets/ in `target` with about `observations` more official figures."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(DATASETS, target)
    pairs = unit_years(Gazetteer(target / "reference"))
    n_indicators = max(1, math.ceil(observations / len(pairs)))
    ids = [f"bench_{i:03d}" for i in range(n_indicators)]
    with (target / "reference" / "indicators.csv").open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for i, ident in enumerate(ids):
            writer.writerow([ident, f"Benchmark indicator {i:03d}", "%",
                             "A synthetic indicator for the performance benchmarks.", "true",
                             "last_full_year"])
    rng = random.Random(seed)
    written = 0
    for k in range(files):
        path = target / "official" / f"bench-{k}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["province_name_en", "year", "indicator", "value", "unit", "standard",
                             "source_url"])
            for ident in ids[k::files]:
                for name, year in pairs:
                    slug = name.lower().replace(" ", "-")
                    writer.writerow([name, year, ident, f"{rng.uniform(-5, 30):.2f}", "%", "",
                                     f"https://example.org/bench/{k}/{slug}"])
                    written += 1
    return {"indicators": n_indicators, "unit_years": len(pairs), "rows": written}


def generate(folder: Path, observations: int) -> dict[str, float]:
    """Write the datasets copy and build `folder/bench.duckdb`; returns counts and timings."""
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    info = write_datasets(folder / "datasets", observations)
    written = time.perf_counter() - start
    start = time.perf_counter()
    counts = build(folder / "bench.duckdb", folder / "datasets")
    return {**info, "write_s": written, "build_s": time.perf_counter() - start,
            "observations": counts["observations"], "sources": counts["sources"],
            "db_mb": (folder / "bench.duckdb").stat().st_size / 1e6}
