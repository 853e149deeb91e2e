"""Target or actual, and which poverty standard a rate is measured by."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cached_property

from dashboard.extract.numbers import Number, find_numbers
from dashboard.extract.rules.common import GOAL_AFTER, REACH
from dashboard.extract.text import column_header

_ACHIEVED_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s+(?:it|the (?:city|province))\s+"
                             r"(?:expects to have|has|had|have)\s+(?:\w+\s+)?(?:achieved|reached|recorded)\b")
_COUNTED_BEFORE = re.compile(r"\d[.,]\d\d\d\s+$")  # "35.000 chỉ tiêu": a count's noun (not "2025 plan")
_EXPECTED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,4}?\s+(?:are|is|will be|were|was) "
                             r"(?:expected|scheduled|set|due|slated|planned|likely) to\b"
                             r"|(?:\s+[a-z]+){0,4}?\s+(?:se|du kien(?: se)?) "
                             r"(?:tham du|tham gia|co mat|ve du|den du)\b")
_SET_AFTER = re.compile(r"\s+(?:set (?:by|for|at|in)|planned for|de ra|dat ra)\b"  # "the 65,000 set by"
                        r"|\s*(?:%|percent|per cent)?\s+would (?:be|mean|make|require|need)\b")  # "HCMC's
# 10% would be its fastest growth since 2018": a figure not reached yet
_QUOTE_OPENS = re.compile(r":\s*[\"“]")
_TO_BEFORE = re.compile(r"\bto\s+$")
STANDARD = re.compile(r"(?:standard|chuan|multi-?dimensional|da chieu)\D{0,40}?((?:19|20)\d\d)\s*[-–—]\s*"
                       r"((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*"
                       r"(?:[\w-]+\s+){0,2}(?:standard|chuan|multi-?dimensional|da chieu|measure|yardstick)")


class KindRules:
    """The kind and standard rules of a document pass (`extractor._DocumentPass`)."""

    def _kind(self, s_start: int, number: Number, event: bool = False) -> str:
        """Target when a plan word is nearer before the number than a result word; for an event's
        attendance, only in the number's own clause ("the third of five planned, brought together 152")."""
        start = max(s_start, number.start - REACH)
        quoted = [m.end() for m in _QUOTE_OPENS.finditer(self.text, start, number.start)]
        if quoted:  # "trả lời phỏng vấn về mục tiêu tăng trưởng, ... cho biết: "năm 2024 Bình Định tăng
            start = quoted[-1]  # trưởng 7,15%": the words framing a quote are not its figures' kind
        if event:
            start = max(start, self.folded.rfind(",", start, number.start) + 1,
                        self.folded.rfind(";", start, number.start) + 1)
        markers = [*self._header(number)[0],
                   *self._between(self.marker_ends, self.markers, start, number.start)]
        if _ACHIEVED_AFTER.match(self.folded, number.end):
            return "actual"  # "up from the roughly 8% it expects to have achieved this year"
        if GOAL_AFTER.match(self.folded, number.end) or _SET_AFTER.match(self.folded, number.end) \
                or (event and _EXPECTED_AFTER.match(self.folded, number.end)):
            return "target"  # "the city's 8.5% target for the year", "350 delegates are expected to attend"
        others = [n.start for n in find_numbers(self.text, self.doc.language, start, number.start)]
        target = [m.end for m in markers if m.role == "target" and not any(
            0 <= at - m.end <= 12 and self.folded[m.end:at].strip(" (:") in ("", "de ra", "dat ra", "la")
            for at in others) and not _COUNTED_BEFORE.search(self.folded, max(0, m.start - 8), m.start)]
        # (not the plan a number before it was compared with: "thấp hơn kế hoạch
        # đề ra (7%) ...; giải quyết việc làm cho 22.400 lao động"; nor a count's noun: "35.000 chỉ tiêu
        # tuyển dụng", vacancies)
        actual = [m.end for m in markers if m.role == "actual"
                  and not _TO_BEFORE.search(self.folded, max(0, m.start - 6), m.start)]  # "aims to achieve"
        return "target" if target and max(target) > max(actual, default=-1) else "actual"

    def _report_standard(self, year: int, kind: str, new: bool = False) -> str | None:
        """The poverty standard the report names for `year`'s period when it names only one such
        (an actual figure of 2023 in a report on the 2021-2025 standard, which also names 2026-2030's);
        never a target's, whose standard is the one its own sentence or table names (ten annotators
        out of fifteen read targets so)."""
        if not hasattr(self, "_standards"):
            folded = self.folded.replace("–", "-")  # every one a sentence names: "theo chuẩn ... 2022-2025,
            # đồng thời công bố kết quả rà soát lần đầu theo chuẩn nghèo giai đoạn 2026-2030"
            self._standards = {self._standard(*m.span()) for m in STANDARD.finditer(folded)} - {None}
        if new and self._standards:  # "Tỷ lệ hộ nghèo theo chuẩn mới là 8,47%": the latest it names
            return max(self._standards)
        fitting = [named for named in self._standards
                   if int(named.split("-")[0]) <= year <= int(named.split("-")[1])] \
            or [named for named in self._opening_standards if int(named[:4]) == year + 1]
        # (a report that opens on "the first review carried out under the ... standard for 2026-2030"
        # gives the end of 2025's rates under it)
        return fitting[0] if len(fitting) == 1 and kind == "actual" else None

    @cached_property
    def _opening_standards(self) -> set[str]:
        """The standards the opening names in a sentence of no figure, which the whole report is
        told under: "Sau 5 năm thực hiện chuẩn nghèo đa chiều giai đoạn 2022-2025, bức tranh ..."."""
        opening = self._lead
        return {self._standard(*m.span()) for m in STANDARD.finditer(opening)
                if "%" not in re.split(r"[.\n]", opening[:m.start()])[-1]
                + re.split(r"[.\n]", opening[m.end():])[0]}

    def _table_standard(self, number: Number) -> str | None:
        """A table's poverty standard: in the column header, else in the paragraph that introduces
        the table ("tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025 của các địa phương")."""
        header = column_header(self.text, number.start, number.end)
        top = self.text.rfind("\n\n", 0, header[0] if header else number.start)
        intro = self.text.rfind("\n\n", 0, max(0, top))
        return self._standard(header[0], header[1]) if header and self._standard(*header) \
            else self._standard(max(0, intro), max(0, top))

    def _standard(self, s_start: int, s_end: int, last: bool = False,
                  skip: Collection[tuple[int, int]] = ()) -> str | None:
        """The poverty standard named in text[s_start:s_end] (the first, or the `last`), outside the
        `skip` spans (a table row's other figures: "| 1.41% | down 1.0 point (2026-2030 standard) |")."""
        found = [m for m in STANDARD.finditer(self.folded[s_start:s_end].replace("–", "-"))
                 if not any(a <= s_start + m.start() < b for a, b in skip)]
        if not found:
            return None
        match = found[-1] if last else found[0]
        a, b = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return f"{a}-{b}"
