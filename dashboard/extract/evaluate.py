"""Score the extractor against annotated reports: precision, recall and F1 per indicator.

A fact matches only when all of it matches: file, province (code and generation), indicator,
year, value, kind (actual / target), qualifier and standard. Gold facts are JSON Lines, one per
fact, with those keys (`file` is the report's name inside the folder).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.extract.documents import SUPPORTED, read_document
from dashboard.extract.extractor import Extractor, Observation
from dashboard.provinces import Gazetteer

KEY = ("file", "province_code", "generation", "indicator", "year", "value", "kind", "qualifier",
       "standard")


def fact_key(row: dict) -> tuple:
    return tuple(round(float(row[k]), 6) if k == "value" else row.get(k) for k in KEY)


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    by_indicator: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    missed: list[tuple] = field(default_factory=list)
    spurious: list[tuple] = field(default_factory=list)
    documents: int = 0

    def table(self) -> str:
        lines = [f"{'indicator':<14} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        rows = [*sorted(self.by_indicator.items()), ("overall", self.overall)]
        for name, s in rows:
            lines.append(f"{name:<14} {s.true_pos + s.false_neg:>5} {s.true_pos + s.false_pos:>5} "
                         f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        return "\n".join(lines)


def observation_row(obs: Observation, file: str) -> dict:
    return {**obs.to_dict(), "file": file}


def read_gold(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from error
    return rows


def report_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED)


def extract_folder(folder: Path, extractor: Extractor | None = None) -> list[dict]:
    extractor = extractor or Extractor(Gazetteer())
    return [observation_row(obs, path.name)
            for path in report_paths(folder) for obs in extractor.extract(read_document(path))]


def score(found: Iterable[dict], gold: Iterable[dict], documents: int = 0) -> Report:
    found_keys = {fact_key(r) for r in found}
    gold_keys = {fact_key(r) for r in gold}
    report = Report(documents=documents)
    for key in found_keys | gold_keys:
        s = report.by_indicator.setdefault(key[3], Score())
        if key in found_keys and key in gold_keys:
            s.true_pos += 1
            report.overall.true_pos += 1
        elif key in found_keys:
            s.false_pos += 1
            report.overall.false_pos += 1
            report.spurious.append(key)
        else:
            s.false_neg += 1
            report.overall.false_neg += 1
            report.missed.append(key)
    report.missed.sort(key=str)
    report.spurious.sort(key=str)
    return report


def evaluate(folder: Path, gold_path: Path) -> Report:
    return score(extract_folder(folder), read_gold(gold_path), len(report_paths(folder)))
