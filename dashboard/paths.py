"""Where the project's inputs and the generated database live (one place, so tests can override)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
QUERIES = ROOT / "queries"
APP = Path(__file__).resolve().parent / "app" / "main.py"


def default_db() -> Path:
    """`DASHBOARD_DB` if set, else `data/dashboard.duckdb` in the repository."""
    return Path(os.environ.get("DASHBOARD_DB") or ROOT / "data" / "dashboard.duckdb")
