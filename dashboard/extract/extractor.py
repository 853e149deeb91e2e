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
  full year (see `rules/years.py`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from functools import cached_property
from pathlib import Path

from dashboard.extract.cues import load_cues, load_indicators
from dashboard.extract.documents import Document, day_without_year, days_without_year, find_dates
from dashboard.extract.localities import localities
from dashboard.extract.mentions import Decision, Marker, Place, YearMention
from dashboard.extract.numbers import Number, find_numbers
from dashboard.extract.rules.common import AFTER_BREAK, RESPECTIVELY, WHOLE_YEAR
from dashboard.extract.rules.indicators import IndicatorRules
from dashboard.extract.rules.kinds import STANDARD, KindRules
from dashboard.extract.rules.places import PlaceRules
from dashboard.extract.rules.tables import TableRules
from dashboard.extract.rules.years import YearRules
from dashboard.extract.text import (
    PLAIN,
    fold_same_length,
    mixed_cell,
    related_links,
    row_number,
    sentences,
    table_cell,
    value_cells,
)
from dashboard.paths import DATASETS
from dashboard.provinces import Gazetteer, generation_for, written_as_name

_ASIDE = re.compile(r",\s*dia phuong [^,;.\n\d]*(?=,)"  # ", địa phương có quy mô dân số lớn thứ tư cả nước,"
                    r"|,\s*(?:just|right|directly|located|situated|lying) [^,;.\n\d]{2,40}(?=,)"
                    # (", just across the Hau River,")
                    r"|,\s*(?:which|who|whose|where|noi|(?:tinh|thanh pho) moi|now|formerly|once|long|"
                    r"traditionally|historically|"
                    r"previously|home to|von la|nay la|truoc day|"
                    r"sau khi (?:hop nhat|sap nhap)|after (?:merging|absorbing|being merged|the merger))\b"
                    r"[^,;.\n]*(?:,\s*the [^,;.\n]*)?(?=,)"
                    r"|\(\s*(?:hop nhat|sap nhap|merged|merging|including|gom|formerly|now|nay la|"
                    r"truoc day)\b"
                    r"[^()\n]*\)"  # ", now including former Bac Giang, the ...,", "(hợp nhất A và B)"
                    r"|,\s*the [^,;.\n]{0,60}?\b(?:province|city|hub|locality)\s+(?:that|which|where|whose)\b"
                    r"[^,;.\n]*(?=,)"  # ", the coal-mining and tourism province that is home to ...,"
                    r"|,\s*(?:the|an?) [^,;.\n]{0,40}?\b(?:province|city|hub|capital)"
                    r"(?:\s+(?:best |well |widely )?"
                    r"(?:bordering|on|near|along|with|known|famed|located|straddling|squeezed|sandwiched|wedged"
                    r"|tucked|nestled|lying|between|north|south|east|west|next|adjacent)\b[^,;.\n]{0,70})?(?=,)"
                    # ", the region's hub city,", ", the coal-mining and tourism province bordering China,"
                    r"|,\s*(?:the (?:\w+est|most \w+|largest)|one) (?:of|among) [^,;.\n]{0,60}(?=,)"  # ", the
                    # poorest of the three units folded into the new Can Tho,", ", one of the ...,"
                    r"|,\s*the (?:region|country|nation) s [^,;.\n]{0,40}(?=,)"  # ", the region's other
                    # labour heavyweight,"
                    r"|,\s*(?:its|their) [^,;.\n]{0,40}?\b(?:neighbou?rs?|rivals?|peers?|counterparts?)\b"
                    r"[^,;.\n]{0,30}(?=,)"  # ", its larger neighbour to the south,"
                    r"|(?<=[a-z)]) [-–—] (?=[a-z])[^-–—\n,;.|]{3,60}? [-–—] (?=[a-z])"
                    r"|(?<=[a-z)]) [–—] (?=[a-z])[^–—\n;.|]{3,160}? [–—] (?=[a-z])")  # " - đầu tàu kinh tế
# của cả nước - ": a dash aside between a subject and its verb
_NOW_BEFORE = re.compile(r"\b(?:now|nay|nay la|nay thuoc|nay sap nhap vao|became|has become|was merged into|"
                         r"(?:da )?(?:sap nhap|hop nhat) vao)\s+(?:(?:a )?part of |merged into |in |"
                         r"belongs? to |under )?(?:the (?:new |enlarged |merged )?)?(?:tinh |thanh pho |"
                         r"province of |city of )?$")
# "61.6% of the annual plan of 16,000", "đạt 53,5% kế hoạch năm là 40.000"
_BASELINE_PAREN = re.compile(r"\b(?:so voi|compared with|from|up from|down from|than)\b[^()\d]{0,20}"
                             r"(?:19|20)\d\d\s*\(\s*(?:nam\s+|in\s+)?(?:19|20)\d\d\s*(?:dat|la|:|was|reached)?\s*$")
_PLAN_OF = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+)?(?:annual\s+|year s\s+|full[- ]year\s+)?"
                      r"(?:plan|target|goal|ke hoach|chi tieu|muc tieu)\s*(?:nam|ca nam|for the year)?\s*"
                      r"(?:la|of|dat ra|de ra|\()?\s*(?:about\s+|khoang\s+)?"
                      r"(?:\(?\s*(?:ke hoach|chi tieu|muc tieu)(?:\s+nam)?(?:\s+(?:19|20)\d\d)?"
                      r"\s*(?:la|:)\s*)?")
# ("đạt 55,3% kế hoạch năm (kế hoạch năm 2025 là 44.000 lao động)")
_CONTESTANTS = re.compile(r"\s+(?:van dong vien|vdv|athletes|runners|competitors|rowers|players|cau thu|"
                          r"tay dua|racers|riders|cyclists|swimmers|thi sinh|contestants)\b")
_EXAM_TAKERS = re.compile(r"\s+(?:thi sinh|candidates|examinees|students)\b")
_EXAM = re.compile(r"\b(?:ky thi|thi tot nghiep|exams?|examinations?)\b")
_CROWD = re.compile(r"\b(?:khan gia|co vu|den xem|xem va|nguoi dan va du khach|spectators|crowds?|cheered|"
                    r"watched|lined the)\b")
_PLAN_BESIDE = re.compile(r"\s*(?:%|percent|per cent)?\s*[,;]?\s*(?:\(\s*(?:ke hoach|kh|plan|planned|target|"
                          r"chi tieu|muc tieu)\s*(?:de ra|dat ra|nam)?\s*:?\s*(?:la\s+)?"
                          r"|(?:thap hon|cao hon|vuot|below|above|short of|lower than|higher than)\s+"
                          r"(?:the\s+)?(?:ke hoach|muc tieu|chi tieu|plan|target)(?:\s+(?:de ra|dat ra))?"
                          r"\s*\(\s*)")
