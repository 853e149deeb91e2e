"""Streamlit AppTest tests of every page and filter path, on a real database file with sample rows
(tests/e2e/sample_db.py): the figures sent to the browser are decoded and asserted on."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from e2e.sample_db import make_sample_db
from plotly_json import figure as decoded_figure
from streamlit.testing.v1 import AppTest

from dashboard.app.downloads import csv_bytes, parquet_bytes
from dashboard.paths import APP


@pytest.fixture(scope="module")
def sample_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_db(built_db, tmp_path_factory.mktemp("sample") / "sample.duckdb")


@pytest.fixture
def app(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(sample_db))
    return AppTest.from_file(str(APP), default_timeout=30)


def figures(at: AppTest) -> list[dict]:
    return [decoded_figure(el.proto.spec) for el in at.get("plotly_chart")]


def text_of(figure: dict) -> str:
    return json.dumps(figure["layout"], ensure_ascii=False)


def page(at: AppTest, name: str, **params: str | list[str]) -> AppTest:
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"app_pages/{name}.py")
    return at.run()


def test_compare_ranks_every_province_and_draws_lines(app: AppTest) -> None:
    app.run()
    assert not app.exception
    ranking, lines = figures(app)
    ranked = {name for trace in ranking["data"] for name in trace["y"]}
    assert {"Bắc Giang", "Hà Nội", "Hồ Chí Minh", "Đà Nẵng"} <= ranked and len(ranked) == 8
    assert "2024: provinces ranked" in text_of(ranking)
    assert "1 official release, 1 report" in text_of(ranking)
    assert {trace["name"] for trace in ranking["data"]} >= {"Red River Delta", "South East"}
    assert len(lines["data"]) == 5  # no province chosen: the five highest of the ranking year


def test_filter_by_province_and_years_redraws_lines_and_table(app: AppTest) -> None:
    app.run()
    app.multiselect(key="province").select("Bắc Giang").select("Hà Nội").run()
    app.slider(key="years").set_value((2020, 2023)).run()
    assert not app.exception
    ranking, lines = figures(app)
    assert [trace["name"] for trace in lines["data"]] == ["Bắc Giang", "Hà Nội"]
    assert lines["data"][0]["x"] == [2020, 2021, 2022, 2023]
    assert lines["data"][0]["y"] == [13.0, 7.8, 20.3, 13.5]
    assert "2020–2023" in lines["layout"]["title"]["text"]
    highlighted = [o for t in ranking["data"] for y, o in zip(t["y"], t["marker"]["opacity"], strict=True)
                   if o == 1.0]
    assert len(highlighted) == 2
    table = app.dataframe[0].value
    assert list(table["Province"]) == ["Bắc Giang", "Hà Nội"]
    assert table["Change"].round(1).tolist() == [0.5, 3.4]
    assert list(table["Trend"].iloc[0]) == [13.0, 7.8, 20.3, 13.5]
    links = {link.proto.label: link.proto.query_string for link in app.get("page_link")}
    assert "Bắc Giang: profile" in links and "unit=" in links["Bắc Giang: profile"]


def test_change_since_first_year(app: AppTest) -> None:
    app.query_params["province"] = ["Bắc Giang"]
    app.run()
    app.toggle(key="change").set_value(True).run()
    [line] = figures(app)[1]["data"]
    assert [round(v, 1) for v in line["y"]] == [0.0, -3.1, -8.3, 4.2, -2.6, -2.2]
    assert "change since the first year" in figures(app)[1]["layout"]["title"]["text"]


def test_a_whole_region_joins_the_selection(app: AppTest) -> None:
    app.run()
    app.selectbox(key="add_region").select("Red River Delta").run()
    chosen = app.multiselect(key="province").value
    assert {"Hà Nội", "Hải Phòng", "Bắc Ninh", "Quảng Ninh"} <= set(chosen) and len(chosen) == 11
    assert app.selectbox(key="add_region").value is None
    assert [t["name"] for t in figures(app)[1]["data"]] == ["Hà Nội", "Hải Phòng", "Quảng Ninh"]


def test_poverty_lines_break_where_the_standard_changes(app: AppTest) -> None:
    app.query_params["indicator"] = "Household poverty rate"
    app.query_params["province"] = ["Lào Cai"]
    app.run()
    assert not app.exception
    lines = figures(app)[1]
    old, new = lines["data"]
    assert old["x"] == [2019, 2020] and new["x"] == [2021, 2022, 2023, 2024]
    assert "2016-2020" in old["name"] and "2021-2025" in new["name"]
    assert old["line"]["dash"] != new["line"]["dash"]
    assert any(shape.get("x0") == 2020.5 for shape in lines["layout"]["shapes"])
    assert "standard changes" in text_of(lines)
    table = app.dataframe[0].value
    assert pd.isna(table["Change"].iloc[0])  # 2019 and 2024 use different standards


def test_every_jobs_chart_says_definitions_vary(app: AppTest) -> None:
    app.query_params["indicator"] = "Jobs created"
    app.run()
    assert all("Definitions vary between provinces" in text_of(f) for f in figures(app))
    page(app, "province", unit="Bắc Giang")
    assert "Definitions vary between provinces" in text_of(figures(app)[0])


def test_a_filter_with_no_data_says_so(app: AppTest) -> None:
    app.query_params["province"] = ["Cao Bằng"]
    app.run()
    assert not app.exception
    assert any("None of the chosen provinces (Cao Bằng)" in i.value for i in app.info)
    page(app, "data")
    assert any("No values of GRDP growth for Cao Bằng" in i.value for i in app.info)


def test_url_reopens_the_same_view(app: AppTest) -> None:
    app.query_params.update({"indicator": "Household poverty rate", "province": ["Bắc Giang", "Lào Cai"],
                             "years": ["2021", "2023"], "rank_year": "2022", "change": "true"})
    app.run()
    assert not app.exception and not app.warning
    assert app.selectbox(key="indicator").value == "Household poverty rate"
    assert app.multiselect(key="province").value == ["Bắc Giang", "Lào Cai"]
    assert app.slider(key="years").value == (2021, 2023)
    ranking, lines = figures(app)
    assert "2022: provinces ranked" in ranking["layout"]["title"]["text"]
    assert lines["data"][0]["y"][0] == 0.0


def test_unknown_or_malformed_parameters_are_ignored_with_a_notice(app: AppTest) -> None:
    app.query_params.update({"bogus": "1", "years": ["abc", "2020"], "province": ["Bắc Giang"],
                             "indicator": "no such indicator"})
    app.run()
    assert not app.exception
    [warning] = app.warning
    assert "bogus" in warning.value and "years=abc, 2020" in warning.value
    assert "indicator=no such indicator" in warning.value
    assert app.multiselect(key="province").value == ["Bắc Giang"]  # the valid part is kept
    assert "bogus" not in app.query_params


def test_filters_persist_across_pages(app: AppTest) -> None:
    app.run()
    app.multiselect(key="province").select("Hà Nội").run()
    app.slider(key="years").set_value((2022, 2024)).run()
    page(app, "data")
    table = app.dataframe[0].value
    assert set(table["province"]) == {"Hà Nội"} and sorted(table["year"]) == [2022, 2023, 2024]
    assert set(table["source_kind"]) == {"report", "official"}
    page(app, "sources")
    assert set(app.dataframe[0].value["Province"]) == {"Hà Nội"}


def test_province_profile_by_url(app: AppTest) -> None:
    page(app, "province", unit="Bắc Giang")
    assert not app.exception
    assert app.title[0].value == "Bắc Giang"
    metrics = {m.label: (m.value, m.proto.delta) for m in app.metric}
    assert metrics["GRDP growth (%), 2024"] == ("13.9", "0.4 on 2023")
    assert metrics["Household poverty rate (% of households), 2024"][1] == "-0.9 on 2023"
    [panels] = figures(app)
    assert "Bắc Giang: every indicator, 2019–2024" in panels["layout"]["title"]["text"]
    links = [link.proto.label for link in app.get("page_link")]
    assert "Bắc Ninh (2025)" in links
    sentences = app.dataframe[0].value["Sentence (value in ⟦ ⟧)"]
    assert "In 2019, Bac Giang's GRDP grew by ⟦16.1⟧%." in list(sentences)


def test_profile_of_a_2025_unit_links_its_predecessors(app: AppTest) -> None:
    page(app, "province", unit="Bắc Ninh (2025)")
    assert not app.exception
    links = {link.proto.label for link in app.get("page_link")}
    assert links >= {"Bắc Giang", "Bắc Ninh"}
    table = app.dataframe[0].value
    assert set(table["Shown"]) == {"yes", "no"}  # the target is listed, not shown
    assert "a target" in " ".join(table["Why not shown"])


def test_sources_page_shows_sentences_and_official_releases(app: AppTest) -> None:
    page(app, "sources", province="Hà Nội")
    assert not app.exception
    table = app.dataframe[0].value
    official = table[table["Source kind"] == "official"]
    assert len(official) == 2
    assert set(official["Sentence"]) == {"Official figure: https://www.gso.gov.vn/en/data-and-statistics/"}
    report = table[table["Source kind"] == "report"].iloc[0]
    assert report["Sentence"] == "In 2019, Hanoi's GRDP grew by ⟦7.4⟧%."
    assert report["Year decided"].startswith("explicit")
    app.toggle(key="all_indicators").set_value(True).run()
    assert set(app.dataframe[0].value["Indicator"]) == {"GRDP growth", "Jobs created"}


def test_data_downloads_are_utf8_with_bom_and_parquet(app: AppTest) -> None:
    page(app, "data", province="Bắc Giang")
    table = app.dataframe[0].value
    data = csv_bytes(table)
    assert data.startswith(b"\xef\xbb\xbfprovince,province_code,")
    assert "Bắc Giang,24,2024" in data.decode("utf-8-sig")
    back = pd.read_parquet(io.BytesIO(parquet_bytes(table)))
    assert back["province"].iloc[0] == "Bắc Giang" and len(back) == len(table)
    assert len(app.get("download_button")) == 2


def test_every_page_opens_on_an_empty_database(built_db: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.duckdb"
    shutil.copyfile(built_db, empty)
    with duckdb.connect(str(empty)) as con:
        con.execute("DELETE FROM observations")
    monkeypatch.setenv("DASHBOARD_DB", str(empty))
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception and "no values yet" in at.info[0].value
    for name in ("sources", "data"):
        page(at, name)
        assert not at.exception and at.info
    page(at, "province", unit="Hà Nội")
    assert not at.exception and "No values for Hà Nội" in at.info[0].value


@pytest.mark.parametrize(("name", "params", "named"), [
    ("province", {"unit": "Nowhere"}, "unit=Nowhere"),
    ("compare", {"rank_year": "abc", "change": "maybe"}, "rank_year=abc"),
    ("sources", {"all_indicators": "2", "years": ["2030", "2040"]}, "years=2030, 2040"),
    ("data", {"province": ["Bắc Giang", "Atlantis"]}, "province=Bắc Giang, Atlantis"),
])
def test_bad_parameters_on_every_page_are_ignored_with_a_notice(app: AppTest, name: str, params: dict,
                                                                 named: str) -> None:
    page(app, name, **params)
    assert not app.exception
    assert named in app.warning[0].value


def test_a_missing_database_says_how_to_build_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASHBOARD_DB", str(tmp_path / "nowhere.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception
    assert "python -m dashboard build" in at.error[0].value


def test_profile_without_a_value_the_year_before_shows_no_change(
        built_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cà Mau's 2023 poverty rate has no 2022 value beside it (its growth has): no 'nan on 2022'."""
    monkeypatch.setenv("DASHBOARD_DB", str(built_db))
    at = AppTest.from_file(str(APP), default_timeout=30)
    page(at, "province", unit="Cà Mau")
    assert not at.exception
    deltas = {m.label: m.proto.delta for m in at.metric}
    assert deltas["Household poverty rate (% of households), 2023"] == ""
    assert deltas["GRDP growth (%), 2024"].endswith("on 2023")
