"""Provinces as real administrative units: the 63 of 2024, the 34 of 1 July 2025, and their names.

Names are matched on a *folded* form (no diacritics, đ -> d, lower case, punctuation -> space),
so NFC/NFD input and both tone-mark placements (Hòa / Hoà) meet on one key. Old data is re-keyed
through the merger table, never by name: Bắc Giang 24 -> Bắc Ninh 24, Lào Cai 10 -> Lào Cai 15.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from dashboard.paths import DATASETS

OLD, NEW = 2024, 2025  # generations: units in force until 2025-06-30 / from 2025-07-01
MERGER_DATE = date(2025, 7, 1)
OLD_SET_SINCE = date(2008, 8, 1)  # Hà Tây joined Hà Nội: the 63-unit set from then on

# Words around a name that do not change which unit it is ("tỉnh Bắc Giang", "Hue City").
_AFFIXES = re.compile(
    r"^(?:tinh|thanh pho|tp|province of|city of|provincial|the)\s+|"
    r"\s+(?:province|city|provincial|municipality)$"
)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in base.lower())


def fold(text: str) -> tuple[str, list[int]]:
    """Fold `text` for matching; also return, per folded char, its index in `text`."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


_BARE_WORDS = {"vinh", "tan an"}  # a city name that alone is a common word ("vịnh", a bay) or ward name


def name_key(name: str) -> str:
    """The matching key of a name: folded, single-spaced, affixes such as 'tỉnh' removed, except
    where the bare name would be a common word: "TP Vinh" stays "tp vinh", never "vinh"."""
    key = " ".join(fold(name)[0].split())
    while True:
        stripped = _AFFIXES.sub("", key)
        if stripped == key or stripped in _BARE_WORDS:
            return key
        key = stripped


@dataclass(frozen=True)
class Unit:
    code: str
    generation: int
    name_vi: str
    name_en: str
    type: str
    region: str | None
    successor_code: str | None  # for 2024 units: the 2025 unit they became part of


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code_2024: str


def generation_for(year: int, on: date | None = None) -> int:
    """Which set of units a figure belongs to: the event date decides when known, else the year.

    A whole-year figure for 2025 is published for the 34 new units, so 2025 without a date -> NEW.
    """
    if on is not None:
        return NEW if on >= MERGER_DATE else OLD
    return NEW if year >= MERGER_DATE.year else OLD


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


_LOWER_AFFIX = re.compile(r"(?:tp|thanh pho|pho co|tinh|thi xa|thu do|dac khu)\b")  # "thành phố Hội An"
def written_as_name(text: str, start: int, key: str) -> bool:
    """A name is written capitalised: "lao động Hà Tĩnh" names no "Đông Hà" (but "thành phố Hội An"
    opens on its affix)."""
    return not text[start].islower() or bool(_LOWER_AFFIX.match(key))


_TOWN_WHY = re.compile(r"(?:provincial capital|capital of|city of|town|district|island|resort|"
                       r"the ancient town)")


class Gazetteer:
    """Every unit of both generations, and every name reports use for them."""

    def __init__(self, reference_dir: Path = DATASETS / "reference") -> None:
        self.reference_dir = reference_dir
        merger = _read_csv(reference_dir / "province_merger_2025.csv")
        self.successor = {row["old_code"]: row["new_code"] for row in merger}
        self.units: dict[tuple[str, int], Unit] = {}
        for row in _read_csv(reference_dir / "provinces_2024.csv"):
            self._add(Unit(row["code"], OLD, row["name_vi"], row["name_en"], row["type"],
                           row["region"], self.successor[row["code"]]))
        for row in _read_csv(reference_dir / "provinces_2025.csv"):
            self._add(Unit(row["code"], NEW, row["name_vi"], row["name_en"],
                           row["type_2025_07_01"], None, None))
        self.aliases = self._build_aliases()

    def _add(self, unit: Unit) -> None:
        self.units[(unit.code, unit.generation)] = unit

    def _build_aliases(self) -> dict[str, str]:
        """Folded name -> 2024 code. Every 2025 name must also name a 2024 unit it absorbed."""
        aliases: dict[str, str] = {}
        for unit in self.old_units():
            for name in (unit.name_vi, unit.name_en):
                aliases[name_key(name)] = unit.code
        self.town_keys: set[str] = set()  # names of a town or area inside a province ("Điện Biên Phủ")
        for row in _read_csv(self.reference_dir / "province_aliases.csv"):
            code = row["code_2024"]
            if (code, OLD) not in self.units:
                raise ValueError(f"province_aliases.csv: unknown code {code!r} for {row['alias']!r}")
            aliases[name_key(row["alias"])] = code
            if _TOWN_WHY.match(row.get("why") or ""):
                self.town_keys.add(name_key(row["alias"]))
        for unit in self.new_units():
            for name in (unit.name_vi, unit.name_en):
                old = aliases.get(name_key(name))
                if old is None or self.successor[old] != unit.code:
                    raise ValueError(f"2025 unit {unit.code} {name!r} names no 2024 unit it absorbed")
        return aliases

    def old_units(self) -> list[Unit]:
        return [u for u in self.units.values() if u.generation == OLD]

    def new_units(self) -> list[Unit]:
        return [u for u in self.units.values() if u.generation == NEW]

    def unit(self, code: str, generation: int) -> Unit:
        return self.units[(code, generation)]

    def in_generation(self, code_2024: str, generation: int) -> Unit:
        """The unit that a 2024 unit is, or is part of, in `generation`."""
        code = code_2024 if generation == OLD else self.successor[code_2024]
        return self.unit(code, generation)

    def resolve(self, name: str, generation: int = OLD) -> Unit | None:
        """The unit a written name stands for in `generation`, or None when it names none."""
        code = self.aliases.get(name_key(name))
        return None if code is None else self.in_generation(code, generation)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        words = sorted(self.aliases, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")

    def mentions(self, text: str) -> list[Mention]:
        """Every place in `text` where a province is named, with offsets into `text` itself."""
        folded, index = fold(text)
        found = []
        match = self._pattern.search(folded)
        while match:
            key = " ".join(match.group().split())
            start, end = index[match.start()], index[match.end() - 1] + 1
            if not written_as_name(text, start, key):
                match = self._pattern.search(folded, match.start() + 1)
                continue
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # keep an NFD name's trailing marks inside the span
            found.append(Mention(start, end, self.aliases[key]))
            match = self._pattern.search(folded, match.end())
        return found
