"""Numbers as reports write them, read by the document's language, not guessed number by number.

English: 33,000 and 13.45. Vietnamese: 33.000 and 13,45. A separator followed by anything but a
group of three digits can only be a decimal mark, so "13.45" in a Vietnamese report still reads
13.45; "1.200" reads 1200 there and 1.2 in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUALIFIERS = {
    "over": "over", "more than": "over", "above": "over", "at least": "over", "upwards of": "over",
    "hơn": "over", "trên": "over", "vượt": "over", "tối thiểu": "over", "ít nhất": "over",
    "không dưới": "over", "no less than": "over", "a minimum of": "over",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "gần": "nearly", "suýt": "nearly",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "approx": "about",
    "some": "about",
    "roughly": "about", "an estimated": "about", "estimated": "about", "estimated at": "about",
    "estimated to grow": "about", "estimated to reach": "about", "estimated to expand": "about",
    "estimated to have grown": "about", "estimated to have reached": "about",  # (as "ước tăng", "ước đạt")
    "khoảng": "about", "xấp xỉ": "about", "chừng": "about", "ước": "about",
    "ước tính": "about", "ước khoảng": "about", "ước đạt": "about", "ước tăng": "about", "ước giảm": "about",
    "ước còn": "about",
    "up to": "up to", "tới": "up to",
    "below": "under", "under": "under", "less than": "under", "fewer than": "under", "dưới": "under",
    "chưa đến": "under", "chưa tới": "under",
}
_RAISED = re.compile(r"\b(?:revised|raised|adjusted|scaled|bumped|marked|lên|tăng|đạt|có)\s+$",
                     re.IGNORECASE)  # (and "lên tới 21,36%": it reached that much)
_SCALES = {"million": 1e6, "triệu": 1e6, "thousand": 1e3, "nghìn": 1e3, "ngàn": 1e3,
           "billion": 1e9, "tỷ": 1e9, "tỉ": 1e9}
_QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS),
                            key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_PERCENT = r"%|percent\b|per\s+cent\b|phần\s+trăm\b|pct\b|pc\b(?!-)"
_POINTS = r"percentage\s+points?\b|(?:pc\s+)?points?\b|ppts?\b|pp\b|điểm\s+phần\s+trăm\b|điểm\s+%|điểm\b"

_TEMPLATE = (
    r"(?:(?<!\w)(?P<qualifier>{q})\s+)?"  # a whole word: "ước", not the end of "nước"
    r"(?P<sign>(?<![\w.,/\-−–])[-−](?=\d)|\bâm\s+)?"
    r"(?<![\w.,/])(?<!\d[-−–])(?P<number>{n})"
    r"(?!(?![\u00b9\u00b2\u00b3\u2070-\u2079]|(?:pc|pct|ppt|pp)\b)\w|[.,]\d"
    r"|/(?!\d+\s+(?:đại biểu|deputies|delegates)\b))"
    # (the 78 of "78/82 đại biểu có mặt": present of those called; "10.2¹" has a footnote mark; "7.6pc")
    r"(?:\s*(?P<scale>{s})\b)?"
    r"(?:\s*(?P<points>{pp})|\s*(?P<percent>{p}))?"
)
_NUMBERS = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\d+,\d{1,2}(?!\d)",
    "vi": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)",
}
PATTERNS = {lang: re.compile(_TEMPLATE.format(q=_QUALIFIER, n=n, s=_SCALE, pp=_POINTS, p=_PERCENT),
                             re.IGNORECASE)
            for lang, n in _NUMBERS.items()}


NUMBER_WORDS = {w: i for i, w in enumerate(re.findall(r"\S+", """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty"""))}  # "eight per cent", "tám phần trăm"
_VI_WORDS = "không một hai ba bốn năm sáu bảy tám chín mười"
NUMBER_WORDS.update({w: i for i, w in enumerate(_VI_WORDS.split(" "))})
_TENS = dict(zip(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
                 range(20, 100, 10), strict=True))
_VI_UNITS = {"mốt": 1, "tư": 4, "lăm": 5}  # as the last word of "hai mươi mốt", "ba mươi tư", "mười lăm"
_ONES = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_UNDER_100 = (rf"(?:{'|'.join(_TENS)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"  # thirty-six
              rf"|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|tư|lăm|{_ONES}))?"  # ba mươi sáu
              rf"|mười(?:\s+(?:lăm|một|hai|ba|bốn|sáu|bảy|tám|chín))?(?!\s+mươi)"  # mười hai
              rf"|{_ONES}")
_DIGIT_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine"
                "|không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|lăm")
_WORD_PERCENT = re.compile(rf"(?:(?<!\w)(?P<qualifier>{_QUALIFIER})\s+)?(?<![\w-])"
                           rf"(?P<number>{_UNDER_100})(?:\s+(?:phẩy|point)\s+"
                           rf"(?P<fraction>(?:{_DIGIT_WORDS})(?:\s+(?:{_DIGIT_WORDS}))*?))?"
                           rf"\s+(?:{_PERCENT})", re.IGNORECASE)  # "bốn phẩy ba phần trăm", "seven point one
# percent", "hai mươi lăm phần trăm"
_WORD_COUNT = re.compile(rf"(?:(?<!\w)(?P<qualifier>{_QUALIFIER})\s+)?(?<![\w-])(?<!half )(?P<number>"
                         rf"{_UNDER_100}|a)\s+"
                         rf"(?P<scale>hundred|thousand|million|trăm|nghìn|ngàn|triệu)\b"
                         rf"(?:\s+(?P<rest>{_ONES})\s+"
                         rf"(?P<rest_scale>hundred|trăm)\b)?(?!\s+(?:and|of)\b)",  # "ba nghìn hai trăm"
                         re.IGNORECASE)
_WORD_TENS = re.compile(rf"(?:(?<!\w)(?P<qualifier>{_QUALIFIER})\s+)?(?<![\w-])(?P<tens>{'|'.join(_TENS)})"
                        r"(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight|nine))?\s+"
                        r"(?=(?:participants|people|delegates|attendees|guests|representatives|officials|students|"
                        r"trainees|women|farmers|members|experts|teachers|volunteers|young|workers|deputies)\b)",
                        re.IGNORECASE)  # "Ninety participants attended"
_WORD_SCALES = {"hundred": 100, "trăm": 100, "thousand": 1e3, "nghìn": 1e3, "ngàn": 1e3, "million": 1e6,
                "triệu": 1e6}


def _words_value(words: str) -> int:
    """ "thirty-six" -> 36, "ba mươi sáu" -> 36, "mười hai" -> 12, "hai mươi lăm" -> 25, "tám" -> 8."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (NUMBER_WORDS[parts[1]] if len(parts) > 1 else 0)
    if parts[0] == "mười":
        return 10 + (_VI_UNITS.get(parts[-1]) or NUMBER_WORDS[parts[-1]] if len(parts) > 1 else 0)
    if len(parts) > 1 and parts[1] == "mươi":
        return NUMBER_WORDS[parts[0]] * 10 + (_VI_UNITS.get(parts[-1]) or NUMBER_WORDS[parts[-1]]
                                              if len(parts) > 2 else 0)
    return NUMBER_WORDS[parts[0]]


