"""Poverty rates under two standards are never one line: the chart shows the break."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard.charts.export import to_bytes
from dashboard.charts.figures import NOTES, lines


@pytest.fixture(scope="module")
def poverty(built_db: Path):
    """Bắc Kạn (06) and Gia Lai (64) as the shipped official CSV has them: 2016-2020 standard up
    to 2021, 2021-2025 standard from 2021 (Bắc Kạn 2021 is given under both)."""
    con = duckdb.connect(str(built_db), read_only=True)
    frame = con.execute("""
        SELECT p.name_vi AS label, o.province_code, o.generation, o.indicator, o.year, o.value,
               o.standard, o.source_id, s.kind AS source_kind
        FROM chosen_observations o JOIN sources s USING (source_id)
        JOIN provinces p ON p.code = o.province_code AND p.generation = o.generation
        WHERE o.indicator = 'poverty_rate' AND o.province_code IN ('06', '64')
        ORDER BY label, standard, year""").df()
    con.close()
    return frame


def test_the_shipped_rows_have_both_standards(poverty) -> None:
    rows = {(r.label, r.year, r.standard): r.value for r in poverty.itertuples()}
    assert rows == {("Bắc Kạn", 2019, "2016-2020"): 19.93, ("Bắc Kạn", 2021, "2016-2020"): 17.02,
                    ("Bắc Kạn", 2021, "2021-2025"): 26.93, ("Gia Lai", 2020, "2016-2020"): 5.38,
                    ("Gia Lai", 2022, "2021-2025"): 10.06, ("Gia Lai", 2023, "2021-2025"): 8.11}


def test_a_poverty_chart_with_two_standards_shows_the_break(poverty) -> None:
    fig = lines(poverty, "Household poverty rate", "% of households", "poverty_rate")
    traces = {t.name: (list(t.x), list(t.y), t.line.dash) for t in fig.data}
    assert traces == {
        "Bắc Kạn (2016-2020 standard)": ([2019, 2021], [19.93, 17.02], "dot"),
        "Bắc Kạn (2021-2025 standard)": ([2021], [26.93], "solid"),
        "Gia Lai (2016-2020 standard)": ([2020], [5.38], "dot"),
        "Gia Lai (2021-2025 standard)": ([2022, 2023], [10.06, 8.11], "solid"),
    }
    [rule] = [s for s in fig.layout.shapes if s.type == "line"]
    assert rule.x0 == rule.x1 == 2020.5 and rule.line.dash == "dash"
    texts = [a.text for a in fig.layout.annotations]
    assert "standard changes: 2021-2025" in texts
    assert any(NOTES["poverty_rate"] in t for t in texts)


def test_the_break_is_in_the_exported_file(poverty) -> None:
    svg = to_bytes(lines(poverty, "Household poverty rate", "% of households", "poverty_rate"), "svg")
    assert svg.startswith(b"<svg") or b"<svg" in svg[:200]
    assert b"standard changes: 2021-2025" in svg
    assert b"2016-2020 standard" in svg and b"2021-2025 standard" in svg
