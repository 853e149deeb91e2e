"""What a document pass finds in the text before it decides anything: cue markers, places, years."""

from __future__ import annotations

from dataclasses import dataclass


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
