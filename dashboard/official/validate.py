"""Official figures as tidy CSV: read a file, check every row, and say exactly what is wrong.

A file is accepted whole or not at all, so validation collects *every* error (file, line, column,
value, why) instead of stopping at the first: a user fixes the file once, not once per error.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.provinces import NEW, Gazetteer, generation_for, name_key

COLUMNS = ("province_name_en", "year", "indicator", "value", "unit", "standard", "source_url")

# Names statistical tables use for the registry's indicators and units (the registry's own ids
# and units are always accepted too).
INDICATOR_NAMES = {"grdp_growth_pct": "grdp_growth", "poverty_rate_pct": "poverty_rate"}
UNIT_NAMES = {"pct": "%", "households_pct": "% of households"}

# Poverty rates are only comparable within one national poverty standard; say which, always.
STANDARDS = {"poverty_rate": ("2016-2020", "2021-2025")}

YEAR_MIN = 1990  # before the provincial series this dashboard covers


@dataclass(frozen=True)
class RowError:
    file: str
    line: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        if self.line == 0:  # about the file as a whole
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: column {self.column}: {self.value!r}: {self.message}"


@dataclass(frozen=True)
class OfficialRow:
    """One accepted row, resolved to a unit and a registry indicator."""

    file: str
    line: int
    text: str            # the row as written in the file (the evidence shown for it)
    value_offset: int    # where the value's characters start in `text`
    value_text: str
    province_code: str
    generation: int
    indicator: str
    year: int
    value: float
    unit: str            # the registry's unit
    standard: str | None
    url: str

    @property
    def key(self) -> tuple[str, int, str, int, str | None]:
        return self.province_code, self.generation, self.indicator, self.year, self.standard


class OfficialFileError(ValueError):
    """A file with at least one bad row; `errors` lists them all."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = [str(e) for e in errors[:50]]
        if len(errors) > 50:
            shown.append(f"... and {len(errors) - 50} more")
        super().__init__(f"{len(errors)} error(s), nothing loaded:\n" + "\n".join(shown))


