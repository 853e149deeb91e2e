"""Official figures in the database: the shipped CSV whole, the choice rule, the conflict list."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.official.conflicts import conflicts
from dashboard.paths import APP, DATASETS
from dashboard.provinces import Gazetteer
from dashboard.store.build import build

SHIPPED = DATASETS / "official" / "official_indicators.csv"
REGISTRY = {"grdp_growth_pct": ("grdp_growth", "%"), "poverty_rate_pct": ("poverty_rate", "% of households"),
            "jobs_created": ("jobs_created", "persons")}


def shipped_rows() -> list[dict[str, str]]:
    with SHIPPED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_shipped_row_is_an_official_actual_observation(built_db: Path, gazetteer: Gazetteer) -> None:
    rows = shipped_rows()
    assert len(rows) == 217
    con = duckdb.connect(str(built_db), read_only=True)
    stored = con.execute("""
        SELECT o.province_code, o.indicator, o.year, o.value, o.unit, o.standard, s.url, o.kind,
               o.generation, s.path
        FROM observations o JOIN sources s USING (source_id) WHERE s.kind = 'official'""").fetchall()
    expected = []
    for row in rows:
        indicator, unit = REGISTRY[row["indicator"]]
        code = gazetteer.resolve(row["province_name_en"]).code
        expected.append((code, indicator, int(row["year"]), float(row["value"]), unit,
                         row["standard"] or None, row["source_url"], "actual", 2024,
                         "official/official_indicators.csv"))
    assert sorted(stored, key=repr) == sorted(expected, key=repr)
    units = dict(con.execute("SELECT id, unit FROM indicators").fetchall())
    assert all(units[r[1]] == r[4] for r in stored)
    assert con.execute("""SELECT count(DISTINCT province_code) FROM observations o
                          JOIN sources s USING (source_id) WHERE s.kind = 'official'""").fetchone() == (61,)


def test_official_quotes_are_the_csv_lines(built_db: Path) -> None:
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()[1:]
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute("""
        SELECT s.text, o.start, o."end", o.quote, o.value_start, o.value_end, o.value, o.year_note
        FROM observations o JOIN sources s USING (source_id) WHERE s.kind = 'official'""").fetchall()
    assert sorted(r[3] for r in rows) == sorted(lines)
    for text, start, end, quote, v_start, v_end, value, note in rows:
        assert text[start:end] == quote
        assert float(text[v_start:v_end]) == value
        assert "official_indicators.csv line" in note


def test_official_beats_the_seed_report_that_agrees(built_db: Path) -> None:
    """Bắc Giang's 2023 GRDP growth is 13.45 in both: the official one is shown, no conflict."""
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute("""
        SELECT s.kind, st.chosen, st.reason FROM observations o
        JOIN sources s USING (source_id) JOIN observation_status st USING (obs_id)
        WHERE o.province_code = '24' AND o.indicator = 'grdp_growth' AND o.year = 2023
        ORDER BY s.kind""").fetchall()
    assert rows[0][:2] == ("official", True) and rows[0][2] is None
    assert rows[1][:2] == ("report", False) and rows[1][2].startswith("an official figure is preferred")
    listed = conflicts(con, "grdp_growth")
    assert listed[(listed["province_code"] == "24") & (listed["year"] == 2023)].empty  # equal values


def test_every_observation_has_a_status_and_one_value_per_key_is_chosen(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    assert con.execute("""SELECT count(*) FROM observations
                          WHERE obs_id NOT IN (SELECT obs_id FROM observation_status)""").fetchone() == (0,)
    duplicated = con.execute("""
        SELECT count(*) FROM (SELECT 1 FROM chosen_observations
        GROUP BY province_code, generation, indicator, year, standard HAVING count(*) > 1)""")
    assert duplicated.fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM observation_status WHERE NOT chosen AND reason IS NULL"
                       ).fetchone() == (0,)


