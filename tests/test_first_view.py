"""The first chart is drawn before pandas is imported, and never while pandas is half-imported.

Each check runs in a fresh interpreter, where pandas has not been imported yet.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dashboard.paths import ROOT

FIRST_VIEW = """
import sys
from dashboard.app import warm
warm.first_view()
from dashboard.app import data, filters
version = data.db_version()
indicator = filters.default_indicator(data.indicators(version))
years = data.ranking_years(version, indicator["id"], *data.year_bounds(version))
bars = data.ranking(version, indicator["id"], filters.default_rank_year(years))
assert bars and all(b["value"] == b["value"] for b in bars), bars
assert [b["value"] for b in bars] == sorted(b["value"] for b in bars)
print(len(bars), "pandas" in sys.modules)
"""

GATE = """
import threading, time, sys
from dashboard.app import pandas_gate
order = []
def importer():
    pandas_gate.import_pandas()
    order.append("imported")
with pandas_gate.no_pandas_import():
    thread = threading.Thread(target=importer)
    thread.start()
    time.sleep(0.3)
    order.append("figure sent")
    assert "pandas" not in sys.modules
thread.join()
print(order)
"""


def python(code: str, db: Path) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "DASHBOARD_DB": str(db)}, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_warm_start_and_ranking_rows_do_not_import_pandas(built_db: Path) -> None:
    count, pandas_loaded = python(FIRST_VIEW, built_db).split()
    assert int(count) > 20 and pandas_loaded == "False"


def test_pandas_waits_while_a_pandas_free_figure_is_sent(built_db: Path) -> None:
    assert python(GATE, built_db) == "['figure sent', 'imported']"
