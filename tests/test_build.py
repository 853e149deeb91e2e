"""The build: schema, counts, atomic replacement, staleness."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb
import pytest

from dashboard.store import build as build_module
from dashboard.store.build import BuildError, build
from dashboard.store.freshness import is_stale

TABLE_COLUMNS = {
    "provinces": {"code", "generation", "name_vi", "name_en", "type", "region", "valid_from",
                  "valid_to", "successor_code"},
    "indicators": {"id", "name", "unit", "description", "higher_is_better", "year_rule"},
    "sources": {"source_id", "path", "sha256", "title", "date", "kind", "url", "language", "text"},
    "observations": {"obs_id", "province_code", "generation", "indicator", "year", "value", "unit",
                     "qualifier", "kind", "standard", "source_id", "start", "end", "quote",
                     "value_start", "value_end", "year_basis", "year_note"},
}


def test_schema_has_the_named_tables_and_columns(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    for table, columns in TABLE_COLUMNS.items():
        found = {row[0] for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
            [table]).fetchall()}
        assert columns <= found, (table, columns - found)


def test_provinces_hold_both_generations(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    counts = dict(con.execute(
        "SELECT generation, count(*) FROM provinces GROUP BY ALL").fetchall())
    assert counts == {2024: 63, 2025: 34}
    row = con.execute("""SELECT name_en, valid_to, successor_code FROM provinces
                         WHERE code = '24' AND generation = 2024""").fetchone()
    assert row[0] == "Bac Giang" and str(row[1]) == "2025-06-30" and row[2] == "24"
    assert con.execute("""SELECT name_en FROM provinces
                          WHERE code = '24' AND generation = 2025""").fetchone() == ("Bac Ninh",)
    assert con.execute("""SELECT successor_code FROM provinces
                          WHERE code = '10' AND generation = 2024""").fetchone() == ("15",)


def test_sources_record_their_files(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute("""SELECT path, length(sha256), kind, language FROM sources
                          WHERE kind = 'report'""").fetchall()
    assert {r[0] for r in rows} == {"reports/bac-giang-2024-human-rights-training.txt",
                                    "reports/binh-dinh-2024-human-rights-training.txt"}
    assert all(r[1] == 64 and r[2] == "report" and r[3] == "en" for r in rows)


def test_failed_build_leaves_the_old_database_byte_identical(
        datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "out" / "dashboard.duckdb"
    build(db, datasets_copy)
    before = db.read_bytes()
    (datasets_copy / "reports" / "broken.txt").write_bytes(b"GRDP grew \xff\xfe 7%")
    with pytest.raises(BuildError, match=r"broken\.txt.*UTF-8"):
        build(db, datasets_copy)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["dashboard.duckdb"]


def test_failure_while_writing_the_database_leaves_it_untouched(
        datasets_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "dashboard.duckdb"
    build(db, datasets_copy)
    before = db.read_bytes()
    real_insert = build_module._insert

    def failing_insert(con: duckdb.DuckDBPyConnection, table: str, frame) -> None:
        if table == "observations":
            raise duckdb.ConstraintException("simulated failure midway")
        real_insert(con, table, frame)

    monkeypatch.setattr(build_module, "_insert", failing_insert)
    with pytest.raises(BuildError, match="simulated failure midway"):
        build(db, datasets_copy)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".building")] == []


def test_unsupported_report_type_names_the_file(datasets_copy: Path, tmp_path: Path) -> None:
    (datasets_copy / "reports" / "notes.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(BuildError, match=r"notes\.docx.*unsupported"):
        build(tmp_path / "x.duckdb", datasets_copy)
    assert not (tmp_path / "x.duckdb").exists()


def test_staleness(datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "dashboard.duckdb"
    assert is_stale(db, datasets_copy)
    build(db, datasets_copy)
    assert not is_stale(db, datasets_copy)
    report = datasets_copy / "reports" / "bac-giang-2024-human-rights-training.txt"
    future = time.time() + 10
    os.utime(report, (future, future))
    assert is_stale(db, datasets_copy)
