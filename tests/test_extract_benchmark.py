"""The benchmark script runs (on a small size; its figures are recorded in the README, not tested)."""

from __future__ import annotations

import subprocess
import sys

from dashboard.paths import ROOT


def test_benchmark_runs_on_a_small_size() -> None:
    result = subprocess.run([sys.executable, "benchmarks/extraction.py", "--reports", "30"],
                            cwd=ROOT, text=True, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "throughput: 30 reports" in result.stdout
    assert "dashboard extractor" in result.stdout and "quantulum3" in result.stdout
