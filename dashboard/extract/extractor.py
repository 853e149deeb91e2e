"""Sentences -> observations, each with the span of text it came from.

The words that tie a number to an indicator live in datasets/extraction/cues.csv (patterns on
folded text: no diacritics, lower case, as long as the text), so a new indicator is mostly data.

How a number becomes a figure, in the order the code decides it:

* which indicator: for a percentage, the nearest marker before it in its stretch of the sentence
  (since the previous number) decides; a cue names an indicator, an exclusion (exports, per
  capita, ethnic-minority households, first quarter ...) rules the number out. A stretch with no
  marker and only list glue ("and", a province, a year) carries the previous number's decision:
  "2.62% in 2021, 8.01% in 2022 and 5.49% in 2023", "Tra Vinh recorded 5.5% and Soc Trang 6.3%".
  A count needs its unit right after it (delegates, workers, jobs) and a cue beside it.
* changes are not levels: "by 4.2 percentage points to 25.97%" keeps 25.97; a poverty rate that
  "decreased 1.2%" is a change and is dropped; a growth that "decreased 4.83%" is -4.83.
* which province: the one named nearest before the number in its sentence, or "in X" right after
  it; a national marker there (GDP, the national average, cả nước) rules it out; otherwise the
  province the paragraph, then the report, is about ("the province", "tỉnh", "toàn tỉnh").
* which year: one written right after the number, else the nearest before it in its sentence,
  a relative one ("last year", "cùng năm"), one opening an earlier sentence of the paragraph
  ("In 2023, ..."), else the year the report's other figures are for, else the report's last
  full year (see `_DocumentPass._year`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from functools import cached_property
from pathlib import Path

from dashboard.extract.cues import Indicator, load_cues, load_indicators
from dashboard.extract.documents import MONTH, MONTHS, Document, days_without_year, find_dates
from dashboard.extract.numbers import Number, find_numbers
from dashboard.extract.text import (
    PLAIN,
    column_header,
    fold_same_length,
    percent_by_table,
    row_number,
    sentences,
    table_caption,
    table_cell,
    value_cells,
)
from dashboard.paths import DATASETS
from dashboard.provinces import Gazetteer, generation_for

_YEAR_WORD = re.compile(r"(?<![\d/.\-–−])(19[5-9]\d|20\d\d)(?![\d/]|\.\d|\s*[-–—]\s*(?:19|20)\d\d)")
_ITS_TARGET = re.compile(r"\b(?:target|goal|plan|muc tieu|chi tieu|ke hoach)\s+(?:of\s+|la\s+|dat\s+)?$")
_PRICE_BASE = re.compile(r"(?:gia so sanh|gia co dinh|theo gia|(?:constant|comparable|fixed|comparative) "
                         r"(?:prices? )?(?:of |in |at )?)\s*(?:nam\s+)?$")  # "giá so sánh 2010": a base year
_PRICES_AFTER = re.compile(r"\s*(?:constant |comparative |comparable )?prices\b")
_ASIDE = re.compile(r",\s*(?:which|who|whose|now|formerly|once|previously|von la|nay la|truoc day)\b"
                    r"[^,;.\n]*(?:,\s*the [^,;.\n]*)?(?=,)"
                    r"|\(\s*(?:hop nhat|sap nhap|merged|merging|including|gom|formerly|now|nay la|"
                    r"truoc day)\b"
                    r"[^()\n]*\)")  # ", now including former Bac Giang, the ...,", "(hợp nhất A và B)"
_NOW_BEFORE = re.compile(r"\b(?:now|nay|nay la|nay thuoc|nay sap nhap vao|became|has become|was merged into|"
                         r"(?:da )?(?:sap nhap|hop nhat) vao)\s+(?:(?:a )?part of |merged into |in |"
                         r"belongs? to |under )?(?:the (?:new |enlarged |merged )?)?(?:tinh |thanh pho |"
                         r"province of |city of )?$")
_DATELINE_AFTER = re.compile(  # "Hanoi, January 2024 - ", "CAN THO (VNA) – ": where the report was filed
    r"\s*(?:,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{0,2},?\s*(?:(?:19|20)\d\d)?"
    r"|\d{1,2}\s+[a-z]+\.?\s*(?:(?:19|20)\d\d)?|\d{1,2}/\d{1,2}(?:/\d{4})?))?\s*(?:\([a-z ]+\)\s*)?[-–—]\s")
_THAN_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|so voi|hon)\s+(?:the\s+|muc\s+|of\s+)?"
                          r"(?:about\s+|around\s+)?$")
_JOBS_FOR = re.compile(r"\b(?:jobs? for|work for|employment for|viec lam (?:moi )?cho)\s+$")
_STRONG_BREAK = re.compile(r"\s[—–-]\s|;|\s(?:while|whereas|trong khi)\s")  # a new clause, a new subject
_AND_AT = re.compile(r"\s(?:and|va)\s")  # "3,000 artists and performers": one noun phrase
# "61.6% of the annual plan of 16,000", "đạt 53,5% kế hoạch năm là 40.000"
_PLAN_OF = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+)?(?:annual\s+|year s\s+|full[- ]year\s+)?"
                      r"(?:plan|target|goal|ke hoach|chi tieu|muc tieu)\s*(?:nam|ca nam|for the year)?\s*"
                      r"(?:la|of|dat ra|de ra|\()?\s*(?:about\s+|khoang\s+)?")
_SUB_ROW = re.compile(r"[-–—+•]|(?:trong do|of which|including)\b")
# "aims to bring it below 6.5%"
_BRING_IT = re.compile(r"\b(?:bring|cut|reduce|lower|keep|push|get|hold|raise|lift|drive|take)s? it\b"
                       r"(?: (?:down|up|back))?(?: (?:to|below|under|above|at))?\s*$")
_SUBJECT_GAP = re.compile(r"\s*(?:\(?cu\)?\s*)?(?:(?:chi|da|cung|van|tiep tuc|lai)\s+)?")  # "X (cũ) chỉ tăng"
_WHEN_AFTER = re.compile(r",?\s+(?:when|khi)\b")
_OPENING = 25  # characters: a scope this near a sentence's start covers it ("Theo báo cáo, 6 tháng ...")
_WHOLE_YEAR = re.compile(r"\b(?:full[- ]year|whole[- ]year|for the whole of|as a whole|ca nam|rieng nam)\b")
_CLAUSE_MARK = re.compile(r"[,;:!?]")
_NOT_A_COUNT_AFTER = re.compile(r"\s+(?:jobs? (?:creation|plan|target|fair|market)|viec lam)\b")
_RANGE_START = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")
_BASELINE = re.compile(r"(?:compared (?:with|to)|over|than|against|from|since|versus|vs|so voi|"
                       r"(?:up|down|rise|increase|decrease|fall|drop|growth) (?:of )?[\d.,]+ ?% on|"
                       r"so voi cung ky|so cung ky|tu)\s+(?:the same period (?:of|in) |cung ky |"
                       r"nam |the year |the end of |(?:the )?(?:same )?period of |(?:cuoi|het|dau) nam )?$")
_AFTER_BREAK = re.compile(r"[,;:()\[\]]|\s(?:and|while|whereas|but|as|because|thanks to|due to|despite|"
                          r"in spite of|amid|although|though|driven by|helped by|boosted by|led by|"
                          r"on the back of|va|trong khi|con|nhung|nho|mac du|bat chap)\s")
_IN_PLACE_AFTER = re.compile(r"^\s*\W?\s*(?:in|at|of|for|ở|tại|của|o|tai|cua)\s+(?:the )?"
                             r"(?:(?:former|old|new|merged|enlarged) )?(?:(?:tinh|province of) )?$", re.I)
_EXPLICIT_LEAD = re.compile(r"\W*(?:in|during|for|throughout|by the end of|as of|at the end of|"
                            r"trong|nam|trong nam|tinh den het nam|het nam|ca nam)\s+(?:nam\s+)?$")
_RELATIVE = [
    (re.compile(r"\b(?:last year|nam ngoai)\b"), "doc-1"),
    (re.compile(r"\b(?:nam qua|the past year|the year|during the year|trong nam)\b"), "lastfull"),
    (re.compile(r"\b(?:(?:the )?previous year|a year (?:earlier|before|ago)|the year before|prior year|"
                r"nam truoc|nam lien truoc|nam truoc do)\b"), "prev"),
    (re.compile(r"\b(?:this year|the current year|nam nay)\b"), "doc"),
    (re.compile(r"\b(?:next year|the coming year|the following year|nam toi|nam sau)\b"), "next"),
    (re.compile(r"\b(?:(?:the )?same year|that year|cung nam|nam do|trong nam nay)\b"), "same"),
]
_BARE_AFTER = re.compile(r"[\s,;.]*(?:(?:in|for|by|during|nam|trong|vao)\s+(?:(?:19|20)\d\d\b)?[\s,;.]*)?"
                         r"(?:(?:set|fixed|planned|assigned|giao|de ra|dat ra)\b[^,;.]*[\s,;.]*)?")
_GLUE = frozenset(re.findall(r"\w+", """
    and in of while whereas with respectively recorded reached posted achieved at was were is for
    the to from up down rose grew increased fell decreased declined dropped against versus vs
    compared year years s a an its their province city provinces cities followed by by then but
    neighbouring neighboring saw had has stood figure figures rate rates level levels this that va
    nam dat tang giam con la o muc trong khi cua so voi tinh thanh pho lan luot va nhu vay it rise
    grow reach increase expand climb hit wide overall whole general chung faster slower nhanh cham
    households ho former cu after achieving sau khi higher lower than above below thap hon cao vuot
    created generated exceeding reported reports bao cao tuong ung ghi nhan dung sau toi den xuong len
    voi nhung khi ca
    ty le toc do tu tro well far slightly total came full whole closely next behind close second third
    previous last same cung truoc ngoai nay respective respectively lan luot end cuoi stood trailed
    lagged led came ranked followed second third fourth fifth behind ahead drop fall decline reduce
    bring keep be further rising falling beating surpassing exceeding outpacing pace
    thu hai ba tu nhat xep hang
    enlarged merged expanded new