# ("7,05% (kế hoạch 6,5%)", "6,2%, thấp hơn kế hoạch đề ra (7%)": the same year's plan)
_CLAUSE_MARK = re.compile(r"[,;:!?]")
_SHARE_OF = re.compile(r"\b(?:accounts? for|accounting for|makes? up|making up|share of|chiem|dong gop)\b"
                       r"[^.;\d]{0,40}$")
_THINGS_THEN_PEOPLE = re.compile(r"(?:(?!\b(?:voi|with|nhu cau|tuyen dung)\b)[^;])*\b(?:va|and|cung)\s+"
                                 r"(?:(?:khoang|hon|gan|tren|about|some|over|nearly|more than)\s+)?$")
_RIVER_BEFORE = re.compile(r"\b(?:song|river)\s+$")
_RIVER_AFTER = re.compile(r"\s+(?:river|police|fc|club)\b")  # (nor a team: "beating Hanoi Police 2-0")
_GLUE = frozenset(re.findall(r"\w+", """
    and in of while whereas with respectively recorded reached posted achieved at was were is for
    the to from up down rose grew increased fell decreased declined dropped against versus vs
    compared year years s a an its their province city provinces cities followed by by then but
    neighbouring neighboring saw had has stood figure figures rate rates level levels this that va
    nam dat tang giam con la o muc trong khi cua so voi tinh thanh pho lan luot va nhu vay it rise
    grow reach increase expand climb hit wide overall whole general chung faster slower nhanh cham
    households ho former cu after achieving sau khi higher lower than above below thap hon cao vuot
    created generated exceeding reported reports bao cao tuong ung ghi nhan dung sau toi den xuong len
    voi nhung khi ca vao rieng
    ty le toc do tu tro well far slightly total came full whole closely next behind close second third
    previous last same cung truoc ngoai nay respective respectively lan luot end cuoi stood trailed
    lagged led came ranked followed second third fourth fifth behind ahead drop fall decline reduce
    bring keep be further rising falling beating surpassing exceeding outpacing pace
    thu hai ba tu nhat xep hang
    coastal mountainous northern southern central western eastern border highland smaller larger old new
    enlarged merged managed logged notched registered clocked
    enlarged merged expanded new old managed just only mere area
    said says statistics office phuc hoi manh rebounded recovered bounced back strongly sharply nhieu much
    turned logged notched clocked delivered registered managed during create creating highest lowest
    fastest slowest region before rebounding recovering rebound recover bouncing climbing climbed accelerating
    accelerated easing eased slowing slowed picking picked vi tri thuoc ve tiep theo ke dung chi
    shrinking shrank contracting contracted expanding still
"""))  # words that may sit between the items of a list
_YEAR_END = re.compile(WHOLE_YEAR.pattern
                       + r"|\bcuoi\s+nam\b|\bend\s+of\s+the\s+year\b|\byear[- ]end\b|\bthe\s+year\b")
_SHARE_OF_PLAN_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:dat|bang|reaching|equal to)\s+"
                                  r"(\d{1,2}(?:[.,]\d+)?)\s*%\s*(?:of (?:the )?)?"
                                  r"(?:ke hoach|chi tieu|annual plan|annual target|the plan|"
                                  r"(?:the )?year s (?:plan|target))")
# ("Giải quyết việc làm cho 11.630 lao động, đạt 55,4% kế hoạch năm" in a report dated June)
_WILL_GROW = re.compile(r"\b(?:will|would)\s+(?:grow|expand|increase|rise|reach)\s+(?:by\s+)?$")
_ESTIMATE_WILL = re.compile(r"\bestimat\w*(?: that)?(?: \w+){0,4} will\b(?: \w+){0,4} $")
_COUNT_COMPARED_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:so voi|compared (?:with|to)|from|than|over|on)"
                                   r"\s+(?:(?:the |nam |cung ky )?(?:19|20)\d\d|the previous|a year|"
                                   r"last year|nam truoc|cung ky)")
_CHANGE_BEFORE = re.compile(r"\b(?:decreas\w*|reduc\w*|drop\w*|fell|fall\w*|declin\w*|cut|down|lower\w*|"
                            r"giam|ha|rose|increas\w*|up|tang|raised)\s+(?:by\s+|an average of\s+|"
                            r"binh quan\s+|moi nam\s+|them\s+)?$")
# "ước giải quyết việc làm cho 58.200 lao động": the estimate is the figure's
_ESTIMATED_BEFORE = re.compile(r"\buoc (?:tinh )?(?:giai quyet|tao|thu hut|don)\b[^,;.\d]{0,30}$")
_NEGATIVE_BEFORE = re.compile(r"(?:\b(?:decreas\w*|declin\w*|contract\w*|fell|shrank|shrunk|shrinks?|"
                              r"shrinking|drop\w*|giam|suy giam|negative|negative growth|am)\s*,?\s+"
                              r"(?:by\s+|of\s+|muc\s+|o muc\s+)?(?:an estimated\s+|about\s+|around\s+)?)$")
_TO_LEVEL_AFTER = re.compile(r"^\s*(?:\([^()\n]{0,40}\)\s*)?(?:,\s*)?"
                             r"(?:to|xuong|xuong con|con|len|len muc|to reach|to just|reaching|den|toi|-)\s+"
                             r"(?:muc\s+)?(?:about\s+|around\s+|khoang\s+)?\d")
_BY = re.compile(r"\b(?:by|them)\s+$")
_PROVINCES_AFTER = re.compile(r"\s+(?:(?:tinh|dia phuong|provinces?|localities)\b|cities\b)")
_COUNT_RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")  # "300,000-310,000 workers": a range
_PERCENT_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|to|den)\s*\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|phan tram)")
_LIST_GLUE = re.compile(r"\s*(?:,|,? and|,? va|,? or|,? hoac)\s*")
_PART_OF_BEFORE = re.compile(r"\d\s+(?:out )?of (?:its |the |their |all )?$")  # the 86 of "82 of its 86"
_SAME_STANDARD = re.compile(r"\b(?:the same|this|that|same) (?:poverty )?(?:standard|yardstick|measure)\b"
                            r"|\bcung chuan\b|"
                            r"\btheo chuan (?:nay|do|tren)\b")
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|den|toi|-|–)\s*$"
                           r"|\bbetween\s+\d[\d.,]*\s*(?:%|percent|per cent)?\s+and\s+$"
                           r"|\btu\s+\d[\d.,]*\s*(?:%|phan tram)\s*(?:den|toi)\s*$")  # "từ 7% đến 7,5%"