def field_start(row_text: str, index: int) -> int:
    """Where field `index` (0-based) of a CSV row starts in its text, inside any quotes."""
    quoted, field, i = False, 0, 0
    while i < len(row_text) and field < index:
        ch = row_text[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            field += 1
        i += 1
    return i + (row_text[i:i + 1] == '"')


class Validator:
    """Checks rows against the provinces and the indicator registry."""

    def __init__(self, gazetteer: Gazetteer, units: dict[str, str], year_max: int | None = None):
        self.gazetteer = gazetteer
        self.units = units  # registry: indicator id -> unit
        self.year_max = year_max or date.today().year  # an actual figure is never for a future year

    def read(self, path: Path, label: str | None = None) -> tuple[list[OfficialRow], list[RowError]]:
        """Every accepted row of `path` and every error in it (`label` names the file in errors)."""
        label = label or str(path)
        try:
            data = Path(path).read_bytes().removeprefix(b"\xef\xbb\xbf")
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            bad = data[error.start:error.end].hex(" ")
            return [], [RowError(label, line, "-", bad, f"not UTF-8 text ({error.reason}); "
                                                       "save the file as UTF-8")]
        except OSError as error:
            return [], [RowError(label, 0, "-", "", f"cannot read the file: {error.strerror}")]
        lines = text.splitlines()
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            return [], [RowError(label, 1, c, "", f"missing column (the header must name: "
                                                  f"{', '.join(COLUMNS)})") for c in missing]
        rows, errors = [], []
        previous_end = 1
        for record in reader:
            first, previous_end = previous_end + 1, reader.line_num
            row_text = "\n".join(lines[first - 1:reader.line_num])
            row, row_errors = self._check(label, first, record, row_text, header)
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
        if not rows and not errors:
            errors.append(RowError(label, 2, "-", "", "no rows"))
        return rows, errors

    def _check(self, label: str, line: int, record: dict[str, str | None], row_text: str,
               header: list[str]) -> tuple[OfficialRow | None, list[RowError]]:
        errors: list[RowError] = []

        def fail(column: str, message: str) -> None:
            errors.append(RowError(label, line, column, (record.get(column) or "").strip(), message))

        if None in record:  # csv puts surplus fields under the key None
            errors.append(RowError(label, line, "-", ",".join(record[None] or []),
                                   f"more fields than the {len(COLUMNS)} columns of the header"))
        cell = {c: (record.get(c) or "").strip() for c in COLUMNS}

        indicator = INDICATOR_NAMES.get(cell["indicator"], cell["indicator"])
        if indicator not in self.units:
            known = sorted(set(self.units) | set(INDICATOR_NAMES))
            fail("indicator", f"unknown indicator (known: {', '.join(known)})")
            indicator = None

        year = None
        try:
            year = int(cell["year"])
        except ValueError:
            fail("year", "not a whole year")
        else:
            if not YEAR_MIN <= year <= self.year_max:
                fail("year", f"year out of range {YEAR_MIN}-{self.year_max}")
                year = None

        value = None
        try:
            value = float(cell["value"])
        except ValueError:
            fail("value", "not a number (write 1234.5: a dot for decimals, no thousands separators)")
        else:
            if not math.isfinite(value):
                fail("value", "not a finite number")
                value = None

        if indicator is not None:
            expected = self.units[indicator]
            if UNIT_NAMES.get(cell["unit"], cell["unit"]) != expected:
                aliases = [a for a, u in UNIT_NAMES.items() if u == expected]
                fail("unit", f"unit does not match indicator {indicator} (expected "
                             f"{' or '.join(repr(u) for u in [expected, *aliases])})")
            allowed = STANDARDS.get(indicator, ())
            if allowed and cell["standard"] not in allowed:
                fail("standard", f"{indicator} needs its poverty standard: one of {', '.join(allowed)}")
            if not allowed and cell["standard"]:
                fail("standard", f"{indicator} has no standard; leave the column empty")

        if not cell["source_url"].startswith(("http://", "https://")):
            fail("source_url", "every official figure needs the http(s) address it was read at")

        unit = self._unit(cell["province_name_en"], year, fail)
        if errors or unit is None or indicator is None or year is None or value is None:
            return None, errors
        offset = row_text.find(cell["value"], field_start(row_text, header.index("value")))
        return OfficialRow(
            file=label, line=line, text=row_text, value_offset=offset, value_text=cell["value"],
            province_code=unit.code, generation=unit.generation, indicator=indicator, year=year,
            value=value, unit=self.units[indicator], standard=cell["standard"] or None,
            url=cell["source_url"]), []

    def _unit(self, name: str, year: int | None, fail):
        """The unit `name` stands for in the generation of `year`; a merged-away name is an error."""
        column = "province_name_en"
        old = self.gazetteer.resolve(name)
        if old is None:
            fail(column, "unknown province (not a province name, a known alias, or a 2025 unit)")
            return None
        if year is None:
            return None
        generation = generation_for(year)
        unit = self.gazetteer.in_generation(old.code, generation)
        predecessors = [u for u in self.gazetteer.old_units() if u.successor_code == unit.code]
        renamed_only = len(predecessors) == 1  # Thừa Thiên Huế -> Huế: same unit, new name
        names_new = name_key(name) in {name_key(unit.name_en), name_key(unit.name_vi)}
        if (generation == NEW and not renamed_only and not names_new
                and name_key(unit.name_en) != name_key(old.name_en)):
            fail(column, f"{old.name_en} was merged into {unit.name_en} on 1 July 2025; "
                         f"{year} figures are published for {unit.name_en}")
            return None
        return unit


def check_files(validator: Validator, files: list[tuple[Path, str]]) -> list[OfficialRow]:
    """All rows of `files` ((path, label) pairs), or OfficialFileError listing every error.

    A key (province, indicator, year, standard) may appear once across all files: two official
    values for one key would leave the choice to chance.
    """
    rows, errors = [], []
    seen: dict[tuple, OfficialRow] = {}
    for path, label in files:
        file_rows, file_errors = validator.read(path, label)
        errors.extend(file_errors)
        for row in file_rows:
            first = seen.setdefault(row.key, row)
            if first is not row:
                errors.append(RowError(row.file, row.line, "province_name_en,indicator,year,standard",
                                       row.text, f"duplicated key: already given at "
                                                 f"{first.file}:{first.line}"))
            else:
                rows.append(row)
    if errors:
        order = {label: i for i, (_, label) in enumerate(files)}
        raise OfficialFileError(sorted(errors, key=lambda e: (order.get(e.file, 0), e.line)))
    return rows