# A crafted database: the real build, then hand-made report sources beside the seeds, so that each
# rank of the rule is exercised on its own key.
CRAFTED_SOURCES = [
    ("r-old", "report", "2023-01-10"), ("r-new", "report", "2024-03-01"),
    ("r-undated", "report", None), ("o-x", "official", None),
]
# obs_id, province, indicator, year, value, unit, qualifier, kind, standard, source, year_basis
CRAFTED = [
    # official beats report; they disagree by 0.7 pp -> a conflict
    (9001, "01", "grdp_growth", 2022, 8.1, "%", None, "actual", None, "r-new", "explicit"),
    (9002, "01", "grdp_growth", 2022, 8.8, "%", None, "actual", None, "o-x", "explicit"),
    # exact beats qualified ("over"), even when the qualified one is newer; 33,000 vs 33,200: within 1%
    (9003, "01", "jobs_created", 2022, 33200, "persons", None, "actual", None, "r-old", "explicit"),
    (9004, "01", "jobs_created", 2022, 33000, "persons", "over", "actual", None, "r-new", "explicit"),
    # explicit year beats inferred; 13.45 vs 13.5 is rounding, not a conflict
    (9005, "02", "grdp_growth", 2022, 13.5, "%", None, "actual", None, "r-new", "inferred"),
    (9006, "02", "grdp_growth", 2022, 13.45, "%", None, "actual", None, "r-old", "explicit"),
    # the more recent report wins; 40,000 vs 36,000 is a conflict
    (9007, "02", "jobs_created", 2022, 36000, "persons", None, "actual", None, "r-old", "explicit"),
    (9008, "02", "jobs_created", 2022, 40000, "persons", None, "actual", None, "r-new", "explicit"),
    (9009, "02", "jobs_created", 2022, 41000, "persons", None, "actual", None, "r-undated", "explicit"),
    # a target is never chosen, and never conflicts with an actual
    (9010, "04", "grdp_growth", 2022, 9.0, "%", None, "target", None, "r-new", "explicit"),
    (9011, "04", "grdp_growth", 2022, 6.0, "%", None, "actual", None, "r-old", "explicit"),
    # two poverty standards in one year are two keys: both shown, no conflict
    (9012, "06", "poverty_rate", 2021, 12.0, "% of households", None, "actual", "2016-2020", "r-old",
     "explicit"),
    (9013, "06", "poverty_rate", 2021, 20.0, "% of households", None, "actual", "2021-2025", "r-old",
     "explicit"),
]


