"""The districts, communes and villages a report names ("Canh Lien commune", "huyện Mù Cang Chải"), so
that a later bare "In Canh Lien, ... the poverty rate is about 18%" reads as a part of the province.

There is no district gazetteer (units below the province change too often); a report introduces its
own localities with their type word, and that is enough to know the name elsewhere in the same report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.extract.text import fold_same_length

_ENGLISH = re.compile(r"((?:[^\W\d_]+[ -]){1,4})"
                      r"(?:commune|district|ward|village|hamlet|township|town|city)s?\b")
# (the capitalised words before the type word: "Canh Lien commune", "Mu Cang Chai district")
_VIETNAMESE = re.compile(r"\b(?:xã|huyện|phường|thôn|thị trấn|làng|thị xã|thành phố|TP\.?) ?"
                         r"(?=((?:[^\W\d_]+ ){0,3}[^\W\d_]+))",
                         re.IGNORECASE)  # (the capitalised words after it: "huyện Mù Cang Chải")
_NOT_A_NAME = {"the", "this", "that", "each", "every", "poor", "mountain", "mountainous", "highland",
               "border", "remote", "coastal", "rural", "urban", "other", "neighbouring", "neighboring",
               "its", "their", "our", "all", "many", "some", "most", "new", "former", "old", "lowland",
               "upland", "island", "model", "pilot", "key", "disadvantaged", "ethnic", "several", "one",
               "two", "three", "four", "five", "in", "of", "at", "for", "and", "a", "an"}


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ -]$")
_PLAIN_WORDS = {"in", "at", "of", "for", "from", "with", "and", "tại", "ở", "của", "và", "với", "trong",
                "xã", "huyện", "phường", "thôn", "làng", "tp"}


def _in_a_longer_name(text: str, start: int) -> bool:
    """"ông Phùng Thành Vinh" is a person, not "phường Thành Vinh"."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and before.group(1)[0].isupper() and before.group(1).lower() not in _PLAIN_WORDS


def _capitalised_run(words, stop: set[str] = frozenset()) -> list[str]:
    run = []
    for word in words:
        if not word[:1].isupper() or word.lower() in stop:
            break
        run.append(word)
    return run


def localities(text: str, folded: str, is_province: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of every capitalised mention of a locality the report introduces with its type
    word; names that are provinces' (`is_province(folded name)`) are left to the gazetteer. `folded`
    is `fold_same_length(text)`, which the caller already has."""
    names = set()
    for match in _ENGLISH.finditer(text):
        words = re.split(r"[ -]", match.group(1).strip())
        while words and not words[-1][:1].isupper():
            words.pop()  # ("the poor Canh Lien commune")
        name = _capitalised_run(reversed(words), _NOT_A_NAME)[::-1]
        if len(name) >= 2:  # (one capitalised word is too often a headline's: "Mountain commune hands")
            names.add(" ".join(name))
    for match in _VIETNAMESE.finditer(text):
        names.add(" ".join(_capitalised_run(match.group(1).split())))
    names = {fold_same_length(n) for n in names if n}
    names = {n for n in names if not is_province(n) and n not in ("viet nam", "vietnam")}
    if not names:
        return []
    found = re.finditer(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                        + r")\b", folded)
    return [(m.start(), m.end()) for m in found if text[m.start()].isupper()
            and not _in_a_longer_name(text, m.start())]
