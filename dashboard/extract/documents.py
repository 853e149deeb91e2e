"""Reading a report file into plain text: the text the observations' offsets point into."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = {".txt", ".md"}
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


class DocumentError(ValueError):
    """A report that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Document:
    path: str        # as given
    text: str        # NFC-normalised text: offsets refer to this
    sha256: str      # of the file's bytes
    language: str    # 'en' | 'vi'
    title: str       # first line
    year: int | None  # the year the report is about (first year named in its lead)


def detect_language(text: str) -> str:
    """Vietnamese when Vietnamese-only letters are frequent; decides number separators."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return "vi" if len(_VI_LETTERS.findall(text)) / letters > 0.02 else "en"


def document_year(text: str) -> int | None:
    """The year named first in the report's lead (first two sentences), else the most common."""
    lead = " ".join(re.split(r"(?<=[.!?])\s+", text, maxsplit=2)[:2])
    years = _YEAR.findall(lead) or _YEAR.findall(text)
    if not years:
        return None
    return int(years[0]) if _YEAR.search(lead) else int(max(set(years), key=years.count))


def read_document(path: str | Path) -> Document:
    """Read a supported report; anything else raises DocumentError naming the file."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED:
        raise DocumentError(f"{path}: unsupported file type {path.suffix!r} "
                            f"(supported: {', '.join(sorted(SUPPORTED))})")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot read: {error.strerror}") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{path}: not UTF-8 text (invalid byte at offset {error.start})") \
            from error
    text = unicodedata.normalize("NFC", text)
    first_line = text.strip().split("\n", 1)[0] if text.strip() else ""
    return Document(str(path), text, hashlib.sha256(raw).hexdigest(), detect_language(text),
                    first_line[:200], document_year(text))