@pytest.fixture(scope="module")
def crafted_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crafted")
    datasets = folder / "datasets"
    shutil.copytree(DATASETS, datasets)
    (datasets / "official" / "official_indicators.csv").unlink()  # only the crafted rows compete
    db = folder / "crafted.duckdb"
    build(db, datasets)
    con = duckdb.connect(str(db))
    for source_id, kind, day in CRAFTED_SOURCES:
        con.execute("""INSERT INTO sources (source_id, path, sha256, title, date, kind, url)
                       VALUES (?, ?, '0', ?, ?, ?, ?)""",
                    [source_id, f"crafted/{source_id}", f"quote source {source_id}", day, kind,
                     f"https://example.org/{source_id}"])
    for obs in CRAFTED:
        con.execute("""INSERT INTO observations (obs_id, province_code, generation, indicator, year,
                       value, unit, qualifier, kind, standard, source_id, year_basis, quote)
                       VALUES (?, ?, 2024, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [*obs[:9], obs[9], obs[10], f"sentence of {obs[0]}"])
    con.close()
    return db


@pytest.fixture
def crafted(crafted_db: Path):
    con = duckdb.connect(str(crafted_db), read_only=True)
    yield con
    con.close()


def status(con: duckdb.DuckDBPyConnection) -> dict[int, tuple[bool, str | None]]:
    return {obs: (chosen, reason) for obs, chosen, reason in con.execute(
        "SELECT obs_id, chosen, reason FROM observation_status WHERE obs_id > 9000").fetchall()}


def test_the_choice_rule_on_crafted_pairs(crafted: duckdb.DuckDBPyConnection) -> None:
    s = status(crafted)
    assert s[9002] == (True, None)
    assert s[9001] == (False, "an official figure is preferred to a report (obs 9002)")
    assert s[9003] == (True, None)
    assert s[9004] == (False, "an exact figure is preferred to a qualified one (obs 9003)")
    assert s[9006] == (True, None)
    assert s[9005] == (False, "a figure with a more explicit year is preferred (obs 9006)")
    assert s[9008] == (True, None)
    assert s[9007] == (False, "a more recent report is preferred (obs 9008)")
    assert s[9009] == (False, "a more recent report is preferred (obs 9008)")
    assert s[9010] == (False, "a target or plan, not an actual value")
    assert s[9011] == (True, None)
    assert s[9012] == (True, None) and s[9013] == (True, None)
    chosen = {r[0] for r in crafted.execute(
        "SELECT obs_id FROM chosen_observations WHERE obs_id > 9000").fetchall()}
    assert chosen == {obs for obs, (ok, _) in s.items() if ok}


def test_the_conflict_list_on_crafted_pairs(crafted: duckdb.DuckDBPyConnection) -> None:
    frame = conflicts(crafted)
    crafted_pairs = frame[frame["obs_a"] > 9000]
    pairs = {(r.obs_a, r.obs_b) for r in crafted_pairs.itertuples()}
    assert pairs == {(9001, 9002), (9007, 9008), (9007, 9009), (9008, 9009)}
    first = crafted_pairs[crafted_pairs["obs_a"] == 9001].iloc[0]
    assert first["name_vi"] == "Hà Nội" and first["year"] == 2022
    assert (first["value_a"], first["value_b"]) == (8.1, 8.8)
    assert (first["quote_a"], first["quote_b"]) == ("sentence of 9001", "sentence of 9002")
    assert (first["source_url_a"], first["source_url_b"]) == ("https://example.org/r-new",
                                                               "https://example.org/o-x")
    assert (first["chosen_a"], first["chosen_b"]) == (False, True)
    assert first["difference"] == pytest.approx(0.7)
    assert set(conflicts(crafted, "jobs_created")["obs_a"]) == {9007, 9008}


def test_the_conflicts_page_lists_both_quotes_and_sources(crafted_db: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASHBOARD_DB", str(crafted_db))
    page = AppTest.from_file(str(APP), default_timeout=30)  # pages run inside main.py
    page.switch_page("app_pages/conflicts.py")
    page.run()
    assert not page.exception
    table = page.dataframe[0].value
    assert len(table) == 4
    row = table[table["Value A"] == 8.1].iloc[0]
    assert row["Province"] == "Hà Nội" and row["Value B"] == 8.8
    assert (row["Quote A"], row["Quote B"]) == ("sentence of 9001", "sentence of 9002")
    assert row["Source A"] == "report: https://example.org/r-new"
    assert row["Source B"] == "official: https://example.org/o-x"
    assert (row["A is"], row["B is"]) == ("not shown", "shown")
    page.multiselect[0].select("GRDP growth").run()
    assert list(page.dataframe[0].value["Value A"]) == [8.1]


def test_the_conflicts_page_says_when_there_are_none(datasets_copy: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(datasets_copy / "reports")  # official rows alone never conflict
    (datasets_copy / "reports").mkdir()
    build(tmp_path / "official.duckdb", datasets_copy)
    monkeypatch.setenv("DASHBOARD_DB", str(tmp_path / "official.duckdb"))
    page = AppTest.from_file(str(APP), default_timeout=30)  # pages run inside main.py
    page.switch_page("app_pages/conflicts.py")
    page.run()
    assert not page.exception
    assert page.success[0].value == "No two sources disagree beyond the tolerance."
