"""Which indicator a number measures: the cue words beside it, and the exclusions that rule it out."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import cached_property

from dashboard.extract.mentions import Decision, Marker
from dashboard.extract.numbers import Number, find_numbers
from dashboard.extract.rules.common import AFTER_BREAK, COMPARED_WITH, GOAL_AFTER, REACH, WHOLE_YEAR
from dashboard.extract.text import (
    column_header,
    table_cell,
    value_cells,
)

_OF_GAP = re.compile(r"\s?|\s(?:of|in|trong|cua)\s")  # "share of GRDP", "tỷ trọng trong GRDP"
_ITS_BEFORE = re.compile(r"\b(?:its|their|the|the city s|the province s)\s+$")
_APPOSITIVE = re.compile(r",\s*(?:a|an|the)\s[^;.\n]*,\s*(?:(?:still|also|just|only)\s+)?")
_WITH_GROWTH = re.compile(r"\W*(?:voi (?:muc )?(?:tang(?: truong)?|toc do tang truong)(?: dat)?"
                          r"|with (?:growth|an? (?:expansion|increase|growth rate)) of)\s+")
_TOLD_NEXT = re.compile(r"\s*(?:%|percent|per cent|phan tram)?\.\s+(?:that|this|it|do|day)"
                        r"(?:\W?s|\s+is|\s+was|\s+la)\b")
_ITS_TARGET = re.compile(r"\b(?:target|goal|plan|muc tieu|chi tieu|ke hoach)\s+(?:of\s+|la\s+|dat\s+)?$"
                         r"|\b(?:muc tieu|chi tieu|ke hoach)(?:\s+\w+){0,6}?\s+(?:de ra|dat ra|giao)\s+"
                         r"(?:la\s+)?$"
                         r"|\b(?:the|its) (?:target|goal|plan)(?:\s+\w+){0,6}?\s+"
                         r"(?:is|was|remains|had been|has been|stood at|stands at)"
                         r"(?:\s+(?:below|under|at|above|over|around|about))?\s*$")
# ("vượt chỉ tiêu Nghị quyết HĐND tỉnh đề ra là 7,5%", "...; the target set for the end of 2025 is below
# 2.5%")
_CROWD_AT = re.compile(r"\b(?:crowds?|turnout|attendance)\b(?:\W+\w+){0,8}?\W+(?:at|of|was|reached|topped|"
                       r"numbered|hit|stood at)\s+(?:(?:about|some|around|nearly|over|more than|roughly|"
                       r"an estimated)\s+)?$")
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:fairs?|festivals?|sessions?|conferences?|forums?|"
                                r"exhibitions?|ceremon(?:y|ies)|phien|hoi cho|hoi nghi|le hoi|ngay hoi)\b")
_EPITHET_AFTER = re.compile(r"(?:[\s-]+[a-z]+)?[\s-]+(?:hub|centre|center|powerhouse|heartland|magnet|"
                            r"gateway)\b")
# ("coal-and-tourism hub Quang Ninh posted growth of 11.03%": what the province is known for)
_AIM_FOR = re.compile(r"\b(?:aims?|aiming|targets?|targeting|eyes|eyeing|hopes?|hoping|seeks?|seeking|"
                     r"phan dau|dat muc tieu)\s+(?:for|at|to reach|to hit|to achieve|dat)?\s*"
                     r"(?:about|around|at least|over|more than|khoang|tren|hon)?\s*$")
_VISITORS_LABEL = re.compile(r"\s*(?:\*\*)?(?:visitors|attendees|participants|spectators|turnout|attendance|"
                             r"luot khach|khach tham quan|luot nguoi|nguoi tham du|so nguoi tham gia)\b")
_EVENT_WORD = re.compile(r"\b(?:fairs?|festivals?|expo|exhibition|marathon|race|carnival|hoi cho|le hoi|"
                         r"trien lam|giai chay|ngay hoi|tuan le)\b")
_ATTENDED_BY = re.compile(r"\s*(?:(?:tham |toi |ve )?du (?:hoi nghi|buoi le|le|dai hoi|ky hop|chuong trinh|"
                          r"hoi thao|buoi hop)?\s*(?:co|con co)|attending (?:the [a-z ]{0,30})?were)\b")
_IN_ALL_BEFORE = re.compile(r"\b(?:tong cong|tong so|tat ca|in all|in total|a total of|altogether)\W+"
                            r"(?:(?:khoang|hon|gan|tren|about|some|nearly|over|more than)\s+)?$")
_SHARE_OF_UNITS = re.compile(r"\s*(?:%|percent|per cent|phan tram)?\s*(?:(?:of )?(?:the |all )?(?:its )?"
                             r"(?:communes|villages|districts|wards|hamlets)|nguoi (?:thuoc|dan|co)|"
                             r"(?:tong )?so (?:xa|huyen|thon|ban|lang|phuong|don vi hanh chinh))\b")
_JOBS_FOR = re.compile(r"\b(?:jobs? for|work for|employment for|viec lam (?:moi )?cho)\s+$")
_STRONG_BREAK = re.compile(r"\s[—–-]\s|;|\s(?:while|whereas|trong khi)\s")  # a new clause, a new subject
_AND_AT = re.compile(r"\s(?:and|va)\s(?!(?:to |will |would )?(?:keep|cut|raise|reduce|bring|create|attract|"
                     r"maintain|ensure|improve|achieve|reach|hold|lift|boost|increase|lower|giu|giam|nang|dua)\b)")
# "3,000 artists and performers": one noun phrase (not "... for 330,000 workers and keep the rate ...")
# "aims to bring it below 6.5%"
_BRING_IT = re.compile(r"\b(?:bring|cut|reduce|lower|keep|push|get|hold|raise|lift|drive|take)s? it\b"
                       r"(?: (?:down|up|back))?(?: (?:to|below|under|above|at))?\s*$")
_SUBJECT_GAP = re.compile(r"\s*(?:\(?cu\)?\s*)?(?:(?:truoc khi|truoc|sau khi) (?:sap nhap|hop nhat),?\s+)?"
                          r"(?:(?:chi|da|cung|van|tiep tuc|lai|phai|can|se)\s+){0,2}")
# ("X (cũ) chỉ tăng", "Quảng Nam trước khi sáp nhập chỉ tăng 7,18%")
_ITSELF_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:la|thi)\s+|\bnam \d{4}\s+|thang cuoi nam\s+)"
                            r"(?:toan tinh|tinh|thanh pho|dia phuong nay|tinh nay|thanh pho nay)\b")
_LABELLED_PAIR = re.compile(r"\s*\([^()\d]{1,40}\)\s*(?:,|,?\s*and|,?\s*va)\s*")
_LABEL_AFTER = re.compile(r"\s*\([^()\d]{1,40}\)")
_ASIDE_GAP = re.compile(r"(?:\s*,[^,.;:\d]{1,25}?)?\s*,\s*(?:(?:chi|da|cung|van|tiep tuc|lai)\s+){0,2}")
# (", nơi có nhiều nhà máy ô tô, xe máy, cũng chỉ tăng 2,1%": an aside between a province and "tăng")
_REPORTED = re.compile(r"\b(?:cho biet|thong tin|said|says|noted|reported)(?: rang| that)?\s*[,:]?\s*")
_OPENING = 25  # characters: a scope this near a sentence's start covers it ("Theo báo cáo, 6 tháng ...")
_NOT_A_COUNT_AFTER = re.compile(r"\s+(?:jobs? (?:creation|plans?|targets?|fairs?|markets?|push|drive|goals?|"
                                r"programmes?|programs?|strategy|scheme|campaign|outlook|report)|viec lam)\b")
# ("province eyes 2026 jobs push": the year's push)
_BARE_AFTER = re.compile(r"[\s,;.]*(?:(?:in|for|by|during|nam|trong|vao)\s+(?:(?:19|20)\d\d\b)?[\s,;.]*"
                         r"|(?:this|next|for the (?:full|whole)) year\b[\s,;.]*|(?:cho )?ca nam\b[\s,;.]*"
                         r"|nam (?:nay|toi|sau)\b[\s,;.]*)?"
                         r"(?:(?:set|fixed|planned|assigned|giao|de ra|dat ra)\b[^,;.]*[\s,;.]*)?")
_WHEREAS = re.compile(r"\b(?:while|whereas|trong khi)\s|[,;]\s*con\s(?!lai\b)")  # a contrast opening the
# next item of a list (", còn Quảng Ngãi cũ đạt 7,11%")
_YEAR_DETERMINER = re.compile(r"\b(?:its|their|the|this|of|in|for|nam|khoa)\s+$")
_ASSIGNED = re.compile(r"\b(?:(?:is|was|are|were|been|be) assigned|(?:duoc|bi) giao|receives? (?:one of )?"
                       r"(?:the )?(?:most ambitious |highest |lowest )?targets?,?)\s+"
                       r"(?:(?:about|around|at least|tu|khoang)\s+)?$")  # "Da Nang is assigned 10%"
_YEAR_TARGET_OF = re.compile(  # "its 2024 growth target of"
    r"\b(?:19|20)\d\d (?:[a-z]+ ){0,2}(?:target|goal|plan|ke hoach|chi tieu)(?: of| la)?\s+"
    r"(?:(?:about|around|at least|khoang|tren)\s+)?$")
_YEAR_CLAUSE = re.compile(r"(?:[;,]|\b(?:va|and))\s+(?:(?:den|by|in|vao|trong)\s+)?(?:nam\s+)?"
                          r"(?:19|20)\d\d\s*,|;\s+(?:(?:den|by|in|vao|trong)\s+)?(?:nam\s+)?(?:19|20)\d\d\b")
# (a clause opening on its own year: "...; in 2024 it managed 7.17%")
_TIME_SCOPE = re.compile(r"\b(?:thang|quy|months?|quarters?|half|nua)\b")
_NAMED_LAST = re.compile(r"\b(?:the|this|that|its) (?:rate|figure|number)\b(?! of\b)|\b(?:this|that) level\b"
                         r"|\b(?:ty le|con so) (?:nay|do)\b(?! thi)|\bmuc nay\b"  # not "tỷ lệ đô thị"
                         r"|\b(?:a|the|its) rate of\s+(?:(?:about|around|nearly|some|roughly|just|over|"
                         r"more than|below|under)\s+)?$")  # "Lam Dong ... had a rate of about 4.2%"
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|for|of|former)\s+(?:the\s+)?[A-Z]")
_BASELINE_BEFORE = re.compile(r"\b(?:up|down|rising|falling|increasing|decreasing|compared) (?:from|with)\s+"
                              r"(?:(?:about|around|some|nearly|almost|over|more than|roughly|just)\s+)?$")
_EARLIER_AFTER = re.compile(r"[\s,;.]*(?:(?:in|for)\s+(?:19|20)\d\d|a year (?:earlier|before|ago)|"
                            r"(?:the )?(?:previous|prior) year|the year before|last year)?[\s,;.]*")
_IN_BEFORE = re.compile(r"\b(?:in|across|at|from)\s+(?:the\s+)?$")
_CONTRAST = re.compile(r";|\b(?:while|whereas|but|however|trong khi|con(?!\s+(?:muc\s+)?\d)|nhung|"
                       r"toan tinh)\b")
_ONE_YEAR = re.compile(r"\b(?:rieng|chi rieng) (?:trong )?nam (?:19|20)\d\d\b|\b(?:19|20)\d\d alone\b")
_DASH_BREAK = re.compile(r"\s[—–]\s|;")
_WHILE = re.compile(r"\b(?:while|whereas|trong khi)\b")
_MONEY_AFTER = re.compile(r"\s*(?:dong(?=\s*(?:[/,.;)]|$|\s(?:moi|tren|cho|mot|de|va|nam|thang|ngay)\b))"
                          r"|vnd|usd|us\$|dollars?|euros?)\b")  # (not "396 đồng chí")
_BUT = re.compile(r"\b(?:but|nhung|song)\b")
_WE_AIM = re.compile(r"\bwe\s+(?:are|were|will be)?\s*(?:aim|aiming|target|targeting|eye|eyeing|hope|hoping)")
_WE_BEFORE = re.compile(r"\bwe\s+(?:(?:only|just|also|still)\s+)?$")
_WE_REACHED = re.compile(r"\W*(?:we|it)\s+(?:(?:only|just|actually|finally)\s+)?(?:reached|achieved|managed|"
                         r"recorded|posted|hit|grew|expanded|came in at)\s+(?:by\s+)?")
_SO_FAR = re.compile(r"\b(?:(?:tinh )?den nay|so far|to date|luy ke|(?:tinh )?den (?:het |cuoi )?thang \d)\b")
_MEANS = re.compile(r"\b(?:nho|thanks to|through|by)\b")
_PACE_OF_FIGURE = re.compile(r"(?:%|percent|per cent|points?|diem)\s*$")
_LEVEL_AFTER_CHANGE = re.compile(r"\b(?:and|va)\s+(?:\w+\s+)?(?:stood|stands|standing|reached|came to|was|"
                                 r"dung o|o muc|con)\b")
_WHOLE = re.compile(r"\b(?:toan tinh|toan thanh pho|chung toan tinh|the whole province|province ?wide|"
                    r"across the province)\b")
_PROVINCE_LEVEL = re.compile(r"\b(?:muc (?:chung|binh quan|trung binh) (?:cua |toan )?(?:tinh|thanh pho)|"
                             r"(?:the )?provincial (?:average|rate|level|figure)|the province s (?:average|"
                             r"overall|own) (?:rate|figure|level)?|(?:the )?province-?wide (?:average|rate|"
                             r"figure|level))")
_GROUP_GAP = re.compile(r"\s+(?:households|families|people|residents|ho|nguoi)\s+")
_LABEL_LINE = re.compile(r"\s*(?:[-*•+]\s*)?[^.!?:\n|]{2,60}:\s*(?:\S+\s+)?")  # "- Jobs created: approx. "
_OF_BEFORE = re.compile(r"\bcua (?:tinh |thanh pho )?$")
_NUMBER_NEXT = re.compile(r"\s+(?:(?:about|some|around|nearly|almost|over|more than|roughly|khoang|hon|gan|"
                          r"tren|xap xi)\s+)?\d")  # "representing roughly 98,000": a scope for the next count
_PROVINCE_REFERENCE = re.compile(r"\b(?:the|this) (?:[a-z-]+ ){0,3}(?:province|city|capital)\b(?! s\b)")
_ANAPHOR = re.compile(r"\W*(?:the|this|that) (?:figure|rate|result|level|growth)\b|"
                      r"\W*(?:con so|muc|ket qua|ty le) (?:nay|do|tren)\b(?! thi)")
_LIST_AFTER = re.compile(r"(?:\s*(?:,|,? and|,? va)\s*\d[\d.,]*)+"  # ", 6.120 và 21.400" (lao động)
                         r"|\s+(?:out )?of (?:its |the |their |all )?(?:\w+ s )?\d[\d.,]*")
# ("82 of its 86", "67 of the council's 72" deputies)


class IndicatorRules:
    """The indicator rules of a document pass (`extractor._DocumentPass`)."""

    @cached_property
    def _title_rates(self) -> set[str]:
        """The rates the title names ("Government assigns 2025 growth targets to every locality")."""
        return {m.indicator for m in self._between(self.marker_ends, self.markers, 0, len(self.doc.title))
                if m.role in ("cue", "weak") and m.indicator in self.x.rates}

    def _count_unit_after(self, number: Number) -> bool:
        """A year-like number is a count when a unit follows: "2025 delegates", not "2025 job plan"."""
        if _NOT_A_COUNT_AFTER.match(self.folded, number.end) \
                or re.match(r"\s*[.;:,)]", self.text[number.end:]) \
                or _YEAR_DETERMINER.search(self.folded, max(0, number.start - 8), number.start):
            return False  # (nor "... recorded in 2024. Officials said", "94% of its 2023 graduates")
        stop = re.search(r"[.;:!?](?:\s|$)", self.text[number.end:number.end + 40])  # not "the 2024
        end = number.end + (stop.start() if stop else 40)  # edition. Athletes came from 52 provinces"
        return any(self._markers_in("unit", c, number.end, end, head_words=2) for c in self.x.counts)

    def _markers_in(self, role: str, indicator: str, start: int, end: int,
                    head_words: int | None = None, any_indicator: bool = False) -> list[Marker]:
        if head_words is not None:  # only within the first few words after `start`
            end = min(end, start + 25 * head_words)
            words = list(re.finditer(r"\S+", self.folded[start:end]))
            end = start + words[head_words - 1].end() if len(words) >= head_words else end
        return [m for m in self._between(self.marker_ends, self.markers, start, end)
                if m.role == role and (any_indicator or m.indicator in ("*", indicator))]

    def _noun_phrase_end(self, number: Number, after_end: int, s_end: int) -> int:
        """A count's words go on past an "and" inside its noun phrase: "160 provincial and district
        officials", "3,000 artists and performers" (one or two words before the "and")."""
        if not _AND_AT.match(self.folded, after_end) or len(self.folded[number.end:after_end].split()) > 2:
            return after_end
        further = AFTER_BREAK.search(self.folded, after_end + 1, s_end)
        return further.start() if further else s_end

    def _content_start(self, s_start: int, at: int) -> int:
        """Where what a sentence reports begins: after "ông X cho biết", "officials said" (so that
        "..., Phó Giám đốc Sở cho biết 8 tháng đầu năm 2025, ..." opens on its scope)."""
        told = list(_REPORTED.finditer(self.folded, s_start, at))
        return told[-1].end() if told else s_start

    def _new_time(self, start: int, end: int) -> bool:
        """A clause after a ";" that names its own year: "9 tháng đầu năm 2025, ... đạt 85% kế hoạch
        năm; kế hoạch năm 2025 của thành phố là ... 72.000 lao động" (not the opening's nine months)."""
        semicolon = self.folded.rfind(";", start, end)
        return semicolon >= 0 and any(y.year
                                      for y in self._between(self.year_ends, self.years, semicolon, end))

    def _anaphor(self, s_start: int, seg_start: int, number: Number, previous: Decision,
                 kinds: Collection[str]) -> bool:
        """"The rate", "this figure", "con số này" before a figure name the indicator named last
        ("Năm 2024, con số này là 18.650 lao động"), unless a place or a scope narrows it ("In Meo
        Vac, the rate was 38.2%"; but "In the enlarged Gia Lai, ..., the rate stood at 7.15%" names
        a province's own)."""
        anaphor = _NAMED_LAST.search(self.folded, seg_start, number.start) \
            or _BRING_IT.search(self.folded, seg_start, number.start)  # "..., and aims to cut it below 1.5%"
        places = self._between(self.place_ends, self.places, s_start, anaphor.start()) if anaphor else []
        narrowed = [m for m in _PLACE_BEFORE.finditer(self.text, s_start, anaphor.start()) if not any(
            p.code and m.start() < p.start <= m.end() + 12 for p in places)] if anaphor else []
        return previous.indicator in kinds and bool(anaphor) and not narrowed and not [
            m for m in self._markers_in("scope", previous.indicator, s_start, number.start)
            if not _PACE_OF_FIGURE.search(self.folded, max(0, m.start - 12), m.start)]
        # (a pace is the figure's before it: "cut ... by 1-1.5 points a year and aims to bring it below
        # 1.5%")

    def _opens_on_part_year(self, start: int, end: int) -> bool:
        """A sentence opening on a part of a year ("Theo báo cáo, 6 tháng đầu năm, ...")."""
        said = self._content_start(start, end)
        return any(m.role == "scope" and m.indicator == "*"
                   and _TIME_SCOPE.search(self.folded, m.start, m.end)
                   for m in self._between(self.marker_ends, self.markers, said, min(end, said + 40)))

    def _new_subject(self, start: int, end: int) -> bool:
        """A clause after a ";" between start and end that names a province of its own."""
        semicolon = self.folded.rfind(";", start, end)
        return semicolon >= 0 and any(p.code for p in self._between(self.place_ends, self.places,
                                                                     semicolon, end))

    def _rate_indicator(self, s_start: int, seg_start: int, number: Number, after_end: int,
                        previous: Decision) -> tuple[str | None, bool]:
        """(indicator, ruled out) for a percentage, from the markers of its stretch or the list."""
        if _SHARE_OF_UNITS.match(self.folded, number.end):
            return None, True  # "Phấn đấu 50% số xã đạt chuẩn nông thôn mới": a share of communes (or
            # of people: "100% người thuộc hộ nghèo ... được cấp thẻ BHYT")
        column = column_header(self.text, number.start, number.end)
        shares = [m for m in self._between(self.marker_ends, self.markers, *column)
                  if m.role == "exclude" and m.indicator in self.x.rates] if column else []
        if shares and not any(m.role == "cue" and m.start > shares[-1].end
                              and not _OF_GAP.fullmatch(self.folded, shares[-1].end, m.start)
                              for m in self._between(self.marker_ends, self.markers, *column)):
            return shares[-1].indicator, True  # "| Tổng GRDP | 100 |" under "Tỷ trọng (%)" or "Share of
            # GRDP (%)": shares
        near = self._between(self.marker_ends, self.markers, max(0, seg_start - 30), number.start)
        stretch = [m for m in near if m.end > seg_start]  # "6 tháng": the 6 ended the previous stretch
        said = self._content_start(s_start, number.start)
        lead = self._between(self.marker_ends, self.markers, said, min(number.start, said + 60))
        whole_after = WHOLE_YEAR.search(self.folded, number.end, min(self._sentence_end, number.end + 30))
        opening = [m for m in lead if m.role == "scope" and m.start - said <= _OPENING
                   and m.end <= seg_start and not whole_after  # "... aims for 12.5% for the whole of 2025"
                   and not WHOLE_YEAR.search(self.folded, m.end, number.start)  # "...; cả năm 2025, ..."
                   and not _YEAR_CLAUSE.search(self.folded, m.end, number.start)  # "mỗi năm giảm 3-4% ...
                   # và đến năm 2030, tỷ lệ hộ nghèo ... còn dưới 10%"
                   and not self._new_subject(m.end, number.start)]  # "Tỷ lệ hộ nghèo ở các xã biên giới còn
        # 2,3%; năm 2023, tỷ lệ hộ nghèo của tỉnh Long An (cũ) ... là 0,95%": a new clause
        stretch = opening + stretch  # "Among ethnic minority households, who ..., poverty is ... 33%"
        foreign = value_cells(self.text, number.start, number.end)
        stretch = [m for m in stretch if not any(a <= m.start < b for a, b in foreign)
                   and not self._in_aside(m.start) and not self._former_area(m)]
        # (", which accounts for nearly half of the city's economy, grew 12.9%": the aside's economy)
        turns = [w.end() for w in _WHILE.finditer(self.folded, seg_start, number.start)]
        if turns and any(p.code for p in self._between(self.place_ends, self.places, turns[-1],
                                                        number.start)):
            stretch = [m for m in stretch if m.start >= turns[-1] or m.role != "exclude"]
            # ("grew by 7.15% in 2024, driven by seaport logistics, wood processing and tourism, while the
            # old Gia Lai managed 6.44%": the sectors were the other province's clause's)
        if seg_start > s_start and (previous.indicator or previous.excluded):  # "7.8% in the first nine
            # months of 2025 and ... 10%", "an average of 6.1% a year in 2021-2025, with 7.4% in 2025":
            belongs = AFTER_BREAK.search(self.folded, seg_start, number.start)  # the scope was 7.8%'s
            stretch = [m for m in stretch if m.role != "scope" or m.start < seg_start
                       or (belongs and m.start >= belongs.start())]
        named = _YEAR_TARGET_OF.search(self.folded, max(seg_start, number.start - 50), number.start)
        if named:  # "will need to accelerate in the second half if the province is to hit its 2024 growth
            stretch = [m for m in stretch if m.role != "scope" or m.start >= named.start()]  # target of 7.5%"
        full_year = [w.end() for w in WHOLE_YEAR.finditer(self.folded, seg_start, number.start)]
        if full_year:  # "do ... giảm trong quý IV, Sở dự báo tăng trưởng GRDP cả năm 2024 ước đạt 10,6%"
            stretch = [m for m in stretch if m.role != "scope" or m.end > full_year[-1]]
        own_year = [c.end() for c in _YEAR_CLAUSE.finditer(self.folded, seg_start, number.start)]
        if own_year:  # "For most of the past decade ... grew more slowly ...; in 2024 it managed 7.17%"
            stretch = [m for m in stretch if m.role != "scope" or m.indicator != "*" or m.end > own_year[-1]]
        whole = [w.end() for w in _WHOLE.finditer(self.folded, seg_start, number.start)
                 if not any(m.role == "scope" and (0 <= w.start() - m.end <= 1 or _GROUP_GAP.fullmatch(
                     self.folded, m.end, w.start())) for m in stretch)]
        # (not "đồng bào dân tộc thiểu số toàn tỉnh", "ethnic minority households across the province":
        # the group's, province-wide)
        if whole:  # "hộ nghèo, hộ cận nghèo ... tỷ lệ hộ nghèo toàn tỉnh còn 21,13%": the whole province
            stretch = [m for m in stretch if m.role != "scope" or m.end > whole[-1]
                       or _TIME_SCOPE.search(self.folded, m.start, m.end)]  # (but "Chín tháng năm 2025,
            # GRDP toàn tỉnh tăng 8,37%": the whole province's nine months)
        verbs = [m for m in stretch if m.role == "verb" and self._verb_applies(s_start, m)]
        if verbs:  # "The southern industrial hub of Binh Duong grew 7.44%": words before the subject
            subject = self._subject_end(s_start, verbs[-1].start) or verbs[-1].start
            if _APPOSITIVE.fullmatch(self.folded, subject, verbs[-1].start):  # "Yen Bai, a largely
                stretch = [m for m in stretch if not subject <= m.start < verbs[-1].start]  # agricultural
                # province whose economy relies on cinnamon, forestry and hydropower, grew 7.43%"
            starts = [p.start for p in self._between(self.place_ends, self.places, s_start, subject)
                      if p.end == subject] + [m.start() for m in _PROVINCE_REFERENCE.finditer(
                          self.folded, max(s_start, subject - 40), subject) if m.end() == subject]
            located = any(_IN_BEFORE.search(self.folded, max(0, at - 12), at) for at in starts)
            if self.folded[verbs[-1].start:verbs[-1].end] != "tang" and not located:  # "chỉ số ... của
                stretch = [m for m in stretch if m.role != "exclude" or m.end > subject]  # tỉnh X tăng"
                # (but "Retail sales in HCMC grew 16%": the sales grew)
            named = self._between(self.place_ends, self.places, seg_start, subject + 40)
            breaks = [b for b in _STRONG_BREAK.finditer(self.folded, seg_start, subject)
                      if not any(p.start <= b.start() < p.end for p in named)]  # not "Ba Ria - Vung Tau"
            if breaks:  # "... in the second half, while Bac Giang — the former province alone grew 13.85%"
                stretch = [m for m in stretch if m.role != "scope" or m.start > breaks[-1].start()
                           or m in opening]
        markers = [replace(m, role="weak") if m.role == "verb" else m
                   for m in (*self._header(number)[0], *stretch)
                   if (m.role in ("cue", "weak", "scope")
                       or (m.role == "exclude" and not _EPITHET_AFTER.match(self.folded, m.end))
                       or (m.role == "verb" and self._verb_applies(s_start, m)))
                   and (m.indicator == "*" or m.indicator in self.x.rates)]
        own = [m for m in self._markers_in("cue", "*", number.end, after_end, head_words=1,
                                           any_indicator=True)
               if m.indicator in self.x.rates and not self.folded[number.end:m.start].strip()]
        if own and not [m for m in self._markers_in("exclude", own[0].indicator,
                                                    max(s_start, number.start - 25), number.start)] \
                and not any(m.role == "scope" and m.indicator in ("*", own[0].indicator) for m in markers):
            return own[0].indicator, False  # "the city's target of 11% GRDP growth": it names itself (not
            # "in Ky Son, the poorest district, close to 28.5% of households remain poor": a part's)
        cues = [m for m in markers if m.role == "cue"]
        markers = [m for m in markers if m.role != "weak"  # the "growth" of "economic growth" is its cue's
                   or not any(c.start <= m.start and m.end <= c.end or 0 <= m.start - c.end <= 1
                              for c in cues)]  # (and of "GRDP growth")
        named = cues[-1].indicator if cues else previous.indicator
        level = _PROVINCE_LEVEL.search(self.folded, seg_start, number.start)
        if level and not cues and previous.indicator in self.x.rates and previous.excluded \
                and re.fullmatch(r"[^\d;]{0,40}", self.folded[level.end():number.start]):
            return previous.indicator, False  # "Toàn huyện ... 24,8%, cao hơn nhiều so với mức chung của
            # tỉnh Lai Châu là 19,42%": a district's rate beside the province's own
        if cues and any(m.role == "scope" and m.indicator in ("*", named) for m in markers):
            return named, True  # "Among ethnic-minority households, the poverty rate was 31.4%"
        for m in reversed(markers):
            if m.role == "cue":  # "Per-capita GRDP rose 9.6%": a word ruling out growth right before its cue
                return m.indicator, any(e.role == "exclude" and e.indicator == m.indicator
                                        and _OF_GAP.fullmatch(self.folded, e.end, max(e.end, m.start))
                                        for e in markers)
            if m.role in ("exclude", "scope") and m.indicator in ("*", named or m.indicator):
                return named, True  # ("chiếm", a share, rules out growth, not a poverty rate)
            if m.role == "weak":  # generic growth counts only when nothing else here is ruled out
                named = self._between(self.place_ends, self.places, seg_start, m.start)
                turn = max([b.end() for b in _STRONG_BREAK.finditer(self.folded, seg_start, m.start)
                            if not any(p.start <= b.start() < p.end for p in named)],  # not "Ba Ria -
                           default=0)  # Vung Tau"
                if any(e.role in ("exclude", "scope") and e.indicator in ("*", m.indicator)
                       and e.start >= turn for e in markers):  # (in its own clause: "... foreign
                    # investment, while ... Quang Ninh posted growth of 11.03%")
                    return m.indicator, True
                return m.indicator, False
        named_last = previous
        if previous.indicator is None and self.figure_before and self.figure_before[0] in self.x.rates \
                and self.text.rfind("\n", 0, s_start) < self.figure_before[1]:
            named_last = Decision(self.figure_before[0], previous.end)  # the rate the paragraph named
            # last, past a number of another kind: "22,5% ... (... 1,5 triệu đồng/người/tháng ...), tỷ lệ
            # này vọt lên"
        if self._anaphor(s_start, seg_start, number, named_last, self.x.rates):
            return named_last.indicator, named_last.excluded  # "Re-surveyed under the 2026-2030 standard, the
            # rate ... 9.74%", "...; năm 2024, phấn đấu đưa tỷ lệ này xuống 1,2%"
        contrast = [c.end() for c in _WHEREAS.finditer(self.folded, seg_start, number.start)]
        listed = (self._light(seg_start, number.start) and (seg_start > s_start or re.search(
            r"\w", self.folded[s_start:number.start]))) \
            or (contrast and self._light(contrast[-1], number.start)  # "Yen Bai grew 7.43%, the fastest
                and self._subject_end(contrast[-1], number.start)) \
            or _ITS_TARGET.search(self.folded, seg_start, number.start) \
            or (GOAL_AFTER.match(self.folded, number.end)  # "its target of 14%", "short of its 10% goal"
                and _ITS_BEFORE.search(self.folded, seg_start, number.start))
        # (... whereas the old Lao Cai, home to ..., managed just 5.7%"; a new sentence that opens on its
        # figure does not carry the last one's: "👉 100% người có công")
        if previous.indicator is None and seg_start == s_start and listed:
            previous = named_last  # past a number of no indicator: "... the Song Hau 1 power plant). Long
            # An, long the delta's industrial front-runner ..., came in at 6.74%"
        if listed and seg_start == s_start and any(
                m.indicator != previous.indicator for m in self._markers_in(
                    "weak", "*", number.end, after_end, head_words=1, any_indicator=True)
                if m.indicator in self.x.rates and not self.folded[number.end:m.start].strip(" %")):
            listed = False  # a new sentence's figure that names itself: "We set 8% growth for 2025" after a
            # poverty rate
        if previous.indicator in self.x.rates and listed:
            # a list: "5.5% in Tra Vinh and 6.3% in Soc Trang"; a new clause drops what ruled it out
            fresh = _CONTRAST.search(self.folded, seg_start, number.end)  # (its lookahead sees the number)
            fresh = fresh and fresh.end() <= number.start
            change = [n for n in self.sentence_numbers if n.end <= seg_start][-1:]
            level = change and change[0].points \
                and _LEVEL_AFTER_CHANGE.search(self.folded, seg_start, number.start)
            return previous.indicator, previous.excluded and not fresh and not level
            # ("fell by an average of 1.4 percentage points a year and stood at 2.08%": the level reached)
        if previous.indicator in self.x.rates and s_start < previous.end \
                and COMPARED_WITH.search(self.folded, max(s_start, number.start - 30), number.start):
            return previous.indicator, previous.excluded  # "đạt 6,5%, ... cao hơn nhiều so với mức 1,62%
            # của năm trước", "7.4%, up from 6.1% in 2023": the figure compared with is of the same rate
        if previous.indicator in self.x.rates and seg_start == s_start \
                and (_ANAPHOR.match(self.folded, s_start, number.start)
                     or _WE_REACHED.fullmatch(self.folded, s_start, number.start)
                     or _BRING_IT.search(self.folded, s_start, number.start)):
            return previous.indicator, previous.excluded  # "The figure falls short of the 8.5% target",
            # "The plan had been 8 percent. We reached about 7.1 percent in 2025"
        if _WITH_GROWTH.fullmatch(self.folded, s_start, number.start):  # "Với mức tăng 8,87%, Thanh Hóa
            later = [m for m in self._between(self.marker_ends, self.markers, number.end, self._sentence_end)
                     if m.role in ("cue", "exclude") and m.indicator in self.x.rates]  # dẫn đầu ... về
            if later and later[0].role == "cue":  # tốc độ tăng trưởng GRDP năm 2025"
                return later[0].indicator, False
        told_next = _TOLD_NEXT.match(self.folded, number.end)  # "11.62%. That is the GRDP growth ..."
        head = [m for m in self._markers_in("cue", "*", number.end, after_end,
                                            head_words=7 if told_next else 4, any_indicator=True)
                if m.indicator in self.x.rates] or \
               [m for m in self._markers_in("weak", "*", number.end, after_end, head_words=1,
                                            any_indicator=True) if m.indicator in self.x.rates
                and number.start > len(self.doc.title)]  # "11% growth", not in a headline's round figure
        if head and not re.match(r"^\s*(?:of|cua|trong)\b", self.folded[number.end:head[0].start]):
            return head[0].indicator, False  # "achieved 13.45% economic growth"
        if previous.indicator in self.x.rates and not previous.excluded and seg_start == s_start \
                and _AIM_FOR.search(self.folded, max(s_start, number.start - 30), number.start) \
                and (any(p.code for p in self._between(self.place_ends, self.places, s_start, number.start))
                     or _WE_AIM.search(self.folded, max(s_start, number.start - 40), number.start)):
            return previous.indicator, False  # "Dong Nai has set a 2026 growth target of 10%. Tay Ninh
            # officials told us ... that they aim for 10.5% next year": the same rate's target (or "For 2026
            # we are targeting at least 12 per cent" after "whether we grow or shrink")
        places = self._between(self.place_ends, self.places, max(0, number.start - 60), number.start)
        if previous.indicator in self.x.rates and places \
                and re.fullmatch(r"\s*\(\s*", self.folded[places[-1].end:number.start]):
            return previous.indicator, previous.excluded  # "second only to Long An (7.1%)"
        titled = self._title_rates
        assigned = _ASSIGNED.search(self.folded, max(s_start, number.start - 60), number.start)
        if len(titled) == 1 and assigned \
                and any(p.code for p in self._between(self.place_ends, self.places, s_start, number.start)):
            return next(iter(titled)), False  # "Da Nang is assigned 10%" under "Government assigns 2025
            # growth targets to every locality"
        return None, False

    def _verb_applies(self, s_start: int, verb: Marker) -> bool:
        """A growth verb counts when a province is named before it in the sentence; the bare
        Vietnamese "tăng" only right after one: "Gia Lai tăng 7,38%" (not "chỉ số sản xuất công
        nghiệp của tỉnh Đồng Nai tăng 2,8%", whose subject is the index)."""
        if self.folded[verb.start:verb.end] != "tang":
            return self._subject_end(s_start, verb.start) is not None \
                or bool(_WE_BEFORE.search(self.folded, max(s_start, verb.start - 12), verb.start))
            # ("In 2024 we grew eight point nine percent": an official speaking for the province)
        window = max(s_start, verb.start - 30)
        before = ("" if window == s_start else " ") + self.folded[window:verb.start]  # ("^": its start)
        itself = _ITSELF_BEFORE.search(before)
        if itself and _SUBJECT_GAP.fullmatch(before, itself.end()):
            return True  # "nghĩa là 6 tháng cuối năm thành phố phải tăng khoảng 13,5%"
        places = [p for p in self._between(self.place_ends, self.places, max(s_start, verb.start - 120),
                                           verb.start) if not self._in_aside(p.start)]
        aside = next((b for a, b in self.all_asides if places and a == places[-1].end), None)
        return bool(places) and places[-1].code is not None \
            and (bool(_SUBJECT_GAP.fullmatch(self.folded, places[-1].end, verb.start))
                 or (aside is not None and bool(_ASIDE_GAP.fullmatch(self.folded, aside, verb.start)))) \
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
        if self._markers_in("thing", "*", number.end, number.end + 40, head_words=2) \
                or _MONEY_AFTER.match(self.folded, number.end):
            return None, False  # "ambassadors from 20 countries and representatives of 300 businesses",
            # "1,5 triệu đồng/người/tháng" (money per person)
        header = self._header(number)[0]
        cell = table_cell(self.text, number.start, number.end)
        line_start = self.text.rfind("\n", 0, number.start) + 1
        if cell is not None:  # and a row "New jobs created (persons) | 68,400 | 70,000" (not another
            # figure's cell: "| Workers given jobs | 65,000 a year on average | 68,500 |")
            others = value_cells(self.text, number.start, number.end)
            header = [*header, *(m for m in self._between(self.marker_ends, self.markers, cell[0][0][0],
                                                           number.start)
                                 if not any(a <= m.start < b for a, b in others))]
        elif _LABEL_LINE.fullmatch(self.folded, line_start, number.start):  # "- New jobs created: 65,000"
            header = [*header, *self._between(self.marker_ends, self.markers, line_start, number.start)]
        if cell is not None and cell[1] > 0 and _VISITORS_LABEL.match(self.folded, cell[0][0][0]):
            span = column_header(self.text, number.start, number.end)
            if span and _EVENT_WORD.search(self.folded, *span):
                named = [y.year for y in self._between(self.year_ends, self.years, *span) if y.year]
                earlier = bool(named) and self.doc.year is not None and max(named) < self.doc.year
                return "attendance", earlier  # "| Visitors (seven days) | about 120,000 |" under "2024
                # fair" (not "2023 fair": an earlier edition's)
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
                             and _JOBS_FOR.search(self.folded, max(0, number.start - 30), number.start)) \
                    and not (indicator == "attendance"
                             and _CROWD_AT.search(self.folded, max(0, number.start - 80), number.start)):
                continue  # "... created jobs for about 18,900.", "the crowd ... at about 15,000" name
                # their unit before it
            before = [m for m in self._markers_in("cue", indicator, max(0, seg_start - REACH), number.start)
                      if m.end > seg_start]  # ends in this stretch: "the festival ..., attracted"
            semicolon = self.folded.find(";", number.end, s_end) if indicator == "jobs_created" else -1
            # (not another item's in a list of a year's work: "đưa 1.120 người đi làm việc ... ở nước ngoài;
            # tổ chức 12 phiên giao dịch việc làm"; an audience's verb may follow: "khoảng 250 cán bộ ...;
            # các xã khu vực phía Tây tham dự tại điểm cầu Pleiku")
            after = [m for m in self._markers_in("cue", indicator, seg_start,
                                                 min(self._next_count(unit_at, s_end, indicator),
                                                     semicolon if semicolon >= 0 else s_end))
                     if m.end > number.end]  # after it, or around it: "welcomed 6,000 visitors to a fair"
            ruling = [m for m in self._markers_in("scope", indicator, number.end, number.end + REACH)
                      if m.end - m.start > 8]
            after = [c for c in after if not any(r.start <= c.start and c.end <= r.end for r in ruling)]
            # (the "jobs" of "2,900 workers in the garment and wood sectors lost their jobs" counts none)
            if not before and not after:
                continue
            last_cue = before[-1].end if before else -1
            ruled_out = self._markers_in("exclude", indicator, seg_start, number.start)
            scoped = self._markers_in("scope", indicator, max(0, seg_start - 30), number.start)
            said = self._content_start(s_start, number.start)
            lead = self._markers_in("scope", indicator, said, min(number.start, said + 60))
            opening = [m for m in lead if m.start - said <= _OPENING
                       and not self._new_time(m.end, number.start)
                       and not WHOLE_YEAR.search(self.folded, m.end, number.start)
                       and not (_MEANS.search(self.folded, said, m.start)
                                and "," in self.folded[m.end:number.start])]
            # (not a means: "Nhưng nhờ chủ động kết nối cung - cầu, ..., toàn tỉnh vẫn giải quyết việc làm")
            scoped = [m for m in scoped if m.end >= seg_start  # "6 tháng đầu năm, ...; 28,5 nghìn" (or
                      # one ending on the number before: "đến hết tháng 10, đã có 31.200 lao động")
                      and not self._unit_of_the_count_before(m, s_start, seg_start, before)
                      and not WHOLE_YEAR.search(self.folded, m.end, number.start)
                      and not (after and _BUT.search(self.folded, m.end, number.start))] + opening
            # ("some 4,000 workers ... had been temporarily out of work, but about 17,600 workers found
            # new jobs": a count whose cue follows it, after a "but", is not ruled out before it)
            # (not "Để tạo đà cho cả nhiệm kỳ, riêng năm 2026, tỉnh phấn đấu tạo việc làm mới cho 52.000")
            if any(e.end > last_cue for e in ruled_out) or scoped or \
                    self._excluded_after(indicator, number, after_end):  # "4,000 job seekers turned up"
                ruled = ruled or indicator
                continue
            distance = min([number.start - c.end for c in before[-1:]] +
                           [max(0, c.start - number.end) for c in after])
            if best is None or distance < best[0]:
                best = (distance, indicator)
        if best is None and ruled is None and _ATTENDED_BY.match(self.folded, s_start) \
                and _IN_ALL_BEFORE.search(self.folded, max(s_start, number.start - 25), number.start) \
                and self._markers_in("unit", "attendance", number.end, after_end, head_words=2):
            return "attendance", False  # "Dự hội nghị có đồng chí ..., lãnh đạo ..., tổng cộng khoảng 200
            # đại biểu", "Attending were ... : some 200 delegates in all"
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
        words = len("".join(between).replace(",", " ").split())
        if words > 4 or (words > 1 and AFTER_BREAK.search(self.folded, seg_start, scope.start)):
            return False  # (also "15.000 lao động của thành phố bị ảnh hưởng")
        clause = AFTER_BREAK.search(self.folded, scope.end)
        return clause is not None and any(c.end > clause.end() for c in cues)

    def _count_carried(self, number: Number, prev_number: Number | None, previous: Decision,
                       after_end: int) -> str | None:
        """A count that continues a list of counts: "jobs for 31,000 workers in 2023 and plans
        32,000 in 2024" (only list glue, a year or a plan word between them and after it), or one of
        the same unit: "58.210 lao động, còn tỉnh Hải Dương (cũ) là 33.000 lao động"."""
        if prev_number is not None and not prev_number.percent and not previous.excluded \
                and previous.indicator in self.x.counts \
                and _BASELINE_BEFORE.search(self.folded, prev_number.end, number.start) \
                and _EARLIER_AFTER.fullmatch(self.folded, number.end, after_end):
            return previous.indicator  # "jobs for 95,000 workers in 2024, up from 80,000 a year earlier"
        fresh = prev_number is not None and (WHOLE_YEAR.search(self.folded, prev_number.end, number.start)
                                             or WHOLE_YEAR.search(self.folded, number.end, after_end))
        # ("in the first ten months ... jobs for 38,400 people, and it targets 45,000 for the full year")
        one_year = prev_number is not None and _ONE_YEAR.search(self.folded, prev_number.end, number.start)
        fresh = fresh or one_year  # "mỗi năm ... khoảng hai mươi nghìn lao động; riêng năm 2024 là 21.350"
        if prev_number is None or prev_number.percent or (previous.excluded and not fresh) \
                or previous.indicator not in self.x.counts:
            return None
        listed = self._respective_list(self._sentence_start, number)
        if prev_number in listed and number in listed:
            return previous.indicator  # "Sóc Trăng và Hậu Giang cũ lần lượt là 22.400 và 13.150 lao động"
        if _LABELLED_PAIR.fullmatch(self.folded, prev_number.end, number.start) \
                and _LABEL_AFTER.match(self.folded, number.end):
            return previous.indicator  # "Jobs created in 2024: 36,020 (former Da Nang) and 21,300 (former
            # Quang Nam)"
        units = self._markers_in("unit", previous.indicator, prev_number.end, number.start, head_words=3)
        if not units or _SO_FAR.search(self.folded, prev_number.end, number.start):
            return None  # (not "phấn đấu ... 36.000 lao động, đến nay đã đạt 31.200 lao động": progress)
        if one_year:
            return previous.indicator
        unit = self.folded[units[0].start:units[0].end]
        again = self._markers_in("unit", previous.indicator, number.end, after_end, head_words=2)
        same_unit = bool(again) and self.folded[again[0].start:again[0].end] == unit
        if not (same_unit or _BARE_AFTER.fullmatch(self.folded, number.end, after_end)):
            return None
        planned = fresh and any(m.role == "target" for m in self._between(
            self.marker_ends, self.markers, units[-1].end, number.start))  # "jobs for 41,200 workers in
        # the first nine months of 2025 and aims to reach 55,000 for the whole year"
        return previous.indicator if planned or self._light(units[-1].end, number.start) else None

    def _next_count(self, after: int, s_end: int, indicator: str) -> int:
        """Where the next number counting the same kind of thing starts (or the sentence ends)."""
        limit = min(s_end, after + REACH)  # a cue further away than this is not this number's
        for n in find_numbers(self.text, self.doc.language, after, limit):
            if not n.percent and self._markers_in("unit", indicator, n.end, limit, head_words=3):
                return n.start
        return limit

    def _scope_of_next(self, scope: Marker) -> bool:
        """A scope right before a count is that count's: "450 delegates representing 152,000"."""
        follows = _NUMBER_NEXT.match(self.folded, scope.end)
        return bool(follows) and "|" not in self.text[scope.end:follows.end()]  # not the next cell's

    def _before_dash(self, start: int, end: int) -> int:
        """`end`, or the first dash or semicolon break after `start` if sooner: "about 8.2% in 2025 —
        above the first-half figure of 7.4%" (the half year is the next figure's)."""
        dash = _DASH_BREAK.search(self.folded, start, end)
        return dash.start() if dash else end

    def _excluded_after(self, indicator: str, number: Number, after_end: int) -> bool:
        """'13.6% in especially disadvantaged communes', '5.05% nationwide', '11,300 of whom ...'."""
        if not number.percent:
            after_end = self._noun_phrase_end(number, after_end, self._sentence_end)
        if any(m.start <= after_end and not (m.role == "scope" and self._scope_of_next(m))
               and not self._former_area(m)
               and not (indicator == "attendance" and m.indicator == "*"
                        and _EVENT_NAMED_AFTER.match(self.folded, m.end))  # "the first-quarter job fair"
               for role in ("exclude", "scope")  # a marker may straddle the break: "50 job and career fairs"
               for m in self._markers_in(role, indicator, number.end,
                                         self._before_dash(number.end, after_end + 40), head_words=8)):
            return True
        return any(m.role == "national" and m.start - number.end < 15 and m.start < after_end
                   for m in self._between(self.marker_ends, self.markers, number.end, after_end + 40))
        # (a marker may straddle the break: "7.09% for the country as a whole")
