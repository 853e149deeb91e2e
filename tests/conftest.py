"""Shared fixtures: a real database file built from a copy of the shipped datasets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from live import ARGS, CHROMIUM

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


@pytest.fixture(scope="module")  # closed before another module starts its own Playwright
def browser() -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright (never a browser Playwright downloads)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `sudo apt-get install -y chromium` (see README)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()
