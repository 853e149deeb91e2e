"""The text as the extractor reads it: folded to match cue words, and cut into sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_ABBREVIATIONS = re.compile(r"(?:\b(?:TP|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Maj|Prof|Jr|Sr|Co|Ltd|Inc|Corp|"
                            r"Dept|Vol|approx|etc|vs|e\.g|i\.e|Tp|U\.S|Th\.S|TS|PGS|GS|ThS)"
                            r"|\b[A-Z])\.$")
_BREAK = re.compile(r"[.!?…]+[\"'”’)]*(?=\s)|[\u2600-\u27bf\U0001f300-\U0001faff]+(?=\s)|\n")
# (a pictograph before a capital ends a social-media sentence: "giảm còn 1,51% 📉 Riêng tại ...")

_KEPT = set("-–—%,.;:()[]/+!?\n")
PLAIN = str.maketrans({ch: " " for ch in _KEPT})  # folded text as the Gazetteer folds names


@cache
def _fold_char(ch: str) -> str:
    """One character for one, so offsets in the folded text are offsets in the text."""
    if ch in "đĐ":
        return "d"
    if ch in _KEPT:
        return ch
    base = unicodedata.normalize("NFD", ch)[:1].lower()[:1]
    return base if base.isalnum() else " "


def fold_same_length(text: str) -> str:
    """Lower case, no diacritics, punctuation and line breaks kept, other marks as spaces; same length."""
    return "".join(map(_fold_char, text))


_BARE_FIGURE = re.compile(r"\s*[\d.,]+\s*(?:%|percent|per cent|phần trăm)?\.")
_THAT_IS = re.compile(r"(?:That|This|It|Đó|Đây)(?:'s|\s+(?:is|was|là))\b")


_RELATED = re.compile(r"^[ \t*#>]*(?:related (?:news|articles?|stories|posts?)|read (?:more|also)|see also|"
                      r"more news|tin (?:liên quan|cùng chuyên mục|khác)|bài liên quan|xem thêm|đọc thêm)"
                      r"[ \t*:]*$", re.IGNORECASE | re.MULTILINE)


def related_links(text: str) -> list[tuple[int, int]]:
    """Where a "Related news:" / "Tin liên quan:" block lists other articles' headlines: their
    figures are those articles' ("Hải Phòng sets 11 per cent growth target for 2025"), not this one's.
    The block is the heading and the short lines under it that end in no full stop."""
    spans = []
    for heading in _RELATED.finditer(text):
        end = heading.end()
        for line in re.finditer(r"[^\n]*", text[heading.end():]):
            body = line.group().strip()
            if not body:
                continue
            if len(body) > 160 or body.endswith((".", ":")):
                break
            end = heading.end() + line.end()
        spans.append((heading.start(), end))
    return spans


_ITEM_START = re.compile(r"\d{1,2}[.)]\s|\d{1,2}/\d")  # "3. Giải quyết việc làm", "12/2025": a new line's own
_BLANK_NEXT = re.compile(r"[ \t]*\n")


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence: '.', '!', '?' before a capital or digit, or a line break.

    A single line break does not end a sentence when the line is long and unpunctuated or the
    next starts in lower case (hard-wrapped text); a short unpunctuated line is a title. Any line
    break between two sentences starts a new paragraph.
    """
    cuts = []
    for match in _BREAK.finditer(text):
        rest = text[match.end():match.end() + 200].lstrip()
        if match.group() == "\n":
            line = text[text.rfind("\n", 0, match.start()) + 1:match.start()].rstrip()
            wrapped = len(line.strip()) >= 60 and line[-1:] not in ".!?:;\"”)|" \
                and rest[:1] not in "-•*#+>|_" and re.search(r"[^\W_]", line) is not None  # (not a rule
            # "_____" across the page)
            figure_next = rest[:1].isdigit() and not _ITEM_START.match(rest) and "|" not in line \
                and line[-1:].isalpha() and len(line.split()) >= 4 \
                and not _BLANK_NEXT.match(text, match.end())
            if rest[:1].islower() or line[-1:] in (",", "(", "-", "–") or wrapped or figure_next:
                continue  # a hard-wrapped line goes on ("... năm 2024 ước tăng\n6,91% so với năm 2023");
                # a short unpunctuated one is a title
            cuts.append(match.start())
        elif not rest or not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'“‘(-•*#"):
            continue
        elif _THAT_IS.match(rest) and _BARE_FIGURE.fullmatch(
                text, max(cuts[-1] if cuts else 0, text.rfind("\n", 0, match.start()) + 1),
                match.start() + 1):
            continue  # "11.62%. That is the GRDP growth Bac Ninh reported for 2025": one statement
        elif not _ABBREVIATIONS.search(text, max(0, match.start() - 6), match.start() + 1):
            cuts.append(match.end())
    spans: list[tuple[int, int, int]] = []
    paragraph, start, last_end = 0, 0, 0
    for cut in [*cuts, len(text)]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            if spans and "\n" in text[last_end:a]:
                paragraph += 1
            spans.append((a, b, paragraph))
            last_end = b
        start = cut
    return spans


