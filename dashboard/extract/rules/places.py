"""Which province a figure belongs to: named before it, "in X" after it, or the report's own."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from dashboard.extract.numbers import Number
from dashboard.extract.rules.common import RESPECTIVELY
from dashboard.extract.text import (
    column_header,
    sentences,
    table_cell,
)
from dashboard.provinces import name_key

_DATELINE_AFTER = re.compile(  # "Hanoi, January 2024 - ", "CAN THO (VNA) – ": where the report was filed
    r"\s*(?:,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{0,2},?\s*(?:(?:19|20)\d\d)?"
    r"|\d{1,2}\s+[a-z]+\.?\s*(?:(?:19|20)\d\d)?|\d{1,2}/\d{1,2}(?:/\d{4})?))?\s*(?:\([a-z ]+\)\s*)?[-–—]\s")
_ITEM_LABEL = re.compile(r"\s*(?:\*\*)?\s*:")  # "Quảng Bình: ...", "**Gia Lai**: ..." (not "HÀ NỘI –")
_WE = re.compile(r"\b(?:we|our|chung toi|chung ta)\b")
_PAIRED = re.compile(r"\s*(?:,|,? and|,? va)\s*")
_THAN_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|so voi|hon|against|versus)\s+"
                          r"(?:the\s+|muc\s+|of\s+)?"
                          r"(?:about\s+|around\s+)?$")
_IN_PLACE_AFTER = re.compile(r"^\s*\W?\s*(?:in|at|of|for|ở|tại|của|o|tai|cua)\s+(?:the )?"
                             r"(?:(?:former|old|new|merged|enlarged) )?(?:(?:tinh|province of) )?$", re.I)
_SIBLING_GAP = re.compile(r"\s*\)?\s*(?:(?:in|at|o|tai|of|the|former|province|city|tinh|thanh pho|cu)\s+)*"
                          r"\s*(?:,\s*)?(?:and|va|,)\s*\(?\s*")  # "(10.34%) and Quang Ninh (10.03%)"
_RANKED_IN = re.compile(r"\b(?:quan quan|dan dau|dung dau|nhat|top|highest|fastest|lowest|slowest|leader|"
                        r"leading|ranked \w+|xep thu \w+)(?:\s+[a-z]+){0,3}?\s+"
                        r"(?:(?:cua|trong|of|in|among)\s+)?(?:the\s+)?$")
_OLD_BOUNDARIES = re.compile(r"\bdia gioi (?:hanh chinh )?cu\b"
                             r"|\b(?:old|former|pre-merger) (?:boundaries|borders)\b")
_WHERE = re.compile(r",\s*(?:where|noi)\b")  # "by national standards, where the rate is 1%": the same clause
_THE_PROVINCE = re.compile(r"\b(?:the|its) province\b|\btinh\b(?! lo\b)")  # a clause on the province
_THE_CITY = re.compile(r"\bthe (?:[a-z-]+ ){0,2}city\b")
_MERGED_WITH_BEFORE = re.compile(r"\b(?:merger with|merges? with|merging with|merged with|merged into|"
                                 r"(?:sap nhap|hop nhat|nhap) (?:voi|vao))\s+(?:tinh\s+)?$")
_ITS_OWN_TARGET_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s+(?:target|goal|plan)\s+(?:that\s+)?"
                                   r"(?:the|its) (?:province|city)\b")
_HELD = re.compile(r"\b(?:to chuc|held|hosted|organi[sz]ed|dien ra|khai mac|opened|took place|hop)\b")
_HELD_AT_BEFORE = re.compile(r"\b(?:tai|in|at)\s+(?:the\s+)?(?:[^.,;:\n\d]{0,35}?\s(?:in|tai|o)\s+)?"
                             r"(?:(?:tp\.?|thanh pho)\s*)?$")
_COME_FROM = re.compile(r"\b(?:den tu|come from|came from|coming from|hailing from)\s+[^.;\d]{0,50}$")
_ELSEWHERE_BEFORE = re.compile(r"\b(?:left for|leave for|leaving for|went to|moved to|migrated to|"
                               r"factories in|work in|working in|lam viec (?:tai|o)|di lam (?:an )?(?:tai|o))"
                               r"\b[^.;\n\d]{0,25}$")
_GUESTS_FROM = re.compile(  # "lãnh đạo tỉnh Cao Bằng cùng hơn 1.000 đại biểu": guests, not the host
    r"\b(?:lanh dao|dai dien|doan(?: dai bieu| cong tac)?(?: cua)?|leaders? (?:of|from)"
    r"|delegat\w* (?:of|from)|representatives? (?:of|from)|officials? (?:of|from)|guests? from)\s+"
    r"(?:(?:cac |hai )?(?:tinh|thanh pho)\s+"
    r"|(?:the )?(?:neighbou?ring )?(?:province|city) of\s+|neighbou?ring\s+)?$")
_FELLOW_AFTER = re.compile(r"\s+(?:ban|lan can|anh em)\b")  # "các tỉnh bạn": fellow provinces' guests
_PROVINCE_ROW = re.compile(r"[\s*_]*(?:whole province|province[- ]?wide|toan tinh|ca tinh|toan thanh pho)\b")
_FORMER_UNIT = re.compile(r"\(\s*cu\s*\)|\bformer\b|\(\s*old\s*\)")


class PlaceRules:
    """The province rules of a document pass (`extractor._DocumentPass`)."""

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

    @cached_property
    def _former_areas(self) -> list[tuple[int, int]]:
        """Scopes naming a province that the 2025 merger folded into another: "the former Vinh Phuc
        area", "khu vực tỉnh Bình Dương cũ". For a figure before the merger that is the whole old
        province, so such a scope is decided once the year is (`_former_area_near`)."""
        return [(m.start, m.end) for m in self.markers if m.role == "scope"
                and ((_FORMER_UNIT.search(self.folded, m.start, m.end)
                      or self.folded.endswith(" cu", 0, m.end))
                     and any(p.code for p in self._between(self.place_ends, self.places, m.start, m.end))
                     or _OLD_BOUNDARIES.search(self.folded, m.start, m.end))]  # "Nếu tính theo địa giới cũ"

    def _former_area(self, marker) -> bool:
        """The marker is (a word of) such a scope."""
        return any(a <= marker.start and marker.end <= b for a, b in self._former_areas)

    def _former_area_near(self, seg_start: int, number: Number, after_end: int) -> bool:
        return any(seg_start <= a <= after_end for a, _ in self._former_areas)

    def _respectively(self, s_start: int, number: Number) -> str | None:
        """"Hau Giang and Kien Giang ... 7.79% and 7.38% respectively": the n-th figure is the n-th
        province named before the first of them."""
        same = self._respective_list(s_start, number)
        start = max([n.end for n in self.sentence_numbers if same and n.end <= same[0].start],
                    default=s_start)
        places = [p.code for p in self._between(self.place_ends, self.places, start, same[0].start)
                  if p.code] if same else []  # (named after any figure before the list)
        places = list(dict.fromkeys(places))
        if len(places) >= 2 and len(places) == len(same):
            return places[same.index(number)]
        marker = RESPECTIVELY.search(self.folded, same[-1].end, self._sentence_end) if same else None
        after = list(dict.fromkeys(p.code for p in self._between(
            self.place_ends, self.places, same[-1].end, marker.start()) if p.code)) if marker else []
        tail = same[-len(after):] if 2 <= len(after) <= len(same) else []
        if number in tail and all(_PAIRED.fullmatch(self.folded, a.end, b.start)
                                  for a, b in zip(tail, tail[1:], strict=False)):
            return after[tail.index(number)]  # "7.2% and 6.8% which the former An Giang and Kien Giang
            # provinces respectively recorded"
        return None

    def _aggregate_row(self, number: Number) -> bool:
        """A table row whose label names no province, below rows whose labels name one: a total or
        a region ("| Mekong Delta region | 6.80 |", "| Whole country | 7.09 |"), no province's."""
        cells, _ = table_cell(self.text, number.start, number.end)
        if any(p.code for p in self._between(self.place_ends, self.places, *cells[0])) \
                or _PROVINCE_ROW.match(self.folded, cells[0][0]):
            return False
        above = self.text.rfind("\n", 0, self.text.rfind("\n", 0, number.start))
        while above > 0:
            line_start = above + 1
            line = self.text[line_start:self.text.find("\n", line_start)]
            above = self.text.rfind("\n", 0, above)
            if not line.strip():
                continue  # an HTML table's rows come with blank lines between
            if "|" not in line or re.fullmatch(r"[\s|:\-]+", line):
                return False
            first = line_start + len(line) - len(line.lstrip(" |"))
            end = self.text.find("|", first)
            if any(p.code and not self._town_of(p) and not self._a_town(p)
                   for p in self._between(self.place_ends, self.places, first, max(end, first))):
                return True  # (not "| Yen Bai city | 0.93 |" above "| Whole province | 7.12 |")
        return False

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
        if not event and self.main and _ITS_OWN_TARGET_AFTER.match(self.folded, number.end):
            return self.main  # "below the national GDP growth of around 8% and short of the 8% target the
            # province had set for itself"
        if not event:
            for place in self._between(self.place_ends, self.places, number.end, number.end + 40):
                if place.code and re.fullmatch(r"\s*\(\s*(?:the\s+)?(?:former\s+|tinh\s+|thanh pho\s+)?",
                                               self.folded[number.end:place.start]):
                    return place.code  # "1.48% (Tra Vinh), 1.05% (Ben Tre)"
                break
            for place in self._between(self.place_ends, self.places, number.end, after_end):
                if _IN_PLACE_AFTER.match(self.folded[number.end:place.start]):
                    return place.code
                break
        before = [p for p in self._between(self.place_ends, self.places, s_start, number.start)
                  if not (p.code is None
                          and _RANKED_IN.search(self.folded, max(s_start, p.start - 40), p.start))
                  and ((p.code and not (p.start == s_start and _DATELINE_AFTER.match(self.folded, p.end)))
                  or not re.search(r"[,;]", _WHERE.sub(" ", self.folded[p.end:number.start]))
                  or len(self.folded[s_start:p.start].split()) <= 3)]  # "Nationwide, ..." opens the sentence
        # (not the country a province leads: "Bắc Giang ... là quán quân tăng trưởng của cả nước với ...")
        if _THAN_BEFORE.search(self.folded, max(s_start, number.start - 30), number.start):
            before = self._between(self.place_ends, self.places, s_start, number.start)  # "grew 5.05%,
            # lower than the 8.02% of 2022": the figure compared with is the same subject's
        if event and before and self.main:
            before = [p for p in before
                      if not _GUESTS_FROM.search(self.folded, max(0, p.start - 40), p.start)
                      and not _COME_FROM.search(self.folded, max(0, p.start - 60), p.start)
                      and not (p.code is None and _FELLOW_AFTER.match(self.folded, p.end))]
            # ("lãnh đạo tỉnh Quảng Ninh, các tỉnh bạn cùng khoảng 20.000 tăng ni, phật tử"; nor where the
            # teams came from: "64 đội ghe ..., đến từ Cần Thơ, Vĩnh Long, An Giang và Cà Mau")
        if before and not event and all(self._a_town(p) for p in before if p.code):
            if not _THE_PROVINCE.search(self.folded, before[-1].end, number.start):
                return None  # "Thành phố Điện Biên Phủ chỉ còn 0,9%": a town's rate, not its province's
            before = []  # "Hotels in Quy Nhon reported ..., and the province had set itself the goal of"
        if before:  # a national marker counts in the number's own clause ("ranking 14th nationwide, and")
            return before[-1].code
        if event:
            line = self.text.rfind("\n", 0, s_start) + 1
            item = [p for p in self._between(self.place_ends, self.places, line, min(s_start, line + 40))
                    if p.code and p.start <= line + 2 and _ITEM_LABEL.match(self.folded, p.end)]
            return item[0].code if item else (self._event_host or self.main)  # the province that hosts
            # the event the report is about; in a bulletin, its item's: "Quảng Bình: Sáng nay, ... Hơn
            # 1.500 lao động ..."
        if self.main and _WE.search(self.folded, s_start, number.start):
            return self.main  # an official speaking for the report's province: "So for 2025, we are
            # aiming for growth of at least 10 percent", after "Cities like Hai Phong or Quang Ninh ..."
        earlier = [p for p in self.places[:bisect.bisect_left(self.place_ends, s_start)] if p.code
                   and not _ELSEWHERE_BEFORE.search(self.folded, max(0, p.start - 45), p.start)]
        # (not where people went: "young people who had left for factories in Binh Duong and Dong Nai")
        if earlier and earlier[-1].start > self.text.rfind("\n", 0, s_start):
            return earlier[-1].code  # "the province" in a paragraph about another one
        if earlier and earlier[-1].start > len(self.doc.title) and len(self._title_codes) > 1 \
                and not any(p.code for p in self._between(self.place_ends, self.places, s_start,
                                                          self._sentence_end)):
            return earlier[-1].code  # in a round-up ("Thanh Hóa dẫn đầu, Huế tăng trưởng cao nhất"), the
            # province last named: "Tại hội nghị tổng kết, tỉnh đặt chỉ tiêu tăng trưởng năm 2025 đạt 11%"
        if _THE_CITY.search(self.folded, s_start, number.start) and not self._is_city(self.main):
            cities = [p.code for p in earlier if self._is_city(p.code)]
            if cities:  # "The city's employment service centres ..." in a review of Dong Nai and HCMC
                return cities[-1]
        return self.main

    @cached_property
    def _event_host(self) -> str | None:
        """Where the opening says the report's event was held, when that is another province than the
        one it is about: "Quang Tri province held an investment promotion conference at the Melia
        Hotel in Hanoi", "Bình Phước gặp gỡ nhà đầu tư tại TP. Hồ Chí Minh"."""
        for a, b, _ in sentences(self.text[:len(self._lead)]):  # (past a dateline of its own)
            if not (_HELD.search(self.folded, a, b) or b <= len(self.doc.title)):
                continue
            hosts = [p.code for p in self._between(self.place_ends, self.places, a, b) if p.code
                     and _HELD_AT_BEFORE.search(self.folded, max(a, p.start - 45), p.start)
                     and not self._a_town(p)]
            if hosts:
                return hosts[0] if hosts[0] != self.main else None
        return None

    @cached_property
    def _title_codes(self) -> set[str]:
        """The provinces the title names (not by a town: "Trung tâm ... Bệnh viện ... Đồng Hới" under
        "Quảng Trị:" is no round-up)."""
        return {p.code for p in self._between(self.place_ends, self.places, 0, len(self.doc.title))
                if p.code and not self._a_town(p)
                and not _MERGED_WITH_BEFORE.search(self.folded, max(0, p.start - 25), p.start)}
        # (nor the province a title's one merges with: "Kon Tum holds last press conference before
        # merger with Quang Ngai")

    def _a_town(self, place) -> bool:
        """The place is named by a town or area inside its province ("Điện Biên Phủ", "Phú Quốc")."""
        key = name_key(self.text[place.start:place.end])
        return place.code is not None and key in self.x.gazetteer.town_keys

    def _is_city(self, code: str | None) -> bool:
        """A centrally-run city (Hanoi, Ho Chi Minh City, Hai Phong, ...): what "the city" names."""
        return code is not None and self.x.gazetteer.unit(code, 2024).type == "centrally-run city"
