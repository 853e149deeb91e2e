"""Stage 1: report files -> observations with evidence spans."""

from dashboard.extract.documents import Document, DocumentError, read_document
from dashboard.extract.extractor import Extractor, Observation

__all__ = ["Document", "DocumentError", "Extractor", "Observation", "read_document"]
