"""The choice rule as a property: on any mix of values, one per key is shown, and it is the best."""

from __future__ import annotations

import math
from datetime import date

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.store.sql import run

SOURCES = [("off", "official", None), ("r1", "report", "2023-05-01"), ("r2", "report", "2024-05-01"),
           ("r3", "report", None)]
DATES = {s: d or "" for s, _, d in SOURCES}
KINDS = {s: k for s, k, _ in SOURCES}
BASIS = {"explicit": 0, "relative": 1, "inferred": 2}

observation = st.tuples(
    st.sampled_from(["01", "02"]), st.sampled_from([2022, 2023]),
    st.sampled_from([None, "2016-2020", "2021-2025"]), st.sampled_from([1.0, 2.0, 2.04, 3.5]),
    st.sampled_from([None, "over"]), st.sampled_from(["actual", "actual", "target"]),
    st.sampled_from([s for s, _, _ in SOURCES]), st.sampled_from(list(BASIS)))


def empty_database() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    run(con, "create_schema")
    for code in ("01", "02"):
        con.execute("INSERT INTO provinces VALUES (?, 2024, ?, ?, 'province', NULL, DATE '2008-08-01', "
                    "NULL, NULL)", [code, code, code])
    con.execute("INSERT INTO indicators VALUES ('poverty_rate', 'Poverty', '% of households', '', false, "
                "'last_full_year')")
    for source_id, kind, day in SOURCES:
        con.execute("INSERT INTO sources (source_id, path, sha256, date, kind) VALUES (?, ?, '0', ?, ?)",
                    [source_id, source_id, day, kind])
    return con


CON = empty_database()


def rank(obs: tuple) -> tuple:
    """The rule in Python: official first, exact, explicit year, newest date, lowest id."""
    obs_id, (_, _, _, _, qualifier, _, source, basis) = obs
    newest_first = -date.fromisoformat(DATES[source]).toordinal() if DATES[source] else math.inf
    return (KINDS[source] != "official", qualifier is not None, BASIS[basis], newest_first, obs_id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(observation, max_size=12))
def test_one_best_value_per_key_and_a_reason_for_the_rest(rows: list[tuple]) -> None:
    CON.execute("DELETE FROM observations")
    for obs_id, (code, year, standard, value, qualifier, kind, source, basis) in enumerate(rows, 1):
        CON.execute("""INSERT INTO observations (obs_id, province_code, generation, indicator, year,
                       value, unit, qualifier, kind, standard, source_id, year_basis)
                       VALUES (?, ?, 2024, 'poverty_rate', ?, ?, '%', ?, ?, ?, ?, ?)""",
                    [obs_id, code, year, value, qualifier, kind, standard, source, basis])
    status = {o: (c, r, w) for o, c, r, w in CON.execute(
        "SELECT obs_id, chosen, reason, chosen_obs_id FROM observation_status").fetchall()}
    assert sorted(status) == list(range(1, len(rows) + 1))
    groups: dict[tuple, list[tuple]] = {}
    for obs_id, row in enumerate(rows, 1):
        if row[5] == "actual":
            groups.setdefault((row[0], row[1], row[2]), []).append((obs_id, row))
        else:
            assert status[obs_id] == (False, "a target or plan, not an actual value", None)
    for members in groups.values():
        best = min(members, key=rank)[0]
        for obs_id, _ in members:
            chosen, reason, winner = status[obs_id]
            assert winner == best
            assert chosen == (obs_id == best)
            assert (reason is None) == chosen
            if not chosen:
                assert reason.endswith(f"(obs {best})")
