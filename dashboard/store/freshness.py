"""Whether the database is older than its inputs: stdlib only, so `serve` can decide in a blink
without importing the build's pandas and DuckDB."""

from __future__ import annotations

from pathlib import Path

from dashboard.paths import DATASETS, QUERIES, ROOT


def newest_input(datasets: Path = DATASETS) -> float:
    """The newest modification time among the inputs a database is built from."""
    folders = [datasets, QUERIES, ROOT / "dashboard" / "extract", ROOT / "dashboard" / "official"]
    times = [p.stat().st_mtime for folder in folders if folder.exists()
             for p in folder.rglob("*") if p.is_file()]
    return max(times, default=0.0)


def is_stale(db: Path, datasets: Path = DATASETS) -> bool:
    return not db.exists() or db.stat().st_mtime < newest_input(datasets)
