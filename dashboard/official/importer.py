"""`python -m dashboard import FILE.csv`: check a user's CSV, keep it in datasets/official/, rebuild.

The file is copied into datasets/ (not loaded into the database directly) so that the database
stays a pure function of datasets/: the next build, anywhere, loads it again. Nothing changes
unless every row passes and the rebuild succeeds; otherwise the folder and the database are
left as they were.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dashboard.official.load import FOLDER, labelled, official_files, read_official
from dashboard.official.validate import OfficialFileError, RowError
from dashboard.store.build import build


def import_csv(source: Path, db: Path, datasets: Path,
               replace: bool = False) -> tuple[Path, int, dict[str, int]]:
    """Validate `source` with the official files already kept, copy it in, rebuild `db`.

    Returns (kept copy, rows imported, table counts). Raises OfficialFileError (nothing loaded)
    or BuildError (the copy is taken back, the database untouched).
    """
    source = Path(source)
    target = datasets / FOLDER / source.name
    if source.suffix.lower() != ".csv":
        raise OfficialFileError([RowError(str(source), 0, "-", source.name, "not a .csv file")])
    same_file = target.exists() and target.resolve() == source.resolve()
    if target.exists() and not same_file and not replace:
        raise OfficialFileError([RowError(str(source), 0, "-", source.name,
                                          f"{target} already exists: rename the file, or pass "
                                          "--replace to replace it")])
    kept = [p for p in official_files(datasets) if p.name != source.name]
    files = [*labelled(datasets, kept), (source, str(source))]
    rows = [row for row in read_official(datasets, files=files) if row.file == str(source)]
    previous = target.read_bytes() if target.exists() else None
    if not same_file:
        _write_atomically(target, source.read_bytes())
    try:
        counts = build(db, datasets)
    except BaseException:
        if not same_file:
            if previous is None:
                target.unlink(missing_ok=True)
            else:
                _write_atomically(target, previous)
        raise
    return target, len(rows), counts


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
