"""`python -m dashboard import`: every check with its message, and all or nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.official import OfficialFileError, read_official
from dashboard.official.importer import import_csv
from dashboard.paths import DATASETS, ROOT
from dashboard.store.build import BuildError, build

HEADER = "province_name_en,year,indicator,value,unit,standard,source_url\n"
GOOD = (HEADER
        + "Hà Giang,2020,grdp_growth,7.1,%,,https://example.org/a\n"
        + '"Thừa Thiên Huế",2021,jobs_created,"12000",persons,,https://example.org/b\n'
        + "Lao Cai,2025,poverty_rate_pct,3.1,households_pct,2021-2025,https://example.org/b\n")
URL = "https://example.org/x"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, text=True,
                          capture_output=True)


def errors_of(path: Path, datasets: Path = DATASETS) -> list[str]:
    with pytest.raises(OfficialFileError) as caught:
        read_official(datasets, files=[(path, path.name)])
    return [str(e) for e in caught.value.errors]


# One bad row each: (row, the exact error line).
BAD_ROWS = {
    "unknown province": (f"Atlantis,2023,grdp_growth_pct,7.1,pct,,{URL}",
                         "x.csv:2: column province_name_en: 'Atlantis': unknown province "
                         "(not a province name, a known alias, or a 2025 unit)"),
    "unknown indicator": (f"Bac Giang,2023,gdp,7.1,pct,,{URL}",
                          "x.csv:2: column indicator: 'gdp': unknown indicator (known: attendance, "
                          "grdp_growth, grdp_growth_pct, jobs_created, poverty_rate, poverty_rate_pct)"),
    "value not a number": (f"Bac Giang,2023,grdp_growth_pct,7,1,pct,,{URL}".replace("7,1", '"7,1"'),
                           "x.csv:2: column value: '7,1': not a number (write 1234.5: a dot for "
                           "decimals, no thousands separators)"),
    "value not finite": (f"Bac Giang,2023,grdp_growth_pct,nan,pct,,{URL}",
                         "x.csv:2: column value: 'nan': not a finite number"),
    "year too early": (f"Bac Giang,1890,grdp_growth_pct,7.1,pct,,{URL}",
                       "x.csv:2: column year: '1890': year out of range 1990-"),
    "year in the future": (f"Bac Giang,2999,grdp_growth_pct,7.1,pct,,{URL}",
                           "x.csv:2: column year: '2999': year out of range 1990-"),
    "year not a year": (f"Bac Giang,2023.5,grdp_growth_pct,7.1,pct,,{URL}",
                        "x.csv:2: column year: '2023.5': not a whole year"),
    "unit of another indicator": (f"Bac Giang,2023,grdp_growth_pct,7.1,persons,,{URL}",
                                  "x.csv:2: column unit: 'persons': unit does not match indicator "
                                  "grdp_growth (expected '%' or 'pct')"),
    "poverty without its standard": (f"Bac Giang,2023,poverty_rate_pct,3.1,households_pct,,{URL}",
                                     "x.csv:2: column standard: '': poverty_rate needs its poverty "
                                     "standard: one of 2016-2020, 2021-2025"),
    "standard where none applies": (f"Bac Giang,2023,grdp_growth_pct,7.1,pct,2021-2025,{URL}",
                                    "x.csv:2: column standard: '2021-2025': grdp_growth has no "
                                    "standard; leave the column empty"),
    "no source URL": ("Bac Giang,2023,grdp_growth_pct,7.1,pct,,",
                      "x.csv:2: column source_url: '': every official figure needs the http(s) "
                      "address it was read at"),
    "merged-away name after the merger": (f"Yen Bai,2025,grdp_growth_pct,7.1,pct,,{URL}",
                                          "x.csv:2: column province_name_en: 'Yen Bai': Yen Bai was "
                                          "merged into Lao Cai on 1 July 2025; 2025 figures are "
                                          "published for Lao Cai"),
    "too many fields": (f"Bac Giang,2023,grdp_growth_pct,7.1,pct,,{URL},extra",
                        "x.csv:2: column -: 'extra': more fields than the 7 columns of the header"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_every_check_names_file_line_column_and_value(case: str, tmp_path: Path) -> None:
    row, message = BAD_ROWS[case]
    path = tmp_path / "x.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    [error] = errors_of(path)
    assert error.startswith(message)


def test_duplicated_key_within_a_file_and_against_a_kept_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(HEADER + f"Ha Giang,2020,grdp_growth_pct,7.1,pct,,{URL}\n"
                    + f"Hà Giang,2020,grdp_growth,7.2,%,,{URL}\n"
                    + f"An Giang,2022,grdp_growth_pct,6.87,pct,,{URL}\n", encoding="utf-8")
    files = [(DATASETS / "official" / "official_indicators.csv", "official/official_indicators.csv"),
             (path, "x.csv")]
    with pytest.raises(OfficialFileError) as caught:
        read_official(DATASETS, files=files)
    assert [str(e) for e in caught.value.errors] == [
        f"x.csv:3: column province_name_en,indicator,year,standard: 'Hà Giang,2020,grdp_growth,7.2,%,,{URL}'"
        ": duplicated key: already given at x.csv:2",
        f"x.csv:4: column province_name_en,indicator,year,standard: 'An Giang,2022,grdp_growth_pct,6.87,pct,,"
        f"{URL}': duplicated key: already given at official/official_indicators.csv:2",
    ]


def test_missing_columns_and_bad_encoding(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("province,year,indicator,value\nBac Giang,2023,grdp_growth,7\n", encoding="utf-8")
    errors = errors_of(path)
    assert errors[0].startswith("x.csv:1: column province_name_en: '': missing column")
    assert len(errors) == 4  # province_name_en, unit, standard, source_url
    path.write_bytes(HEADER.encode() + b"B\xe1c Giang,2023,grdp_growth,7,%,,https://e.org\n")
    assert errors_of(path) == ["x.csv:2: column -: 'e1': not UTF-8 text (invalid continuation byte); "
                               "save the file as UTF-8"]
    path.write_text(HEADER, encoding="utf-8")
    assert errors_of(path) == ["x.csv:2: column -: '': no rows"]


def test_every_error_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(HEADER + "\n".join(row for row, _ in BAD_ROWS.values()) + "\n", encoding="utf-8")
    errors = errors_of(path)
    assert len(errors) == len(BAD_ROWS)
    assert [int(e.split(":")[1]) for e in errors] == list(range(2, len(BAD_ROWS) + 2))


def test_import_keeps_the_file_and_rebuilds(datasets_copy: Path, tmp_path: Path) -> None:
    user = tmp_path / "my figures.csv"
    user.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    kept, rows, counts = import_csv(user, db, datasets_copy)
    assert kept == datasets_copy / "official" / "my figures.csv" and kept.read_text() == GOOD
    assert rows == 3 and counts["observations"] == 4 + 217 + 3
    build(db, datasets_copy)  # a later build from datasets/ loads it again
    con = duckdb.connect(str(db), read_only=True)
    got = con.execute("""
        SELECT o.province_code, o.generation, o.indicator, o.year, o.value, o.unit, o.standard, s.url
        FROM observations o JOIN sources s USING (source_id)
        WHERE s.path = 'official/my figures.csv' ORDER BY o.year""").fetchall()
    assert got == [("02", 2024, "grdp_growth", 2020, 7.1, "%", None, "https://example.org/a"),
                   ("46", 2024, "jobs_created", 2021, 12000.0, "persons", None, "https://example.org/b"),
                   ("15", 2025, "poverty_rate", 2025, 3.1, "% of households", "2021-2025",
                    "https://example.org/b")]


def test_a_bad_file_loads_nothing(datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    build(db, datasets_copy)
    before_db, before_folder = db.read_bytes(), sorted((datasets_copy / "official").iterdir())
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + f"Atlantis,2023,grdp_growth_pct,7.1,pct,,{URL}\n", encoding="utf-8")
    result = cli("import", str(bad), "--db", str(db), "--datasets", str(datasets_copy))
    assert result.returncode == 1
    assert f"{bad}:5: column province_name_en: 'Atlantis': unknown province" in result.stderr
    assert "nothing was imported" in result.stderr
    assert db.read_bytes() == before_db
    assert sorted((datasets_copy / "official").iterdir()) == before_folder


def test_a_failed_rebuild_takes_the_copy_back(datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    build(db, datasets_copy)
    before = db.read_bytes()
    (datasets_copy / "reports" / "broken.txt").write_bytes(b"caf\xe9")  # Latin-1, not UTF-8
    user = tmp_path / "mine.csv"
    user.write_text(GOOD, encoding="utf-8")
    with pytest.raises(BuildError, match="broken.txt"):
        import_csv(user, db, datasets_copy)
    assert not (datasets_copy / "official" / "mine.csv").exists()
    assert db.read_bytes() == before


def test_a_kept_name_is_not_overwritten_without_replace(datasets_copy: Path, tmp_path: Path) -> None:
    user = tmp_path / "official_indicators.csv"
    user.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    with pytest.raises(OfficialFileError, match="already exists: rename the file, or pass --replace"):
        import_csv(user, db, datasets_copy)
    assert not db.exists()
    _, rows, counts = import_csv(user, db, datasets_copy, replace=True)
    assert rows == 3 and counts["observations"] == 4 + 3


def test_import_command_reports_what_it_did(datasets_copy: Path, tmp_path: Path) -> None:
    user = tmp_path / "good.csv"
    user.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    result = cli("import", str(user), "--db", str(db), "--datasets", str(datasets_copy))
    assert result.returncode == 0, result.stderr
    assert "imported 3 rows" in result.stdout and "224 observations" in result.stdout
    assert (datasets_copy / "official" / "good.csv").exists()


def test_a_bad_kept_file_stops_the_build(datasets_copy: Path, tmp_path: Path) -> None:
    (datasets_copy / "official" / "late.csv").write_text(
        HEADER + f"Bac Giang,2023,grdp_growth_pct,seven,pct,,{URL}\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"official/late\.csv:2: column value: 'seven'"):
        build(tmp_path / "x.duckdb", datasets_copy)
    assert not (tmp_path / "x.duckdb").exists()


def test_columns_in_any_order_with_extra_columns_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("notes,value,source_url,unit,year,standard,indicator,province_name_en\n"
                    f'"a note, with a comma","6.5",{URL},pct,2023,,grdp_growth_pct,"Hà Nội"\n',
                    encoding="utf-8")
    [row] = read_official(DATASETS, files=[(path, "x.csv")])
    assert (row.province_code, row.indicator, row.year, row.value) == ("01", "grdp_growth", 2023, 6.5)
    assert row.text[row.value_offset:row.value_offset + len(row.value_text)] == "6.5"
    assert row.value_offset == len('"a note, with a comma","')


def test_a_renamed_unit_keeps_its_figures_after_the_merger(tmp_path: Path) -> None:
    """Thừa Thiên Huế became Huế (same code 46, same borders): 2025 figures under either name load."""
    path = tmp_path / "hue.csv"
    path.write_text(HEADER + f"Hue,2025,grdp_growth_pct,8.1,pct,,{URL}\n"
                    + f"Thua Thien Hue,2025,jobs_created,21000,persons,,{URL}\n", encoding="utf-8")
    rows = read_official(DATASETS, files=[(path, path.name)])
    assert [(r.province_code, r.generation) for r in rows] == [("46", 2025), ("46", 2025)]
