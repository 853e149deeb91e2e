"""The seed reports end to end: exactly the four facts, each with its evidence."""

from __future__ import annotations

from pathlib import Path

import duckdb

EXPECTED = {
    ("24", "Bắc Giang", "grdp_growth", 2023, 13.45, None, None, "inferred"),
    ("24", "Bắc Giang", "poverty_rate", 2023, 2.63, None, "2021-2025", "inferred"),
    ("24", "Bắc Giang", "jobs_created", 2023, 33000.0, None, None, "explicit"),
    ("52", "Bình Định", "attendance", 2024, 350.0, "over", None, "inferred"),
}


def test_the_four_seed_facts(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute("""
        SELECT o.province_code, p.name_vi, o.indicator, o.year, o.value, o.qualifier,
               o.standard, o.year_basis
        FROM observations o JOIN provinces p
          ON p.code = o.province_code AND p.generation = o.generation
        JOIN sources s ON s.source_id = o.source_id AND s.kind = 'report'""").fetchall()
    assert set(rows) == EXPECTED
    assert len(rows) == 4
    kinds = con.execute("""SELECT DISTINCT o.kind, o.generation FROM observations o
                           JOIN sources s USING (source_id) WHERE s.kind = 'report'""").fetchall()
    assert kinds == [("actual", 2024)]


def test_quotes_are_the_text_at_their_offsets(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute("""
        SELECT s.text, o.start, o."end", o.quote, o.value_start, o.value_end, o.value, o.year_note
        FROM observations o JOIN sources s USING (source_id) WHERE s.kind = 'report'""").fetchall()
    assert len(rows) == 4
    for text, start, end, quote, v_start, v_end, value, note in rows:
        assert text[start:end] == quote
        assert start <= v_start < v_end <= end
        assert float(text[v_start:v_end].replace(",", "")) == value
        assert note


def test_non_facts_are_not_stored(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    values = {v for (v,) in con.execute("""SELECT o.value FROM observations o
                                            JOIN sources s USING (source_id)
                                            WHERE s.kind = 'report'""").fetchall()}
    assert 13.6 not in values and 13.4 not in values  # especially disadvantaged communes
    assert 35.0 not in values  # "across 35 provinces and cities" is not attendance
