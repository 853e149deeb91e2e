"""Reading a report file into plain text: the text the observations' offsets point into.

.txt and .md are read as they are; .html through a real HTML parser (the stdlib's), with
scripts, styles and other non-content dropped and one blank line between blocks; .pdf through
its text layer (pypdf). The text is NFC-normalised, and that is the text that is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from dashboard.extract.text import fold_same_length

SUPPORTED = {".txt", ".md", ".html", ".htm", ".pdf"}
MAX_CHARS = 5_000_000  # a report's text; far beyond any real one, and extracted in ~1 min
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_YEAR = re.compile(r"(?<![\d/.\-–])(?<!\d\d\d\d [-–—] )(19[5-9]\d|20\d\d)(?![\d/]|\s*[-–—]\s*20\d\d)")
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"], 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}  # month names, English
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # a regex alternation of them
_DATES = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH})\.?,?\s+\(?"
    rf"(?P<y1>20\d\d)\b"
    rf"|\b(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+\(?(?P<y2>20\d\d)\b"  # "Jan 9 (2026)"
    r"|(?<![\d/.])(?P<d3>\d{1,2})[/.\-](?P<m3>\d{1,2})[/.\-](?P<y3>20\d\d)(?!\d)"
    r"|(?:\bngày\s+|(?<![\w,.])(?=\d{1,2}\s+tháng\s+\d{1,2},\s))(?P<d4>\d{1,2})\s+tháng\s+(?P<m4>\d{1,2})"
    r"(?:\s+năm|,)\s+(?P<y4>20\d\d)\b"  # "ngày 15 tháng 7 năm 2025", "10 tháng 1, 2025"
    r"|(?<!\d)(?P<y5>20\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d)(?!\d)",
    re.IGNORECASE,
)
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
           "table", "section", "article", "header", "footer", "blockquote", "title", "figcaption",
           "pre", "dd", "dt", "hr", "main", "aside", "nav", "figure", "caption"}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}


class DocumentError(ValueError):
    """A report that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Document:
    path: str        # as given
    text: str        # NFC-normalised text: offsets refer to this
    sha256: str      # of the file's bytes
    language: str    # 'en' | 'vi'
    title: str       # first line
    year: int | None  # the year the report is about: its date's, else the first named in its lead
    date: date | None = None  # the report's / event's date when the text states one
    date_has_year: bool = True  # False: a day named without its year, placed in `year`


def detect_language(text: str) -> str:
    """Vietnamese when Vietnamese-only letters are frequent; decides number separators."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return "vi" if len(_VI_LETTERS.findall(text)) / letters > 0.02 else "en"


_DAY_RANGE = re.compile(
    rf"\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|until|through|and|-|–|—)\s*\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|and|-|–|—)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b"
    r"|\b\d{1,2}\s*(?:-|–|—|đến)\s*\d{1,2}/\d{1,2}\b(?!/\d)",
    re.IGNORECASE)


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date written in `text` ("15 July 2025", "July 15, 2025", "ngày 15/7/2025")."""
    found = []
    for match in _DATES.finditer(text):
        groups = match.groupdict()
        for i in "12345":
            if groups[f"y{i}"]:
                day, month = groups[f"d{i}"], groups[f"m{i}"]
                month = MONTHS.get(month.lower().rstrip("."), 0) if not month.isdigit() else int(month)
                with contextlib.suppress(ValueError):
                    found.append((match.start(), match.end(),
                                  date(int(groups[f"y{i}"]), month, int(day))))
                break
    return found


_MONTH_YEAR = re.compile(rf"\b(?P<m1>{MONTH})\.?,?\s+(?P<y1>20\d\d)\b"
                         r"|\btháng\s+(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y2>20\d\d)\b", re.IGNORECASE)


_DAY_MONTH = re.compile(
    rf"\b(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[,.]?\s*\(?\d)"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})\b(?!\.?,?\s*\(?\d)"
    r"|\b(?:ngày|sáng|trưa|chiều|tối|đêm)\s+(?P<d3>\d{1,2})/(?P<m3>\d{1,2})\b(?!/)",
    re.IGNORECASE)