"""))  # words that may sit between the items of a list
_CHANGE_BEFORE = re.compile(r"\b(?:decreas\w*|reduc\w*|drop\w*|fell|fall\w*|declin\w*|cut|down|lower\w*|"
                            r"giam|ha|rose|increas\w*|up|tang|raised)\s+(?:by\s+|an average of\s+|"
                            r"binh quan\s+|moi nam\s+|them\s+)?$")
_NEGATIVE_BEFORE = re.compile(r"(?:\b(?:decreas\w*|declin\w*|contract\w*|fell|shrank|shrunk|shrinks?|"
                              r"shrinking|drop\w*|giam|suy giam|negative|negative growth|am)\s+"
                              r"(?:by\s+|of\s+|muc\s+)?(?:an estimated\s+|about\s+|around\s+)?)$")
_TO_LEVEL_AFTER = re.compile(r"^\s*(?:,\s*)?(?:to|xuong|xuong con|con|len|len muc|to reach|to just|"
                             r"reaching|den|toi|-)\s+(?:muc\s+)?(?:about\s+|around\s+|khoang\s+)?\d")
_REACH = 300  # characters: how far after a number its words are looked for (keeps long text linear)
_CONTRAST = re.compile(r";|\b(?:while|whereas|but|however|trong khi|con(?!\s+(?:muc\s+)?\d)|nhung|"
                       r"toan tinh)\b")
_BY = re.compile(r"\b(?:by|them)\s+$")
_WHOLE = re.compile(r"\b(?:toan tinh|toan thanh pho|chung toan tinh|the whole province|province ?wide|"
                    r"across the province)\b")
_LABEL_LINE = re.compile(r"\s*(?:[-*•+]\s*)?[^.!?:\n|]{2,60}:\s*(?:\S+\s+)?")  # "- Jobs created: approx. "
_POINTS_FIGURE = re.compile(r"\d\s*(?:diem|percentage points?|points?|pp)\b")
_POINTS_LABEL = re.compile(r"\bdiem (?:%|phan tram)|percentage points?|\bpp\b|\bpoints\b")  # a change column
_RESULTS_OF = re.compile(r"\b(?:ket qua|tong ket|results? (?:of|for|in))"
                         r"[^.!?\n]{0,60}?\b(?:nam )?((?:19|20)\d\d)\b(?!\s*[-–—]\s*(?:19|20)\d\d)")
_MEASURED_BEFORE = re.compile(r"\b(?:chua dat|khong dat|vuot|so voi|hoan thanh|short of|missed|miss|"
                              r"exceed\w*|surpass\w*|beat|behind|below|above)\s+(?:\w+\s+){0,4}$")
_SET_AFTER = re.compile(r"\s*%?\s*(?:de ra|dat ra|da de ra|set (?:for|by|at the start))\b")
_MONTHS_OF_YEAR = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months "
                             r"(?:of )?((?:19|20)\d\d)\b|\b\d{1,2} thang (?:dau )?(?:nam )?((?:19|20)\d\d)\b")
_EXPECTED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,4}?\s+(?:are|is|will be|were|was) "
                             r"(?:expected|scheduled|set|due|slated|planned|likely) to\b"
                             r"|(?:\s+[a-z]+){0,4}?\s+(?:se|du kien(?: se)?) "
                             r"(?:tham du|tham gia|co mat|ve du|den du)\b")
_IN_MONTH = re.compile(rf"\b(?:vao|trong|hoi|dip) thang (\d{{1,2}})\b(?!/)"
                       rf"|\b(?:in|during) ({MONTH})\b")
_OF_BEFORE = re.compile(r"\bcua (?:tinh |thanh pho )?$")
_SIBLING_GAP = re.compile(r"\s*(?:(?:in|at|o|tai|of|the|former|province|city|tinh|thanh pho|cu)\s+)*"
                          r"\s*(?:,\s*)?(?:and|va|,)\s*")
_FORMER_UNIT = re.compile(r"\(\s*cu\s*\)|\bformer\b|\(\s*old\s*\)")
_END_OF = re.compile(r"\b(?:(?:at|by|to) )?the end of\b|\b(?:vao )?cuoi(?: nam)?\b")
_NUMBER_NEXT = re.compile(r"\s+(?:(?:about|some|around|nearly|almost|over|more than|roughly|khoang|hon|gan|"
                          r"tren|xap xi)\s+)?\d")  # "representing roughly 98,000": a scope for the next count
_PROVINCE_REFERENCE = re.compile(r"\b(?:the|this) (?:[a-z-]+ ){0,3}(?:province|city)\b(?! s\b)")
_ANAPHOR = re.compile(r"\W*(?:the|this|that) (?:figure|rate|result|level|growth)\b|"
                      r"\W*(?:con so|muc|ket qua|ty le) (?:nay|do|tren)\b")
_THIS_RATE = re.compile(r"\b(?:this|that) (?:figure|rate|level)\b|\b(?:con so|muc|ty le) (?:nay|do)\b")
_TARGET_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:\w+\s+)?(?:target|goal)s?\b"
                           r"|\s+(?:set (?:by|for|at|in)|planned for|de ra|dat ra)\b")  # "the 65,000 set by"
_LAST_YEAR_FIGURES = re.compile(r"\b(?:last year|nam ngoai)\b(?![ '’]s\b)")  # not "last year's edition"
_PROVINCES_AFTER = re.compile(r"\s+(?:(?:tinh|dia phuong|provinces?|localities)\b|cities\b)")
_COUNT_RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")  # "300,000-310,000 workers": a range
_PERCENT_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|to|den)\s*\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|phan tram)")
_LIST_GLUE = re.compile(r"\s*(?:,|,? and|,? va|,? or|,? hoac)\s*")
_LIST_AFTER = re.compile(r"(?:\s*(?:,|,? and|,? va)\s*\d[\d.,]*)+"  # ", 6.120 và 21.400" (lao động)
                         r"|\s+(?:out )?of (?:its |the |their |all )?\d[\d.,]*")  # "82 of its 86" (deputies)
_PART_OF_BEFORE = re.compile(r"\d\s+(?:out )?of (?:its |the |their |all )?$")  # the 86 of "82 of its 86"
_STANDARD = re.compile(r"(?:standard|chuan|multi-?dimensional|da chieu)\D{0,40}?((?:19|20)\d\d)\s*[-–—]\s*"
                       r"((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*"
                       r"(?:[\w-]+\s+){0,2}(?:standard|chuan|multi-?dimensional|da chieu)")
_SAME_STANDARD = re.compile(r"\b(?:the same|this|that) (?:poverty )?standard\b|\bcung chuan\b|"
                            r"\btheo chuan (?:nay|do|tren)\b")
_OTHER_TIME = re.compile(r"\b(?:after|since|before|sau|truoc)\s+(?:\w+\s+){0,2}(?:nam\s+)?$")
_RESPECTIVELY = re.compile(r"\b(?:respectively|lan luot|tuong ung)\b")
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|den|toi|-|–)\s*$"
                           r"|\btu\s+\d[\d.,]*\s*(?:%|phan tram)\s*(?:den|toi)\s*$")  # "từ 7% đến 7,5%"
_FROM_BEFORE = re.compile(r"\b(?:from|tu)\s+(?:muc\s+)?$")


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


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    indicator: str
    role: str


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str | None  # None: a national marker


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int | None     # None for a relative mention still to resolve
    relative: str | None = None


@dataclass
class Decision:
    """What the previous number in a sentence was decided to measure, for lists to carry."""
    indicator: str | None
    end: int
    excluded: bool = False  # ruled out (exports, ethnic-minority households): list items after it too


class Extractor:
    def __init__(self, gazetteer: Gazetteer, datasets: Path = DATASETS) -> None:
        self.gazetteer = gazetteer
        self.indicators = load_indicators(datasets)
        self.cues = load_cues(datasets)
        self.rates = [i.id for i in self.indicators.values() if i.is_rate]
        self.counts = [i.id for i in self.indicators.values() if not i.is_rate]
        words = sorted(gazetteer.aliases, key=len, reverse=True)  # the Gazetteer's names, matched
        self.places = re.compile(  # on our same-length folded text (no offset map needed)
            r"(?<![a-z0-9])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
            + r")(?![a-z0-9])")
        self.growth = {i for i in self.rates if "growth" in i}  # signed: "contracted 4.83%" -> -4.83
        self.standards = {i for i in self.rates if "poverty" in i}  # record the poverty standard

    # ---- per document -------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Observation]:
        return _DocumentPass(self, doc).run()


def _rounds_to(exact: float, rounded: float) -> bool:
    """A headline's round figure for the body's exact one: 14 for 14.05%, "hơn 46 nghìn" for 46,520."""
    if exact < 100:
        return abs(exact - rounded) < 1 and float(rounded).is_integer()
    return rounded % 100 == 0 and abs(exact - rounded) < 0.02 * exact


class _DocumentPass:
    """The state of one document while its numbers are read."""

    def __init__(self, extractor: Extractor, doc: Document) -> None:
        self.x = extractor
        self.growth, self.standards = extractor.growth, extractor.standards
        self.doc = doc
        self.text = doc.text
        self.folded = fold_same_length(doc.text)
        self.markers = sorted(
            (Marker(m.start(), m.end(), cue.indicator, cue.role)
             for cue in extractor.cues for m in cue.pattern.finditer(self.folded)),
            key=lambda m: (m.end, m.start))
        self.marker_ends = [m.end for m in self.markers]
        plain = self.folded.translate(PLAIN)
        aliases = extractor.gazetteer.aliases
        places = [Place(m.start(), m.end(), aliases[" ".join(m.group().split())])
                  for m in extractor.places.finditer(plain)
                  if not _CLAUSE_MARK.search(doc.text, m.start(), m.end())]  # not "hoạt động, hội chợ"
        main = Counter(p.code for p in places)
        order = {p.code: i for i, p in reversed(list(enumerate(places)))}
        self.main = min(main, key=lambda c: (-main[c], order[c])) if main else None
        self.asides = [(m.start(), m.end()) for m in _ASIDE.finditer(self.folded)
                       if not re.search(r"\d", _YEAR_WORD.sub("", self.folded[m.start():m.end()]))]
        places = [p for p in places  # "Kon Tum (now Quang Ngai) | 17.73": the row is Kon Tum's
                  if not _NOW_BEFORE.search(self.folded, max(0, p.start - 40), p.start)
                  and not self._in_aside(p.start)]
        places += [Place(m.start, m.end, None) for m in self.markers if m.role == "national"]
        self.places = sorted(places, key=lambda p: p.end)
        self.place_ends = [p.end for p in self.places]
        self.dates = [(a, b) for a, b, _ in find_dates(self.text)]
        self.years = [y for y in self._year_mentions() if not self._in_aside(y.start)]
        self.plan: tuple[int, int] | None = None  # (paragraph, year) of a sentence announcing targets
        self.year_ends = [y.end for y in self.years]
        self._headers: dict[int, tuple[list[Marker], list[YearMention]]] = {}

    def _year_mentions(self) -> list[YearMention]:
        dates = self.dates
        found = []
        for match in _YEAR_WORD.finditer(self.text):
            if any(a <= match.start() < b for a, b in dates):
                continue
            baseline = _BASELINE.search(self.folded, max(0, match.start() - 40), match.start()) \
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

    def _between(self, ends: list[int], items: list, start: int, end: int) -> list:
        """Items lying wholly inside [start, end)."""
        lo = bisect.bisect_left(ends, start)
        hi = bisect.bisect_right(ends, end)
        return [i for i in items[lo:hi] if i.start >= start]

    def _context_years(self, spans: list[tuple[int, int, int, list[Number]]]) -> Counter:
        """The years the report's figures are stated for, actual and target, most stated first.

        An undated figure in a report whose other figures are for 2023 is a 2023 figure: this is
        "the document's context" when a sentence gives no year. Returns how often each actual year is
        written out (not read against the report's year).
        """
        counts: dict[str, Counter] = {"actual": Counter(), "target": Counter()}
        stated: Counter = Counter()  # actual years written out, not read against the report's
        for start, end, _, numbers in spans:
            roles = {m.role for m in self._between(self.marker_ends, self.markers, start, end)
                     if m.indicator == "*" or self.x.indicators[m.indicator].year_rule != "event_year"}
            years = [y for y in self._between(self.year_ends, self.years, start, end)
                     if y.relative in (None, "doc", "doc-1", "next")]  # others are read against this
            if not roles & {"cue", "weak", "exclude"} or not years:
                continue
            ends = [y.end for y in years]
            kept = {id(y) for y in years}
            for number in (n for n in numbers if not n.is_year):
                before = years[bisect.bisect_right(ends, number.start) - 1] \
                    if bisect.bisect_right(ends, number.start) else None
                if before is not None and ";" in self.folded[before.end:number.start]:
                    before = None  # "... của năm 2023; GRDP bình quân đầu người đạt 83 triệu"
                after = self._year_after(number, self._after_end(number, min(end, number.end + _REACH)))
                mention = after if after is not None and id(after) in kept else before
                year = self._resolve(mention, start) if mention else None
                if year is not None:
                    kind = self._kind(start, number)
                    counts[kind][year] += 1
                    stated[year] += (kind == "actual" and mention.year is not None
                                     and "scope" not in roles and bool(roles & {"cue", "weak"}))
        self.context = {kind: max(c, key=lambda y: (c[y], y)) if c else None
                        for kind, c in counts.items()}
        return stated

    @cached_property
    def _lead(self) -> str:
        """The title and first paragraph (and a little more): where a report says what it is about."""
        return self.folded[:self.text.find("\n\n", len(self.doc.title) + 2) % (len(self.text) + 1) + 400]

    def _told_the_next_year(self, stated: Counter) -> bool:
        """A day named without its year ("CAN THO, Jan. 12") in a report on the results of its
        lead's year Y falls in Y + 1: a year's results are told after it ends (before December),
        unless the report still gives Y's first months ("FDI in the first eight months of 2025")."""
        when = self.doc.date
        if when is None or self.doc.date_has_year or when.month == 12:
            return False
        if any(int(m.group(1) or m.group(2)) == when.year for m in _MONTHS_OF_YEAR.finditer(self.folded)):
            return False
        if any(self._results_near(m.start()) for m in _LAST_YEAR_FIGURES.finditer(self._lead)):
            return True  # "led the delta last year" with the title's "for 2023" (not "last year's festival")
        stated = +stated
        return bool(stated) and max(stated, key=lambda y: (stated[y], y)) == when.year

    def _results_near(self, at: int) -> bool:
        """A year's results (growth, poverty, jobs: not an audience) are named within its clause's reach."""
        return any(m.role in ("cue", "weak") and m.indicator != "*"
                   and self.x.indicators[m.indicator].year_rule != "event_year"
                   for m in self._between(self.marker_ends, self.markers, max(0, at - 120), at + 120))

    def run(self) -> list[Observation]:
        observations: dict[tuple, Observation] = {}
        paragraph_year: tuple[int, int] | None = None  # (paragraph, year) from "In 2023, ..."
        days = self.dates + days_without_year(self.text)  # "on July 1": no figure
        spans = [(a, b, p, self._ranges([self._table_percent(n)
                                          for n in find_numbers(self.text, self.doc.language, a, b)
                                          if not any(d0 < n.end and n.start < d1 for d0, d1 in days)]))
                 for a, b, p in sentences(self.text)]  # numbers inside dates are not figures
        if self._told_the_next_year(self._context_years(spans)):  # then read "last year" again
            self.doc = replace(self.doc, date=self.doc.date.replace(year=self.doc.date.year + 1))
            self._context_years(spans)
        previous = Decision(None, 0)
        intro: tuple[int, int, int] | None = None  # (paragraph, block, end) of a list's intro: "...:"
        blank_lines = [m.start() for m in re.finditer(r"\n\s*\n", self.text)]
        for start, end, paragraph, found in spans:
            block = bisect.bisect_left(blank_lines, start)
            if intro and paragraph != intro[0] and (intro[1] == block or self._rows_only(intro[2], end)):
                paragraph = intro[0]  # "Chỉ tiêu chủ yếu năm 2024:" and the bullets or table rows under it
            if paragraph_year and paragraph_year[0] != paragraph:
                paragraph_year = None
            numbers = [n for n in found if (not n.is_year or self._count_unit_after(n))
                       and not row_number(self.text, n.start, n.end)]
            # the previous sentence's indicator carries over a light start: "Last year it grew 7.86%."
            previous = Decision(previous.indicator, start)
            self.sentence_years: dict[str, tuple[int, str]] = {}
            self._list_start = start
            self.sentence_numbers, self._sentence_end = numbers, end
            prev_number: Number | None = None
            kept_any = False
            for i, number in enumerate(numbers):
                next_start = numbers[i + 1].start if i + 1 < len(numbers) else end
                obs, previous = self._observe(start, end, number, prev_number, next_start, previous,
                                              paragraph_year)
                prev_number = number
                if obs is not None:
                    kept_any = True
                    key = (obs.province_code, obs.generation, obs.indicator, obs.year, obs.value, obs.kind)
                    kept = observations.get(key)
                    if kept is None or (obs.qualifier and not kept.qualifier) \
                            or (obs.standard and not kept.standard):
                        observations[key] = obs  # a headline's "2,000" is the body's "over 2,000"
            if self.plan and self.plan[0] != paragraph:
                self.plan = None
            if not kept_any:
                self.plan = self._plan_year(start, end, paragraph) or self.plan
            paragraph_year = self._paragraph_year(start, end, paragraph, found) or paragraph_year
            if self.plan and self.plan[0] == paragraph:
                paragraph_year = self.plan
            if not numbers:
                previous = self._topic(start, end) or previous
            if self.text[end - 1] == ":":
                intro = (paragraph, block, end)
        return self._without_rounded_headlines(list(observations.values()))

    def _rows_only(self, start: int, end: int) -> bool:
        """Only table rows (blank lines between them allowed) in text[start:end]: an HTML table as read."""
        lines = [line for line in self.text[start:end].split("\n") if line.strip()]
        return bool(lines) and all("|" in line for line in lines)

    def _topic(self, start: int, end: int) -> Decision | None:
        """A sentence with no figure that names one rate ("Under the new yardstick the province's
        poverty rate is expected to roughly double.") is what the next sentence's "it" means."""
        cues = {m.indicator for m in self._between(self.marker_ends, self.markers, start, end)
                if m.role == "cue" and m.indicator in self.x.rates}
        return Decision(cues.pop(), end) if len(cues) == 1 else None

    def _without_rounded_headlines(self, observations: list[Observation]) -> list[Observation]:
        """A headline's round figure ("Da Nang economy rebounds 14%") is the body's 14.05%, not a fact
        of its own."""
        title_end = len(self.doc.title)
        body = [o for o in observations if o.start >= title_end]
        return [o for o in observations if o.start >= title_end or not any(
            (b.province_code == o.province_code or b.generation != o.generation)
            and b.indicator == o.indicator and b.value != o.value and _rounds_to(b.value, o.value)
            and (b.kind == o.kind or b.value < 100) for b in body)]

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

    def _ranges(self, numbers: list[Number]) -> list[Number]:
        """The low end of "8-8,5%" or "6.5 to 7 percent" is a percentage too (a range is no single
        figure: neither end is stored, but the low end keeps the list's indicator)."""
        return [replace(n, percent=True) if not (n.percent or n.is_year or n.points)
                and _PERCENT_RANGE_AFTER.match(self.folded, n.end) else n for n in numbers]

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

    def _paragraph_year(self, start: int, end: int, paragraph: int, numbers: list[Number]
                        ) -> tuple[int, int] | None:
        """A year that the following sentences of a paragraph inherit: "In 2023, ..." or one
        stated in a sentence about an indicator with no figure of its own ("Growth diverged in 2023.")."""
        years = [y for y in self._between(self.year_ends, self.years, start, end) if y.year]
        if not years:
            return None
        lead = _EXPLICIT_LEAD.match(self.folded, start, years[0].start)
        if lead and lead.end() >= years[0].start - 1:
            return paragraph, years[0].year
        for y in years:  # "... cho biết năm 2024, dù ...", "said that in 2024, ..." (before any figure)
            lead_in = re.search(r"\b(?:in|nam|trong nam)\s+$", self.folded[max(start, y.start - 12):y.start])
            if lead_in and self.folded[y.end:y.end + 1] == "," \
                    and all(n.is_year or n.start > y.start for n in numbers):
                return paragraph, y.year
        if all(n.is_year for n in numbers) and any(
                m.role in ("cue", "weak") for m in self._between(self.marker_ends, self.markers, start, end)):
            return paragraph, years[-1].year
        if self.text[end - 1] == ":" and all(n.is_year for n in numbers) \
                and len({y.year for y in years}) == 1:
            return paragraph, years[0].year  # "Một số kết quả chủ yếu năm 2023:" over a list or table
        return None

    def _header(self, number: Number) -> tuple[list[Marker], list[YearMention]]:
        """The markers and years of a table cell's column header: "GRDP growth, 2025 (%)" says
        what the numbers under it are, "first 9 months" rules them out, "Plan 2025" makes targets."""
        if number.start not in self._headers:  # asked for several times per number
            self._headers[number.start] = self._read_header(number)
        return self._headers[number.start]

    def _read_header(self, number: Number) -> tuple[list[Marker], list[YearMention]]:
        span = column_header(self.text, number.start, number.end)
        if span is None:
            return [], []
        row_start = self.text.rfind("\n", 0, span[0]) + 1  # a scope in the first header cell covers the
        first = self.text.find("|", row_start + 1, span[0])  # table: "Indicator (first six months) | Result"
        scopes = [m for m in self._between(self.marker_ends, self.markers, row_start, first)
                  if m.role == "scope"] if first > 0 else []
        markers = scopes + self._between(self.marker_ends, self.markers, *span)
        years = [y for y in self._between(self.year_ends, self.years, *span) if y.year]
        if not years and first > 0:  # "| Chỉ tiêu (cuối năm 2024) | Gia Lai (cũ) | Bình Định (cũ) |"
            years = [y for y in self._between(self.year_ends, self.years, row_start, first) if y.year]
        caption = table_caption(self.text, row_start)
        if caption and not any(m.role in ("cue", "weak") for m in markers):  # the caption names it
            markers = [m for m in self._between(self.marker_ends, self.markers, *caption)
                       if m.role in ("cue", "weak", "unit")] + markers
        cell = table_cell(self.text, number.start, number.end)
        if cell is not None and cell[1] > 0:  # the row label names the row's figures too
            markers += [m for m in self._between(self.marker_ends, self.markers, *cell[0][0])
                        if m.role in ("cue", "weak", "exclude", "scope", "unit")]
        return markers, years

    def _count_unit_after(self, number: Number) -> bool:
        """A year-like number is a count when a unit follows: "2025 delegates", not "2025 job plan"."""
        if _NOT_A_COUNT_AFTER.match(self.folded, number.end) \
                or re.match(r"\s*[.;:,)]", self.text[number.end:]):
            return False  # (nor "... recorded in 2024. Officials said")
        return any(self._markers_in("unit", c, number.end, number.end + 40, head_words=2)
                   for c in self.x.counts)

    def _markers_in(self, role: str, indicator: str, start: int, end: int,
                    head_words: int | None = None, any_indicator: bool = False) -> list[Marker]:
        if head_words is not None:  # only within the first few words after `start`
            end = min(end, start + 25 * head_words)
            words = list(re.finditer(r"\S+", self.folded[start:end]))
            end = start + words[head_words - 1].end() if len(words) >= head_words else end
        return [m for m in self._between(self.marker_ends, self.markers, start, end)
                if m.role == role and (any_indicator or m.indicator in ("*", indicator))]

    # ---- per number -----------------------------------------------------------------------------
    def _observe(self, s_start: int, s_end: int, number: Number, prev_number: Number | None,
                 next_start: int, previous: Decision, paragraph_year: tuple[int, int] | None
                 ) -> tuple[Observation | None, Decision]:
        seg_start = previous.end
        after_end = self._after_end(number, next_start)
        listed = prev_number is not None and not (prev_number.percent or number.percent) \
            and _LIST_GLUE.fullmatch(self.folded, prev_number.end, number.start)
        self._list_start = self._list_start if listed else seg_start  # "19.850, 6.120 và 21.400"
        if number.percent or number.points:
            indicator, excluded = self._rate_indicator(s_start, seg_start, number, after_end, previous)
            if indicator is None and previous.indicator in self.x.counts \
                    and _PLAN_OF.match(self.folded, number.end):
                indicator, excluded = previous.indicator, True  # "61.6% of the annual plan": a share
        else:
            indicator, excluded = self._count_indicator(s_start, seg_start, number, after_end, s_end)
            if indicator is None:
                indicator = self._count_carried(number, prev_number, previous, after_end)
            if indicator is None and prev_number is not None and prev_number.percent \
                    and previous.indicator in self.x.counts \
                    and _PLAN_OF.fullmatch(self.folded, prev_number.end, number.start):
                indicator = previous.indicator  # "đạt 53,5% kế hoạch năm là 40.000 lao động"
        decision = Decision(indicator, number.end, excluded)
        if indicator is None and previous.indicator in self.x.rates and not number.percent \
                and _PROVINCES_AFTER.match(self.folded, number.end):
            decision = replace(previous, end=number.end)  # "8.78%, the highest of the 5 provinces"
        if self._sub_row(number):
            return None, decision  # "| – Việc làm trong tỉnh | 34.000 |": a part of the row above
        if indicator is None or excluded or number.points \
                or self._excluded_after(indicator, number, after_end):
            return None, decision
        ind = self.x.indicators[indicator]
        before = self.folded[max(s_start, number.start - 60):number.start]
        after = self.folded[number.end:s_end]
        close_before = prev_number is not None and prev_number.end >= number.start - 8
        if (close_before and (_RANGE_BEFORE.search(before) or _PART_OF_BEFORE.search(before))) \
                or _PERCENT_RANGE_AFTER.match(self.folded, number.end) \
                or (not number.percent and _COUNT_RANGE_AFTER.match(self.text, number.end)):
            return None, decision  # either end of "6.5 to 7%", "300 to 350 delegates": no one figure
        explicit_after = self._year_after(number, after_end)
        dated_from = _FROM_BEFORE.search(before) and explicit_after and explicit_after.year
        if _TO_LEVEL_AFTER.match(after) and self._number_follows(number, s_end, ind.is_rate) \
                and not dated_from:
            return None, decision  # "by 4.2 points to 25.97%", "from 4.5% to 2.63%", "7-8%"
        value = number.value
        if ind.is_rate and ind.id in self.growth:
            if number.negative or _NEGATIVE_BEFORE.search(before):
                value = -value
        elif number.negative or (ind.is_rate and _CHANGE_BEFORE.search(before)
                                 and not (number.qualifier in ("under", "over") and not _BY.search(before))):
            return None, decision  # "the poverty rate decreased 1.2%": a change ("drop below 1.5%": a level)
        code = self._province(s_start, number, after_end, indicator)
        if code is None:
            return None, decision
        kind = self._kind(s_start, number, event=ind.year_rule == "event_year")
        if kind == "actual" and self.plan and self.plan == paragraph_year and not any(
                m.role == "actual"
                for m in self._between(self.marker_ends, self.markers, s_start, number.start)):
            kind = "target"  # an item of the targets a sentence before announced
        if kind == "target" and dated_from and explicit_after.year <= (self.doc.year or explicit_after.year):
            kind = "actual"  # the baseline of a plan: "to 2.5% by 2025, from 3.38% at the end of 2023"
        if kind == "target" and ind.year_rule == "event_year":
            return None, decision  # an expected audience is not an attendance: people attend or they don't
        self.claimed = prev_number and self._year_after(prev_number,
                                                        self._after_end(prev_number, number.start))
        year, basis, note = self._year(s_start, next_start, seg_start, number, after_end, ind, kind,
                                       paragraph_year)
        if year is None:
            return None, decision
        if ind.year_rule == "event_year" and self.doc.date and year > self.doc.date.year:
            return None, decision  # "20,000 spectators next year": a later edition's
        if kind == "actual" and basis == "explicit" and self.doc.date_has_year and self.doc.date \
                and year > self.doc.date.year and ind.year_rule != "event_year":
            kind = "target"  # "Đến năm 2030, tỷ lệ hộ nghèo giảm xuống dưới 2%" told in 2025: no result yet
        on = self.doc.date if (ind.year_rule == "event_year" and self.doc.date
                               and self.doc.date.year == year) else None
        generation = generation_for(year, on)
        if generation == 2025 and self._former_unit_cell(number):
            return None, decision  # "| Chỉ tiêu (năm 2025) | Hải Phòng (cũ) | Hải Dương (cũ) |": parts
        unit = self.x.gazetteer.in_generation(code, generation)
        standard = self._standard(s_start, s_end) if indicator in self.standards else None
        if standard and int(standard[:4]) > max(year, self.doc.year or year):
            standard = None  # "dưới 6% cuối năm 2025; chuẩn bị triển khai chuẩn nghèo 2026-2030": the next
        if standard is None and indicator in self.standards \
                and table_cell(self.text, number.start, number.end):
            standard = self._table_standard(number)
        same = indicator in self.standards and _SAME_STANDARD.search(self.folded, s_start, s_end)
        if standard is None and same:
            standard = self._standard(0, s_start, last=True)  # "under the same standard, ... 1.48%"
        if standard is None and indicator in self.standards:
            standard = self._report_standard(year, kind)  # "Kết quả rà soát ... theo chuẩn ... 2021-2025"
        return Observation(
            source=self.doc.path, province=unit.name_en, province_code=unit.code,
            generation=generation, indicator=indicator, year=year, value=value, unit=ind.unit,
            qualifier=number.qualifier, kind=kind, standard=standard, start=s_start, end=s_end,
            quote=self.text[s_start:s_end], value_start=number.value_start,
            value_end=number.value_end, year_basis=basis, year_note=note,
        ), decision

    def _after_end(self, number: Number, s_end: int) -> int:
        """Where the words that belong to a number end: the next clause break or number (or its table
        cell's end: "| 7.81% | Services, trade |" names no growth of services)."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is not None:
            s_end = min(s_end, cell[0][cell[1]][1])
        match = _AFTER_BREAK.search(self.folded, number.end, s_end)
        return match.start() if match else s_end

    def _noun_phrase_end(self, number: Number, after_end: int, s_end: int) -> int:
        """A count's words go on past an "and" inside its noun phrase: "160 provincial and district
        officials", "3,000 artists and performers" (one or two words before the "and")."""
        if not _AND_AT.match(self.folded, after_end) or len(self.folded[number.end:after_end].split()) > 2:
            return after_end
        further = _AFTER_BREAK.search(self.folded, after_end + 1, s_end)
        return further.start() if further else s_end

    def _number_follows(self, number: Number, s_end: int, rate: bool) -> bool:
        nxt = find_numbers(self.text, self.doc.language, number.end, min(s_end, number.end + 60))
        return bool(nxt) and (not rate or nxt[0].percent or nxt[0].points)

    def _sibling(self, number: Number, other: Number) -> bool:
        """Only "and" and places between two figures: "7.9% in the former Lao Cai and 6.7% in Yen Bai"."""
        gap = list(self.folded[number.end:other.start])
        for p in self._between(self.place_ends, self.places, number.end, other.start):
            gap[p.start - number.end:p.end - number.end] = " " * (p.end - p.start)
        return bool(_SIBLING_GAP.fullmatch("".join(gap)))

    def _former_unit_cell(self, number: Number) -> bool:
        """A table cell under (or beside) a former province: "Hải Dương (cũ)", "former Binh Duong"."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is None:
            return False
        spans = [cell[0][0]] if cell[1] > 0 else []
        header = column_header(self.text, number.start, number.end)
        spans += [header] if header else []
        return any(_FORMER_UNIT.search(self.folded, a, b)
                   and self._between(self.place_ends, self.places, a, b) for a, b in spans)

    def _in_aside(self, at: int) -> bool:
        """Inside a figure-free aside: ", which absorbed Hai Duong in the July 2025 merger,"."""
        return any(a <= at < b for a, b in self.asides)

    def _light(self, start: int, end: int) -> bool:
        """Only list glue between two numbers: 'and', 'in', a province, a year."""
        chunk = list(self.folded[start:end])
        markers = [m for m in self._between(self.marker_ends, self.markers, start, end)
                   if m.role in ("target", "actual")]
        for item in (*self._between(self.place_ends, self.places, start, end),
                     *self._between(self.year_ends, self.years, start, end), *markers):
            chunk[item.start - start:item.end - start] = " " * (item.end - item.start)
        for a, b in self.asides:  # "Hai Phong, which absorbed Hai Duong in the July 2025 merger, was ..."
            if start <= a and b <= end:
                chunk[a - start:b - start] = " " * (b - a)
        return all(w in _GLUE for w in re.findall(r"[a-z]+", "".join(chunk)))

    def _rate_indicator(self, s_start: int, seg_start: int, number: Number, after_end: int,
                        previous: Decision) -> tuple[str | None, bool]:
        """(indicator, ruled out) for a percentage, from the markers of its stretch or the list."""
        near = self._between(self.marker_ends, self.markers, max(0, seg_start - 30), number.start)
        stretch = [m for m in near if m.end > seg_start]  # "6 tháng": the 6 ended the previous stretch
        lead = self._between(self.marker_ends, self.markers, s_start, min(number.start, s_start + 60))
        whole_after = _WHOLE_YEAR.search(self.folded, number.end, min(self._sentence_end, number.end + 30))
        opening = [m for m in lead if m.role == "scope" and m.start - s_start <= _OPENING
                   and m.end <= seg_start and not whole_after  # "... aims for 12.5% for the whole of 2025"
                   and not _WHOLE_YEAR.search(self.folded, m.end, number.start)]  # "...; cả năm 2025, ..."
        stretch = opening + stretch  # "Among ethnic minority households, who ..., poverty is ... 33%"
        foreign = value_cells(self.text, number.start, number.end)
        stretch = [m for m in stretch if not any(a <= m.start < b for a, b in foreign)
                   and not (m.role in ("cue", "weak") and self._in_aside(m.start))]
        # (", which accounts for nearly half of the city's economy, grew 12.9%": the aside's economy)
        if seg_start > s_start and previous.indicator:  # "7.8% in the first nine months of 2025 and ... 10%":
            belongs = _AFTER_BREAK.search(self.folded, seg_start, number.start)  # the scope was 7.8%'s
            stretch = [m for m in stretch if m.role != "scope" or m.start < seg_start
                       or (belongs and m.start >= belongs.start())]
        full_year = [w.end() for w in _WHOLE_YEAR.finditer(self.folded, seg_start, number.start)]
        if full_year:  # "do ... giảm trong quý IV, Sở dự báo tăng trưởng GRDP cả năm 2024 ước đạt 10,6%"
            stretch = [m for m in stretch if m.role != "scope" or m.end > full_year[-1]]
        whole = [w.end() for w in _WHOLE.finditer(self.folded, seg_start, number.start)
                 if not any(m.role == "scope" and 0 <= w.start() - m.end <= 1 for m in stretch)]
        # (not "đồng bào dân tộc thiểu số toàn tỉnh": the group's, province-wide)
        if whole:  # "hộ nghèo, hộ cận nghèo ... tỷ lệ hộ nghèo toàn tỉnh còn 21,13%": the whole province
            stretch = [m for m in stretch if m.role != "scope" or m.end > whole[-1]]
        verbs = [m for m in stretch if m.role == "verb" and self._verb_applies(s_start, m)]
        if verbs:  # "The southern industrial hub of Binh Duong grew 7.44%": words before the subject
            subject = self._subject_end(s_start, verbs[-1].start) or verbs[-1].start
            if self.folded[verbs[-1].start:verbs[-1].end] != "tang":  # "chỉ số ... của tỉnh X tăng"
                stretch = [m for m in stretch if m.role != "exclude" or m.end > subject]
            named = self._between(self.place_ends, self.places, seg_start, subject + 40)
            breaks = [b for b in _STRONG_BREAK.finditer(self.folded, seg_start, subject)
                      if not any(p.start <= b.start() < p.end for p in named)]  # not "Ba Ria - Vung Tau"
            if breaks:  # "... in the second half, while Bac Giang — the former province alone grew 13.85%"
                stretch = [m for m in stretch if m.role != "scope" or m.start > breaks[-1].start()
                           or m in opening]
        markers = [replace(m, role="weak") if m.role == "verb" else m
                   for m in (*self._header(number)[0], *stretch)
                   if (m.role in ("cue", "weak", "exclude", "scope")
                       or (m.role == "verb" and self._verb_applies(s_start, m)))
                   and (m.indicator == "*" or m.indicator in self.x.rates)]
        own = [m for m in self._markers_in("cue", "*", number.end, after_end, head_words=1,
                                           any_indicator=True)
               if m.indicator in self.x.rates and not self.folded[number.end:m.start].strip()]
        if own and not [m for m in self._markers_in("exclude", own[0].indicator,
                                                    max(s_start, number.start - 25), number.start)]:
            return own[0].indicator, False  # "the city's target of 11% GRDP growth": it names itself
        cues = [m for m in markers if m.role == "cue"]
        markers = [m for m in markers if m.role != "weak"  # the "growth" of "economic growth" is its cue's
                   or not any(c.start <= m.start and m.end <= c.end for c in cues)]
        named = cues[-1].indicator if cues else previous.indicator
        if cues and any(m.role == "scope" and m.indicator in ("*", named) for m in markers):
            return named, True  # "Among ethnic-minority households, the poverty rate was 31.4%"
        for m in reversed(markers):
            if m.role == "cue":  # "Per-capita GRDP rose 9.6%": a word ruling out growth right before its cue
                return m.indicator, any(e.role == "exclude" and e.indicator == m.indicator
                                        and 0 <= m.start - e.end <= 1 for e in markers)
            if m.role in ("exclude", "scope") and m.indicator in ("*", named or m.indicator):
                return named, True  # ("chiếm", a share, rules out growth, not a poverty rate)
            if m.role == "weak":  # generic growth counts only when nothing else here is ruled out
                if any(e.role in ("exclude", "scope") and e.indicator in ("*", m.indicator) for e in markers):
                    return m.indicator, True
                return m.indicator, False
        listed = self._light(seg_start, number.start) \
            or _ITS_TARGET.search(self.folded, seg_start, number.start)  # "its target of 14%"
        if previous.indicator in self.x.rates and listed:
            # a list: "5.5% in Tra Vinh and 6.3% in Soc Trang"; a new clause drops what ruled it out
            fresh = _CONTRAST.search(self.folded, seg_start, number.end)  # (its lookahead sees the number)
            fresh = fresh and fresh.end() <= number.start
            return previous.indicator, previous.excluded and not fresh
        if previous.indicator in self.x.rates and seg_start == s_start \
                and (_ANAPHOR.match(self.folded, s_start, number.start)
                     or _BRING_IT.search(self.folded, s_start, number.start)):
            return previous.indicator, previous.excluded  # "The figure falls short of the 8.5% target"
        if previous.indicator in self.x.rates and _THIS_RATE.search(self.folded, seg_start, number.start):
            return previous.indicator, previous.excluded  # "...; năm 2024, phấn đấu đưa tỷ lệ này xuống 1,2%"
        head = [m for m in self._markers_in("cue", "*", number.end, after_end, head_words=4,
                                            any_indicator=True) if m.indicator in self.x.rates] or \
               [m for m in self._markers_in("weak", "*", number.end, after_end, head_words=1,
                                            any_indicator=True) if m.indicator in self.x.rates
                and number.start > len(self.doc.title)]  # "11% growth", not in a headline's round figure
        if head and not re.match(r"^\s*(?:of|cua|trong)\b", self.folded[number.end:head[0].start]):
            return head[0].indicator, False  # "achieved 13.45% economic growth"
        places = self._between(self.place_ends, self.places, max(0, number.start - 60), number.start)
        if previous.indicator in self.x.rates and places \
                and re.fullmatch(r"\s*\(\s*", self.folded[places[-1].end:number.start]):
            return previous.indicator, previous.excluded  # "second only to Long An (7.1%)"
        return None, False

    def _verb_applies(self, s_start: int, verb: Marker) -> bool:
        """A growth verb counts when a province is named before it in the sentence; the bare
        Vietnamese "tăng" only right after one: "Gia Lai tăng 7,38%" (not "chỉ số sản xuất công
        nghiệp của tỉnh Đồng Nai tăng 2,8%", whose subject is the index)."""
        if self.folded[verb.start:verb.end] != "tang":
            return self._subject_end(s_start, verb.start) is not None
        places = self._between(self.place_ends, self.places, max(s_start, verb.start - 40), verb.start)
        return bool(places) and places[-1].code is not None \
            and bool(_SUBJECT_GAP.fullmatch(self.folded, places[-1].end, verb.start)) \
            and not _OF_BEFORE.search(self.folded, max(0, places[-1].start - 16), places[-1].start)
        # ("xuất khẩu của An Giang tăng 9,6%, của Cà Mau tăng 7,2%": Cà Mau's exports, not Cà Mau)

    def _subject_end(self, s_start: int, end: int) -> int | None:
        """Where the last province named in the sentence before `end` ends, or a reference to one
        ("the Central Highlands province grew by 9.06 percent"): the subject of a growth verb."""
        ends = [p.end for p in self._between(self.place_ends, self.places, s_start, end) if p.code]
        ends += [m.end() for m in _PROVINCE_REFERENCE.finditer(self.folded, s_start, end)]
        return max(ends, default=None)

    def _count_indicator(self, s_start: int, seg_start: int, number: Number, after_end: int, s_end: int
                         ) -> tuple[str | None, bool]:
        """(indicator, ruled out) for a count: it needs its unit right after it and a cue beside it,
        with nothing ruling it out (a ruled-out count still names what the next bare one counts:
        "10,200 workers in the first six months, while the full-year total came to 19,870").

        The cue may also close the sentence ("More than 250 participants, including ..., attended")
        unless another count of the same unit comes first.
        """
        header = self._header(number)[0]
        cell = table_cell(self.text, number.start, number.end)
        line_start = self.text.rfind("\n", 0, number.start) + 1
        if cell is not None:  # and a row "New jobs created (persons) | 68,400 | 70,000"
            header = [*header, *self._between(self.marker_ends, self.markers, cell[0][0][0], number.start)]
        elif _LABEL_LINE.fullmatch(self.folded, line_start, number.start):  # "- New jobs created: 65,000"
            header = [*header, *self._between(self.marker_ends, self.markers, line_start, number.start)]
        for indicator in self.x.counts:  # a column "People given jobs in 2024" counts what it names
            mine = [m for m in header if m.indicator in ("*", indicator)]
            if any(m.role == "cue" for m in mine) and not any(m.role in ("exclude", "scope") for m in mine) \
                    and (any(m.role == "unit" for m in mine)  # not "| Participating enterprises | 58 |"
                         or self._markers_in("unit", indicator, number.end, after_end, head_words=2)):
                return indicator, False
        best: tuple[int, str] | None = None
        ruled: str | None = None
        shared = _LIST_AFTER.match(self.folded, number.end)  # the unit after a list's last count
        unit_at = shared.end() if shared else number.end
        seg_start = min(seg_start, self._list_start)  # a list's cue comes before its first count
        unit_end = unit_at + 40 if shared else self._noun_phrase_end(number, after_end, s_end)
        for indicator in self.x.counts:
            words = 5 if unit_end != after_end else 3
            if not self._markers_in("unit", indicator, unit_at, unit_end, head_words=words) \
                    and not (indicator == "jobs_created"
                             and _JOBS_FOR.search(self.folded, max(0, number.start - 30), number.start)):
                continue  # "... created jobs for about 18,900." names its unit before it
            before = [m for m in self._markers_in("cue", indicator, max(0, seg_start - _REACH), number.start)
                      if m.end > seg_start]  # ends in this stretch: "the festival ..., attracted"
            after = [m for m in self._markers_in("cue", indicator, seg_start,
                                                 self._next_count(unit_at, s_end, indicator))
                     if m.end > number.end]  # after it, or around it: "welcomed 6,000 visitors to a fair"
            if not before and not after:
                continue
            last_cue = before[-1].end if before else -1
            ruled_out = self._markers_in("exclude", indicator, seg_start, number.start)
            scoped = self._markers_in("scope", indicator, max(0, seg_start - 30), number.start)
            lead = self._markers_in("scope", indicator, s_start, min(number.start, s_start + 60))
            opening = [m for m in lead if m.start - s_start <= _OPENING
                       and not _WHOLE_YEAR.search(self.folded, m.end, number.start)]
            scoped = [m for m in scoped if m.end > seg_start  # "6 tháng đầu năm, ...; 28,5 nghìn"
                      and not self._unit_of_the_count_before(m, s_start, seg_start, before)] + opening
            if any(e.end > last_cue for e in ruled_out) or scoped or \
                    self._excluded_after(indicator, number, after_end):  # "4,000 job seekers turned up"
                ruled = ruled or indicator
                continue
            distance = min([number.start - c.end for c in before[-1:]] +
                           [max(0, c.start - number.end) for c in after])
            if best is None or distance < best[0]:
                best = (distance, indicator)
        return (best[1], False) if best else (ruled, ruled is not None)

    def _unit_of_the_count_before(self, scope: Marker, s_start: int, seg_start: int,
                                  cues: list[Marker]) -> bool:
        """A scope that is the unit of the previous count, with this count's own cue in a later clause:
        "hơn 500 diễn viên, nghệ sĩ, ... đã thu hút khoảng 30.000 người dân" (500 is the cast)."""
        if not s_start < seg_start <= scope.start:
            return False
        between = list(self.folded[seg_start:scope.start])  # "500 diễn viên, nghệ sĩ": units listed
        for m in self._between(self.marker_ends, self.markers, seg_start, scope.start):
            if m.role in ("unit", "scope"):
                between[m.start - seg_start:m.end - seg_start] = " " * (m.end - m.start)
        if len("".join(between).replace(",", " ").split()) > 1:
            return False
        clause = _AFTER_BREAK.search(self.folded, scope.end)
        return clause is not None and any(c.end > clause.end() for c in cues)

    def _count_carried(self, number: Number, prev_number: Number | None, previous: Decision,
                       after_end: int) -> str | None:
        """A count that continues a list of counts: "jobs for 31,000 workers in 2023 and plans
        32,000 in 2024" (only list glue, a year or a plan word between them and after it), or one of
        the same unit: "58.210 lao động, còn tỉnh Hải Dương (cũ) là 33.000 lao động"."""
        fresh = prev_number is not None and _WHOLE_YEAR.search(self.folded, prev_number.end, number.start)
        if prev_number is None or prev_number.percent or (previous.excluded and not fresh) \
                or previous.indicator not in self.x.counts:
            return None
        units = self._markers_in("unit", previous.indicator, prev_number.end, number.start, head_words=3)
        if not units:
            return None
        unit = self.folded[units[0].start:units[0].end]
        again = self._markers_in("unit", previous.indicator, number.end, after_end, head_words=2)
        same_unit = bool(again) and self.folded[again[0].start:again[0].end] == unit
        if not (same_unit or _BARE_AFTER.fullmatch(self.folded, number.end, after_end)):
            return None
        return previous.indicator if self._light(units[-1].end, number.start) else None

    def _next_count(self, after: int, s_end: int, indicator: str) -> int:
        """Where the next number counting the same kind of thing starts (or the sentence ends)."""
        limit = min(s_end, after + _REACH)  # a cue further away than this is not this number's
        for n in find_numbers(self.text, self.doc.language, after, limit):
            if not n.percent and self._markers_in("unit", indicator, n.end, limit, head_words=3):
                return n.start
        return limit

    def _scope_of_next(self, scope: Marker) -> bool:
        """A scope right before a count is that count's: "450 delegates representing 152,000"."""
        follows = _NUMBER_NEXT.match(self.folded, scope.end)
        return bool(follows) and "|" not in self.text[scope.end:follows.end()]  # not the next cell's

    def _excluded_after(self, indicator: str, number: Number, after_end: int) -> bool:
        """'13.6% in especially disadvantaged communes', '5.05% nationwide', '11,300 of whom ...'."""
        if not number.percent:
            after_end = self._noun_phrase_end(number, after_end, self._sentence_end)
        if any(m.start <= after_end and not (m.role == "scope" and self._scope_of_next(m))
               for role in ("exclude", "scope")  # a marker may straddle the break: "50 job and career fairs"
               for m in self._markers_in(role, indicator, number.end, after_end + 40, head_words=8)):
            return True
        return any(m.role == "national" and m.start - number.end < 15
                   for m in self._between(self.marker_ends, self.markers, number.end, after_end))

    def _respective_list(self, s_start: int, number: Number) -> list[Number]:
        """The figures of the number's kind that "respectively" / "lần lượt" pairs with things named
        before the first of them (English "respectively" closes its list: "..., while Hau Giang was at
        6.2%" is not in it); empty when the sentence has no such list or the number is not in it."""
        marker = _RESPECTIVELY.search(self.folded, s_start, self._sentence_end)
        if not marker:
            return []
        same = [n for n in self.sentence_numbers if n.percent == number.percent and not n.is_year]
        if marker.group() == "respectively":
            same = [n for n in same if n.end <= marker.start()]
        return same if number in same else []

    def _respectively(self, s_start: int, number: Number) -> str | None:
        """"Hau Giang and Kien Giang ... 7.79% and 7.38% respectively": the n-th figure is the n-th
        province named before the first of them."""
        same = self._respective_list(s_start, number)
        places = [p.code for p in self._between(self.place_ends, self.places, s_start, same[0].start)
                  if p.code] if same else []
        places = list(dict.fromkeys(places))
        return places[same.index(number)] if len(places) >= 2 and len(places) == len(same) else None

    def _year_after_respectively(self, number: Number) -> YearMention | None:
        """"6.91% and 6.29% respectively in 2023": the year after the list is every figure's."""
        marker = _RESPECTIVELY.search(self.folded, number.end, self._sentence_end)
        if not marker or not self._light(number.end, marker.start()):
            return None
        end = min(self._sentence_end, marker.end() + 12)
        later = self._between(self.year_ends, self.years, marker.end(), end)
        return later[0] if later and later[0].year else None

    def _sub_row(self, number: Number) -> bool:
        """A table row whose label opens with a dash or "trong đó" breaks down the row above it."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is None or cell[1] == 0:
            return False
        return bool(_SUB_ROW.match(self.folded, cell[0][0][0]))

    def _aggregate_row(self, number: Number) -> bool:
        """A table row whose label names no province, below a row whose label names one: a total or
        a region ("| Mekong Delta region | 6.80 |"), no province's."""
        cells, _ = table_cell(self.text, number.start, number.end)
        if any(p.code for p in self._between(self.place_ends, self.places, *cells[0])):
            return False
        above = self.text.rfind("\n", 0, self.text.rfind("\n", 0, number.start))
        line = self.text[above + 1:self.text.find("\n", above + 1)]
        if "|" not in line or re.fullmatch(r"[\s|:\-]+", line):
            return False
        first = above + 1 + len(line) - len(line.lstrip(" |"))
        end = self.text.find("|", first)
        end = end if end > 0 else first
        return any(p.code for p in self._between(self.place_ends, self.places, first, end))

    def _respective_year(self, s_start: int, number: Number) -> YearMention | None:
        """"trong các năm 2022, 2023 và 2024 lần lượt là 30,62%, 26,19% và 21,69%": the n-th figure
        is the n-th year listed before the first of them."""
        same = self._respective_list(s_start, number)
        years = [y for y in self._between(self.year_ends, self.years, s_start, same[0].start)
                 if y.year] if same else []
        if len(years) >= 2 and len(years) == len(same) and len({y.year for y in years}) == len(years):
            return years[same.index(number)]
        return None

    def _province(self, s_start: int, number: Number, after_end: int, indicator: str) -> str | None:
        """The province a figure is about; None when a national marker is nearest."""
        event = self.x.indicators[indicator].year_rule == "event_year"
        respective = self._respectively(s_start, number)
        if respective:
            return respective
        header = column_header(self.text, number.start, number.end)
        named = header and [p.code for p in self._between(self.place_ends, self.places, *header) if p.code]
        if named:  # a column per province: "| Chỉ tiêu | Đắk Nông (cũ) năm 2024 | ..."
            return named[-1]
        if header and self._aggregate_row(number):
            return None  # "| Mekong Delta region | 6.80 |" under rows of provinces
        cell = header and table_cell(self.text, number.start, number.end)
        label = cell and cell[1] > 0 and self._between(self.place_ends, self.places, *cell[0][0])
        if label and label[0].code:
            return label[0].code  # a row "| Gia Lai (merged with Binh Dinh) | 8.63 |" is its first place's
        if not event:
            for place in self._between(self.place_ends, self.places, number.end, number.end + 40):
                if place.code and re.fullmatch(r"\s*\(\s*", self.folded[number.end:place.start]):
                    return place.code  # "1.48% (Tra Vinh), 1.05% (Ben Tre)"
                break
            for place in self._between(self.place_ends, self.places, number.end, after_end):
                if _IN_PLACE_AFTER.match(self.folded[number.end:place.start]):
                    return place.code
                break
        before = [p for p in self._between(self.place_ends, self.places, s_start, number.start)
                  if (p.code and not (p.start == s_start and _DATELINE_AFTER.match(self.folded, p.end)))
                  or not re.search(r"[,;]", self.folded[p.end:number.start])
                  or len(self.folded[s_start:p.start].split()) <= 3]  # "Nationwide, ..." opens the sentence
        if before and _THAN_BEFORE.search(self.folded, max(s_start, number.start - 30), number.start):
            before = self._between(self.place_ends, self.places, s_start, number.start)  # "grew 5.05%,
            # lower than the 8.02% of 2022": the figure compared with is the same subject's
        if before:  # a national marker counts in the number's own clause ("ranking 14th nationwide, and")
            return before[-1].code
        if event:
            return self.main  # the province that hosts the event the report is about
        earlier = [p for p in self.places[:bisect.bisect_left(self.place_ends, s_start)] if p.code]
        if earlier and earlier[-1].start > self.text.rfind("\n", 0, s_start):
            return earlier[-1].code  # "the province" in a paragraph about another one
        return self.main

    def _kind(self, s_start: int, number: Number, event: bool = False) -> str:
        """Target when a plan word is nearer before the number than a result word; for an event's
        attendance, only in the number's own clause ("the third of five planned, brought together 152")."""
        start = max(s_start, number.start - _REACH)
        if event:
            start = max(start, self.folded.rfind(",", start, number.start) + 1)
        markers = [*self._header(number)[0],
                   *self._between(self.marker_ends, self.markers, start, number.start)]
        if _TARGET_AFTER.match(self.folded, number.end) \
                or (event and _EXPECTED_AFTER.match(self.folded, number.end)):
            return "target"  # "the city's 8.5% target for the year", "350 delegates are expected to attend"
        target = [m.end for m in markers if m.role == "target"]
        actual = [m.end for m in markers if m.role == "actual"]
        return "target" if target and max(target) > max(actual, default=-1) else "actual"

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
        if mention.relative == "doc":
            return doc_year
        if mention.relative == "doc-1":
            if self.doc.date is None and self._results_year is not None:
                return self._results_year  # "about the results of 2022 and the plans": told after it
            if self.doc.date is None and doc_year and str(doc_year) in self._lead \
                    and self._results_near(self._lead.find(str(doc_year))):
                return doc_year  # undated: the year its lead reviews, told after it (not a festival's year)
            told = self.doc.date.year if self.doc.date else doc_year
            return told - 1 if told else None
        if mention.relative == "lastfull":  # "during the year": the year the report's figures are for
            if self.doc.date is not None:  # a dated review: the year it closes
                return self._last_full_year()
            return self.context["actual"] or self._last_full_year()
        earlier = [y for y in self.years[:bisect.bisect_left(self.year_ends, mention.start)] if y.year]
        if mention.relative == "next":  # "9% in 2023 and 10% the following year"; else the report's next
            in_sentence = [y for y in earlier if y.start >= s_start]
            return in_sentence[-1].year + 1 if in_sentence else doc_year + 1 if doc_year else None
        if mention.relative == "prev":
            in_sentence = [y for y in earlier if y.start >= s_start]
            if in_sentence:
                return in_sentence[-1].year - 1
            last_full = self._last_full_year()  # a year before the sentence's undated figure
            return last_full - 1 if last_full else None
        return earlier[-1].year if earlier else doc_year  # "the same year"

    def _clause_start(self, s_start: int, at: int) -> int:
        return max(s_start, self.folded.rfind(",", s_start, at) + 1, self.folded.rfind(";", s_start, at) + 1)

    def _year(self, s_start: int, next_start: int, seg_start: int, number: Number, after_end: int,
              ind: Indicator, kind: str, paragraph_year: tuple[int, int] | None
              ) -> tuple[int | None, str, str]:
        """The year a figure is for, and how that was decided (explicit / relative / inferred)."""
        respective = self._respective_year(s_start, number)
        if respective is not None:
            self.sentence_years[kind] = (respective.year, self.text[respective.start:respective.end])
            return respective.year, "explicit", f"the years listed, respectively: {respective.year}"
        mention = self._year_after(number, after_end) or self._year_after_respectively(number)
        event_year = self.doc.date.year if self.doc.date else self.doc.year
        if mention is None and ind.year_rule == "event_year" and event_year is not None:
            # the event's date decides, not another year in the sentence ("the 2026 plan"); an earlier
            # year there is an earlier edition's ("Its 2024 edition attracted 7,200", "Năm ngoái, ...")
            earlier = [y for y in (*self._between(self.year_ends, self.years, s_start, number.start),
                                   *self._between(self.year_ends, self.years, number.end, after_end))
                       if (y.year is not None or y.relative in ("doc-1", "prev"))  # not "of the year"
                       and (self._resolve(y, s_start) or event_year) < event_year]
            # (or after it in its clause: "12.000 người của mùa lễ hội năm ngoái")
            months = [int(m.group(1)) if m.group(1) else MONTHS[m.group(2)]
                      for m in _IN_MONTH.finditer(self.folded, self._clause_start(s_start, number.start),
                                                  number.start)]
            if earlier or (self.doc.date and any(month != self.doc.date.month for month in months)):
                return None, "explicit", "an earlier edition's"  # (or "the fair held in March")
            if self.doc.date is not None:
                return (event_year, "inferred", f"the event's year: it is dated {self.doc.date.isoformat()}")
        if mention is None:
            in_segment = [y for y in self._between(self.year_ends, self.years, seg_start, number.start)
                          if y is not self.claimed]  # not the year written after the previous number
            mention = in_segment[-1] if in_segment else None
        if mention is None:
            semicolon = self.folded.find(";", number.end, next_start)  # not another clause's year
            later = [y for y in self._between(self.year_ends, self.years, number.end,
                                              semicolon if semicolon >= 0 else next_start)
                     if not self._other_time(y)]
            mention = later[0] if later else None
        if mention is None:  # "7.9% in the former Lao Cai and 6.7% in Yen Bai at the end of 2024": the list's
            sibling = next((n for n in self.sentence_numbers if n.start == next_start), None)
            if sibling is not None and sibling.percent == number.percent and self._sibling(number, sibling):
                mention = self._year_after(sibling, self._after_end(sibling, self._sentence_end))
        if mention is None and kind in self.sentence_years:  # "8% in 2025, ... Hai Phong aims for 12%"
            year, said = self.sentence_years[kind]
            return year, "explicit", f"stated for the sentence's earlier {kind} figure: {said!r}"
        if mention is None:
            in_sentence = self._between(self.year_ends, self.years, s_start, number.start)
            mention = in_sentence[-1] if in_sentence else None
        if mention is not None:
            year = self._resolve(mention, s_start)
            said = self.text[mention.start:mention.end]
            if year is not None:
                if mention.year is not None:
                    self.sentence_years[kind] = (year, said)
                    return year, "explicit", f"stated: {said!r}"
                return year, "relative", f"{said!r} read against the report's year {self.doc.year}"
        header_years = self._header(number)[1]
        if header_years:
            said = self.text[header_years[-1].start:header_years[-1].end]
            return header_years[-1].year, "explicit", f"stated in the column header: {said!r}"
        if paragraph_year is not None:
            return paragraph_year[1], "explicit", f"stated earlier in the paragraph: {paragraph_year[1]}"
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

    def _met_or_missed(self, number: Number) -> bool:
        """A target a result is measured against: "chưa đạt mục tiêu 8% đề ra", "short of its 8.5%
        target", "exceeding the 7% target": it is the reviewed year's, not the next one's."""
        before = self.folded[max(0, number.start - 50):number.start]
        after = self.folded[number.end:number.end + 30]
        return bool(_MEASURED_BEFORE.search(before) or _SET_AFTER.match(after))

    @cached_property
    def _results_year(self) -> int | None:
        """The year whose results the report's lead says it is about: "kết quả công tác ... năm 2024",
        "the results of 2024", "tổng kết năm 2024" (not a period: "2021-2030")."""
        match = _RESULTS_OF.search(self._lead)
        return int(match.group(1)) if match else None

    def _last_full_year(self) -> int | None:
        """The year a report's undated results are for: the year its lead reviews the results of;
        a December review reports its own year."""
        if self._results_year is not None:
            return self._results_year
        if self.doc.date is not None:
            return self.doc.date.year if self.doc.date.month == 12 else self.doc.date.year - 1
        title = self.doc.title.strip(" #*")
        heading = re.fullmatch(r"[^.!?]{0,80}?\b((?:19|20)\d\d)\b[^.!?\d]{0,40}", title)
        if heading:  # "## Hai Phong 2023": a heading names the year the report is about
            return int(heading.group(1))
        return self.doc.year - 1 if self.doc.year else None  # "a 2024 conference" reports 2023

    def _report_standard(self, year: int, kind: str) -> str | None:
        """The poverty standard the report names for `year`'s period when it names only one such
        (an actual figure of 2023 in a report on the 2021-2025 standard, which also names 2026-2030's);
        a target's only when the report names no other (a new standard's targets are not yet set by it)."""
        if not hasattr(self, "_standards"):
            self._standards = {self._standard(a, b) for a, b, _ in sentences(self.text)} - {None}
        fitting = [named for named in self._standards
                   if int(named.split("-")[0]) <= year <= int(named.split("-")[1])]
        return fitting[0] if len(fitting) == 1 and (kind == "actual" or len(self._standards) == 1) else None

    def _table_standard(self, number: Number) -> str | None:
        """A table's poverty standard: in the column header, else in the paragraph that introduces
        the table ("tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025 của các địa phương")."""
        header = column_header(self.text, number.start, number.end)
        top = self.text.rfind("\n\n", 0, header[0] if header else number.start)
        intro = self.text.rfind("\n\n", 0, max(0, top))
        return self._standard(header[0], header[1]) if header and self._standard(*header) \
            else self._standard(max(0, intro), max(0, top))

    def _standard(self, s_start: int, s_end: int, last: bool = False) -> str | None:
        """The poverty standard named in text[s_start:s_end] (the first, or the `last`)."""
        found = list(_STANDARD.finditer(self.folded[s_start:s_end].replace("–", "-")))
        if not found:
            return None
        match = found[-1] if last else found[0]
        a, b = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return f"{a}-{b}"
