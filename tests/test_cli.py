"""The command line as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.cli import EXTRACT_KEYS, parser
from dashboard.paths import DATASETS, ROOT

CONTRACT = {"source", "province", "province_code", "indicator", "year", "value", "unit",
            "qualifier", "kind", "start", "end", "quote"}


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, text=True,
                          capture_output=True, **kwargs)


def test_extract_prints_the_public_json_lines_contract() -> None:
    seeds = sorted(str(p.relative_to(ROOT)) for p in (DATASETS / "reports").glob("*.txt"))
    result = cli("extract", *seeds)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    for row in rows:
        assert set(row) >= CONTRACT
        assert row["source"] in seeds
        text = (ROOT / row["source"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["quote"]
    by_indicator = {r["indicator"]: r for r in rows}
    assert by_indicator["grdp_growth"]["province"] == "Bac Giang"
    assert by_indicator["attendance"] == {**by_indicator["attendance"], "province": "Binh Dinh",
                                          "province_code": "52", "value": 350,
                                          "qualifier": "over", "year": 2024}


def test_extract_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"PK")
    result = cli("extract", str(bad))
    assert result.returncode == 1
    assert "report.xlsx" in result.stderr and "unsupported" in result.stderr


def test_build_command_writes_the_database(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    result = cli("build", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "221 observations" in result.stdout  # the 4 of the seed reports + 217 official
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("""SELECT count(*) FROM observations JOIN sources USING (source_id)
                          WHERE sources.kind = 'report'""").fetchone() == (4,)


def test_build_honours_dashboard_db(tmp_path: Path) -> None:
    db = tmp_path / "env.duckdb"
    result = cli("build", env={**__import__("os").environ, "DASHBOARD_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_failed_build_command_says_what_failed(tmp_path: Path, datasets_copy: Path) -> None:
    (datasets_copy / "reports" / "bad.txt").write_bytes(b"\xff\xff")
    result = cli("build", "--datasets", str(datasets_copy), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 1
    assert "bad.txt" in result.stderr and "untouched" in result.stderr


def subcommands() -> list[str]:
    return sorted(parser()._subparsers._group_actions[0].choices)  # noqa: SLF001


@pytest.mark.parametrize("command", subcommands())
def test_every_command_has_help_and_is_documented(command: str) -> None:
    assert cli(command, "--help").returncode == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"python -m dashboard {command}" in readme


def test_extract_keys_are_a_superset_of_the_contract() -> None:
    assert set(EXTRACT_KEYS) >= CONTRACT


def test_serve_builds_a_missing_database_and_answers(tmp_path: Path) -> None:
    """`serve` (what `python3 dev.py run` calls) builds the missing file, then Streamlit answers."""
    import os
    import time
    import urllib.request

    db = tmp_path / "served.duckdb"
    log = (tmp_path / "serve.log").open("w")
    child = subprocess.Popen([sys.executable, "-m", "dashboard", "serve", "--port", "8655", "--db", str(db)],
                             cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen("http://127.0.0.1:8655/_stcore/health", timeout=2) as answer:
                    assert answer.read() == b"ok"
                    break
            except OSError:
                assert child.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "serve did not answer within 60 s"
                time.sleep(0.2)
        assert db.exists()
    finally:
        child.terminate()
        child.wait(10)
        log.close()