_FUTURE = re.compile(r"\b(?:sẽ|will|dự kiến|expected|scheduled|is due|are due|plans? to)\b", re.IGNORECASE)
_CITED = re.compile(r"\b(?:căn cứ|pursuant to|luật|bộ luật|nghị định|thông tư|law|decree|circular)\b"
                    r"[^\n.;]*$", re.IGNORECASE)  # "Căn cứ Luật Tổ chức ... ngày 19 tháng 6 năm 2015"
_STARTING = re.compile(r"\b(?:từ|kể từ|since|from|effective|as of)\s+(?:ngày\s+)?$", re.IGNORECASE)


def document_date(text: str) -> date | None:
    """The first full date the report states (its dateline or the event's day); else the first
    month ("in June 2025", "tháng 7/2025"), taken as its first day: enough to tell which side
    of 1 July 2025 an event fell."""
    dates = [(a, b, d) for a, b, d in find_dates(text) if not _merger_day(text, a, d.day, d.month)
             and not _CITED.search(text, max(0, a - 100, text.rfind("\n", 0, a) + 1), a)]
    own = [d for a, _, d in dates if not _STARTING.search(text, max(0, a - 12), a)]
    if own:  # not "(từ ngày 01/7/2025)", "since 1 July 2025": when something began
        return own[0]
    merger = [(a, b) for a, b, d in find_dates(text) if _merger_day(text, a, d.day, d.month)]
    months = [m for m in _MONTH_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in merger)]
    lead_end = len(_lead(text))
    if dates and not (months and months[0].start() < min(lead_end, dates[0][0])):
        return dates[0][2]  # (but a dateline "Đồng Hới, tháng 12/2025" before "Từ ngày 1/7/2025, ...")
    told = told_year(text) if months else None
    year = document_year(text) if months and not told else None
    for match in months:
        name = match.group("m1")
        month = MONTHS.get(name.lower()) if name else int(match.group("m2"))
        named = int(match.group("y1") or match.group("y2"))
        if named < (told or (year if match.start() >= lead_end else None) or named):
            continue  # "Typhoon Yagi, which struck in September 2024" in the body of a 2025 report
        said = max(text.rfind(stop, 0, match.start()) for stop in ".!?\n")
        if match.start() >= lead_end and _FUTURE.search(text, said + 1, match.start()):
            continue  # "Cục Thống kê sẽ ... cập nhật số liệu chính thức vào tháng 3/2025": not yet
        if year and named < year and _ANNOUNCED_IN.search(text, max(0, match.start() - 20), match.start()):
            continue  # "the preliminary estimate of 5.1% announced in December 2023", in a 2024 report
        if month and 1 <= month <= 12:
            return date(named, month, 1)
    return None


def days_without_year(text: str) -> list[tuple[int, int]]:
    """Where days are named without a year ("on July 1", "ngày 8/3") or as a run of days ("from
    September 24 to 28, 2025", "24-28 September", "(19 – 23/4)"): their numbers are no figures."""
    return [match.span() for pattern in (_DAY_MONTH, _DAY_RANGE) for match in pattern.finditer(text)]


def _merger_day(text: str, at: int, day: int, month: int) -> bool:
    """1 July named after a merger word: "after absorbing Bac Giang on 1 July", "sau khi hợp nhất
    ... từ ngày 1/7/2025" is the merger's day, not the report's."""
    in_a_line = text[text.rfind("\n", 0, at) + 1:at].strip()  # (a dateline opens its line)
    return (day, month) == (1, 7) and bool(_MERGER.search(text, max(0, at - 80), at)
                                           or _MERGER_AFTER.match(text, at)  # "the July 1 merger"
                                           or (in_a_line and _MERGER.search(text, at, at + 40)))
    # ("The megacity that emerged on 1 July 2025 from the merger of ...")


