"""The cue table (datasets/extraction/cues.csv) and the indicator registry, loaded and checked.

Each cue row is (indicator or '*', role, pattern on folded text, note). Roles:
cue (names an indicator), weak (generic growth words), verb (a growth verb: weak when a province
is named before it in the sentence: "Binh Dinh grew 7.04%"), unit (what a count counts), exclude (the
nearest marker rules a number out), scope (anywhere before a number rules it out), national
(a figure for the whole country), target / actual (the kind of figure), thing (a noun right after
a count that makes it a count of things: "20 countries", "300 businesses").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dashboard.paths import DATASETS

ROLES = {"cue", "weak", "verb", "unit", "exclude", "scope", "national", "target", "actual", "thing"}


@dataclass(frozen=True)
class Indicator:
    id: str
    unit: str
    year_rule: str  # last_full_year | event_year

    @property
    def is_rate(self) -> bool:
        return self.unit.startswith("%")


@dataclass(frozen=True)
class Cue:
    indicator: str  # '*' = any
    role: str       # see ROLES
    pattern: re.Pattern[str]


@cache
def load_indicators(datasets: Path = DATASETS) -> dict[str, Indicator]:
    with (datasets / "reference" / "indicators.csv").open(encoding="utf-8") as handle:
        return {row["id"]: Indicator(row["id"], row["unit"], row["year_rule"])
                for row in csv.DictReader(handle)}


def _spaces(pattern: str) -> str:
    """A space in a cue matches any run of spaces, except inside a look-behind (fixed width)."""
    parts = re.split(r"(\(\?<[!=][^)]*\))", pattern)
    return "".join(p if p.startswith("(?<") else p.replace(" ?", r"\s*").replace(" ", r"\s+")
                   for p in parts)


@cache
def load_cues(datasets: Path = DATASETS) -> tuple[Cue, ...]:
    """The cue table; a space in a pattern matches any run of spaces in the folded text."""
    path = datasets / "extraction" / "cues.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    cues = []
    for line, row in enumerate(rows, start=2):
        if None in row or None in row.values():
            raise ValueError(f"{path}:{line}: expected 4 fields (quote a pattern that has a comma)")
        if row["role"] not in ROLES:
            raise ValueError(f"{path}:{line}: unknown role {row['role']!r} (one of {sorted(ROLES)})")
        try:
            cues.append(Cue(row["indicator"], row["role"],
                            re.compile(_spaces(row["pattern"]))))
        except re.error as error:
            raise ValueError(f"{path}:{line}: bad pattern {row['pattern']!r}: {error}") from error
    return tuple(cues)


