"""Sentences -> observations, each with the span of text it came from.

The cue words live in datasets/extraction/cues.csv (patterns on folded text), so a new
indicator is mostly data. A figure is kept only when a cue for its indicator sits in the same
clause and no exclusion (national figure, sub-population, other growth rate) does.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from dashboard.extract.documents import Document
from dashboard.extract.numbers import Number, find_numbers
from dashboard.paths import DATASETS
from dashboard.provinces import Gazetteer, Mention, fold, generation_for

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_BREAK = re.compile(r";|\(|,\s*(?:while|whereas|but|and|trong khi|còn)\b", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:by|of)\s*$")
_LEVEL_AFTER = re.compile(r"^\s*(?:to|xuống|còn|lên|đến)\s+\d")
_NEGATIVE = re.compile(r"\b(?:decreas\w*|declin\w*|contract\w*|fell|shrank|giam|am)\s*(?:by\s*)?$")
_EXPLICIT_YEAR = re.compile(r"\b(?:in|of|năm|for)\s+(19[5-9]\d|20\d\d)\b", re.I)
_STANDARD = re.compile(r"(20\d\d)\s*[-–—]\s*(20\d\d)\s*(?:standard|chuẩn)|"
                       r"(?:standard|chuẩn nghèo)\D{0,30}?(20\d\d)\s*[-–—]\s*(20\d\d)", re.I)


@dataclass(frozen=True)
class Indicator:
    id: str
    unit: str
    year_rule: str  # last_full_year | event_year


@dataclass(frozen=True)
class Cue:
    indicator: str  # '*' = any
    role: str       # cue | exclude | target | unit
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Observation:
    source: str
    province: str
    province_code: str
    generation: int
    indicator: str
    year: int
    value: float
    unit: str
    qualifier: str | None
    kind: str
    standard: str | None
    start: int
    end: int
    quote: str
    value_start: int
    value_end: int
    year_basis: str
    year_note: str

    def to_dict(self) -> dict:
        return asdict(self)


@cache
def load_indicators(datasets: Path = DATASETS) -> dict[str, Indicator]:
    with (datasets / "reference" / "indicators.csv").open(encoding="utf-8") as handle:
        return {row["id"]: Indicator(row["id"], row["unit"], row["year_rule"])
                for row in csv.DictReader(handle)}


@cache
def load_cues(datasets: Path = DATASETS) -> tuple[Cue, ...]:
    path = datasets / "extraction" / "cues.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    cues = []
    for line, row in enumerate(rows, start=2):
        try:
            cues.append(Cue(row["indicator"], row["role"], re.compile(row["pattern"])))
        except re.error as error:
            raise ValueError(f"{path}:{line}: bad pattern {row['pattern']!r}: {error}") from error
    return tuple(cues)


def _folded(text: str) -> str:
    return " ".join(fold(text)[0].split())


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _clause(text: str, sentence: tuple[int, int], number: Number) -> tuple[int, int]:
    """The clause around a number: between the breaks (';', '(', ', while' ...) around it."""
    start, end = sentence
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.end() <= number.start:
            start = match.end()
        elif match.start() >= number.end:
            end = match.start()
            break
    return start, end


class Extractor:
    def __init__(self, gazetteer: Gazetteer, datasets: Path = DATASETS) -> None:
        self.gazetteer = gazetteer
        self.indicators = load_indicators(datasets)
        self.cues = load_cues(datasets)

    def _matching(self, role: str, folded: str, indicator: str = "*") -> list[re.Match[str]]:
        return [m for cue in self.cues if cue.role == role and cue.indicator in ("*", indicator)
                for m in cue.pattern.finditer(folded)]

    def _indicator(self, number: Number, before: str, after: str) -> str | None:
        """Which indicator a number measures, from the cues in its clause."""
        if number.percent:
            best: tuple[int, str] | None = None
            for ind in (i for i in self.indicators.values() if i.unit.startswith("%")):
                for match in self._matching("cue", before, ind.id):
                    if best is None or match.end() > best[0]:
                        best = (match.end(), ind.id)  # the cue nearest the number wins
            return best[1] if best else None
        head = " ".join(after.split()[:3])
        if self._matching("unit", head, "attendance") and self._matching("cue", before, "attendance"):
            return "attendance"
        if self._matching("cue", " ".join(after.split()[:4]), "jobs_created"):
            return "jobs_created"
        return None

    def extract(self, doc: Document) -> list[Observation]:
        text = doc.text
        mentions = self.gazetteer.mentions(text)
        main = Counter(m.code_2024 for m in mentions).most_common(1)
        main_code = main[0][0] if main else None
        observations = []
        for sentence in _sentences(text):
            for number in find_numbers(text[sentence[0]:sentence[1]], doc.language):
                number = _shift(number, sentence[0])
                if number.is_year:
                    continue
                found = self._observe(doc, sentence, number, mentions, main_code)
                if found:
                    observations.append(found)
        return observations

    def _observe(self, doc: Document, sentence: tuple[int, int], number: Number,
                 mentions: list[Mention], main_code: str | None) -> Observation | None:
        text = doc.text
        c_start, c_end = _clause(text, sentence, number)
        raw_after = text[number.end:c_end]
        if _CHANGE_BEFORE.search(text[c_start:number.start]) and _LEVEL_AFTER.match(raw_after):
            return None  # "dropped by 4.2 points to 25.97%": the level follows
        before, after = _folded(text[c_start:number.start]), _folded(raw_after)
        indicator_id = self._indicator(number, before, after)
        if indicator_id is None or self._matching("exclude", before, indicator_id):
            return None
        indicator = self.indicators[indicator_id]
        code = _province(mentions, sentence, number, main_code)
        if code is None:
            return None
        year, basis, note = self._year(doc, indicator, text[c_start:c_end], text[slice(*sentence)])
        if year is None:
            return None
        value = number.value
        if indicator_id == "grdp_growth" and _NEGATIVE.search(before):
            value = -value
        generation = generation_for(year)
        unit = self.gazetteer.in_generation(code, generation)
        standard = None
        if indicator_id == "poverty_rate":
            m = _STANDARD.search(text, sentence[0], sentence[1])
            if m:
                a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                standard = f"{a}-{b}"
        return Observation(
            source=doc.path, province=unit.name_en, province_code=unit.code,
            generation=generation, indicator=indicator_id, year=year, value=value,
            unit=indicator.unit, qualifier=number.qualifier,
            kind="target" if self._matching("target", before) else "actual",
            standard=standard, start=sentence[0], end=sentence[1],
            quote=text[sentence[0]:sentence[1]], value_start=number.value_start,
            value_end=number.value_end, year_basis=basis, year_note=note,
        )

    def _year(self, doc: Document, indicator: Indicator, clause: str,
              sentence: str) -> tuple[int | None, str, str]:
        for scope in (clause, sentence):
            match = _EXPLICIT_YEAR.search(scope)
            if match:
                return int(match.group(1)), "explicit", f"stated: {match.group(0)!r}"
        if doc.year is None:
            return None, "inferred", "no year in the sentence or the report"
        if indicator.year_rule == "event_year":
            return doc.year, "inferred", f"the report is about a {doc.year} event"
        return (doc.year - 1, "inferred",
                f"no year stated; the report is about {doc.year} and reports the last full year")


def _shift(number: Number, offset: int) -> Number:
    return Number(number.start + offset, number.end + offset, number.value_start + offset,
                  number.value_end + offset, number.value, number.qualifier, number.percent,
                  number.is_year)


def _province(mentions: list[Mention], sentence: tuple[int, int], number: Number,
              main_code: str | None) -> str | None:
    """The province named nearest before the number in its sentence, else the report's own."""
    inside = [m for m in mentions if sentence[0] <= m.start and m.end <= number.start]
    if inside:
        return inside[-1].code_2024
    after = [m for m in mentions if number.end <= m.start and m.end <= sentence[1]]
    if after:
        return after[0].code_2024
    return main_code  # "the province", "tỉnh", or no name: the province the report is about