_OTHER_RATES = r"unemployment|underemployment|near-poor|near poverty|inflation|that nghiep|can ngheo"
_OTHER_RATE_BEFORE = re.compile(rf"\b(?:{_OTHER_RATES})\s+(?:rates?\s+)?(?:and|va)\s+(?:the\s+)?"
                                r"(?:[a-z-]+\s+)?$")
_OTHER_RATE_AFTER = re.compile(rf"\s+(?:rates?\s+)?(?:and|va)\s+(?:the\s+)?(?:ty le (?:ho )?)?"
                               rf"(?:{_OTHER_RATES})\b")
_TITLE_LINE = re.compile(r"^#\s+(.+)$", re.MULTILINE)  # a Markdown title under a letterhead
_OF_A_TERM = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:nhiem ky\s+|giai doan\s+)?(?:19|20)\d\d\s*[-–]")
_TIME_WORD = re.compile(r"\b(?:thang|quy|months?|quarters?|q[1-4]|half|nua)\b")
_PARTS_NAMED = re.compile(r"\b(?:gom|bao gom|including|among them|among whom|of whom)\b")
_TOTAL_AFTER_OF = re.compile(r"\d[\d.,]* (?:out )?of (?:its |the |their |all )?(?:\w+ s )?$")  # the 72 of
# "67 of the council's 72 deputies present": those called, not those present
_NEGATIVE_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:contraction|decline)\b")  # "2.36% contraction"
_NEW_STANDARD = re.compile(r"\b(?:chuan (?:ngheo )?moi|(?:the )?new (?:poverty )?"
                           r"(?:standard|yardstick|measure|criteria))\b")
_LIST_UNDER_NEW = re.compile(r"%\s*,?\s*(?:theo|under|by|using)\s+(?:the\s+)?" + _NEW_STANDARD.pattern)
_OLD_STANDARD = re.compile(r"\b(?:chuan (?:ngheo )?cu|(?:the )?(?:old|previous|former) (?:poverty )?"
                           r"(?:standard|yardstick|measure))\b")
_TOWN_BEFORE = re.compile(r"\b(?:tp|thanh pho|thi xa|thi tran)\.?\s*$")
_AT_TOWN = re.compile(r"\b(?:in|at|tai|o)\s+(?:the\s+)?(?:(?:tp|thanh pho|thi xa|thi tran)\.?\s*)?$")
_TOWN_WORD = re.compile(r"\b(?:tp|thanh pho|thi xa|city|town)\b")
_FROM_BEFORE = re.compile(r"\b(?:from|tu)\s+(?:muc\s+)?$")
_UNDER_OPENING = re.compile(r"\W*(?:under|using|measured (?:by|against)|theo|ap dung)\s+(?:the\s+)?"
                            r"[^.;:\n]{0,50}?(?:standard|chuan)\b")  # "Under the 2026-2030 standard, ..."


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


