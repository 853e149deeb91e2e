"""Property tests on bad input: a CSV is loaded whole or not at all; any bytes a user saves as a
report are read or refused with a DocumentError, never anything else, and extraction from what is
read never raises. (Extraction from arbitrary *text* is covered in test_extract_properties.py.)"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extract import DocumentError, Extractor, read_document
from dashboard.official import OfficialFileError, read_official
from dashboard.official.importer import import_csv
from dashboard.paths import DATASETS
from dashboard.provinces import Gazetteer
from dashboard.store.build import build

HEADER = ["province_name_en", "year", "indicator", "value", "unit", "standard", "source_url"]
# Keys no shipped official row uses (provinces x years of jobs figures), so a good file is loadable.
PROVINCES = ["Bac Kan", "Cao Bang", "Lai Chau", "Dien Bien", "Son La", "Kon Tum"]
YEARS = list(range(2005, 2015))
BAD_CELLS = st.sampled_from(["", "7,1", "abc", "nan", "inf", "1e999", "Atlantis", "%", "1899", "2999",
                             "grdp", "ftp://x", "2021-2025", '"', "\x00", "Hà Nội,", "\n"]) \
    | st.text(max_size=6)


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[str, int, bool]:
    """(file text, data rows, whether every row is valid)."""
    keys = draw(st.lists(st.tuples(st.sampled_from(PROVINCES), st.sampled_from(YEARS)), min_size=1,
                         max_size=8, unique=True))
    lines, valid = [], True
    for province, year in keys:
        cells = [province, str(year), "jobs_created", str(draw(st.integers(0, 10**6))), "persons", "",
                 f"https://example.org/{province.replace(' ', '-')}/{year}"]
        if draw(st.integers(0, 5)) == 0:  # now and then one cell is broken
            column = draw(st.integers(0, len(cells) - 1))
            replaced = draw(BAD_CELLS)
            valid = valid and replaced == cells[column]
            cells[column] = replaced
        lines.append(",".join(cells))
    return ",".join(HEADER) + "\n" + "\n".join(lines) + "\n", len(keys), valid


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=csv_files())
def test_a_csv_is_read_whole_or_refused(gazetteer: Gazetteer, tmp_path: Path,
                                        case: tuple[str, int, bool]) -> None:
    text, rows, valid = case
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    try:
        read = read_official(DATASETS, gazetteer, files=[(path, "mine.csv")])
    except OfficialFileError as error:
        assert error.errors and all(e.file == "mine.csv" for e in error.errors)
        assert not valid or text.count("\n") != rows + 1  # refused only when something is wrong
    else:
        assert len(read) == rows  # every row, never a part


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("baseline") / "dashboard.duckdb"
    build(db, DATASETS)
    return db


def official_count(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM observations o JOIN sources s USING (source_id) "
                           "WHERE s.path = 'official/mine.csv'").fetchone()[0]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=csv_files())
def test_import_loads_every_row_or_leaves_folder_and_database_as_they_were(
        baseline: Path, case: tuple[str, int, bool]) -> None:
    text, rows, _ = case
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        datasets = work / "datasets"
        shutil.copytree(DATASETS, datasets)
        (work / "data").mkdir()
        db = work / "data" / "dashboard.duckdb"
        shutil.copyfile(baseline, db)
        before = db.read_bytes()
        user = work / "mine.csv"
        user.write_text(text, encoding="utf-8")
        try:
            import_csv(user, db, datasets)
        except OfficialFileError:
            assert db.read_bytes() == before
            assert not (datasets / "official" / "mine.csv").exists()
        else:
            assert official_count(db) == rows


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer())


PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-1.4\n", b"<html><p>"]
TEXTS = ["Bac Giang Province's GRDP grew by 13.45% in 2023.", "Tỷ lệ hộ nghèo của tỉnh Hà Giang còn 17,9%."]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".txt", ".md", ".html", ".pdf"]), prefix=st.sampled_from(PREFIXES),
       body=st.binary(max_size=300) | st.sampled_from(TEXTS).map(lambda t: t.encode("utf-16-le")) |
       st.sampled_from(TEXTS).map(str.encode))
def test_any_bytes_are_read_or_refused_with_a_message(extractor: Extractor, tmp_path: Path, suffix: str,
                                                      prefix: bytes, body: bytes) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_bytes(prefix + body)
    try:
        doc = read_document(path)
    except DocumentError as error:
        assert str(path) in str(error)
        return
    for obs in extractor.extract(doc):
        assert doc.text[obs.start:obs.end] == obs.quote
        assert obs.start <= obs.value_start < obs.value_end <= obs.end