@dataclass(frozen=True)
class Number:
    start: int          # span of the whole match (qualifier .. unit)
    end: int
    value_start: int    # span of the digits
    value_end: int
    value: float
    qualifier: str | None
    percent: bool
    is_year: bool
    points: bool = False    # "percentage points": a change, never a level
    negative: bool = False  # written with a minus sign or "âm"


def parse_number(token: str, language: str) -> float:
    """'33,000' (en) -> 33000; '33.000' (vi) -> 33000; '13,45' (vi) -> 13.45; '13.45' (vi) -> 13.45."""
    thousands, decimal = (".", ",") if language == "vi" else (",", ".")
    if re.fullmatch(rf"\d+\{thousands}\d{{1,2}}", token):  # not a thousands group: a decimal mark
        thousands, decimal = decimal, thousands
    return float(token.replace(thousands, "").replace(decimal, "."))


def find_numbers(text: str, language: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in text[start:end], with offsets into `text`."""
    found = []
    pattern = PATTERNS["vi" if language == "vi" else "en"]
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        token = match.group("number")
        value = parse_number(token, language)
        scale = match.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
        qualifier = match.group("qualifier")
        if qualifier and qualifier.lower() in ("up to", "tới") \
                and _RAISED.search(text, max(0, match.start() - 12), match.start()):
            qualifier = None  # "revised up to 3.01%": raised to it, not at most it
        percent = bool(match.group("percent"))
        points = bool(match.group("points"))
        is_year = (not percent and not scale and not points and token.isdigit()
                   and 1900 <= int(token) <= 2100)
        found.append(Number(
            match.start(), match.end(), match.start("number"), match.end("number"), value,
            _QUALIFIERS[" ".join(qualifier.lower().split())] if qualifier else None, percent,
            is_year, points,
            bool(match.group("sign")) or bool(qualifier and qualifier.lower().endswith("giảm")),
        ))  # ("ước giảm 6,18%": an estimated contraction)
    for match in _WORD_PERCENT.finditer(text, start, len(text) if end is None else end):
        qualifier = match.group("qualifier")  # "at least eight per cent", "tám phần trăm"
        fraction = match.group("fraction")
        digits = "".join(str(_VI_UNITS.get(w) or NUMBER_WORDS[w]) for w in fraction.lower().split()) \
            if fraction else ""
        found.append(Number(match.start(), match.end(), match.start("number"),
                            match.end("fraction") if fraction else match.end("number"),
                            _words_value(match.group("number")) + (float(f"0.{digits}") if digits else 0),
                            _QUALIFIERS[" ".join(qualifier.lower().split())] if qualifier else None,
                            percent=True, is_year=False))
    for match in _WORD_COUNT.finditer(text, start, len(text) if end is None else end):
        qualifier = match.group("qualifier")  # "Close to three thousand people", "Two thousand graduates"
        word = match.group("number").lower()
        scale = _WORD_SCALES[match.group("scale").lower()]
        rest = match.group("rest")
        found.append(Number(match.start(), match.end(), match.start("number"), match.end(),
                            (1 if word == "a" else _words_value(word)) * scale
                            + (NUMBER_WORDS[rest.lower()] * 100 if rest and scale > 100 else 0),
                            _QUALIFIERS[" ".join(qualifier.lower().split())] if qualifier else None,
                            percent=False, is_year=False))
    for match in _WORD_TENS.finditer(text, start, len(text) if end is None else end):
        qualifier = match.group("qualifier")
        unit = match.group("unit")
        ones = NUMBER_WORDS[unit.lower()] if unit else 0
        found.append(Number(match.start(), match.end("unit") if unit else match.end("tens"),
                            match.start("tens"), match.end("unit") if unit else match.end("tens"),
                            float(_TENS[match.group("tens").lower()] + ones),
                            _QUALIFIERS[" ".join(qualifier.lower().split())] if qualifier else None,
                            percent=False, is_year=False))
    return sorted(found, key=lambda n: n.start)
