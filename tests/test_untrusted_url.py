"""URL parameters are untrusted: random strings, SQL fragments and very long lists are ignored with
a short notice on every page, never raise, never reach SQL but as bound parameters, and change
nothing in the database."""

from __future__ import annotations

import ast
import hashlib
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.app.url import _short
from dashboard.paths import APP, ROOT

SQL = ["'; DROP TABLE observations; --", "1' OR '1'='1", "1); DELETE FROM sources; --",
       "Bắc Giang' UNION SELECT text FROM sources --"]
PAGES = ["compare", "province", "sources", "data", "map", "conflicts"]
CASES = [
    ("compare", {"indicator": SQL[0]}),
    ("compare", {"province": ["Bắc Giang", SQL[1]]}),
    ("data", {"province": [f"Province {i}" for i in range(900)]}),  # long, under Streamlit's limit
    ("sources", {"years": ["abc", SQL[2]]}),
    ("sources", {"years": ["9999", "-1"], "all_indicators": "maybe"}),
    ("province", {"unit": SQL[3]}),
    ("province", {"unit": "<img src=x onerror=alert(1)>"}),
    ("map", {"indicator": "x" * 20_000}),
    ("sources", {SQL[0]: "1"}),
    ("compare", {"[click](https://evil.example)": "**bold**"}),
]


@pytest.fixture(scope="module")
def db(built_db: Path) -> Path:
    return built_db


@pytest.fixture
def app(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    return AppTest.from_file(str(APP), default_timeout=60)


def run_page(app: AppTest, name: str, params: dict[str, str | list[str]]) -> AppTest:
    for key, value in params.items():
        app.query_params[key] = value
    app.switch_page(f"app_pages/{name}.py")
    return app.run()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_hostile_parameters_are_ignored_with_a_short_notice(
        app: AppTest, db: Path, name: str, params: dict) -> None:
    before = digest(db)
    run_page(app, name, params)
    assert not app.exception
    [notice] = [w.value for w in app.warning if w.value.startswith("Ignored in the link")]
    assert len(notice) < 800  # a long list or value is cut, never echoed whole
    assert digest(db) == before


def test_a_list_over_streamlits_limit_is_dropped_whole_and_the_page_opens(app: AppTest) -> None:
    """Over 1000 parameters Streamlit drops the query string before the app sees it."""
    run_page(app, "data", {"province": [f"p{i}" for i in range(1500)]})
    assert not app.exception
    assert app.dataframe and app.multiselect(key="province").value == []


def test_the_notice_shows_markup_as_typed() -> None:
    shown = _short(["[click](https://evil.example) <img src=x onerror=alert(1)> **b**"], width=200)
    assert shown == "` [click](https://evil.example) <img src=x onerror=alert(1)> **b** `"
    assert _short(["a`b``c"]) == "``` a`b``c ```" and _short(["Bắc Giang", "2020"]) == "Bắc Giang, 2020"
    assert _short([str(i) for i in range(900)]) == "0, 1, 2, 3, 4, … (900 values)"


keys = st.sampled_from(["indicator", "province", "years", "unit", "all_indicators"]) | st.text(
    string.printable, min_size=1, max_size=12)
values = st.lists(st.text(max_size=40) | st.sampled_from(SQL), min_size=1, max_size=6)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.sampled_from(PAGES), params=st.dictionaries(keys, values, min_size=1, max_size=3))
def test_random_parameters_never_raise(db: Path, monkeypatch: pytest.MonkeyPatch, page: str,
                                       params: dict[str, list[str]]) -> None:
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=60)
    run_page(app, page, params)
    assert not app.exception, (page, params, [e.message for e in app.exception])


def _formatted_sql_calls(path: Path) -> list[str]:
    """`execute`/`sql`/`query` calls whose statement is built from pieces (f-string, +, %, format)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in {"execute", "executemany", "sql", "query"} and node.args:
            first = node.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                    isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "format"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_sql_statement_is_built_from_pieces_in_the_app() -> None:
    """Every statement comes from queries/ by name; values only ever travel as bound parameters."""
    offenders = [hit for path in sorted((ROOT / "dashboard").rglob("*.py"))
                 for hit in _formatted_sql_calls(path)]
    assert offenders == []
