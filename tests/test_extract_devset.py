"""The extractor against the annotated development set: the measure the project is judged by."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.extract.evaluate import evaluate, read_gold, report_paths
from dashboard.paths import ROOT

DEVSET = ROOT / "tests" / "extraction" / "devset"
GOLD = ROOT / "tests" / "extraction" / "gold.jsonl"


@pytest.fixture(scope="module")
def report():
    return evaluate(DEVSET, GOLD)


def test_the_devset_is_big_and_varied_enough() -> None:
    paths = report_paths(DEVSET)
    assert len(paths) >= 40
    assert {p.suffix for p in paths} >= {".txt", ".md", ".html", ".pdf"}
    languages = {p.name[:2] for p in paths}
    assert languages == {"en", "vi"}
    gold = read_gold(GOLD)
    assert {row["file"] for row in gold} <= {p.name for p in paths}
    assert {row["indicator"] for row in gold} == {"grdp_growth", "poverty_rate", "jobs_created",
                                                  "attendance"}
    assert {row["kind"] for row in gold} == {"actual", "target"}


def test_precision_and_recall_on_the_devset(report) -> None:
    missed = "\n".join(map(str, report.missed))
    spurious = "\n".join(map(str, report.spurious))
    assert report.overall.precision >= 0.97, f"spurious:\n{spurious}"
    assert report.overall.recall >= 0.95, f"missed:\n{missed}"


def test_every_indicator_is_measured(report) -> None:
    for name, score in report.by_indicator.items():
        assert score.true_pos > 0, name
        assert score.f1 >= 0.9, (name, score)


def test_evaluate_command_prints_the_table() -> None:
    result = subprocess.run([sys.executable, "-m", "dashboard", "evaluate", str(DEVSET)], cwd=ROOT,
                            text=True, capture_output=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["indicator", "gold", "found", "P", "R", "F1"]
    overall = next(line for line in lines if line.startswith("overall")).split()
    assert int(overall[1]) == len(read_gold(GOLD))
    assert 0.97 <= float(overall[4]) <= 1.0


def test_gold_rows_are_well_formed() -> None:
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"file", "province", "province_code", "generation", "indicator", "year",
                            "value", "kind", "qualifier", "standard"}
        assert row["generation"] in (2024, 2025)


def test_extract_reads_every_devset_format_with_valid_spans() -> None:
    from dashboard.extract import Extractor, read_document
    from dashboard.provinces import Gazetteer

    extractor = Extractor(Gazetteer())
    for path in report_paths(DEVSET):
        doc = read_document(path)
        for obs in extractor.extract(doc):
            assert doc.text[obs.start:obs.end] == obs.quote
            assert obs.start <= obs.value_start < obs.value_end <= obs.end
            assert obs.year_basis in {"explicit", "relative", "inferred"}
            assert obs.year_note


def test_the_seeds_stay_as_they_were(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (ROOT / "datasets" / "reports").glob("*.txt"))
    result = subprocess.run([sys.executable, "-m", "dashboard", "extract", *seeds], cwd=ROOT,
                            text=True, capture_output=True)
    facts = {(r["province_code"], r["indicator"], r["year"], r["value"], r["qualifier"], r["standard"])
             for r in map(json.loads, result.stdout.splitlines())}
    assert facts == {("24", "grdp_growth", 2023, 13.45, None, None),
                     ("24", "poverty_rate", 2023, 2.63, None, "2021-2025"),
                     ("24", "jobs_created", 2023, 33000.0, None, None),
                     ("52", "attendance", 2024, 350.0, "over", None)}
