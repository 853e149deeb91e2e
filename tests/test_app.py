"""Streamlit AppTest smoke tests of the pages, on a real database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plotly_json import figure as decoded_figure
from streamlit.testing.v1 import AppTest

from dashboard.paths import APP


@pytest.fixture
def app(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(built_db))
    return AppTest.from_file(str(APP), default_timeout=30)


def chart_figures(at: AppTest) -> list[dict]:
    return [decoded_figure(el.proto.spec) for el in at.get("plotly_chart")]


def test_explore_opens_on_the_bundled_data(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert app.selectbox[0].label == "Indicator"
    figures = chart_figures(app)
    assert len(figures) == 1
    assert "Source:" in json.dumps(figures[0]["layout"]["annotations"], ensure_ascii=False)


def test_filter_by_indicator_province_and_year(app: AppTest) -> None:
    app.run()
    app.selectbox[0].select("grdp_growth").run()
    assert not app.exception
    app.multiselect[0].select("24-2024").run()
    assert not app.exception
    [figure] = chart_figures(app)
    assert figure["data"][0]["name"] == "Bắc Giang"
    assert figure["data"][0]["y"] == [7.82, 19.3, 13.45, 13.85]  # official figures are chosen
    table = app.dataframe[0].value
    assert list(table["value"]) == [7.82, 19.3, 13.45, 13.85]
    assert "Bac Giang,2023,grdp_growth_pct,13.45" in table["quote"].iloc[2]


def test_attendance_shows_its_sentence(app: AppTest) -> None:
    app.run()
    app.selectbox[0].select("attendance").run()
    table = app.dataframe[0].value
    assert list(table["province"]) == ["Bình Định"]
    assert "attended by over 350" in table["quote"].iloc[0]
