"""Which year a figure is for: written beside it, relative to another, or inferred from the report."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from functools import cached_property

from dashboard.extract.cues import Indicator
from dashboard.extract.documents import MONTH, MONTHS, WEEKDAYS, days_without_year, is_day
from dashboard.extract.mentions import YearMention
from dashboard.extract.numbers import Number
from dashboard.extract.rules.common import COMPARED_WITH, REACH, RESPECTIVELY, WHOLE_YEAR
from dashboard.extract.text import table_cell

YEAR_WORD = re.compile(r"(?:(?<=\b[Ee]nd-)|(?<=\b[Mm]id-)|(?<![\d/.\-–−]))"  # not "2021-2025"'s end, but
                       # "end-2024"
                       r"(19[5-9]\d|20\d\d)(?![\d/]|\.\d|\s*[-–—]\s*(?:19|20)\d\d)")
_WEEKDAY_NAME = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_PRICE_BASE = re.compile(r"(?:gia\s+so\s+sanh|gia\s+co\s+dinh|theo\s+gia|(?:constant|comparable|fixed|"
                         r"comparative)\s+(?:prices?\s+)?(?:(?:of|in|at)\s+)?)\s*(?:nam\s+)?$")
# ("giá so sánh 2010", also across a line break: a base year)
_PRICES_AFTER = re.compile(r"\s*(?:constant |comparative |comparable )?prices\b")
_WHEN_AFTER = re.compile(r",?\s+(?:when|khi)\b")
_RANGE_START = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")
_BASELINE = re.compile(r"\b(?:compared (?:with|to)|over|than|against|from|since|versus|vs|so voi|"
                       r"began|begun|started|recover\w* from (?:the|a)|dating (?:back )?to|"
                       r"(?:an )?improvement (?:on|over)|"
                       # ("a run of growth that began in 2015", "an improvement on 2023")
                       r"(?:cao|thap|nhanh|cham|lon|nho) hon|"  # "cao hơn năm 2023"
                       r"(?:up|down|rise|increase|decrease|fall|drop|growth) (?:of )?[\d.,]+ ?% on|"
                       r"so voi cung ky|so cung ky|(?<!tuong )tu)\s+(?:the same period (?:of|in) |cung ky |"
                       r"in |nam |the year |the end of |(?:the )?(?:same )?period of |"
                       r"its |"  # "from its 2023 slump"
                       r"(?:cuoi|het|dau) nam )?$")  # (and "than in 2024")
_EXPLICIT_LEAD = re.compile(r"\W*(?:in|during|for|throughout|by the end of|as of|at the end of|"
                            r"trong|nam|trong nam|tinh den het nam|het nam|ca nam)\s+(?:nam\s+)?$")
_RELATIVE = [
    (re.compile(r"\b(?:last year(?! of\b)|nam ngoai)\b"), "doc-1"),  # not "the last year of the plan"
    (re.compile(r"\b(?:nam qua|the past year|the year(?! before| earlier| ago| after| later)|during the year|"
                r"trong nam|(?<=by )year[- ]end|(?<=at )year[- ]end)\b(?!\s+(?:19|20)\d\d)"),
     "lastfull"),  # (not "trong năm 2025")
    (re.compile(r"\b(?:(?:the )?previous year|a year (?:earlier|before|ago)|the year before|prior year|"
                r"nam truoc|nam lien truoc|nam truoc do)\b"), "prev"),
    (re.compile(r"\b(?:two years (?:earlier|before|ago)|hai nam (?:truoc|truoc do))\b"), "prev2"),
    (re.compile(r"\b(?:this year|the current year|nam nay)\b"), "doc"),
    (re.compile(r"\b(?:next year|the coming year|the following year|nam toi|nam sau)\b"), "next"),
    (re.compile(r"\b(?:(?:the )?same year|that year|cung nam|nam do|trong nam nay)\b"), "same"),
]
_PAIR_GLUE = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:,|,? and|,? va)\s*")
_YEARS_LISTED = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:in|nam|trong nam|trong cac nam)\s+"
                           r"(?:19|20)\d\d(?:\s*(?:,|,? and|,? va)\s*(?:nam\s+)?(?:19|20)\d\d)+\b"
                           r"(?!\s*(?:respectively|lan luot|tuong ung))")
_RESULTS_OF = re.compile(r"\b(?:ket qua|tong ket|results? (?:of|for|in)|full[- ]year|review of)"
                         r"(?:(?!\bnhiem vu|\bphuong huong|\bdinh huong|\bke hoach|\bplans?\b|\btasks?\b"
                         r"|\boutlook\b)[^.!?\n]){0,60}?"
                         r"\b(?:nam )?((?:19|20)\d\d)\b(?!\s*[-–—]\s*(?:19|20)\d\d)"
                         r"|\b((?:19|20)\d\d) in review\b")
_IN_BETWEEN = re.compile(r"\s+(?:in|nam|trong nam)\s+")  # "8.15 percent in 2025": that figure's year
_MEASURED_BEFORE = re.compile(r"\b(?:chua dat|khong dat|vuot|so voi|hoan thanh|short of|missed|miss|"
                              r"exceed\w*|surpass\w*|beat|behind|below|above)\s+(?:\w+\s+){0,4}\(?$")
# ("vượt mục tiêu đề ra (8%)")
_PAST_PLAN_BEFORE = re.compile(r"\b(?:the|its|our) (?:plan|target|goal)(?: for the year)? "
                               r"(?:had been|was)\s+$")
_COMPARED_SINCE = re.compile(r"\b(?:so voi|compared (?:with|to)|since)\s+(?:\w+\s+){0,4}$")
_SET_AFTER = re.compile(r"\s*%?\s*(?:de ra|dat ra|da de ra|set (?:for|by|at the start))\b")
_MONTHS_OF_YEAR = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months "
                             r"(?:of )?((?:19|20)\d\d)\b|\b\d{1,2} thang (?:dau )?(?:nam )?((?:19|20)\d\d)\b")
_STILL_IN_THE_YEAR = re.compile(r"\d\s*(?:%|percent|per cent|phan tram)[^.;\n]{0,40}\b(?:this year|nam nay)\b"
                                r"|\b(?:first|past) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                                r"eleven) months\b(?! (?:of )?(?:19|20)\d\d)"
                                r"|\b(?:\d{1,2}|sau|chin|tam|bay) thang dau nam\b(?! (?:19|20)\d\d)")
_IN_MONTH = re.compile(rf"\b(?:vao|trong|hoi|dip) thang (\d{{1,2}})\b(?!/)"
                       rf"|\b(?:in|during) ({MONTH})\b")
_BY_THE_END = re.compile(r"\bby the end of\s+$")
_END_OF = re.compile(r"\b(?:(?:at|by|to) )?the end of\b|\b(?:vao )?cuoi(?: nam)?\b")
_PLAN_YEAR_BEFORE = re.compile(r"\b(?:bar|targets?|goals?|plans?|sights|aims?|aiming)\s+(?:\w+\s+){0,2}"
                               r"(?:for|in|of)\s+$|\b(?:muc tieu|chi tieu|ke hoach)\s+(?:\w+\s+){0,4}"
                               r"(?:cho|trong|den|toi)\s+(?:nam\s+)?$")  # ("mục tiêu ... cho năm 2026")
_LAST_YEAR_FIGURES = re.compile(r"\b(?:last year|nam ngoai)\b(?![ '’]s\b| of\b)")  # not "last year's edition"
_REVIEWED_BEFORE = re.compile(r"\b(?:review\w*|tong ket|so ket|danh gia|implementation|thuc hien|ket qua|"
                              r"results?|performance|tasks?|nhiem vu)\b[^.;\n\d]{0,40}$")
_OTHER_TIME = re.compile(r"\b(?:after|since|before|sau|truoc)\s+(?:\w+\s+){0,3}(?:nam\s+)?$")


class YearRules:
    """The year rules of a document pass (`extractor._DocumentPass`): they read its state."""

    def _year_mentions(self) -> list[YearMention]:
        dates = self.dates
        found = []
        for match in YEAR_WORD.finditer(self.text):
            if any(a <= match.start() < b for a, b in dates):
                continue
            reach = max(0, match.start() - 40, self.folded.rfind(";", 0, match.start()) + 1)  # its clause's
            baseline = _BASELINE.search(self.folded, reach, match.start()) \
                and not _WHEN_AFTER.match(self.folded, match.end())  # "from 2023, when it shrank 4.13%"
            if baseline or _RANGE_START.search(self.text, max(0, match.start() - 8), match.start()) \
                    or _PRICE_BASE.search(self.folded, max(0, match.start() - 30), match.start()) \
                    or _PRICES_AFTER.match(self.folded, match.end()):
                continue  # a baseline, the end of "2022 – 2025", the base of "giá so sánh 2010"
            found.append(YearMention(match.start(), match.end(), int(match.group(1))))
        for pattern, kind in _RELATIVE:
            for match in pattern.finditer(self.folded):
                if not _BASELINE.search(self.folded, max(0, match.start() - 40), match.start()):
                    found.append(YearMention(match.start(), match.end(), None, kind))
        return sorted(found, key=lambda y: y.end)

    def _context_years(self, spans: list[tuple[int, int, int, list[Number]]]) -> Counter:
        """The years the report's figures are stated for, actual and target, most stated first.

        An undated figure in a report whose other figures are for 2023 is a 2023 figure: this is
        "the document's context" when a sentence gives no year. Returns how often each actual year is
        written out (not read against the report's year).
        """
        counts: dict[str, Counter] = {"actual": Counter(), "target": Counter()}
        self.stated = Counter()  # actual years written out beside a figure of theirs
        stated: Counter = Counter()  # actual years written out, not read against the report's
        for start, end, _, numbers in spans:
            marks = [m for m in self._between(self.marker_ends, self.markers, start, end)
                     if m.indicator == "*" or self.x.indicators[m.indicator].year_rule != "event_year"]
            roles = {m.role for m in marks}
            years = [y for y in self._between(self.year_ends, self.years, start, end)
                     if y.relative in (None, "doc", "doc-1", "next")]  # others are read against this
            if not roles & {"cue", "weak", "exclude"} or not years:
                continue
            ends = [y.end for y in years]
            kept = {id(y) for y in years}
            for number in (n for n in numbers if not n.is_year and (n.percent or n.value >= 100)
                           and not self._counts_something_else(n, marks)):
                before = years[bisect.bisect_right(ends, number.start) - 1] \
                    if bisect.bisect_right(ends, number.start) else None
                if before is not None and ";" in self.folded[before.end:number.start]:
                    before = None  # "... của năm 2023; GRDP bình quân đầu người đạt 83 triệu"
                after = self._year_after(number, self._after_end(number, min(end, number.end + REACH)))
                mention = after if after is not None and id(after) in kept else before
                year = self._resolve(mention, start) if mention else None
                if year is not None:
                    kind = self._kind(start, number)
                    counts[kind][year] += 1
                    written = kind == "actual" and mention.year is not None and bool(roles & {"cue", "weak"})
                    stated[year] += written and "scope" not in roles
                    self.stated[year] += written and not any(  # (not "6 tháng đầu năm 2025")
                        m.role == "scope" and m.start < number.end for m in marks)
        self.context = {kind: max(c, key=lambda y: (c[y], y == self.doc.year, y)) if c else None
                        for kind, c in counts.items()}
        return stated

    @staticmethod
    def _counts_something_else(number: Number, marks: list) -> bool:
        """"200 doanh nghiệp", "tuyển dụng 35.000 chỉ tiêu": a count of businesses or of vacancies
        says nothing of the year the report's figures are for."""
        return not number.percent and any(
            (m.role == "thing" and 0 <= m.start - number.end <= 2)
            or (m.role in ("scope", "exclude") and 0 <= number.start - m.end <= 2) for m in marks)

    @cached_property
    def _lead(self) -> str:
        """The title and first paragraph (and a little more): where a report says what it is about."""
        return self.folded[:self._opening_end + 400]

    @cached_property
    def _opening_end(self) -> int:
        """Where the first paragraph after the title ends."""
        return self.text.find("\n\n", len(self.doc.title) + 2) % (len(self.text) + 1)

    def _told_the_next_year(self, stated: Counter) -> bool:
        """A day named without its year ("CAN THO, Jan. 12") in a report on the results of its
        lead's year Y falls in Y + 1: a year's results are told after it ends (before December),
        unless the report still gives Y's first months ("FDI in the first eight months of 2025")."""
        when = self.doc.date
        if when is None or self.doc.date_has_year or when.month == 12:
            return False
        opening = self._opening_end
        told_the_whole = any(y.year == when.year and self._results_near(y.start)
                             for y in self._between(self.year_ends, self.years, len(self.doc.title), opening))
        searched = opening if told_the_whole else len(self.folded)
        if any(int(m.group(1) or m.group(2)) == when.year
               for m in _MONTHS_OF_YEAR.finditer(self.folded, 0, searched)):
            return False  # (not "expanded by 11.03 percent in 2024, ... released on January 6", with
            # "growth in the first six months of 2024 had been ..." further down)
        dateline = [a for a, _ in days_without_year(self.text) if a < len(self.doc.title) + 60]
        named = {WEEKDAYS[w] for w in _WEEKDAY_NAME.findall(self._lead)}
        if dateline and when.weekday() in named:
            return False  # "HAI PHONG, Oct 13 - ... opened on Monday": a Monday in the lead's year
        if dateline and is_day(when.year + 1, when.month, when.day) \
                and date(when.year + 1, when.month, when.day).weekday() in named:
            return True  # "HANOI, Jan 14 - ... 2024 data ... showed on Tuesday": 14 January 2025
        if any(self._results_near(m.start()) for m in _LAST_YEAR_FIGURES.finditer(self._lead)):
            return True  # "led the delta last year" with the title's "for 2023" (not "last year's festival")
        if told_the_whole and when.month <= 2 and not any(
                m.role == "target" for m in self._between(self.marker_ends, self.markers, 0, opening)):
            return True  # "recorded GRDP growth of 11.35% in 2025, ... a conference held on January 6"
        if self._results_year == when.year and when.month <= 2:
            return True  # "Chiều 18/1, ... hội nghị tổng kết công tác giảm nghèo năm 2023": in 2024
        if when.month <= 2 and any(
                y.year == when.year + 1 and any(m.role == "target" for m in self._between(
                    self.marker_ends, self.markers, max(0, y.start - 40), y.end + 20))
                for y in self._between(self.year_ends, self.years, 0, opening)):
            return True  # "on January 4 held a conference to review ... the 2024 plan and to assign
            # targets for 2025": a January that hands out the next year's plan is that year's
        stated = +stated
        if _STILL_IN_THE_YEAR.search(self.folded, len(self.doc.title)):
            return False  # "the industrial production index rose around 14% this year, while FDI ... in the
            # first nine months reached 3.5 billion USD": told within the year
        return bool(stated) and max(stated, key=lambda y: (stated[y], y)) == when.year

    def _undated_after_the_titles_year(self) -> bool:
        """An undated report whose title gives year Y's result and whose opening says "last year"
        of it is told in Y + 1: "HCMC helped over 320,500 workers find jobs in 2024" over "... find
        work last year", so its "For this year, the city aims ..." is 2025's."""
        if self.doc.date is not None or self.doc.year is None:
            return False
        title_end = len(self.doc.title)
        titled = {y.year for y in self._between(self.year_ends, self.years, 0, title_end) if y.year}
        opening = self.folded[title_end:self._opening_end]
        return titled == {self.doc.year} and any(
            self._results_near(title_end + m.start()) for m in _LAST_YEAR_FIGURES.finditer(opening)) \
            and str(self.doc.year) not in opening

    def _results_near(self, at: int) -> bool:
        """A year's results (growth, poverty, jobs: not an audience) are named within its clause's reach."""
        near = self._between(self.marker_ends, self.markers, max(0, at - 120), at + 120)
        return any(m.role in ("cue", "weak", "verb") and m.indicator != "*"
                   and self.x.indicators[m.indicator].year_rule != "event_year"
                   and not any(s.role == "scope" and s.indicator == m.indicator and s.start <= m.start
                               and m.end <= s.end + 12 for s in near)  # not the "việc làm" of "Phiên
                   for m in near)  # giao dịch việc làm đầu Xuân 2024", a job fair

    def _plan_year(self, start: int, end: int, paragraph: int) -> tuple[int, int] | None:
        """A sentence that announces targets without giving any ("For 2026, the resolution sets out
        24 key targets.", "Nghị quyết xác định năm 2026 ... với 24 chỉ tiêu chủ yếu."): the figures
        that follow in its paragraph are that year's targets."""
        markers = self._between(self.marker_ends, self.markers, start, end)
        if not any(m.role == "target" for m in markers) or any(m.role == "actual" for m in markers):
            return None
        years = [y.year for y in self._between(self.year_ends, self.years, start, end) if y.year]
        if not years or not self.doc.year:
            return None
        early = self.doc.date is not None and self.doc.date.month <= 6  # a January report's own year
        return (paragraph, years[0]) if years[0] > self.doc.year or (early and years[0] == self.doc.year) \
            else None

    def _paragraph_year(self, start: int, end: int, paragraph: int, numbers: list[Number]
                        ) -> tuple[int, int] | None:
        """A year that the following sentences of a paragraph inherit: "In 2023, ..." or one
        stated in a sentence about an indicator with no figure of its own ("Growth diverged in 2023.")."""
        years = [y for y in self._between(self.year_ends, self.years, start, end) if y.year
                 and not _COMPARED_SINCE.search(self.folded, max(start, y.start - 30), y.start)]
        if not years:  # (not "So với thời điểm cuối năm 2024, tỷ lệ hộ nghèo ... giảm 0,87 điểm")
            return None
        lead = _EXPLICIT_LEAD.match(self.folded, self._content_start(start, years[0].start), years[0].start)
        # (also after "Báo cáo ... cho biết, năm 2024 kinh tế ... sau ... năm 2023")
        if lead and lead.end() >= years[0].start - 1:
            return paragraph, years[0].year
        for y in years:  # "... cho biết năm 2024, dù ...", "said that in 2024, ..." (before any figure)
            lead_in = re.search(r"\b(?:in|nam|trong nam)\s+$", self.folded[max(start, y.start - 12):y.start])
            if lead_in and self.folded[y.end:y.end + 1] == "," \
                    and all(n.is_year or n.start > y.start for n in numbers):
                return paragraph, y.year
        if all(n.is_year for n in numbers) and any(
                m.role in ("cue", "weak") for m in self._between(self.marker_ends, self.markers, start, end)):
            return paragraph, years[-1].year  # (a year compared with, "than in 2024", is no mention)
        if (self.text[end - 1] == ":" or self._heading(start, end)) and all(n.is_year for n in numbers) \
                and len({y.year for y in years}) == 1:
            return paragraph, years[0].year  # "Một số kết quả chủ yếu năm 2023:" over a list or table, a
            # heading "🔁 Looking back at 2024" over its lines
        return None

    def _asked_year(self, start: int, end: int, paragraph: int) -> tuple[int, int] | None:
        """The one year an interviewer's question names ("PV: Năm 2025, ngành đặt ra những mục tiêu
        gì?"), for the answer in the next paragraph."""
        years = {y.year for y in self._between(self.year_ends, self.years, start, end) if y.year}
        return (paragraph, years.pop()) if len(years) == 1 else None

    def _year_after_respectively(self, number: Number) -> YearMention | None:
        """"6.91% and 6.29% respectively in 2023": the year after the list is every figure's."""
        marker = RESPECTIVELY.search(self.folded, number.end, self._sentence_end)
        if not marker or not self._light(number.end, marker.start()):
            return None
        end = min(self._sentence_end, marker.end() + 12)
        later = self._between(self.year_ends, self.years, marker.end(), end)
        return later[0] if later and later[0].year else None

    def _paired_year(self, number: Number) -> YearMention | None:
        """"13.45% and 13.85% in 2023 and 2024": a list of figures then as many years, in order."""
        same = [n for n in self.sentence_numbers if n.percent == number.percent and not n.is_year]
        at = same.index(number) if number in same else -1
        if at < 0:
            return None
        first = last = at
        while first > 0 and _PAIR_GLUE.fullmatch(self.folded, same[first - 1].end, same[first].start):
            first -= 1
        while last + 1 < len(same) \
                and _PAIR_GLUE.fullmatch(self.folded, same[last].end, same[last + 1].start):
            last += 1
        listed = _YEARS_LISTED.match(self.folded, same[last].end)
        if first == last or not listed:
            return None
        years = [y for y in self._between(self.year_ends, self.years, same[last].end, listed.end()) if y.year]
        return years[at - first] if len(years) == last - first + 1 else None

    def _respective_year(self, s_start: int, number: Number) -> YearMention | None:
        """"trong các năm 2022, 2023 và 2024 lần lượt là 30,62%, 26,19% và 21,69%": the n-th figure
        is the n-th year listed before the first of them (or between the last and "respectively")."""
        same = self._respective_list(s_start, number)
        years = [y for y in self._between(self.year_ends, self.years, s_start, same[0].start)
                 if y.year] if same else []
        marker = RESPECTIVELY.search(self.folded, same[-1].end, self._sentence_end) if same else None
        if len(years) != len(same) and marker:  # "5.5%, 2.4% and 6.03% in 2022, 2023 and 2024 respectively"
            years = [y for y in self._between(self.year_ends, self.years, same[-1].end, marker.start())
                     if y.year]
        if len(years) >= 2 and len(years) == len(same) and len({y.year for y in years}) == len(years):
            return years[same.index(number)]
        return None

    def _other_time(self, mention: YearMention) -> bool:
        """A year a figure is measured against, not for: "recovered to 6% after a difficult 2023"."""
        return bool(_OTHER_TIME.search(self.folded, max(0, mention.start - 40), mention.start))

    def _year_after(self, number: Number, after_end: int) -> YearMention | None:
        for y in self._between(self.year_ends, self.years, number.end, after_end):
            gap = _END_OF.sub(" ", self.folded[number.end:y.start])  # "5.2% for X at the end of 2025"
            if len(gap.split()) <= 4 and not self._other_time(y):
                return y
        return None

    def _resolve(self, mention: YearMention, s_start: int) -> int | None:
        if mention.year is not None:
            return mention.year
        doc_year = self.doc.year
        if mention.relative == "doc":  # "this year": the year the report was told in
            return self.doc.date.year if self.doc.date else doc_year
        if mention.relative == "doc-1":
            if self.doc.date is None and self._results_year is not None:
                return self._results_year  # "about the results of 2022 and the plans": told after it
            if self._lead_reviews_its_year():
                return doc_year  # undated: the year its lead reviews, told after it (not a festival's year)
            stated = +self.stated
            if self.doc.date is None and stated and max(stated, key=lambda y: (stated[y], y)) == doc_year:
                return doc_year  # undated, with "jobs for 46,520 people in 2024": told in 2025 or later
            told = self.doc.date.year if self.doc.date else doc_year
            return told - 1 if told else None
        if mention.relative == "lastfull":  # "during the year": the year the report's figures are for
            named = [y for y in self._between(self.year_ends, self.years, s_start, mention.start) if y.year]
            if named and self.folded[mention.start:mention.end].endswith("the year"):
                return named[-1].year  # "For 2025, X aims to bring the rate below 19% by the end of the year"
            deadline = _BY_THE_END.search(self.folded, max(0, mention.start - 16), mention.start) \
                or re.search(r"\bby\s+$", self.folded[max(0, mention.start - 4):mention.start])  # year-end
            if deadline and self.doc.date is not None and self.doc.date.month >= 4:
                return self.doc.date.year  # "aims to bring the rate to 4.5% by the end of the year" in August
            if self.doc.date is not None:  # a dated review: the year it closes
                return self._last_full_year()
            return self.context["actual"] or self._last_full_year()
        earlier = [y for y in self.years[:bisect.bisect_left(self.year_ends, mention.start)] if y.year]
        if mention.relative == "next":  # "9% in 2023 and 10% the following year"; else the report's next
            in_sentence = [y for y in earlier if y.start >= s_start]
            return in_sentence[-1].year + 1 if in_sentence else doc_year + 1 if doc_year else None
        if mention.relative in ("prev", "prev2"):  # "13.32% at the end of 2023, down from 18.51% two
            back = 2 if mention.relative == "prev2" else 1  # years earlier": 2021
            in_sentence = [y for y in earlier if y.start >= s_start]
            if in_sentence:
                return in_sentence[-1].year - back
            last_full = self._last_full_year()  # a year before the sentence's undated figure
            return last_full - back if last_full else None
        return earlier[-1].year if earlier else doc_year  # "the same year"

    def _clause_start(self, s_start: int, at: int) -> int:
        return max(s_start, self.folded.rfind(",", s_start, at) + 1, self.folded.rfind(";", s_start, at) + 1)

    def _year(self, s_start: int, next_start: int, seg_start: int, number: Number, after_end: int,
              ind: Indicator, kind: str, paragraph_year: tuple[int, int] | None
              ) -> tuple[int | None, str, str]:
        """The year a figure is for, and how that was decided (explicit / relative / inferred)."""
        respective = self._respective_year(s_start, number) or self._paired_year(number)
        if respective is not None:
            self.sentence_years[kind] = (respective.year, self.text[respective.start:respective.end])
            return respective.year, "explicit", f"the years listed, respectively: {respective.year}"
        header_years = self._header(number)[1] if ind.year_rule != "event_year" else []
        if header_years and table_cell(self.text, number.start, number.end):
            said = self.text[header_years[-1].start:header_years[-1].end]  # (not a note in another cell:
            return header_years[-1].year, "explicit", f"stated in the column header: {said!r}"  # "| 6.03 |
            # 2023 contraction due to electronics slump |")
        if kind == "target" and "actual" in self.sentence_years and self._met_or_missed(number) \
                and not self._year_after(number, after_end):
            year, said = self.sentence_years["actual"]  # "ước đạt 6,12%, cao hơn mức 5,6% của năm trước
            return year, "explicit", f"the year of the result it is measured against: {said!r}"  # nhưng
            # chưa đạt kế hoạch 6,5%": 2024's plan
        mention = self._year_after(number, after_end) or self._year_after_respectively(number)
        event_year = self.doc.date.year if self.doc.date else self.doc.year
        if mention is not None and ind.year_rule == "event_year" and event_year is not None \
                and (self._resolve(mention, s_start) or event_year) < event_year:
            return None, "explicit", "an earlier edition's"  # "The conference drew about 600 people in 2022."
        if mention is None and ind.year_rule == "event_year" and event_year is not None:
            # the event's date decides, not another year in the sentence ("the 2026 plan"); an earlier
            # year there is an earlier edition's ("Its 2024 edition attracted 7,200", "Năm ngoái, ...";
            # not "of the year")
            earlier = [y for y in (*self._between(self.year_ends, self.years, s_start, number.start),
                                   *self._between(self.year_ends, self.years, number.end, after_end))
                       if (y.year is not None or y.relative in ("doc-1", "prev", "prev2"))
                       and (self._resolve(y, s_start) or event_year) < event_year
                       and not _REVIEWED_BEFORE.search(self.folded, max(s_start, y.start - 50), y.start)
                       and not any(n.percent and _IN_BETWEEN.fullmatch(self.folded, n.end, y.start)
                                   for n in self.sentence_numbers if n.end <= y.start)]
            # (not the year a conference reviews: "a conference to review its 2024 performance, attended
            # by some 450"; not the year of another figure: "expanded 8.15 percent in 2025, ... a press
            # conference on January 6 that drew more than 60")
            # (or after it in its clause: "12.000 người của mùa lễ hội năm ngoái")
            months = [int(m.group(1)) if m.group(1) else MONTHS[m.group(2)]
                      for m in _IN_MONTH.finditer(self.folded, self._clause_start(s_start, number.start),
                                                  number.start)]
            if earlier or (self.doc.date and any(month != self.doc.date.month for month in months)):
                return None, "explicit", "an earlier edition's"  # (or "the fair held in March")
            if self.doc.date is not None:
                return (event_year, "inferred", f"the event's year: it is dated {self.doc.date.isoformat()}")
        bracket = self.text.rfind("(", s_start, number.start)
        if mention is None and bracket >= 0 and ")" not in self.text[bracket:number.start]:
            mention = next((y for y in self._between(self.year_ends, self.years, bracket, number.start)
                            if y.year and y.start - bracket <= 6), None)  # "giảm 2,79% so với năm 2023
            # (năm 2023 tỷ lệ hộ nghèo là 11,29%)": the year its brackets open on
        compared = COMPARED_WITH.search(self.folded, max(s_start, number.start - 30), number.start)
        if mention is None and compared:
            mention = self._later_year(number, next_start)  # "higher than the 6.9% recorded ... in 2024"
        if mention is None:
            in_segment = [y for y in self._between(self.year_ends, self.years, seg_start, number.start)
                          if y is not self.claimed]  # not the year written after the previous number
            mention = in_segment[-1] if in_segment else None
        if mention is None:
            mention = self._later_year(number, next_start)
        if mention is None:  # "7.9% in the former Lao Cai and 6.7% in Yen Bai at the end of 2024": the list's
            sibling = next((n for n in self.sentence_numbers if n.start == next_start), None)
            if sibling is not None and sibling.percent == number.percent and self._sibling(number, sibling):
                after = next((n.start for n in self.sentence_numbers if n.start > sibling.start),
                             self._sentence_end)  # "Hai Phong (10.34%) and Quang Ninh (10.03%), ... in 2023"
                mention = self._year_after(sibling, self._after_end(sibling, self._sentence_end)) \
                    or self._later_year(sibling, after)
        if mention is None and kind in self.sentence_years:  # "8% in 2025, ... Hai Phong aims for 12%"
            year, said = self.sentence_years[kind]
            return year, "explicit", f"stated for the sentence's earlier {kind} figure: {said!r}"
        if mention is None:
            in_sentence = self._between(self.year_ends, self.years, s_start, number.start)
            mention = in_sentence[-1] if in_sentence else None
        if mention is not None:
            year = self._resolve(mention, s_start)
            said = self.text[mention.start:mention.end]
            if mention.relative == "doc" and kind == "target" and self.doc.date is None \
                    and paragraph_year is not None and paragraph_year == self.plan:
                # "... set ambitious goals for 2024. Bac Ninh has set 4% for this year"
                plan = paragraph_year[1]
                return plan, "relative", f"{said!r} in a paragraph on the plans for {plan}"
            if year is not None:
                if mention.year is not None:
                    self.sentence_years[kind] = (year, said)
                    return year, "explicit", f"stated: {said!r}"
                return year, "relative", f"{said!r} read against the report's year {self.doc.year}"
        header_years = self._header(number)[1]
        if header_years:
            said = self.text[header_years[-1].start:header_years[-1].end]
            return header_years[-1].year, "explicit", f"stated in the column header: {said!r}"
        if paragraph_year is not None and not (kind == "actual" and self.doc.date is not None
                                               and paragraph_year[1] > self.doc.date.year):
            return paragraph_year[1], "explicit", f"stated earlier in the paragraph: {paragraph_year[1]}"
            # (not "For 2026, ... proposed a target of 12%. The poverty rate now stands at 0.41%")
        doc_year = self.doc.year
        source = f"dated {self.doc.date.isoformat()}" if self.doc.date else f"about {doc_year}"
        if ind.year_rule == "event_year":
            return doc_year, "inferred", f"the event's year: the report is {source}"
        if kind == "target" and self._met_or_missed(number):
            year = self.context["actual"] or self._last_full_year() or doc_year
            return year, "inferred", f"a target the results of {year} are measured against"
        if kind == "actual" and self.doc.date is not None and self._results_year is not None \
                and self.doc.date.year == self._results_year + 1 and self.doc.date.month <= 6:
            return (self._results_year, "inferred",  # "tổng kết công tác giảm nghèo năm 2025", dated 2026
                    f"no year in the sentence; the report reviews the results of {self._results_year}")
        if kind == "actual" and self.doc.date is None and doc_year is not None \
                and WHOLE_YEAR.search(self.folded, self._clause_start(s_start, number.start), number.start):
            return doc_year, "inferred", f"a full-year figure with no year, in a report about {doc_year}"
            # ("The city's statistics office put full-year growth at 11.81%", beside 2024's figures)
        if kind == "target" and self.doc.date is not None \
                and WHOLE_YEAR.search(self.folded, number.end, min(after_end + 20, self._sentence_end)):
            return doc_year, "inferred", f"a full-year expectation with no year, in a report {source}"
            # ("The first nine months came in at 8.4 percent, and we expect ... about 9 percent for the
            # full year", beside the plans for 2026)
        if self.context[kind] is not None:
            return (self.context[kind], "inferred",
                    f"no year in the sentence; the report's {kind} figures are for {self.context[kind]}")
        if doc_year is None:
            return None, "inferred", "no year in the sentence or the report"
        if kind == "target" and self._results_year is not None:  # a review of 2024 plans for 2025
            year = self._results_year + 1
            return year, "inferred", f"a target with no year in a review of {year - 1}: the next year"
        if kind == "target" and self.doc.date is not None and self.doc.date.month == 12:
            return doc_year + 1, "inferred", "a target with no year in a December report: the next year"
        if kind == "target":
            return doc_year, "inferred", f"a target with no year: the report's year ({source})"
        return (self._last_full_year(), "inferred",
                f"no year stated; the report is {source} and reports the last full year")

    def _later_year(self, number: Number, next_start: int) -> YearMention | None:
        """The first year after a number, up to the next number, not past a ";" (another clause's)."""
        semicolon = self.folded.find(";", number.end, next_start)
        later = [y for y in self._between(self.year_ends, self.years, number.end,
                                          semicolon if semicolon >= 0 else next_start)
                 if not self._other_time(y) and not (  # not "grows 11.81% ..., sets higher bar for 2026"
                     "," in self.folded[number.end:y.start]
                     and _PLAN_YEAR_BEFORE.search(self.folded, max(0, y.start - 30), y.start))]
        return later[0] if later else None

    def _met_or_missed(self, number: Number) -> bool:
        """A target a result is measured against: "chưa đạt mục tiêu 8% đề ra", "short of its 8.5%
        target", "exceeding the 7% target": it is the reviewed year's, not the next one's."""
        before = self.folded[max(0, number.start - 50):number.start]
        after = self.folded[number.end:number.end + 30]
        return bool(_MEASURED_BEFORE.search(before) or _SET_AFTER.match(after)
                    or _PAST_PLAN_BEFORE.search(before))  # "The plan had been 8 percent. We reached ..."

    @cached_property
    def _results_year(self) -> int | None:
        """The year whose results the report's lead says it is about: "kết quả công tác ... năm 2024",
        "the results of 2024", "tổng kết năm 2024", "full-year 2025", "2025 in review" (not a
        period: "2021-2030")."""
        match = _RESULTS_OF.search(self._lead)
        return int(match.group(1) or match.group(2)) if match else None

    def _lead_reviews_its_year(self) -> bool:
        """An undated report whose lead gives results for the year it is about."""
        year = self.doc.year
        at = self._lead.find(str(year)) if year else -1
        return self.doc.date is None and at >= 0 and self._results_near(at) and not any(
            m.role == "target" for m in self._between(self.marker_ends, self.markers, max(0, at - 40), at))
        # (not "... and leaders say they will push harder in 2025": the year ahead)

    def _last_full_year(self) -> int | None:
        """The year a report's undated results are for: the year its lead reviews the results of;
        a December review reports its own year."""
        if self._results_year is not None:
            return self._results_year
        if self.doc.date is not None:
            return self.doc.date.year if self.doc.date.month == 12 else self.doc.date.year - 1
        if self._lead_reviews_its_year():
            return self.doc.year  # "Bac Giang tops 2023 growth table as Quang Nam slips into contraction"
        title = self.doc.title.strip(" #*")
        heading = re.fullmatch(r"[^.!?]{0,80}?\b((?:19|20)\d\d)\b[^.!?\d]{0,40}", title)
        if heading:  # "## Hai Phong 2023": a heading names the year the report is about
            return int(heading.group(1))
        return self.doc.year - 1 if self.doc.year else None  # "a 2024 conference" reports 2023