class _DocumentPass(YearRules, PlaceRules, IndicatorRules, TableRules, KindRules):
    """The state of one document while its numbers are read."""

    def __init__(self, extractor: Extractor, doc: Document) -> None:
        self.x = extractor
        self.growth, self.standards = extractor.growth, extractor.standards
        self.doc = doc
        self.text = doc.text
        self.folded = fold_same_length(doc.text)
        self.carried_standards: set[int] = set()  # where a figure took the report's standard
        self.figure_before: tuple[str, int, int] | None = None  # (indicator, end, year) of the last one
        plain = self.folded.translate(PLAIN)
        aliases = extractor.gazetteer.aliases
        self.markers = sorted(
            [*(Marker(m.start(), m.end(), cue.indicator, cue.role)
               for cue in extractor.cues for m in cue.pattern.finditer(self.folded)),
             *(Marker(a, b, indicator, "scope")  # "In Canh Lien, ... the poverty rate is about 18%"
               for a, b in localities(doc.text, self.folded, lambda name: name.translate(PLAIN) in aliases)
               for indicator in ("poverty_rate", "grdp_growth", "jobs_created"))],
            key=lambda m: (m.end, m.start))
        standards = [m.span() for m in STANDARD.finditer(self.folded)]
        self.markers = [m for m in self.markers if not (m.role == "scope" and m.indicator == "jobs_created"
                                                        and any(a <= m.start < b for a, b in standards))]
        # (the "giai đoạn 2022-2025" of a poverty standard is no term of jobs: "... theo chuẩn nghèo đa
        # chiều giai đoạn 2022-2025; toàn tỉnh giải quyết việc làm cho hơn 20.000 lao động")
        self.marker_ends = [m.end for m in self.markers]
        places = [Place(a, b, aliases[key]) for a, b, key in self._place_names(plain)
                  if not _CLAUSE_MARK.search(doc.text, a, b)  # not "hoạt động, hội chợ"
                  and not _RIVER_BEFORE.search(self.folded, max(0, a - 6), a)
                  and not _RIVER_AFTER.match(self.folded, b)]  # "sông Kiến Giang" is no Kiên Giang
        main = Counter(p.code for p in places)
        titled = {p.code for p in places if p.end <= len(doc.title)}
        first = next((p.code for p in places if p.start > len(doc.title) and p.code), None)
        if len(titled) == 1 and first in titled:  # the one province a title and dateline name weighs
            main[first] += 2  # more than a neighbour the body keeps naming: "Ho Chi Minh City's
            # mega-merger tests ..." (not "Kien Giang tops ..." over "CAN THO, Jan. 12 (VNA) –")
        order = {p.code: i for i, p in reversed(list(enumerate(places)))}
        self.main = min(main, key=lambda c: (-main[c], order[c])) if main else None
        self.all_asides = [(m.start(), m.end()) for m in _ASIDE.finditer(self.folded)]
        self.asides = [(a, b) for a, b in self.all_asides  # (an aside with a rate may hold a fact)
                       if not re.search(r"\d\s*(?:%|percent|per cent|phan tram)", self.folded[a:b])]
        places = [p for p in places  # "Kon Tum (now Quang Ngai) | 17.73": the row is Kon Tum's
                  if not _NOW_BEFORE.search(self.folded, max(0, p.start - 40), p.start)
                  and not self._in_aside(p.start)
                  and not re.match(r" (?:capital )?region\b", self.folded[p.end:p.end + 16])]  # "the Hanoi
        # region" is more than Hanoi
        places += [Place(m.start, m.end, None) for m in self.markers
                   if m.role == "national" and not self._in_aside(m.start)
                   and not _SHARE_OF.search(self.folded, max(0, m.start - 50), m.start)]
        # (not the country a share is of: "the city accounts for nearly a quarter of the country's GDP
        # and is targeting economic growth of at least 8.5%")
        self.places = sorted(places, key=lambda p: p.end)
        self.place_ends = [p.end for p in self.places]
        towns = [Marker(p.start, p.end, indicator, "scope") for p in self.places
                 if self._a_town(p) and (_TOWN_BEFORE.search(self.folded, max(0, p.start - 12), p.start)
                                         or _TOWN_WORD.search(self.folded, p.start, p.end + 6))
                 and not _AT_TOWN.search(self.folded, max(0, p.start - 20), p.start)
                 for indicator in ("poverty_rate", "grdp_growth", "jobs_created")]
        if towns:  # "riêng TP Hội An (cũ) tăng trưởng khoảng 11%": a city's figure is a part of its
            # province's (but a bare "QUY NHON, 12 Jan -" dateline is no scope, nor where a meeting was:
            # "at a working session ... in Dien Bien Phu City ..., the province's GRDP grew by 8.18%")
            self.markers = sorted([*self.markers, *towns], key=lambda m: (m.end, m.start))
            self.marker_ends = [m.end for m in self.markers]
        self.dates = [(a, b) for a, b, _ in find_dates(self.text)]
        self.years = [y for y in self._year_mentions() if not self._in_aside(y.start)]
        self.plan: tuple[int, int] | None = None  # (paragraph, year) of a sentence announcing targets
        self.year_ends = [y.end for y in self.years]
        self._headers: dict[int, tuple[list[Marker], list[YearMention]]] = {}
        self.stated: Counter = Counter()  # actual years written out beside their figures

    def _between(self, ends: list[int], items: list, start: int, end: int) -> list:
        """Items lying wholly inside [start, end)."""
        lo = bisect.bisect_left(ends, start)
        hi = bisect.bisect_right(ends, end)
        return [i for i in items[lo:hi] if i.start >= start]

    def _place_names(self, plain: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of each province name, written as a name (see `written_as_name`)."""
        found, match = [], self.x.places.search(plain)
        while match:
            key = " ".join(match.group().split())
            if written_as_name(self.text, match.start(), key):
                found.append((match.start(), match.end(), key))
                match = self.x.places.search(plain, match.end())
            else:
                match = self.x.places.search(plain, match.start() + 1)
        return found

    def run(self) -> list[Observation]:
        observations: dict[tuple, Observation] = {}
        paragraph_year: tuple[int, int] | None = None  # (paragraph, year) from "In 2023, ..."
        days = self.dates + days_without_year(self.text) + related_links(self.text)  # "on July 1", the
        # headlines under "Related news:": no figures of this report
        spans = [(a, b, p, self._ranges([self._table_percent(n)
                                          for n in find_numbers(self.text, self.doc.language, a, b)
                                          if not any(d0 < n.end and n.start < d1 for d0, d1 in days)]))
                 for a, b, p in sentences(self.text)]  # numbers inside dates are not figures
        if self._told_the_next_year(self._context_years(spans)):  # then read "last year" again
            self.doc = replace(self.doc, date=self.doc.date.replace(year=self.doc.date.year + 1))
            self._context_years(spans)
        elif self._undated_after_the_titles_year():
            self.doc = replace(self.doc, year=self.doc.year + 1)
            self._context_years(spans)
        previous = Decision(None, 0)
        intro: tuple[int, int, int] | None = None  # (paragraph, block, end) of a list's intro: "...:"
        asked: tuple[int, int] | None = None  # (paragraph, year) of an interview's question: "Năm 2025,
        # ngành đặt ra những mục tiêu gì?" dates the answer below it
        blank_lines = [m.start() for m in re.finditer(r"\n\s*\n", self.text)]
        part_year: tuple[int, int] | None = None  # (paragraph, first sentence's start) of a paragraph
        # opening on part of a year: "6 tháng đầu năm, ... 6,05%. ... đã giải quyết việc làm cho 9.850"
        last_paragraph = None
        for start, end, paragraph, found in spans:
            if paragraph != last_paragraph:
                part_year = (paragraph, start) if self._opens_on_part_year(start, end) else None
                last_paragraph = paragraph
            block = bisect.bisect_left(blank_lines, start)
            if intro and paragraph != intro[0] and (intro[1] == block or self._rows_only(intro[2], end)
                                                     or self._items_only(intro[2], end)):
                paragraph = intro[0]  # "Chỉ tiêu chủ yếu năm 2024:" and the bullets or table rows under it
            if paragraph_year and paragraph_year[0] != paragraph:
                paragraph_year = (paragraph, asked[1]) if asked and asked[0] != paragraph else None
            asked = None if asked and asked[0] != paragraph else asked
            numbers = [n for n in found if (not n.is_year or self._count_unit_after(n))
                       and not row_number(self.text, n.start, n.end)]
            # the previous sentence's indicator carries over a light start: "Last year it grew 7.86%."
            previous = Decision(previous.indicator, start)
            self.sentence_years: dict[str, tuple[int, str]] = {}
            self._list_start = start
            self.sentence_numbers, self._sentence_start, self._sentence_end = numbers, start, end
            prev_number: Number | None = None
            kept_any = False
            for i, number in enumerate(numbers):
                next_start = numbers[i + 1].start if i + 1 < len(numbers) else end
                obs, previous = self._observe(start, end, number, prev_number, next_start, previous,
                                              paragraph_year)
                prev_number = number
                if obs is not None and part_year and part_year[1] < start and obs.kind == "actual" \
                        and self.x.indicators[obs.indicator].year_rule != "event_year" \
                        and obs.year_basis != "explicit" and not _YEAR_END.search(self.folded, start, end):
                    obs = None  # the paragraph's part of the year, not the whole year
                if obs is not None and obs.kind == "actual" and obs.year_basis != "explicit" \
                        and self.doc.date is not None and 3 <= self.doc.date.month <= 11 \
                        and _SHARE_OF_PLAN_AFTER.match(self.folded, number.end, end):
                    obs = None  # a part of the year's plan, told while the year runs: its progress
                if obs is not None:
                    kept_any = True
                    key = (obs.province_code, obs.generation, obs.indicator, obs.year, obs.value, obs.kind)
                    kept = observations.get(key)
                    if kept is None or (obs.qualifier and not kept.qualifier) \
                            or (obs.standard and not kept.standard) \
                            or (kept.start < len(self.doc.title) and (obs.qualifier or not kept.qualifier)
                                and (obs.standard or not kept.standard)):
                        observations[key] = obs  # a headline's "2,000" is the body's "over 2,000" (and the
                        # body's sentence the better evidence)
            if self.plan and self.plan[0] != paragraph:
                self.plan = None
            if not kept_any:
                plan = self._plan_year(start, end, paragraph)
                self.plan = plan or self.plan
                if plan and not numbers and start >= len(self.doc.title) and self._heading(start, end):
                    intro = (paragraph, bisect.bisect_left(blank_lines, end + 1), end)  # "Điều 2. Mục
                    # tiêu ... năm 2026" over its items, also across a blank line
            paragraph_year = self._paragraph_year(start, end, paragraph, found) or paragraph_year
            if self.plan and self.plan[0] == paragraph:
                paragraph_year = self.plan
            if not numbers:
                previous = self._topic(start, end) or previous
            if self.text[end - 1] == ":" or (
                    start >= len(self.doc.title) and numbers == [] and self._heading(start, end)
                    and any(n.is_year for n in found) and paragraph_year and paragraph_year[0] == paragraph
                    and not (self.plan and self.plan[0] == paragraph)):
                intro = (paragraph, block, end)  # (and a heading's year over its lines: "🔁 Looking back at
                # 2024" over "Full-year GRDP growth came in at 10.2%")
            if self.text[end - 1] == "?" and not numbers:
                asked = self._asked_year(start, end, paragraph)
        return self._own_standards(self._without_parts_of_the_crowd(self._without_contestants(
            self._years_from_the_title(self._without_rounded_headlines(list(observations.values()))))))

    def _heading(self, start: int, end: int) -> bool:
        """A short line of its own with no closing stop: a heading over the lines below it."""
        line_end = self.text.find("\n", end)
        at_line_end = line_end == -1 or not self.text[end:line_end].strip()
        return at_line_end and end - self.text.rfind("\n", 0, start) < 100 and self.text[end - 1] not in ".!?"

    def _topic(self, start: int, end: int) -> Decision | None:
        """A sentence with no figure that names one rate ("Under the new yardstick the province's
        poverty rate is expected to roughly double.") is what the next sentence's "it" means."""
        marks = self._between(self.marker_ends, self.markers, start, end)
        cues = {m.indicator for m in marks if m.role == "cue" and m.indicator in self.x.rates}
        if not cues and not any(m.role in ("exclude", "scope") for m in marks):
            cues = {m.indicator for m in marks if m.role == "weak" and m.indicator in self.x.rates}
            # ("... whether the province had met its growth target, ..." before "The plan had been 8%")
        return Decision(cues.pop(), end) if len(cues) == 1 else None

    def _own_standards(self, observations: list[Observation]) -> list[Observation]:
        """A standard the report names only beside another province's rate is that province's: "Ha
        Giang closed 2024 with a rate of 19.77% under the 2021-2025 standard ... In Dien Bien, the
        poverty rate fell to 17.8%" gives Dien Bien's no standard."""
        def lineage(o: Observation) -> str:  # the 2025 unit it is or became part of
            return o.province_code if o.generation != 2024 else self.x.gazetteer.successor[o.province_code]
        stated = [o for o in observations if o.standard and o.value_start not in self.carried_standards]
        return [replace(o, standard=None) if o.standard and o.value_start in self.carried_standards
                and o.standard not in self._opening_standards
                and any(s.standard == o.standard for s in stated)
                and not any(s.standard == o.standard and lineage(s) == lineage(o) for s in stated) else o
                for o in observations]

    def _without_parts_of_the_crowd(self, observations: list[Observation]) -> list[Observation]:
        """"the festival drew 1.2 million ... Riêng đêm khai mạc có khoảng 250.000", "a seminar
        gathered some 300 delegates" after the fair's 40,000: a smaller crowd told after the event's
        is a part of it (a night, a ritual, a side event)."""
        crowds = [o for o in observations if o.indicator == "attendance" and o.kind == "actual"]
        return [o for o in observations if o not in crowds or not any(
            c.value_start < o.value_start and c.value > o.value and (c.province_code, c.generation, c.year)
            == (o.province_code, o.generation, o.year) for c in crowds)]

    def _without_contestants(self, observations: list[Observation]) -> list[Observation]:
        """"gần 400 vận động viên tham gia tranh tài" beside "hơn 10.000 người dân và du khách đã đến
        xem và cổ vũ": where the crowd is counted, it is the event's audience, not the contestants;
        nor are an exam's candidates, unless the exam is what the report is about."""
        def contestants(o: Observation) -> bool:
            return bool(_CONTESTANTS.match(self.folded, o.value_end))
        crowds = [o for o in observations if o.indicator == "attendance" and not contestants(o)
                  and _CROWD.search(self.folded, o.start, o.end)]
        def passing_exam(o: Observation) -> bool:  # "Tổ chức thành công kỳ thi tốt nghiệp THPT năm
            # 2025 với 14.890 thí sinh dự thi" in a report whose opening names no exam
            return bool(_EXAM_TAKERS.match(self.folded, o.value_end)
                        and _EXAM.search(self.folded, o.start, o.end)
                        and not _EXAM.search(self.folded, 0, self._opening_end))
        return [o for o in observations if not (
            o.indicator == "attendance" and contestants(o)
            and any(c.province_code == o.province_code and c.year == o.year and c.value > o.value
                    for c in crowds)) and not (o.indicator == "attendance" and passing_exam(o))]

    def _years_from_the_title(self, observations: list[Observation]) -> list[Observation]:
        """A body figure the title repeats with its year takes that year ("Quang Ninh posts 11.03%
        growth in 2024" over an undated "expanded 11.03% last year"); the title's copy then goes."""
        title_end = len(self.doc.title)
        stated = {}  # value -> the year the title gives it: "posts 11.03% growth in 2024"
        for n in find_numbers(self.text, self.doc.language, 0, title_end):
            clause_end = min([title_end] + [i for i in (self.text.find(",", n.end, title_end),
                                                        self.text.find(";", n.end, title_end)) if i >= 0])
            years = [y.year for y in self._between(self.year_ends, self.years, n.end, clause_end) if y.year]
            if not n.is_year and years:
                stated.setdefault(n.value, years[0])
        dated = []
        for o in observations:
            year = stated.get(abs(o.value)) if o.start >= title_end and o.year_basis != "explicit" else None
            dated.append(replace(o, year=year, year_basis="explicit",
                                 year_note=f"stated in the title: '{year}'")
                         if year and year != o.year and generation_for(year) == o.generation
                         and self.x.indicators[o.indicator].year_rule != "event_year" else o)
        def key(o: Observation) -> tuple:
            return o.province_code, o.generation, o.indicator, o.year, o.value, o.kind
        body = {key(o) for o in dated if o.start >= title_end}
        return [o for o in dated if o.start >= title_end or key(o) not in body]

    def _without_rounded_headlines(self, observations: list[Observation]) -> list[Observation]:
        """A headline's round figure ("Da Nang economy rebounds 14%") is the body's 14.05%, not a fact
        of its own; nor is a headline's target the body tells as a result ("HCMC sets higher growth
        bar for 2025 after 7.17% expansion" over "grew an estimated 7.17% this year")."""
        title_end = len(self.doc.title)
        body = [o for o in observations if o.start >= title_end]
        return [o for o in observations if o.start >= title_end or not any(
            (b.province_code == o.province_code or b.generation != o.generation)
            and b.indicator == o.indicator and (b.value != o.value and _rounds_to(b.value, o.value)
                                                and (b.kind == o.kind or b.value < 100)
                                                or b.value == o.value and o.kind == "target"
                                                and b.kind == "actual" and b.year_basis != "explicit")
            for b in body)]

    def _ranges(self, numbers: list[Number]) -> list[Number]:
        """The low end of "8-8,5%" or "6.5 to 7 percent" is a percentage too (a range is no single
        figure: neither end is stored, but the low end keeps the list's indicator)."""
        return [replace(n, percent=True) if not (n.percent or n.is_year or n.points)
                and _PERCENT_RANGE_AFTER.match(self.folded, n.end) else n for n in numbers]

    # ---- per number -----------------------------------------------------------------------------
    def _observe(self, s_start: int, s_end: int, number: Number, prev_number: Number | None,
                 next_start: int, previous: Decision, paragraph_year: tuple[int, int] | None
                 ) -> tuple[Observation | None, Decision]:
        cell = mixed_cell(self.text, number.start, number.end) \
            or table_cell(self.text, number.start, number.end)
        if cell and cell[1] > 0 and previous.end < cell[0][cell[1]][0] \
                and re.search(r"[^\W\d]", self.text[cell[0][cell[1]][0]:number.start]):
            previous = Decision(None, cell[0][cell[1]][0])  # a new cell of words: "| bình quân 6,9%/năm;
            # năm 2025 đạt 7,8% |", "| ethnic-minority households: 9.4% |"
        seg_start = previous.end
        after_end = self._after_end(number, next_start)
        listed = prev_number is not None and not (prev_number.percent or number.percent) \
            and _LIST_GLUE.fullmatch(self.folded, prev_number.end, number.start)
        self._list_start = self._list_start if listed else seg_start  # "19.850, 6.120 và 21.400"
        if number.percent or number.points:
            indicator, excluded = self._rate_indicator(s_start, seg_start, number, after_end, previous)
            paired = self._another_rate_respectively(s_start, number) if indicator else None
            excluded = excluded if paired is None else paired
            if indicator is None and previous.indicator in self.x.counts \
                    and _PLAN_OF.match(self.folded, number.end):
                indicator, excluded = previous.indicator, True  # "61.6% of the annual plan": a share
        else:
            indicator, excluded = self._count_indicator(s_start, seg_start, number, after_end, s_end)
            if indicator and prev_number is not None and previous.indicator == indicator \
                    and _PARTS_NAMED.search(self.folded, seg_start, number.start):
                excluded = True  # "gần 700 đại biểu tham dự, gồm ... và hơn 300 nhà đầu tư": a part
            if indicator and _TOTAL_AFTER_OF.search(self.folded, max(0, number.start - 40), number.start):
                excluded = True
            if indicator is None:
                indicator = self._count_carried(number, prev_number, previous, after_end)
            if indicator is None and self.figure_before and self.figure_before[0] in self.x.counts \
                    and s_start <= self.figure_before[1] \
                    and _BASELINE_PAREN.search(self.folded, max(s_start, number.start - 40), number.start) \
                    and self._markers_in("unit", self.figure_before[0], number.end, after_end, head_words=2):
                indicator = self.figure_before[0]  # "35.120 lao động, tăng 1.090 lao động so với năm 2023
                # (năm 2023 đạt 34.030 lao động)": the earlier year's level, in brackets
            if indicator is None and self._anaphor(s_start, seg_start, number, previous, self.x.counts):
                indicator = previous.indicator  # "Năm 2024, con số này là 18.650 lao động"
            if indicator is None and prev_number is not None and prev_number.percent \
                    and previous.indicator in self.x.counts \
                    and _PLAN_OF.fullmatch(self.folded, prev_number.end, number.start):
                indicator = previous.indicator  # "đạt 53,5% kế hoạch năm là 40.000 lao động"
        decision = Decision(indicator, number.end, excluded)
        if indicator is None and not number.percent and not previous.excluded \
                and previous.indicator not in self.x.rates \
                and self._markers_in("thing", "*", number.end, number.end + 40, head_words=2) \
                and _THINGS_THEN_PEOPLE.match(self.folded, number.end, next_start):
            decision = previous  # a count of things ends no stretch: "có sự tham dự của ..., hơn 200
            # doanh nghiệp ... và khoảng 12.000 người dân, du khách"
        if indicator is None and not number.percent and previous.indicator in self.x.rates \
                and any(a <= number.start < b for a, b in self.all_asides):
            decision = replace(previous, end=number.end)  # "X, which ... cut units from 63 to 34, came
            # second at 11.81%": a count in an aside does not end the list of rates
        if indicator is None and number.percent and previous.indicator in self.x.rates and any(
                m.role == "national"
                for m in self._between(self.marker_ends, self.markers, seg_start, number.start)):
            decision = replace(previous, end=number.end)  # "..., while national GDP rose 8.02%": the
            # country's figure of the same rate, which the next sentence's list goes on with
        if indicator is None and previous.indicator in self.x.rates and not number.percent \
                and _PROVINCES_AFTER.match(self.folded, number.end):
            decision = replace(previous, end=number.end)  # "8.78%, the highest of the 5 provinces"
        if self._sub_row(number) or self._part_row(number) or self._period_cell(number) \
                or self.text[max(0, number.start - 1):number.start] == "+":  # (a signed "+2,300": a change)
            return None, decision  # "| – Việc làm trong tỉnh | 34.000 |": a part of the row above
        if indicator is None or excluded or number.points \
                or self._excluded_after(indicator, number, after_end):
            return None, decision
        ind = self.x.indicators[indicator]
        before = self.folded[max(s_start, number.start - 60):number.start]
        after = self.folded[number.end:s_end]
        close_before = prev_number is not None and prev_number.end >= number.start - 8 \
            and "|" not in self.text[prev_number.end:number.start]  # (not "| 8.47 | – | 10.0 |": cells)
        if (close_before and (_RANGE_BEFORE.search(before) or _PART_OF_BEFORE.search(before))) \
                or _PERCENT_RANGE_AFTER.match(self.folded, number.end) \
                or (re.search(r"\bbetween\s+$", before)
                    and re.match(r"\s*(?:%|percent|per cent)?\s+and\s+\d", after)) \
                or (not number.percent and _COUNT_RANGE_AFTER.match(self.text, number.end)):
            return None, decision  # either end of "6.5 to 7%", "300 to 350 delegates": no one figure
        explicit_after = self._year_after(number, after_end)
        dated_from = _FROM_BEFORE.search(before) and explicit_after and explicit_after.year
        if _TO_LEVEL_AFTER.match(after) and self._number_follows(number, s_end, ind.is_rate) \
                and not dated_from:
            return None, decision  # "by 4.2 points to 25.97%", "from 4.5% to 2.63%", "7-8%"
        value = number.value
        if ind.is_rate and ind.id in self.growth:
            if number.negative or _NEGATIVE_BEFORE.search(before) \
                    or _NEGATIVE_AFTER.match(self.folded, number.end):
                value = -value
        elif number.negative or (ind.is_rate and _CHANGE_BEFORE.search(before)
                                 and not (number.qualifier in ("under", "over") and not _BY.search(before))):
            return None, decision  # "the poverty rate decreased 1.2%": a change ("drop below 1.5%": a level)
        elif not ind.is_rate and _CHANGE_BEFORE.search(before) and _COUNT_COMPARED_AFTER.match(after):
            return None, decision  # "tăng 1.090 lao động so với năm 2023", "up 1,090 on 2023": a change
        code = self._province(s_start, number, after_end, indicator)
        if code is None:
            return None, decision
        kind = self._kind(s_start, number, event=ind.year_rule == "event_year")
        planned = kind == "actual" and self.plan and self.plan == paragraph_year \
            and ind.year_rule != "event_year" and not any(
                m.role == "actual"
                for m in self._between(self.marker_ends, self.markers, s_start, number.start))
        if planned:
            kind = "target"  # an item of the targets a sentence before announced
        if kind == "target" and dated_from and explicit_after.year <= (self.doc.year or explicit_after.year):
            kind = "actual"  # the baseline of a plan: "to 2.5% by 2025, from 3.38% at the end of 2023"
        if kind == "target" and ind.year_rule == "event_year":
            return None, decision  # an expected audience is not an attendance: people attend or they don't
        self.claimed = prev_number and self._year_after(prev_number,
                                                        self._after_end(prev_number, number.start))
        year, basis, note = self._year(s_start, next_start, seg_start, number, after_end, ind, kind,
                                       paragraph_year)
        beside = self.figure_before
        if kind == "target" and beside and beside[0] == indicator and basis == "inferred" \
                and _PLAN_BESIDE.fullmatch(self.folded, beside[1], number.start):
            year, basis, note = beside[2], "relative", "the plan beside the figure before it"
            # ("Tăng trưởng GRDP: 7,05% (kế hoạch 6,5%)": the same year's plan)
        if year is None:
            return None, decision
        if planned and basis == "explicit" and year < self.plan[1]:
            kind = "actual"  # "For 2025, the province aims to ... Its growth was 7.1% in 2024": a result
        self.figure_before = (indicator, number.end, year)
        if basis == "inferred" and kind == "actual" and ind.year_rule != "event_year" \
                and self._part_year_title:
            return None, decision  # "- Đã giải quyết việc làm cho 15.120 lao động" in a "Báo cáo ... 9 tháng
            # đầu năm 2024": the nine months', with no year of its own
        if ind.year_rule == "event_year" and self.doc.date and year > self.doc.date.year:
            return None, decision  # "20,000 spectators next year": a later edition's
        told = self.doc.date.year if self.doc.date_has_year and self.doc.date else None
        if kind == "actual" and basis == "explicit" and ind.year_rule != "event_year" \
                and ((told and year > told) or (
                    not told and self.doc.year and year > self.doc.year + 1
                    and re.search(rf"\b(?:den|toi|by)(?: the end of| het| cuoi)? (?:nam )?{year}\b",
                                  self.folded[s_start:number.start]))):
            kind = "target"  # "Đến năm 2030, tỷ lệ hộ nghèo giảm xuống dưới 2%" told in 2025: no result yet
            # (in an undated report: "by" a year two past the one it is about)
        if kind == "target" and self.doc.date and year == self.doc.date.year and self.doc.date.month >= 10 \
                and (_ESTIMATE_WILL.search(self.folded, max(s_start, number.start - 80), number.start)
                     or (_WILL_GROW.search(self.folded, max(s_start, number.start - 30), number.start)
                         and "estimat" in self.folded[number.start:number.value_start])):
            kind = "actual"  # "Dak Lak estimates that its GRDP will grow by about 7.8% in 2025", in November
            # (or "Soc Trang's GRDP would grow an estimated 7.12 percent this year")
        on = self.doc.date if (ind.year_rule == "event_year" and self.doc.date
                               and self.doc.date.year == year) else None
        held = on and day_without_year(self.text[s_start:number.start], on.year)
        if held and held < on:  # "BAC NINH, July 18, 2025 — The festival, held on June 6-8 in what was
            on = held  # then Bac Giang province, drew more than 60,000": the event's own day
        generation = generation_for(year, on)
        after_merger = generation == 2025 or (basis == "inferred" and self.doc.date is not None
                                              and generation_for(self.doc.date.year, self.doc.date) == 2025)
        if after_merger and (self._former_unit_cell(number)
                             or self._former_area_near(seg_start, number, after_end)):
            return None, decision  # "| Chỉ tiêu (năm 2025) | Hải Phòng (cũ) | Hải Dương (cũ) |": parts
            # (but "1.28% in the former Vinh Phuc area" at the end of 2024 is that whole province's; with
            # no year, in a report told after the merger, it is a part: "the former Bac Kan area still
            # faces a much higher poverty rate, at 10.2%")
        unit = self.x.gazetteer.in_generation(code, generation)
        poverty = indicator in self.standards
        others = value_cells(self.text, number.start, number.end) if poverty else []
        named_before = self._standard(s_start, number.start, last=True, skip=others) if poverty else None
        # (the nearest before it: "áp dụng chuẩn nghèo đa chiều giai đoạn 2026-2030 (...), ... tỷ lệ 8,47%")
        standard = named_before or (self._standard(s_start, s_end, skip=others) if poverty else None)
        if standard and not named_before and int(standard[:4]) > max(year, self.doc.year or year):
            standard = None  # "dưới 6% cuối năm 2025; chuẩn bị triển khai chuẩn nghèo 2026-2030": the next
        if standard is None and indicator in self.standards \
                and table_cell(self.text, number.start, number.end):
            standard = self._table_standard(number)
        same = indicator in self.standards and _SAME_STANDARD.search(self.folded, s_start, s_end)
        if standard is None and same:
            standard = self._standard(0, s_start, last=True)  # "under the same standard, ... 1.48%"
        if standard is None and indicator in self.standards:
            paragraph = self.text.rfind("\n", 0, s_start) + 1
            new = bool(_NEW_STANDARD.search(self.folded, s_start, after_end)) or bool(
                _LIST_UNDER_NEW.search(self.folded, number.end, s_end)
                and not _OLD_STANDARD.search(self.folded, s_start, s_end)) or bool(
                kind == "actual" and _NEW_STANDARD.search(self.folded, paragraph, s_start)
                and not _OLD_STANDARD.search(self.folded, paragraph, s_end))  # "theo chuẩn mới", also
            # after a list: "..., chiếm 7,46%, và 22.090 hộ cận nghèo, chiếm 5,22% theo chuẩn mới", or
            # a sentence before: "The picture changes once the new criteria are applied. ... 5.17%"
            opened = _UNDER_OPENING.match(self.folded, paragraph)
            standard = opened and kind == "actual" and self._standard(*opened.span())
            # (a paragraph opening "Under the 2026-2030 standard, ..." is under it to its end)
            if not standard:
                standard = self._report_standard(year, kind, new)  # "Kết quả rà soát ... theo chuẩn
                self.carried_standards.add(number.value_start)  # 2021-2025"
        return Observation(
            source=self.doc.path, province=unit.name_en, province_code=unit.code,
            generation=generation, indicator=indicator, year=year, value=value, unit=ind.unit,
            qualifier=number.qualifier or ("about" if _ESTIMATED_BEFORE.search(before) else None),
            kind=kind, standard=standard, start=s_start, end=s_end,
            quote=self.text[s_start:s_end], value_start=number.value_start,
            value_end=number.value_end, year_basis=basis, year_note=note,
        ), decision

    def _after_end(self, number: Number, s_end: int) -> int:
        """Where the words that belong to a number end: the next clause break or number (or its table
        cell's end: "| 7.81% | Services, trade |" names no growth of services)."""
        cell = table_cell(self.text, number.start, number.end)
        if cell is not None:
            s_end = min(s_end, cell[0][cell[1]][1])
        match = AFTER_BREAK.search(self.folded, number.end, s_end)
        return match.start() if match else s_end

    def _number_follows(self, number: Number, s_end: int, rate: bool) -> bool:
        nxt = find_numbers(self.text, self.doc.language, number.end, min(s_end, number.end + 60))
        return bool(nxt) and (not rate or nxt[0].percent or nxt[0].points)

    def _in_aside(self, at: int) -> bool:
        """Inside a figure-free aside: ", which absorbed Hai Duong in the July 2025 merger,"."""
        return any(a <= at < b for a, b in self.asides)

    @cached_property
    def _part_year_title(self) -> bool:
        """The report's title is about part of a year ("Báo cáo tình hình kinh tế - xã hội 9 tháng đầu
        năm 2024", "Q3 2025 results")."""
        heading = _TITLE_LINE.search(self.text, 0, 400)
        a, b = heading.span(1) if heading else (0, len(self.doc.title))
        return any(m.role == "scope" and m.indicator == "*" and _TIME_WORD.search(self.folded, m.start, m.end)
                   and not _OF_A_TERM.match(self.folded, m.end)  # not "first half of 2020-2025 Party tenure"
                   for m in self._between(self.marker_ends, self.markers, a, b))

    def _light(self, start: int, end: int) -> bool:
        """Only list glue between two numbers: 'and', 'in', a province, a year."""
        chunk = list(self.folded[start:end])
        markers = [m for m in self._between(self.marker_ends, self.markers, start, end)
                   if m.role in ("target", "actual")]
        for item in (*self._between(self.place_ends, self.places, start, end),
                     *self._between(self.year_ends, self.years, start, end), *markers):
            chunk[item.start - start:item.end - start] = " " * (item.end - item.start)
        for a, b in (*self.asides, *self._former_areas):  # "Hai Phong, which absorbed Hai Duong in the
            if start <= a and b <= end:  # July 2025 merger, was ...", "khu vực tỉnh Vĩnh Phúc cũ là"
                chunk[a - start:b - start] = " " * (b - a)
        return all(w in _GLUE for w in re.findall(r"[a-z]+", "".join(chunk)))

    def _another_rate_respectively(self, s_start: int, number: Number) -> bool | None:
        """"unemployment and household poverty rates stood at 2.1% and 3.1% respectively": the n-th
        figure is the n-th rate named, so the 2.1% is no poverty rate (and the 3.1% is one);
        None when the sentence pairs no two rates so."""
        same = self._respective_list(s_start, number)
        cues = [m for m in self._between(self.marker_ends, self.markers, s_start, same[0].start)
                if m.role == "cue" and m.indicator in self.x.rates] if len(same) == 2 else []
        if not cues:
            return None
        cue = cues[-1]
        if _OTHER_RATE_BEFORE.search(self.folded, max(0, cue.start - 40), cue.start):
            return same.index(number) != 1
        if _OTHER_RATE_AFTER.match(self.folded, cue.end):
            return same.index(number) != 0
        return None

    def _respective_list(self, s_start: int, number: Number) -> list[Number]:
        """The figures of the number's kind that "respectively" / "lần lượt" pairs with things named
        before the first of them (English "respectively" closes its list: "..., while Hau Giang was at
        6.2%" is not in it); empty when the sentence has no such list or the number is not in it."""
        marker = RESPECTIVELY.search(self.folded, s_start, self._sentence_end)
        if not marker:
            return []
        same = [n for n in self.sentence_numbers if n.percent == number.percent and not n.is_year]
        if marker.group() == "respectively":
            same = [n for n in same if n.end <= marker.start()]
        else:  # "lần lượt" opens its list: "...; hai tỉnh Sóc Trăng và Hậu Giang cũ lần lượt là 22.400 và
            # 13.150"
            same = [n for n in same if n.start >= marker.end()] or same
        return same if number in same else []