def day_without_year(text: str, year: int | None) -> date | None:
    """The first day named without its year ("on October 11", "Sunday, March 16", "ngày 8/3"),
    in the report's year: an event's date when the dateline leaves the year out. A weekday beside
    it decides the year among those near the report's (or, failing one, the latest it names, as
    a standard's "2022-2025"): "Tuesday, March 19" near 2025 is 2024."""
    base = year or max((int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)), default=None)
    if base is None:
        return None
    for match in _DAY_MONTH.finditer(text):
        name = match.group("m1") or match.group("m2")
        month = MONTHS.get(name.lower()) if name else int(match.group("m3"))
        day = int(match.group("d1") or match.group("d2") or match.group("d3"))
        if _merger_day(text, match.start(), day, month):
            continue
        weekday = _WEEKDAY.search(text, max(0, match.start() - 14), match.start())
        if weekday is None:
            weekday = _WEEKDAY_AFTER.match(text, match.end())
        if weekday is not None:
            wanted = WEEKDAYS[weekday.group(1).lower()]
            near = sorted(range(base - 3, base + 4), key=lambda y: (abs(y - base), y))
            fits = [y for y in near if is_day(y, month, day) and date(y, month, day).weekday() == wanted]
            if fits:
                return date(fits[0], month, day)
        if year is not None and is_day(year, month, day):
            return date(year, month, day)
    return None


