"""A realistic database for the dashboard's tests: the shipped build plus sample rows.

The bundled datasets hold few values, so tests copy a real build and insert, into that temporary
file only, a report with one sentence per value (offsets computed, so highlighting is real), an
official release (a URL, no sentence), two poverty standards, a jobs series, 2025 units and a
target. Nothing is written to datasets/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd

# GRDP growth 2019-2024 by code (2024 units): the name as a report writes it, the values.
GRDP = {"01": ("Hanoi", [7.4, 2.9, 2.9, 8.9, 6.3, 6.5]),
        "79": ("Ho Chi Minh City", [7.9, -0.5, -4.9, 9.0, 5.8, 7.2]),
        "24": ("Bac Giang", [16.1, 13.0, 7.8, 20.3, 13.5, 13.9]),
        "48": ("Da Nang", [6.5, -7.0, 0.2, 14.1, 5.0, 7.5]),
        "31": ("Hai Phong", [16.7, 11.2, 12.4, 12.3, 10.3, 10.0]),
        "52": ("Binh Dinh", [7.2, 3.7, 4.9, 8.1, 6.0, 7.0]),
        "92": ("Can Tho", [7.2, 1.0, -3.4, 12.6, 6.2, 7.1]),
        "22": ("Quang Ninh", [12.0, 10.1, 10.3, 10.3, 11.0, 11.0])}
POVERTY = {"24": [4.0, 3.4, 2.3, 4.1, 3.3, 2.4], "10": [12.9, 9.9, 6.2, 17.9, 14.6, 10.6]}
JOBS = {"24": [28000, 30000, 33000], "01": [160000, 170000, 180000]}


def sample_rows() -> tuple[pd.DataFrame, pd.DataFrame]:
    obs: list[dict] = []
    text = ""

    def add(code: str, generation: int, indicator: str, year: int, value: float, unit: str,
            sentence: str, standard: str | None = None, kind: str = "actual") -> None:
        nonlocal text
        number = f"{value:,.1f}".rstrip("0").rstrip(".") if unit != "persons" else f"{int(value):,}"
        sentence = sentence.format(v=number, y=year)
        start = len(text)
        text += sentence + " "
        v0 = start + sentence.index(number)
        obs.append({"province_code": code, "generation": generation, "indicator": indicator, "year": year,
                    "value": value, "unit": unit, "qualifier": None, "kind": kind, "standard": standard,
                    "source_id": "r-sample", "start": start, "end": start + len(sentence),
                    "quote": sentence, "value_start": v0, "value_end": v0 + len(number),
                    "year_basis": "explicit", "year_note": f"stated: 'in {year}'"})

    for code, (name, values) in GRDP.items():
        for year, value in zip(range(2019, 2025), values, strict=True):
            if code == "01" and year >= 2023:
                continue  # these come from the official release below
            add(code, 2024, "grdp_growth", year, value, "%", f"In {{y}}, {name}'s GRDP grew by {{v}}%.")
    for code, values in POVERTY.items():
        for year, value in zip(range(2019, 2025), values, strict=True):
            standard = "2016-2020" if year <= 2020 else "2021-2025"
            add(code, 2024, "poverty_rate", year, value, "% of households",
                f"The household poverty rate was {{v}}% in {{y}} ({standard} standard).", standard)
    for code, values in JOBS.items():
        for year, value in zip(range(2022, 2025), values, strict=True):
            add(code, 2024, "jobs_created", year, value, "persons",
                "Jobs were created for {v} workers in {y}.")
    add("24", 2025, "grdp_growth", 2025, 11.2, "%", "Bac Ninh (new) targets growth of {v}% in {y}.",
        kind="target")
    add("24", 2025, "grdp_growth", 2025, 10.5, "%", "In {y}, the new Bac Ninh's GRDP grew by {v}%.")
    for year, value in ((2023, 6.3), (2024, 6.5)):
        obs.append({"province_code": "01", "generation": 2024, "indicator": "grdp_growth", "year": year,
                    "value": value, "unit": "%", "qualifier": None, "kind": "actual", "standard": None,
                    "source_id": "o-sample", "start": None, "end": None, "quote": None,
                    "value_start": None, "value_end": None, "year_basis": "explicit",
                    "year_note": "the release's year column"})
    sources = pd.DataFrame([
        {"source_id": "r-sample", "path": "reports/sample-provincial-roundup.txt", "sha256": "0" * 64,
         "title": "Sample provincial round-up", "date": None, "kind": "report", "url": None,
         "language": "en", "text": text},
        {"source_id": "o-sample", "path": "official/gso-grdp.csv", "sha256": "1" * 64,
         "title": "GSO: GRDP growth by province", "date": None, "kind": "official",
         "url": "https://www.gso.gov.vn/en/data-and-statistics/", "language": "vi", "text": None}])
    return sources, pd.DataFrame(obs)


def make_sample_db(built: Path, target: Path) -> Path:
    """Copy the built database to `target` and replace its rows with the sample ones (the schema,
    reference tables and views stay those of the real build), so tests do not depend on which
    reports and releases datasets/ holds today."""
    shutil.copyfile(built, target)
    sources, obs = sample_rows()
    con = duckdb.connect(str(target))
    try:
        con.execute("DELETE FROM observations")
        con.execute("DELETE FROM sources")
        obs.insert(0, "obs_id", range(1, len(obs) + 1))
        columns = [row[0] for row in con.execute("DESCRIBE observations").fetchall()]
        obs = obs.reindex(columns=columns)
        src_columns = [row[0] for row in con.execute("DESCRIBE sources").fetchall()]
        sources = sources.reindex(columns=src_columns)
        con.register("new_sources", sources)
        con.register("new_obs", obs)
        con.execute("INSERT INTO sources SELECT * FROM new_sources")
        con.execute("INSERT INTO observations SELECT * FROM new_obs")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return target


if __name__ == "__main__":  # python tests/e2e/sample_db.py BUILT TARGET: for screenshots by hand
    import sys

    print(make_sample_db(Path(sys.argv[1]), Path(sys.argv[2])))
