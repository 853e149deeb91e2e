"""The map: its queries on a real database, the figure, and the page in AppTest."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.charts import map as geo_map
from dashboard.paths import APP
from tests.plotly_json import figure

# (code, generation, indicator, year, value, unit, standard): figures added to the shipped database
# in a year it has none of (2018), so that sums, conflicts and both generations occur whatever the
# shipped data holds. Lào Cai 10 + Yên Bái 15 -> Lào Cai 15; Bắc Giang 24 + Bắc Ninh 27 (no
# jobs figure) -> Bắc Ninh 24.
YEAR = 2018
EXTRA = [
    ("27", 2024, "grdp_growth", YEAR, -9.28, "%", None),
    ("01", 2024, "grdp_growth", YEAR, 6.11, "%", None),
    ("01", 2024, "grdp_growth", YEAR, 6.27, "%", None),
    ("10", 2024, "grdp_growth", YEAR, 5.5, "%", None),
    ("10", 2024, "jobs_created", YEAR, 15000, "persons", None),
    ("15", 2024, "jobs_created", YEAR, 12000, "persons", None),
    ("24", 2024, "jobs_created", YEAR, 20000, "persons", None),
    ("01", 2024, "poverty_rate", YEAR, 0.2, "% of households", "2016-2020"),
    ("01", 2024, "poverty_rate", YEAR, 1.3, "% of households", "2021-2025"),
    ("56", 2025, "poverty_rate", 2025, 1.2, "% of households", "2021-2025"),
    ("01", 2025, "poverty_rate", 2025, 0.1, "% of households", "2021-2025"),
    ("24", 2024, "attendance", 2025, 300, "persons", None),  # an event in March 2025
    ("24", 2025, "attendance", 2025, 500, "persons", None),  # one in September 2025
]


def add_observations(db: Path, rows: list[tuple] = EXTRA) -> None:
    """Insert `rows` into a built database, from one test source (a real DuckDB write)."""
    con = duckdb.connect(str(db))
    try:
        con.execute("INSERT INTO sources (source_id, path, sha256, title, kind, language, text) "
                    "VALUES ('t-map', 'tests/map-fixture', '0', 'map test figures', 'official', 'en', '')")
        first = con.execute("SELECT max(obs_id) FROM observations").fetchone()[0] + 1
        for offset, (code, generation, indicator, year, value, unit, standard) in enumerate(rows):
            con.execute(
                "INSERT INTO observations (obs_id, province_code, generation, indicator, year, value, "
                "unit, kind, standard, source_id, year_basis) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'actual', ?, 't-map', 'explicit')",
                [first + offset, code, generation, indicator, year, value, unit, standard])
    finally:
        con.close()


@pytest.fixture(scope="module")
def map_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("mapdb") / "dashboard.duckdb"
    shutil.copy(built_db, db)
    add_observations(db)
    return db


@pytest.fixture
def con(map_db: Path):
    con = duckdb.connect(str(map_db), read_only=True)
    yield con
    con.close()


def by_code(frame):
    return frame.set_index("code")


def test_values_cover_every_unit_and_mark_status(con) -> None:
    frame = by_code(geo_map.values(con, "grdp_growth", YEAR, 2024, None))
    assert len(frame) == 63
    assert frame.loc["27", "value"] == -9.28 and frame.loc["27", "status"] == "value"
    # two values from one source: the choice rule picks one (or, without a rule, both show)
    assert frame.loc["01", "n_reported"] == 2 and frame.loc["01", "n_sources"] == 1
    assert frame.loc["02", "status"] == "no data" and frame.loc["02", "n_sources"] == 0
    assert (frame["status"] == "value").sum() in (3, 4)  # 27, 10 and 01 (once or twice)


def test_two_standards_are_never_mixed(con) -> None:
    frame = by_code(geo_map.values(con, "poverty_rate", YEAR, 2024, None))
    assert frame.loc["01", "status"] == "sources disagree" and pd.isna(frame.loc["01", "value"])
    frame = by_code(geo_map.values(con, "poverty_rate", YEAR, 2024, "2021-2025"))
    assert frame.loc["01", "value"] == 1.3


def test_counts_are_summed_into_the_34_only_when_complete(con) -> None:
    frame = by_code(geo_map.values(con, "jobs_created", YEAR, 2024, None, summed=True))
    assert len(frame) == 34
    assert frame.loc["15", "value"] == 27000 and frame.loc["15", "members"] == 2
    assert frame.loc["15", "n_sources"] == 1
    assert frame.loc["24", "status"] == "incomplete sum"  # Bắc Giang has a value, Bắc Ninh none
    assert pd.isna(frame.loc["24", "value"]) and frame.loc["24", "members_with_data"] == 1
    assert frame.loc["01", "status"] == "no data"


def test_figure_has_markers_first_then_values_and_grey_legend(con) -> None:
    frame = geo_map.values(con, "grdp_growth", YEAR, 2024, None)
    fig = geo_map.choropleth(frame, 2024, "grdp_growth", "GRDP growth", "%", YEAR).to_plotly_json()
    kinds = [(t["type"], t.get("name")) for t in fig["data"]]
    # the first trace must have no locationmode, or plotly.js fetches a world map from a CDN
    assert kinds[0] == ("scattergeo", "archipelagos") and "locations" not in fig["data"][0]
    assert ("choropleth", "no data") in kinds
    values = next(t for t in fig["data"] if t.get("name") == "GRDP growth")
    assert values["zmid"] == 0 and values["zmin"] == -9.28 and values["colorscale"]
    assert "<b>Bắc Ninh</b><br>-9.28 %<br>1 source" in list(values["text"])
    drawn = [c for t in fig["data"] if t["type"] == "choropleth" for c in t["locations"]]
    assert sorted(drawn) == sorted(f["id"] for f in geo_map.boundaries(2024)["features"])
    layout = fig["layout"]
    assert layout["geo"]["visible"] is False
    assert "OpenStreetMap" in layout["annotations"][0]["text"]
    labels = fig["data"][1]["text"]
    assert any("Hoàng Sa" in t and "Đà Nẵng" in t for t in labels)
    assert any("Trường Sa" in t and "Khánh Hòa" in t for t in labels)


def test_mixed_standards_get_their_own_legend_entry_and_a_sequential_scale(con) -> None:
    frame = geo_map.values(con, "poverty_rate", YEAR, 2024, None)
    fig = geo_map.choropleth(frame, 2024, "poverty_rate", "Poverty", "% of households", YEAR)
    traces = {t.name: t for t in fig.data}
    assert "sources disagree" in traces and list(traces["sources disagree"].locations) == ["01"]
    assert "0.2 – 1.3 % of households" in traces["sources disagree"].text[0]
    assert "Poverty" not in traces  # no province has a single value
    frame = geo_map.values(con, "poverty_rate", YEAR, 2024, "2021-2025")
    fig = geo_map.choropleth(frame, 2024, "poverty_rate", "Poverty", "% of households", YEAR)
    values = next(t for t in fig.data if t.name == "Poverty")
    assert values.zmid is None and values.colorscale[0][1] != values.colorscale[-1][1]


def run_page(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.switch_page("app_pages/map.py")
    return app.run()


def charts(app: AppTest) -> list[dict]:
    return [figure(e.proto.spec) for e in app.get("plotly_chart")]


def test_page_draws_the_63_then_the_34_for_counts(map_db: Path, monkeypatch) -> None:
    app = run_page(map_db, monkeypatch)
    assert not app.exception
    app.selectbox(key="indicator").set_value("Jobs created").run()
    app.selectbox(key="map_year").set_value(YEAR).run()
    (fig,) = charts(app)
    assert "63 provinces" in fig["layout"]["title"]["text"]
    app.toggle(key="map_new_boundaries").set_value(True).run()
    (fig,) = charts(app)
    assert "34 provinces" in fig["layout"]["title"]["text"]
    values = next(t for t in fig["data"] if t.get("name") == "Jobs created")
    assert list(values["locations"]) == ["15"] and list(values["z"]) == [27000]
    assert [b.label for b in app.get("download_button")][:3] == ["PNG", "SVG", "HTML"]


def test_rates_are_not_averaged_onto_the_34(map_db: Path, monkeypatch) -> None:
    app = run_page(map_db, monkeypatch)
    app.selectbox(key="indicator").set_value("GRDP growth").run()
    app.selectbox(key="map_year").set_value(YEAR).run()
    app.toggle(key="map_new_boundaries").set_value(True).run()
    assert any("rate" in i.value and "average" in i.value for i in app.info)
    (fig,) = charts(app)
    assert "63 provinces" in fig["layout"]["title"]["text"]


def test_2025_figures_are_drawn_on_the_34(map_db: Path, monkeypatch) -> None:
    app = run_page(map_db, monkeypatch)
    app.selectbox(key="indicator").set_value("Household poverty rate").run()
    app.selectbox(key="map_year").set_value(2025).run()
    (fig,) = charts(app)
    assert "34 provinces" in fig["layout"]["title"]["text"]
    values = next(t for t in fig["data"] if t.get("name") == "Household poverty rate")
    assert sorted(values["locations"]) == ["01", "56"] and "zmid" not in values


def test_page_lists_each_value_with_its_source(map_db: Path, monkeypatch) -> None:
    app = run_page(map_db, monkeypatch)
    app.selectbox(key="indicator").set_value("Jobs created").run()
    app.selectbox(key="map_year").set_value(YEAR).run()
    (table,) = [t.value for t in app.dataframe]
    assert sorted(table["Province"]) == ["Bắc Giang", "Lào Cai", "Yên Bái"]
    assert set(table["Source"]) == {"tests/map-fixture"}
    assert {"CSV", "Parquet"} <= {b.label for b in app.get("download_button")}


def test_a_year_with_both_generations_offers_both(map_db: Path, monkeypatch) -> None:
    """2025: events before 1 July are keyed to the 63, later ones to the 34."""
    app = run_page(map_db, monkeypatch)
    app.selectbox(key="indicator").set_value("Event attendance").run()
    app.selectbox(key="map_year").set_value(2025).run()
    (fig,) = charts(app)
    assert "34 provinces" in fig["layout"]["title"]["text"]
    app.radio(key="map_generation").set_value(2024).run()
    (fig,) = charts(app)
    assert "63 provinces" in fig["layout"]["title"]["text"]
    values = next(t for t in fig["data"] if t.get("name") == "Event attendance")
    assert list(values["locations"]) == ["24"] and list(values["z"]) == [300]
