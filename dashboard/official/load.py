"""Official CSVs -> rows of the `sources` and `observations` tables.

Each (file, URL) pair is one source of kind `official`: its text is the file's header and the
rows read at that URL, so every official value keeps the line it came from as its quote.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from dashboard.official.validate import OfficialRow, Validator, check_files
from dashboard.provinces import Gazetteer

FOLDER = "official"


def official_files(datasets: Path) -> list[Path]:
    """The CSVs the build loads: datasets/official/*.csv (shipped and imported alike)."""
    return sorted(p for p in (datasets / FOLDER).glob("*.csv") if not p.name.startswith("."))


def registry_units(datasets: Path) -> dict[str, str]:
    with (datasets / "reference" / "indicators.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["unit"] for row in csv.DictReader(handle)}


def validator(datasets: Path, gazetteer: Gazetteer | None = None) -> Validator:
    return Validator(gazetteer or Gazetteer(datasets / "reference"), registry_units(datasets))


def labelled(datasets: Path, paths: list[Path]) -> list[tuple[Path, str]]:
    """(path, label) pairs: kept files are named relative to datasets/ (as sources.path is)."""
    return [(p, str(p.relative_to(datasets))) for p in paths]


def read_official(datasets: Path, gazetteer: Gazetteer | None = None,
                  files: list[tuple[Path, str]] | None = None) -> list[OfficialRow]:
    """Every row of `files` (default: every official CSV), checked together.

    Raises OfficialFileError listing every error in every file.
    """
    if files is None:
        files = labelled(datasets, official_files(datasets))
    return check_files(validator(datasets, gazetteer), files)


def frames(rows: list[OfficialRow], datasets: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sources, observations) for `rows`; observations have no obs_id yet."""
    groups: dict[tuple[str, str], list[OfficialRow]] = {}
    for row in rows:
        groups.setdefault((row.file, row.url), []).append(row)
    sources, observations = [], []
    headers: dict[str, str] = {}
    for (file, url), group in groups.items():
        path = datasets / file
        if file not in headers:
            headers[file] = path.read_text(encoding="utf-8-sig").splitlines()[0]
        source_id = "o-" + hashlib.sha256(f"{file}\n{url}".encode()).hexdigest()[:12]
        text = headers[file]
        for row in group:
            start = len(text) + 1
            text += "\n" + row.text
            value_start = start + row.value_offset
            observations.append({
                "province_code": row.province_code, "generation": row.generation,
                "indicator": row.indicator, "year": row.year, "value": row.value, "unit": row.unit,
                "qualifier": None, "kind": "actual", "standard": row.standard,
                "source_id": source_id, "start": start, "end": start + len(row.text),
                "quote": row.text, "value_start": value_start,
                "value_end": value_start + len(row.value_text), "year_basis": "explicit",
                "year_note": f"the year column of {file} line {row.line}",
            })
        sources.append({
            "source_id": source_id, "path": file,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "title": f"{Path(file).name}: {urlsplit(url).hostname}", "date": None,
            "kind": "official", "url": url, "language": None, "text": text,
        })
    return pd.DataFrame(sources), pd.DataFrame(observations)