COUNT_LABEL = re.compile(r"\((?:(?:đơn vị(?: tính)?|đvt|unit)\s*:\s*)?"
                          r"(?:người|lao động|lượt người|persons|people|workers|jobs)\)", re.IGNORECASE)
_UNIT_LABEL = re.compile(r"\((?:%|percent|phần trăm)(?:\s+of\s+[^()\n]{0,80}|[,;][^()\n]{0,80})?\)"
                         r"|(?<![\d.])[,:]\s*(?:%|percent|per cent)(?!\w)",  # "GRDP growth, % (2025 ...)"
                         re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"%|\bpercent\b|\bphần trăm\b", re.IGNORECASE)


_YEAR_NOTE = re.compile(r"\((?:[^()\d]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)+[^()\d]*\)")


def table_cell(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """When text[start:end] is alone in a table cell (but for a unit word or two): the row's cell
    spans and its column.

    Tables are lines of cells split by '|' (an HTML table as read, or markdown)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    if "|" not in text[line_start:line_end]:
        return None
    cells = _cell_spans(text, line_start, line_end)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start and end <= b), None)
    if column is None:
        return None
    a, b = cells[column]
    rest = text[a:start] + " " + _YEAR_NOTE.sub(" ", text[end:b])  # "15,000 persons", "USD 10,500": a
    # unit beside it; "1,86 (chuẩn 2021-2025)": a note naming a year
    if any(ch in "0123456789" for ch in rest) or len(rest.split()) > 2:  # (a footnote's "¹" is no figure)
        return None
    return cells, column


_VALUE_CELL = re.compile(r"\s*(?:[+\-−–]\s*)?\d")
_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d")  # a number that is no year


def value_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other cells of text[start:end]'s table row that hold a figure ("| -0.6 pt/year | 1.2% |",
    "| down 1.0 point (2026-2030 standard) |"; not a label that names only years): their words name
    their own figures, not this one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    if "|" not in text[line_start:line_end]:
        return []
    return [(a, b) for a, b in _cell_spans(text, line_start, line_end)
            if not a <= start < b and (_VALUE_CELL.match(text, a) or _FIGURE.search(text, a, b))]


def mixed_cell(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """When text[start:end] is in a table cell with words and other figures around it ("| bình quân
    6,9%/năm; năm 2025 đạt 7,8% |"): the row's cell spans and its column (None for a cell of its own,
    which `table_cell` reads)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    if "|" not in text[line_start:line_end] or table_cell(text, start, end) is not None:
        return None
    cells = _cell_spans(text, line_start, line_end)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start and end <= b), None)
    return None if column is None else (cells, column)


