"""Official figures: tidy CSVs in datasets/official/, validated row by row, loaded beside reports."""

from dashboard.official.load import frames, official_files, read_official
from dashboard.official.validate import OfficialFileError, OfficialRow, RowError

__all__ = ["OfficialFileError", "OfficialRow", "RowError", "frames", "official_files",
           "read_official"]
