"""Files a real user will feed the build (tests/bad_input/): each one either stops the build with a
message naming the file, where in it, what is wrong and what to do, leaving the previous database
byte-identical; or is skipped / kept without values with a warning, and nothing stored is lost.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import duckdb
import pytest

from dashboard.cli import main
from dashboard.paths import ROOT
from dashboard.store.build import BuildError, build

CORPUS = ROOT / "tests" / "bad_input"

# file -> pieces the message must contain: where, what is wrong, what to do.
STOPS = {
    "reports/binary-image-renamed.txt": ["byte offset 8", "binary file", "remove it"],
    "reports/invalid-utf8.txt": ["line 2, byte offset 71", "e1 is not UTF-8", "save the file as UTF-8"],
    "reports/scan-no-text-layer.pdf": ["no text layer", "OCR it"],
    "reports/minutes.docx": ["unsupported file type '.docx'", "save it as one of those"],
    "official/wrong-columns.csv": [":1: column province_name_en", "missing column", "the header must name"],
    "official/not-a-number.csv": [":3: column value: '7,1'", "not a number", "a dot for decimals"],
    "official/unknown-province.csv": [":2: column province_name_en: 'Atlantis'", "unknown province"],
    "official/unit-mismatch.csv": [":2: column unit: '%'", "does not match indicator jobs_created",
                                   "expected 'persons'"],
    "official/duplicated-rows.csv": [":3: column province_name_en,indicator,year,standard",
                                     "duplicated key: already given at official/duplicated-rows.csv:2"],
}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, int]:
    """A database built from the shipped datasets: its bytes and its observation count."""
    folder = tmp_path_factory.mktemp("baseline")
    db = folder / "dashboard.duckdb"
    build(db, ROOT / "datasets")
    with duckdb.connect(str(db), read_only=True) as con:
        count = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    return db, db.read_bytes(), count


def with_file(datasets: Path, name: str) -> Path:
    target = datasets / name
    shutil.copyfile(CORPUS / name, target)
    return target


def observations(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT o.province_code, o.indicator, o.year, o.value, s.path FROM observations o "
                           "JOIN sources s USING (source_id) ORDER BY ALL").fetchall()


@pytest.mark.parametrize("name", sorted(STOPS))
def test_a_bad_file_stops_the_build_and_the_old_database_stays(
        name: str, baseline: tuple[Path, bytes, int], datasets_copy: Path, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "dashboard.duckdb"
    shutil.copyfile(baseline[0], db)
    with_file(datasets_copy, name)
    with pytest.raises(BuildError) as raised:
        build(db, datasets_copy)
    message = str(raised.value)
    assert Path(name).name in message
    for piece in STOPS[name]:
        assert piece in message, message
    assert db.read_bytes() == baseline[1]
    assert [p.name for p in db.parent.iterdir()] == ["dashboard.duckdb"]  # no leftovers


def test_the_build_command_prints_the_message_and_says_nothing_changed(
        baseline: tuple[Path, bytes, int], datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "dashboard.duckdb"
    shutil.copyfile(baseline[0], db)
    with_file(datasets_copy, "reports/invalid-utf8.txt")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["build", "--datasets", str(datasets_copy), "--db", str(db)]) == 1
    assert "invalid-utf8.txt: line 2, byte offset 71" in err.getvalue()
    assert "untouched" in err.getvalue()
    assert db.read_bytes() == baseline[1]


def test_a_50_mb_report_is_refused_by_size_without_being_extracted(
        baseline: tuple[Path, bytes, int], datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "dashboard.duckdb"
    shutil.copyfile(baseline[0], db)
    line = "Bac Giang Province's GRDP grew by 13.45% in 2023, the highest in the country.\n"
    big = datasets_copy / "reports" / "huge.txt"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(BuildError, match=r"huge\.txt: 52,4\d\d,\d\d\d characters of text, more than the "
                                         r"5,000,000 .*split it into reports"):
        build(db, datasets_copy)
    assert db.read_bytes() == baseline[1]


@pytest.mark.parametrize(("name", "warning"), [
    ("reports/empty.txt", "empty.txt: skipped: the file is empty (no text); add the report's text "
                          "or remove it"),
    ("reports/no-province.txt", "no-province.txt: kept as a source with no values: it names no province; "
                                "name the province"),
])
def test_a_file_with_nothing_to_take_is_skipped_with_a_warning(
        name: str, warning: str, baseline: tuple[Path, bytes, int], datasets_copy: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dashboard.duckdb"
    shutil.copyfile(baseline[0], db)
    before = observations(db)
    with_file(datasets_copy, name)
    build(db, datasets_copy)
    assert warning in capsys.readouterr().err
    assert observations(db) == before  # nothing lost, nothing added


def test_a_copy_of_a_report_is_skipped_with_a_warning(
        baseline: tuple[Path, bytes, int], datasets_copy: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dashboard.duckdb"
    shutil.copyfile(baseline[0], db)
    before = observations(db)
    reports = datasets_copy / "reports"
    shutil.copyfile(reports / "bac-giang-2024-human-rights-training.txt", reports / "zz-copy.txt")
    build(db, datasets_copy)
    assert "zz-copy.txt: skipped: the same bytes as" in capsys.readouterr().err
    assert observations(db) == before


def test_utf16_with_a_bom_is_read_like_utf8(datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "dashboard.duckdb"
    with_file(datasets_copy, "reports/utf16-bom.txt")
    build(db, datasets_copy)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT o.province_code, o.value, o.quote, s.text FROM observations o "
                           "JOIN sources s USING (source_id) WHERE s.path LIKE '%utf16%'").fetchall()
    assert [(code, value) for code, value, *_ in rows] == [("19", 7.1)]
    quote, text = rows[0][2], rows[0][3]
    assert quote.startswith("Thai Nguyen Province reported GRDP growth of 7.1%") and "\ufeff" not in text


def test_html_scripts_are_dropped_and_escaped_markup_is_kept_as_literal_text(
        datasets_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "dashboard.duckdb"
    with_file(datasets_copy, "reports/script-onerror.html")
    build(db, datasets_copy)
    with duckdb.connect(str(db), read_only=True) as con:
        title, text = con.execute("SELECT title, text FROM sources WHERE path LIKE '%onerror%'").fetchone()
        values = con.execute("SELECT province_code, value FROM observations o JOIN sources s "
                             "USING (source_id) WHERE s.path LIKE '%onerror%'").fetchall()
    assert values == [("62", 8.2)]
    assert "head script" not in text and "injected text" not in text and "onload" not in text
    assert "img onerror" not in text  # the attribute of a real tag is not text
    assert "<img src=x onerror=alert(1)>" in text  # the escaped one is the report's words
    assert "[click here](javascript:alert(1))" in text
    assert title == "Kon Tum growth <img src=x onerror=alert(1)>"
