"""Numbers in table rows: their column headers, change columns and sub-rows."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.mentions import Marker, Place, YearMention
from dashboard.extract.numbers import Number
from dashboard.extract.text import (
    COUNT_LABEL,
    column_header,
    mixed_cell,
    percent_by_table,
    table_caption,
    table_cell,
    table_footer,
    value_cells,
)

_SUB_ROW = re.compile(r"[-–—+•]|(?:trong do|of which|including)\b")
_AREA_COLUMN = re.compile(r"\s*\|?\s*(?:localit(?:y|ies)|districts?|communes?|wards?|areas?|huyen|xa|phuong|"
                          r"dia phuong|dia ban|don vi|diem cau|dia diem|diem to chuc|venues?|sites?|"
                          r"locations?|ngay|days?)\b")  # a first column of a province's parts, or an
# event's venues or days
_WHOLE_ROW = re.compile(r"[\s*_]*(?:whole province|province[- ]?wide|(?:the )?province|total|all|overall|"
                        r"toan tinh|ca tinh|toan thanh pho|tong(?: cong| so)?|chung)\b")
_PERIOD_HEADER = re.compile(r"(?:(?!chuan|standard)[^|])*\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
                            r"(?:(?!chuan|standard)[^|])*")  # (not "Tỷ lệ hộ nghèo (chuẩn 2022-2025)")
_YEARS_SPAN = re.compile(r"\byears\b|\bnam (?:qua|gan day)\b|\bgiai doan\b|\bperiod\b")
_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b")
_TOWN_BEFORE = re.compile(r"\b(?:thanh pho|tp\.?|thi xa)\s+$")
_POINTS_FIGURE = re.compile(r"\d\s*(?:diem|percentage points?|points?|pp)\b")
_POINTS_LABEL = re.compile(r"\bdiem (?:%|phan tram)|percentage points?|\bpp\b|\bpoints\b")  # a change column
_ITEM = re.compile(r"\s*(?:[-–•+*▪●]|\d{1,2}[.)]|[a-zđ][.)])(?:\s|$)")  # a list item: "- ...", "2. ..."


class TableRules:
    """The table rules of a document pass (`extractor._DocumentPass`)."""

    def _rows_only(self, start: int, end: int) -> bool:
        """Only table rows (blank lines between them allowed) in text[start:end]: an HTML table as read."""
        lines = [line for line in self.text[start:end].split("\n") if line.strip()]
        return bool(lines) and all("|" in line for line in lines)

    def _items_only(self, start: int, end: int) -> bool:
        """Only list items in text[start:end] ("- Tốc độ tăng trưởng GRDP đạt 10%;"): the bullets under
        an intro ending in ":", also across a blank line."""
        lines = [line for line in self.text[start:end].split("\n") if line.strip()]
        return bool(lines) and all(_ITEM.match(line) for line in lines)

    def _table_percent(self, number: Number) -> Number:
        """A table cell "6.0" under a "2023 (%)" header, or beside a "GRDP growth (%)" label, is 6.0%."""
        if number.percent or number.points or number.is_year \
                or not percent_by_table(self.text, number.start, number.end):
            return number
        header = column_header(self.text, number.start, number.end)
        cells, column = table_cell(self.text, number.start, number.end)
        points = (header and _POINTS_LABEL.search(self.folded, *header)) or any(
            _POINTS_LABEL.search(self.folded, a, b) for a, b in cells[:column]  # "| Giảm ... | điểm % |"
            if not _POINTS_FIGURE.search(self.folded, a, b))  # (not another column's "Giảm 0,2 điểm %")
        return replace(number, points=True) if points else replace(number, percent=True)

    def _mixed_header(self, number: Number) -> tuple[list[Marker], list[YearMention]]:
        """For a figure among words in a table cell ("| Tốc độ tăng trưởng GRDP | bình quân 8-8,5%/năm |
        bình quân 6,9%/năm; năm 2025 đạt 7,8% |"): its column header's markers and the markers of
        the row's label (the cells before the first that holds a figure); no years, as its own cell
        names them."""
        found = mixed_cell(self.text, number.start, number.end)
        if found is None or found[1] == 0:
            return [], []
        cells, column = found
        figures = value_cells(self.text, number.start, number.end)
        label_end = next((a for a, b in cells if (a, b) in figures), cells[column][0])
        markers = self._between(self.marker_ends, self.markers, cells[0][0], min(label_end, cells[column][0]))
        span = column_header(self.text, number.start, number.end, mixed=True)
        header = self._between(self.marker_ends, self.markers, *span) if span else []
        return [*header, *markers], []  # (its years are its own cell's: "23.500 lao động năm 2025")

    def _header(self, number: Number) -> tuple[list[Marker], list[YearMention]]:
        """The markers and years of a table cell's column header: "GRDP growth, 2025 (%)" says
        what the numbers under it are, "first 9 months" rules them out, "Plan 2025" makes targets."""
        if number.start not in self._headers:  # asked for several times per number
            self._headers[number.start] = self._read_header(number)
        return self._headers[number.start]

    def _read_header(self, number: Number) -> tuple[list[Marker], list[YearMention]]:
        span = column_header(self.text, number.start, number.end)
        if span is None:
            return self._mixed_header(number)
        row_start = self.text.rfind("\n", 0, span[0]) + 1  # a scope in the first header cell covers the
        first = self.text.find("|", row_start + 1, span[0])  # table: "Indicator (first six months) | Result"
        cell = table_cell(self.text, number.start, number.end)
        labelled = cell is None or not re.fullmatch(r"[\s\d.,%+\-−]*", self.text[slice(*cell[0][0])])
        scopes = [m for m in self._between(self.marker_ends, self.markers, row_start, first)
                  if m.role == "scope"] if first > 0 and labelled else []
        # (not when the rows have no label column: "Quý I | 6 tháng | 9 tháng | Cả năm 2025" over figures)
        markers = scopes + self._between(self.marker_ends, self.markers, *span)
        years = [y for y in self._between(self.year_ends, self.years, *span) if y.year]
        if not years and first > 0:  # "| Chỉ tiêu (cuối năm 2024) | Gia Lai (cũ) | Bình Định (cũ) |"
            years = [y for y in self._between(self.year_ends, self.years, row_start, first) if y.year]
        caption = table_caption(self.text, row_start) or table_footer(self.text, row_start)
        above_end = len(self.text[:row_start].rstrip())
        above_start = self.text.rfind("\n", 0, above_end) + 1
        if not years and above_end - above_start < 120 and "|" not in self.text[above_start:above_end]:
            years = [y for y in self._between(self.year_ends, self.years, above_start, above_end) if y.year]
            # ("## 2. New jobs created in 2024, by former province" just above the table)
        if above_end - above_start < 120 and "|" not in self.text[above_start:above_end] \
                and self.text[above_end - 1:above_end] not in ".!?":  # a heading, not a sentence
            markers = [m for m in self._between(self.marker_ends, self.markers, above_start, above_end)
                       if m.role == "scope" and m.indicator == "*" and not self._years_span(m, years)] \
                + markers
            # ("## Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025" over the table: part of a year)
        elif self.text[above_end - 1:above_end] == ":" and "|" not in self.text[above_start:above_end] \
                and not (cell is not None and cell[1] > 0 and _WHOLE_ROW.match(self.folded, cell[0][0][0])):
            said = max(self.text.rfind(". ", above_start, above_end) + 2, above_start)
            markers = [m for m in self._between(self.marker_ends, self.markers, said, above_end)
                       if m.role == "scope" and not self._years_span(m, years)] + markers
            # ("Một số chỉ tiêu chủ yếu của xã năm 2024 như sau:" over a commune's table; not over its
            # "Whole province" row: "..., although the mountainous districts still lag far behind:")
        heading = above_end - above_start < 120 and "|" not in self.text[above_start:above_end] \
            and self.text[above_end - 1:above_end] not in ".!?:"
        if heading and not caption and not any(m.role in ("cue", "weak") for m in markers):
            cues = [m for m in self._between(self.marker_ends, self.markers, above_start, above_end)
                    if m.role in ("cue", "exclude")]  # "Household poverty rate, Dak Nong (2021–2025
            if len({m.indicator for m in cues}) == 1:  # multidimensional standard)" over "Year-end |
                markers = cues + markers  # Poor households | Rate"
        if caption and not any(m.role in ("cue", "weak") for m in markers):  # the caption names it
            markers = [m for m in self._between(self.marker_ends, self.markers, *caption)
                       if m.role in ("cue", "weak", "unit", "exclude")] + markers  # ("Tăng trưởng
            # theo khu vực kinh tế (%)": a sector's)
        cell = table_cell(self.text, number.start, number.end)
        by_province = cell is not None and cell[1] > 0 and any(
            p.code for p in self._between(self.place_ends, self.places, *cell[0][0]))
        if by_province and not any(m.role in ("cue", "weak") for m in markers):  # the title names it:
            naming = [m for m in self._between(self.marker_ends, self.markers, 0, len(self.doc.title))
                      if m.role in ("cue", "weak")]  # "# Provincial growth tracker" over provinces' rows
            header_end = self.text.find("\n", row_start) % len(self.text)
            if self.text[above_end - 1:above_end] == ":" \
                    and COUNT_LABEL.search(self.text, row_start, header_end):
                above = self.text.rfind("\n\n", 0, above_end) + 1  # or the intro paragraph: "... giải
                naming = [m for m in self._between(self.marker_ends, self.markers, above, above_end)  # quyết
                          if m.role == "cue"]  # việc làm cho 76.180 lao động. Số liệu theo từng khu vực
                # như sau:" over "| Khu vực | Năm 2024 (lao động) |" and a row per former province
            markers = (naming if len({m.indicator for m in naming}) == 1 else []) + markers
        if cell is not None and cell[1] > 0:  # the row label names the row's figures too (the first
            label = next((c for c in cell[0][:cell[1]] if re.search(r"[^\W\d]", self.text[c[0]:c[1]])),
                         cell[0][0])  # cell with words: not the "4" of a "| 4 | Tỷ lệ hộ nghèo |" row)
            markers += [m for m in self._between(self.marker_ends, self.markers, *label)
                        if m.role in ("cue", "weak", "exclude", "scope", "unit")]
        return markers, years

    def _years_span(self, scope: Marker, years: list[YearMention]) -> bool:
        """"fell steadily over the past three years:" over a column per year: each column's own year."""
        return bool(years) and bool(_YEARS_SPAN.search(self.folded, scope.start, scope.end))

    def _sub_row(self, number: Number) -> bool:
        """A table row whose label opens with a dash or "trong đó" breaks down the row above it."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is None or cell[1] == 0:
            return False
        return bool(_SUB_ROW.match(self.folded, cell[0][0][0]))

    def _period_cell(self, number: Number) -> bool:
        """A cell that says it is a yearly average ("| 6,6 (bình quân/năm) |"), or sits under a
        column for a span of years ("| Giai đoạn 2021-2025 |", "| Mục tiêu 2026-2030 |") in a row
        that names no year of its own: no one year's figure."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is None or cell[1] == 0:
            return False
        a, b = cell[0][cell[1]]
        if any(m.role == "scope" and m.indicator == "*" and a <= m.start and m.end <= b
               for m in self._between(self.marker_ends, self.markers, a, b)):
            return True
        span = column_header(self.text, number.start, number.end)
        if not span or not _PERIOD_HEADER.fullmatch(self.folded, *span):
            return False
        return not any(y.year for y in self._between(self.year_ends, self.years, cell[0][0][0], b))
        # (but "| Jobs created in 2025 | 93,600 |" under "2021-2025 result" is the row's year's, and
        # "| còn 1,02% (cuối năm 2025) |" its cell's)

    def _part_row(self, number: Number) -> bool:
        """A row of a table of the province's districts or communes ("Locality | Poverty rate" over
        "Meo Vac | 41.20"): a part's figure, not the province's (its "Whole province" row is)."""
        cell = table_cell(self.text, number.start, number.end)
        span = column_header(self.text, number.start, number.end) if cell and cell[1] > 0 else None
        if span is None:
            return False
        if not _AREA_COLUMN.match(self.folded, self.text.rfind("\n", 0, span[0]) + 1):
            return False
        label = cell[0][0]
        named = [p for p in self._between(self.place_ends, self.places, *label) if p.code]
        return not _WHOLE_ROW.match(self.folded, label[0]) \
            and all(self._town_of(p) or self._a_town(p) for p in named)  # ("Vị Thanh", a town)

    def _town_of(self, place: Place) -> bool:
        """"Ha Giang City", "thành phố Hà Giang": the province's seat, named after it (not a
        centrally-run city such as "Can Tho city")."""
        town = _TOWN_AFTER.match(self.folded, place.end) or _TOWN_BEFORE.search(
            self.folded, max(0, place.start - 12), place.start)
        return bool(town) and self.x.gazetteer.unit(place.code, 2024).type == "province"
