"""Numbers as reports write them, read by the document's language, not guessed number by number.

English: 33,000 and 13.45. Vietnamese: 33.000 and 13,45.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUALIFIERS = {
    "over": "over", "more than": "over", "above": "over", "hơn": "over", "trên": "over",
    "nearly": "nearly", "almost": "nearly", "gần": "nearly",
    "about": "about", "around": "about", "approximately": "about", "some": "about",
    "khoảng": "about", "xấp xỉ": "about",
}
_SCALES = {"million": 1e6, "triệu": 1e6, "thousand": 1e3, "nghìn": 1e3, "ngàn": 1e3}

NUMBER = re.compile(
    r"(?:(?P<qualifier>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<number>(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|(?<![\d.,])\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<scale>million|triệu|thousand|nghìn|ngàn)\b)?"
    r"(?P<percent>\s*(?:%|percent\b|per cent\b|phần trăm\b))?",
    re.IGNORECASE,
)


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


def parse_number(token: str, language: str) -> float:
    """'33,000' (en) -> 33000; '33.000' (vi) -> 33000; '13,45' (vi) -> 13.45."""
    thousands, decimal = (".", ",") if language == "vi" else (",", ".")
    return float(token.replace(thousands, "").replace(decimal, "."))


def find_numbers(text: str, language: str) -> list[Number]:
    found = []
    for match in NUMBER.finditer(text):
        token = match.group("number")
        try:
            value = parse_number(token, language)
        except ValueError:
            continue
        scale = match.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
        qualifier = match.group("qualifier")
        percent = bool(match.group("percent"))
        is_year = (not percent and not scale and token.isdigit() and 1900 <= int(token) <= 2100)
        found.append(Number(
            match.start(), match.end(), match.start("number"), match.end("number"), value,
            _QUALIFIERS[qualifier.lower()] if qualifier else None, percent, is_year,
        ))
    return found
