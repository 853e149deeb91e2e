"""Stage 2: datasets/ -> one DuckDB file, built beside the old one and renamed into place.

A build either completes or leaves the previous database byte-identical: everything is written
to a temporary file in the same folder, checked, and only then `os.replace`d over the target.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import official
from dashboard.extract import DocumentError, Extractor, read_document
from dashboard.paths import DATASETS
from dashboard.provinces import MERGER_DATE, OLD, OLD_SET_SINCE, Gazetteer
from dashboard.store.sql import run

REPORT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}


class BuildError(RuntimeError):
    """The build failed; the message says which input and why. The old database is untouched."""


def warn(message: str) -> None:
    """A file the build skipped or kept without values: said on stderr, the build goes on."""
    print(f"warning: {message}", file=sys.stderr)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def province_rows(gazetteer: Gazetteer) -> pd.DataFrame:
    last_old_day = date.fromordinal(MERGER_DATE.toordinal() - 1)
    rows = [{
        "code": u.code, "generation": u.generation, "name_vi": u.name_vi, "name_en": u.name_en,
        "type": u.type, "region": u.region,
        "valid_from": OLD_SET_SINCE if u.generation == OLD else MERGER_DATE,
        "valid_to": last_old_day if u.generation == OLD else None,
        "successor_code": u.successor_code,
    } for u in gazetteer.units.values()]
    return pd.DataFrame(rows)


def indicator_rows(datasets: Path) -> pd.DataFrame:
    rows = _read_csv(datasets / "reference" / "indicators.csv")
    for row in rows:
        flag = row["higher_is_better"].strip().lower()
        row["higher_is_better"] = {"true": True, "false": False}.get(flag)
    return pd.DataFrame(rows)


def report_files(datasets: Path) -> list[Path]:
    folder = datasets / "reports"
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def extract_reports(datasets: Path, gazetteer: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every report -> (sources, observations). A file that cannot be read stops the build."""
    extractor = Extractor(gazetteer, datasets)
    sources, observations = [], []
    seen: dict[str, Path] = {}
    for path in report_files(datasets):
        try:
            doc = read_document(path)
        except DocumentError as error:
            raise BuildError(str(error)) from error
        if not doc.text.strip():
            warn(f"{path}: skipped: the file is empty (no text); add the report's text or remove it")
            continue
        source_id = f"r-{doc.sha256[:12]}"
        if source_id in seen:
            warn(f"{path}: skipped: the same bytes as {seen[source_id]} (a copy); remove one of them")
            continue
        seen[source_id] = path
        sources.append({
            "source_id": source_id, "path": str(path.relative_to(datasets)), "sha256": doc.sha256,
            "title": doc.title, "date": doc.date, "kind": "report", "url": None,
            "language": doc.language, "text": doc.text,
        })
        found = extractor.extract(doc)
        if not found:
            why = ("it names no province; name the province (e.g. 'Bac Giang Province', 'tỉnh Bắc "
                   "Giang') next to its figures" if not gazetteer.mentions(doc.text) else
                   "no figure of a known indicator was found (cue words: datasets/extraction/cues.csv)")
            warn(f"{path}: kept as a source with no values: {why}")
        for obs in found:
            row = obs.to_dict()
            del row["source"], row["province"]
            observations.append({**row, "source_id": source_id})
    obs_frame = pd.DataFrame(observations)
    obs_frame.insert(0, "obs_id", range(1, len(obs_frame) + 1))
    return pd.DataFrame(sources), obs_frame


def with_official(sources: pd.DataFrame, observations: pd.DataFrame, datasets: Path,
                  gazetteer: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the official CSVs' sources and observations; any bad row stops the build."""
    try:
        official_sources, official_obs = official.frames(
            official.read_official(datasets, gazetteer), datasets)
    except official.OfficialFileError as error:
        raise BuildError(str(error)) from error
    observations = pd.concat([observations.drop(columns="obs_id", errors="ignore"), official_obs],
                             ignore_index=True)
    observations.insert(0, "obs_id", range(1, len(observations) + 1))
    return pd.concat([sources, official_sources], ignore_index=True), observations


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    con.register("incoming", frame)
    try:
        run(con, f"insert_{table}", {})
    finally:
        con.unregister("incoming")


def build(db: Path, datasets: Path = DATASETS) -> dict[str, int]:
    """Build `db` from `datasets`; returns row counts. Raises BuildError, leaving `db` as it was."""
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db.name}.", suffix=".building", dir=db.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # DuckDB wants to create the file itself
    try:
        gazetteer = Gazetteer(datasets / "reference")
        sources, observations = extract_reports(datasets, gazetteer)
        sources, observations = with_official(sources, observations, datasets, gazetteer)
        con = duckdb.connect(str(tmp))
        try:
            run(con, "create_schema")
            _insert(con, "provinces", province_rows(gazetteer))
            _insert(con, "indicators", indicator_rows(datasets))
            _insert(con, "sources", sources)
            _insert(con, "observations", observations)
            counts = {name: count for name, count in run(con, "table_counts", {}).fetchall()}
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db)
        return counts
    except BuildError:
        raise
    except (OSError, ValueError, KeyError, duckdb.Error) as error:
        raise BuildError(f"build of {db} from {datasets} failed: {error}") from error
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
