"""The benchmark command runs end to end on a small size and prints its table (no timing asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.paths import ROOT

pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium")


def test_benchmarks_run_on_a_small_size_and_print_the_table(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--size", "small", "--out", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    table = result.stdout[result.stdout.index("| measure"):]
    for row in ("build of the bundled datasets", "extraction throughput", "synthetic build",
                "query observations_filtered [bundled", "query map_values_summed [", "Compare rerun",
                "first chart in Chromium", "server peak RSS"):
        assert row in table, row
    assert re.search(r"ratio \d+\.\d\d", table)
    named = len([p for p in (ROOT / "queries" / "app").glob("*.sql")
                 if p.stem not in ("attach_snapshot", "use_snapshot")])  # timed together as "connect"
    assert len(re.findall(r"^\| query ", table, re.M)) == 2 * (named + 1)
    assert (tmp_path / "small" / "bench.duckdb").exists()
