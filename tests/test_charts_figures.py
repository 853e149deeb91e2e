"""Figure functions on plain frames: standards never joined, notes present, names escaped."""

from __future__ import annotations

import pandas as pd

from dashboard.charts.figures import lines, ranking, small_multiples


def frame(rows: list[tuple[str, int, float, str | None]]) -> pd.DataFrame:
    return pd.DataFrame([{"label": label, "name_vi": label, "province_code": "24", "generation": 2024,
                          "region": "Red River Delta", "year": year, "value": value, "standard": standard,
                          "source_id": "s", "source_kind": "report"}
                         for label, year, value, standard in rows])


def bars(data: pd.DataFrame) -> list[dict]:
    """The frame's rows as `read.ranking` gives them."""
    return [{**row, "key": f"{row['province_code']}-{row['generation']}"} for row in data.to_dict("records")]


def test_poverty_lines_under_two_standards_are_two_traces() -> None:
    data = frame([("Bắc Giang", 2019, 4.0, "2016-2020"), ("Bắc Giang", 2020, 3.4, "2016-2020"),
                  ("Bắc Giang", 2021, 2.3, "2021-2025"), ("Bắc Giang", 2022, 4.1, "2021-2025")])
    fig = lines(data, "Household poverty rate", "% of households", "poverty_rate")
    assert [list(t.x) for t in fig.data] == [[2019, 2020], [2021, 2022]]
    assert fig.layout.shapes[0].x0 == 2020.5
    changed = lines(data, "Household poverty rate", "% of households", "poverty_rate", change=True)
    assert [round(v, 1) for t in changed.data for v in t.y] == [0.0, -0.6, 0.0, 1.8]


def test_jobs_charts_say_definitions_vary_and_names_are_escaped() -> None:
    data = frame([("<b>X</b>", 2023, 100.0, None), ("Hà Nội", 2023, 200.0, None)])
    for fig in (lines(data, "Jobs created", "persons", "jobs_created"),
                ranking(bars(data), 2023, set(), "Jobs created", "persons", "jobs_created")):
        notes = " ".join(a.text for a in fig.layout.annotations)
        assert "Definitions vary between provinces" in notes and "Source:" in notes
        assert "<b>X</b>" not in fig.to_json()
    multiples = small_multiples(data.assign(indicator="jobs_created", indicator_name="Jobs created",
                                            indicator_unit="persons"), "Hà Nội")
    assert "Definitions vary" in multiples.layout.annotations[-1].text