def column_header(text: str, start: int, end: int, mixed: bool = False) -> tuple[int, int] | None:
    """The span of the header cell above the table cell that holds exactly text[start:end] (or,
    when `mixed`, holds it among other words).

    The header is the first row of the run of table lines (blank lines between rows allowed,
    a markdown rule "|---|---|" is not a row): "Province | GRDP growth, 2025 (%)"."""
    found = mixed_cell(text, start, end) if mixed else table_cell(text, start, end)
    if found is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    header: tuple[int, int] | None = None
    position = line_start
    while position > 0:
        previous_start = text.rfind("\n", 0, position - 1) + 1
        line = text[previous_start:position - 1]
        position = previous_start
        if not line.strip():
            continue
        if "|" not in line:
            break
        if not re.fullmatch(r"[\s|:\-]+", line):
            header = (previous_start, previous_start + len(line))
    if header is None:
        return None
    cells = _cell_spans(text, *header)
    column = found[1]
    return cells[column] if column < len(cells) else None


_ROW_NUMBER_HEADER = re.compile(r"(?:stt|tt|số tt|no\.?|#|n[°o]\.?)", re.IGNORECASE)


def row_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a table's row number, under an "STT" / "No." / "#" header: the "5"
    of "5 | Số lao động được giải quyết việc làm | người | 36.000" is no figure."""
    header = column_header(text, start, end)
    return header is not None and bool(_ROW_NUMBER_HEADER.fullmatch(text[header[0]:header[1]]))


def percent_by_table(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], alone in a table cell, is a percentage by its row label or column
    header: "Tăng trưởng GRDP (%) | 6,5", "Indicator | 2023 (%)" over "GRDP growth | 6.0"."""
    found = table_cell(text, start, end)
    if found is None:
        return False
    cells, column = found
    if any(_PERCENT_LABEL.search(text[a:b]) for a, b in cells[:column] if not _VALUE_CELL.match(text, a)):
        return True  # a label's "(%)", not the "+9.5%/year" of the cell before "96 million VND"
    header = column_header(text, start, end)
    if header is None:
        return False
    row_start = text.rfind("\n", 0, header[0]) + 1
    caption = table_caption(text, row_start) or table_footer(text, row_start)
    return bool(_PERCENT_LABEL.search(text[header[0]:header[1]])
                or (caption and _UNIT_LABEL.search(text, *caption)))


def table_caption(text: str, header_start: int) -> tuple[int, int] | None:
    """The paragraph just above a table, when short and giving the cells' unit: "Bảng dưới đây tổng
    hợp tốc độ tăng GRDP (%) của bốn tỉnh", "Số lao động được giải quyết việc làm (đơn vị: người)"
    say what every cell is, as a header would."""
    end = len(text[:header_start].rstrip())
    start = text.rfind("\n\n", 0, end) + 1
    if end <= start or "|" in text[start:end] or end - start > 400 \
            or not (_UNIT_LABEL.search(text, start, end) or COUNT_LABEL.search(text, start, end)):
        return None
    return start + (len(text[start:end]) - len(text[start:end].lstrip())), end


def table_footer(text: str, header_start: int) -> tuple[int, int] | None:
    """The short line just below a table that gives the cells' unit: "*GRDP growth, % at comparable
    prices. Source: provincial statistics offices.*" says what every cell is, as a caption would."""
    position, last = header_start, None
    while position < len(text):
        line_end = text.find("\n", position) % (len(text) + 1)
        line = text[position:line_end]
        if "|" in line:
            last = line_end
        elif line.strip():
            break
        position = line_end + 1
    if last is None:
        return None
    start = len(text) - len(text[last:].lstrip()) if text[last:].strip() else len(text)
    end = text.find("\n", start) % (len(text) + 1)
    following = text[end:].lstrip().split("\n", 1)[0]
    if start >= end or end - start > 300 or "|" in following \
            or not (_UNIT_LABEL.search(text, start, end) or COUNT_LABEL.search(text, start, end)):
        return None  # (not the next table's own caption: "Bảng 2. Tốc độ tăng GRDP theo quý (%)")
    return start, end


def _cell_spans(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped text; outer pipes do not make empty cells."""
    line = text[line_start:line_end]
    spans, position = [], 0
    for part in line.split("|"):
        a = position + len(part) - len(part.lstrip())
        b = position + len(part.rstrip())
        spans.append((line_start + a, line_start + max(a, b)))
        position += len(part) + 1
    if line.strip().startswith("|"):
        spans = spans[1:]
    if line.strip().endswith("|"):
        spans = spans[:-1]
    return spans