def is_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\W{{0,3}}$", re.IGNORECASE)  # "Tuesday, March 19"
_WEEKDAY_AFTER = re.compile(rf"\W{{0,3}}\(?({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)  # "March 19 (Tuesday)"

_SINCE = re.compile(r"\b(?:since|before|compared with|than in|so với|kể từ)\s+(?:năm\s+)?$", re.I)
_LUNAR_YEARS = {  # the lunar years 2019-2030, by their Vietnamese and English names (folded)
    "ky hoi": 2019, "canh ty": 2020, "tan suu": 2021, "nham dan": 2022, "quy mao": 2023, "giap thin": 2024,
    "at ty": 2025, "binh ngo": 2026, "dinh mui": 2027, "mau than": 2028, "ky dau": 2029, "canh tuat": 2030,
    "pig": 2019, "rat": 2020, "ox": 2021, "buffalo": 2021, "tiger": 2022, "cat": 2023, "rabbit": 2023,
    "dragon": 2024, "snake": 2025, "horse": 2026, "goat": 2027, "monkey": 2028, "rooster": 2029, "dog": 2030,
}
_LUNAR_YEAR = re.compile(
    r"\b(?:xuân|tết|năm|xuan|tet)\s+(kỷ hợi|canh tý|tân sửu|nhâm dần|quý mão|giáp thìn|ất tỵ|bính ngọ|"
    r"đinh mùi|mậu thân|kỷ dậu|canh tuất)\b|\byear of the (pig|rat|ox|buffalo|tiger|cat|rabbit|dragon|snake|"
    r"horse|goat|monkey|rooster|dog)\b", re.IGNORECASE)
_MERGER = re.compile(r"\b(?:merged|merger|merging|absorb\w*|enlarged|sáp nhập|hợp nhất|the new province|"
                     r"tỉnh mới)\b", re.I)
_MERGER_AFTER = re.compile(r"[^.\n\d]{0,10}\d{1,2}\s*(?:st|nd|rd|th)?\s+(?:merger|sáp nhập|hợp nhất)\b", re.I)
_PLANNED = re.compile(r"(?:target\w*|aim\w*|plan\w*|sights|goals?|vision|bar|eyes|ambitions?|outlook|"
                      r"forecasts?|phấn đấu|kế hoạch|mục tiêu|chỉ tiêu|tầm nhìn|đến năm|tới năm|năm tới)"
                      r"\W+(?:\w+\W+){0,3}$"
                      r"|\b(?:by|until|through|till|to|towards?)\W+(?:the\s+(?:end|start|middle)\s+of\s+)?$"
                      # (not "rebounds to 7.21% in 2024")
                      r"|(?:mục tiêu|chỉ tiêu|kế hoạch)\W+(?:\w+\W+){0,4}cho\s+năm\s+$",
                      re.IGNORECASE)  # (and "đặt mục tiêu hai con số cho năm 2026")
_THIS_YEAR = re.compile(r"\b(?:this year|năm nay)\b", re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"\W+(?:socio-economic\s+|development\s+|budget\s+|growth\s+|grdp\s+)*"
                            r"(?:plans?|targets?|goals?)\b", re.IGNORECASE)  # "2026 socio-economic plan"


_ENTERS = re.compile(r"\b(?:enters|is entering|heads into|is heading into)\s+((?:19|20)\d\d)\b")


_TERM_YEAR = re.compile(r"\b(this|next) year\W+(?:(?:is|will be|which is)\s+)?the (last|final|first) year of "
                        r"the ((?:19|20)\d\d)[-–]((?:19|20)\d\d)\b", re.IGNORECASE)


_CONGRESS = re.compile(r"\b(?:đại hội|congress)\b[^.!?\n]{0,120}?(?:(?:,\s*nhiệm kỳ|cho nhiệm kỳ|for the)\s+"
                       r"((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d\b|,\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d\s+term\b)",
                       re.IGNORECASE)  # ("Congress of the ... Party Organisation, 2025-2030 term, opened")


def told_year(text: str) -> int | None:
    """The year a report without a dated dateline was told in: the one it "enters" ("As the country
    enters 2025"), the first of the term a congress in its lead opens, or when a sentence names
    "this year" and one year, as a plan's: "set a 2026 growth target ..., while Quang Ninh is
    aiming for 14% this year"."""
    entered = _ENTERS.search(text) or _CONGRESS.search(_lead(text))
    if entered:  # (or the congress "lần thứ XX, nhiệm kỳ 2025-2030" opening: held in 2025)
        return int(next(g for g in entered.groups() if g))
    term = _TERM_YEAR.search(text)
    if term:  # "the plan for next year, the last year of the 2021-2025 term": told in 2024
        year = int(term.group(4) if term.group(2).lower() in ("last", "final") else term.group(3))
        return year - (term.group(1).lower() == "next")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _THIS_YEAR.search(sentence):
            planned = {m.group(1) for m in _YEAR.finditer(sentence)
                       if _PLANNED_AFTER.match(sentence, m.end())}
            if len(planned) == 1 and len(set(_YEAR.findall(sentence))) == 1:
                return int(planned.pop())
    return None


def _lead(text: str) -> str:
    """The report's first two sentences, where its own date is told."""
    return " ".join(re.split(r"(?<=[.!?])\s+", text, maxsplit=2)[:2])


_ANNOUNCED_IN = re.compile(r"\b(?:announced|published|released|issued|reported|given)\s+in\s+$",
                           re.IGNORECASE)
_REPORT_FOR = re.compile(r"\b(?:year-end|annual|full-year) (?:report|review|statistics|figures) (?:for|of) "
                         r"(?:the year )?((?:19|20)\d\d)\b", re.IGNORECASE)


def document_year(text: str) -> int | None:
    """The year named first in the report's lead (first two sentences), else its lunar year, else
    2025 for a report on the provincial merger, else a year the lead names as a plan ("sets sights
    higher for 2025"), else the most common."""
    lead = _lead(text)
    report_for = _REPORT_FOR.search(lead)
    if report_for:  # "revised figures published ... in its year-end report for 2024": a 2024 report
        return int(report_for.group(1))  # whatever earlier years its title names
    named = [m for m in _YEAR.finditer(lead)]
    stated = [m for m in named if not _PLANNED.search(lead, max(0, m.start() - 40), m.start())
              and not _PLANNED_AFTER.match(lead, m.end())
              and not _SINCE.search(lead, max(0, m.start() - 30), m.start())]
    if stated:
        return int(stated[0].group(1))
    lunar = _LUNAR_YEAR.search(text)  # "Ngày hội việc làm đầu xuân Ất Tỵ", "the Year of the Dragon"
    if lunar:
        return _LUNAR_YEARS[fold_same_length((lunar.group(1) or lunar.group(2)).lower())]
    if _MERGER.search(text):  # "Four months after Dak Lak and Phu Yen merged": announced in 2025
        return 2025
    if named:  # only a plan's year ("growth through 2030"): the report is not dated by it
        return int(named[0].group(1))
    every = [m for m in _YEAR.finditer(text)
             if not _SINCE.search(text, max(0, m.start() - 30), m.start())]  # not "highest since 2019"
    years = [m.group(1) for m in every if not _PLANNED.search(text, max(0, m.start() - 40), m.start())] \
        or [m.group(1) for m in every]  # not "plans to hire 12,000 more by 2027"
    return max((years.count(y), int(y)) for y in years)[1] if years else None  # ties: the latest


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page, one block per paragraph; script/style and the like dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.cells = 0  # cells seen so far in the current table row

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skipping.append(tag)
        if tag in _BLOCKS:
            self.parts.append("\n\n")
            self.cells = 0
        elif tag in ("td", "th"):  # a row is one line, "GRDP growth | 6.0", under its "Indicator | 2023 (%)"
            self.parts.append(" | " if self.cells else "\n\n")
            self.cells += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        blocks = (" ".join(b.split()) for b in "".join(self.parts).split("\n\n"))
        return "\n\n".join(b for b in blocks if b)


def html_text(source: str) -> str:
    parser = _TextOfHtml()
    parser.feed(source)
    parser.close()
    return parser.text()


def _title_of_html(source: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", source, re.I | re.S)
    return " ".join(html_text(match.group(1)).split()) if match else None


def pdf_text(path: Path) -> str:
    """The text layer of a PDF, pages separated by a blank line; lines of a paragraph joined."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise DocumentError(f"{path}: encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise DocumentError(f"{path}: not a readable PDF ({error}); re-save it, or save its text "
                            "as .txt") from error
    text = "\n\n".join(_join_lines(p) for p in pages if p.strip())
    if not text:
        raise DocumentError(f"{path}: PDF has no text layer (a scan?), so nothing to extract; "
                            "OCR it (e.g. ocrmypdf) or save its text as .txt")
    return text


def _join_lines(page: str) -> str:
    """A page's lines as paragraphs: a line that does not end a sentence continues on the next."""
    lines = [" ".join(line.split()) for line in page.strip().splitlines()]
    out: list[str] = []
    for line in filter(None, lines):
        if out:
            out.append("\n" if out[-1][-1] in ".!?:" else " ")
        out.append(line)
    return "".join(out)


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without a BOM), or UTF-16 with its BOM; binary or other encodings refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DocumentError(f"{path}: byte offset {error.start}: invalid UTF-16 text after a "
                                "UTF-16 byte-order mark; save the file as UTF-8") from error
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"{path}: byte offset {nul}: a NUL byte, so a binary file, not text; "
                            "remove it from the reports, or save the report as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise DocumentError(f"{path}: line {line}, byte offset {error.start}: "
                            f"{raw[error.start:error.start + 1].hex()} is not UTF-8 text "
                            "(another encoding, or not text); save the file as UTF-8") from error


