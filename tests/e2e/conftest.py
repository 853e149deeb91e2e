"""A real `streamlit run` on a sample database, and pages of Debian's Chromium (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live import streamlit_server
from sample_db import make_sample_db

from dashboard.paths import ROOT

PORTS = range(8611, 8620)
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="session")
def server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = make_sample_db(built_db, tmp_path_factory.mktemp("e2e") / "sample.duckdb")
    with streamlit_server(db, PORTS, tmp_path_factory.getbasetemp() / "streamlit.log") as url:
        yield url


@pytest.fixture
def page(browser, tmp_path: Path):  # noqa: ANN001, ANN201  (Playwright types)
    context = browser.new_context(viewport={"width": 1400, "height": 2200}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
