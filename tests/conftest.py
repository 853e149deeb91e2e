"""Shared fixtures: a real database file built from a copy of the shipped datasets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.paths import DATASETS
from dashboard.provinces import Gazetteer
from dashboard.store.build import build


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@pytest.fixture
def datasets_copy(tmp_path: Path) -> Path:
    """A private copy of datasets/ that a test may break without touching the real one."""
    target = tmp_path / "datasets"
    shutil.copytree(DATASETS, target)
    return target


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "dashboard.duckdb"
    build(db, DATASETS)
    return db