def document_from_text(path: str, text: str, sha256: str = "", title: str | None = None) -> Document:
    """A Document of text already read: normalised, its language, title, date and year found."""
    text = unicodedata.normalize("NFC", text)
    if title is None:
        title = text.strip().split("\n", 1)[0] if text.strip() else ""
    when = document_date(text)
    told = None if when else told_year(text)
    year = when.year if when else told or document_year(text)
    has_year = when is not None or told is not None
    when = when or day_without_year(text, year)
    year = year or (when.year if when else None)  # a weekday placed the day in its year
    return Document(path, text, sha256, detect_language(text), title[:200], year, when, has_year)


def read_document(path: str | Path) -> Document:
    """Read a supported report; anything else raises DocumentError naming the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(f"{path}: unsupported file type {path.suffix!r} "
                            f"(supported: {', '.join(sorted(SUPPORTED))}); save it as one of those, "
                            "or remove it")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot read: {error.strerror}") from error
    sha = hashlib.sha256(raw).hexdigest()
    title = None
    if suffix == ".pdf":
        if not raw.startswith(b"%PDF"):
            raise DocumentError(f"{path}: byte offset 0: not a PDF file (no %PDF header); "
                                "give it its real extension")
        text = pdf_text(path)
    elif suffix in (".html", ".htm"):
        source = _decode(path, raw)
        text, title = html_text(source), _title_of_html(source)
    else:
        text = _decode(path, raw)
    if len(text) > MAX_CHARS:
        raise DocumentError(f"{path}: {len(text):,} characters of text, more than the {MAX_CHARS:,} "
                            f"a report may have (offset {MAX_CHARS:,} is past the limit); split it "
                            "into reports, or remove it")
    return document_from_text(str(path), text, sha, title)
