"""16 sessions at once filter and download on a real `streamlit run` while the database is rebuilt.

Each session is a websocket client speaking Streamlit's own protocol on loopback (what a browser
tab sends: a rerun with the page's URL parameters; a click on a download button). For DURATION
seconds every session picks a province and years on the Data page, checks the table the server
sends against the database file read with plain DuckDB, and downloads the CSV the button serves.
Halfway, the database is rebuilt from a datasets copy with one more official figure and renamed
into place: sessions keep working, and every run that starts after the swap shows the new figure.

Default: 16 sessions for 10 s. The full run: `CONCURRENCY_SECONDS=60 pytest tests/test_concurrency.py`.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from live import streamlit_server
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import ClientConnection, connect

from dashboard.paths import DATASETS
from dashboard.store.build import build

SESSIONS = 16
DURATION = float(os.environ.get("CONCURRENCY_SECONDS", "10"))
PROVINCES = ["Bắc Giang", "Hà Nội", "Kon Tum", "An Giang", "Đà Nẵng", "Lào Cai", "Cần Thơ", "Hà Giang"]
HEADER = "province_name_en,year,indicator,value,unit,standard,source_url\n"
NEW_ROW = "Kon Tum,2022,grdp_growth_pct,4.44,pct,,https://example.org/kon-tum-2022\n"


def expected(db: Path, label: str, year_from: int) -> list[tuple[int, float]]:
    """(year, value) of the chosen GRDP growth figures, read from the file with plain DuckDB."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT c.year, c.value FROM chosen_observations c JOIN provinces p "
            "ON p.code = c.province_code AND p.generation = c.generation "
            "WHERE c.indicator = 'grdp_growth' AND p.name_vi = ? AND c.year >= ? "
            "ORDER BY ALL", [label, year_from]).fetchall()


class Session:
    """One browser tab's worth of protocol: reruns with URL parameters, download clicks."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.ws: ClientConnection = connect(base.replace("http", "ws") + "/_stcore/stream",
                                            subprotocols=["streamlit"], max_size=None, legacy=True)
        self.session_id = ""
        self.requests = 0

    def _receive(self) -> ForwardMsg:
        message = ForwardMsg()
        message.ParseFromString(self.ws.recv(timeout=120))
        if message.WhichOneof("type") == "new_session":
            self.session_id = message.new_session.initialize.session_id
        return message

    def run(self, page: str, params: dict) -> tuple[pd.DataFrame | None, list[str], str]:
        """Rerun `page` with `params`: (its table, its alerts' texts, its CSV button's file id)."""
        request = BackMsg()
        request.rerun_script.query_string = urlencode(params, doseq=True)
        request.rerun_script.page_name = page
        self.ws.send(request.SerializeToString())
        table, alerts, csv_id = None, [], ""
        while True:
            message = self._receive()
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                what = element.WhichOneof("type")
                if what == "dataframe":
                    table = pa.ipc.open_stream(element.dataframe.arrow_data.data).read_all().to_pandas()
                elif what == "exception":
                    alerts.append(f"exception: {element.exception.message}")
                elif what == "alert" and not element.alert.body.startswith("No values of"):
                    alerts.append(f"alert: {element.alert.body}")  # an error, or a parameter refused
                elif what == "download_button" and element.download_button.label == "CSV":
                    csv_id = element.download_button.deferred_file_id or element.download_button.url
            elif kind == "script_finished":
                return table, alerts, csv_id

    def download(self, file_id: str) -> bytes:
        """What a click does: fetch the file the run stored, or ask for a deferred one first."""
        if file_id.startswith("/"):
            return self.fetch(file_id)
        self.requests += 1
        request = BackMsg()
        request.backend_operation_request.request_id = str(self.requests)
        request.backend_operation_request.session_id = self.session_id
        request.backend_operation_request.deferred_file.file_id = file_id
        self.ws.send(request.SerializeToString())
        while True:
            message = self._receive()
            if message.WhichOneof("type") == "backend_operation_response":
                response = message.backend_operation_response
                assert not response.error_msg, response.error_msg
                return self.fetch(response.deferred_file.url)

    def fetch(self, url: str) -> bytes:
        url = url if url.startswith("http") else self.base + url
        try:
            got = urllib.request.urlopen(url, timeout=60)
        except OSError as error:
            raise AssertionError(f"{url}: {error}") from error
        with got:
            return got.read()

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def live(tmp_path: Path) -> tuple[str, Path, Path, Path]:
    """(server URL, the database it serves, a copy of it before the rebuild, datasets with one more row)."""
    db = tmp_path / "data" / "dashboard.duckdb"
    build(db, DATASETS)
    before = tmp_path / "before.duckdb"
    shutil.copyfile(db, before)
    changed = tmp_path / "datasets"
    shutil.copytree(DATASETS, changed)
    (changed / "official" / "extra.csv").write_text(HEADER + NEW_ROW, encoding="utf-8")
    with streamlit_server(db, range(8640, 8650), tmp_path / "streamlit.log") as url:
        yield url, db, before, changed


def test_sixteen_sessions_filter_and_download_through_a_rebuild(live: tuple[str, Path, Path, Path]) -> None:
    base, db, before, changed = live
    errors: list[str] = []
    runs = [0] * SESSIONS
    swapped: list[float] = []
    saw_new = threading.Event()
    until = time.monotonic() + DURATION

    def session(n: int) -> None:
        rng = random.Random(n)
        try:
            tab = Session(base)
        except Exception as error:  # noqa: BLE001  (any failure of a session is the finding)
            errors.append(f"session {n} could not connect: {error}")
            return
        try:
            while time.monotonic() < until or runs[n] == 0 or (  # tab 0 stays until it asked after the swap
                    n == 0 and not saw_new.is_set() and time.monotonic() < until + 120):
                if n % 2:  # a new tab per query, with a random filter
                    tab.close()
                    tab = Session(base)
                    label, year_from = rng.choice(PROVINCES), rng.randint(2019, 2023)
                else:  # an open tab asking again: it must see the rebuilt data on its next query
                    label, year_from = ("Kon Tum", 2020) if n == 0 else (PROVINCES[n // 2 % 8], 2019 + n % 5)
                started = time.monotonic()
                table, alerts, csv_id = tab.run("data", {"indicator": "GRDP growth", "province": label,
                                                         "years": [year_from, 2024]})
                if alerts:
                    errors.append(f"session {n}: {alerts}")
                    return
                shown = [] if table is None else sorted(
                    zip(table["year"].astype(int), table["value"].astype(float), strict=True))
                after = expected(db, label, year_from)
                allowed = [after] if swapped and started > swapped[0] else [after, expected(before, label,
                                                                                             year_from)]
                if shown not in allowed:
                    errors.append(f"session {n}: {label} from {year_from} showed {shown}, expected {allowed}")
                    return
                if (2022, 4.44) in shown and label == "Kon Tum":
                    saw_new.set()
                if csv_id:
                    back = pd.read_csv(io.BytesIO(tab.download(csv_id)), encoding="utf-8-sig")
                    if sorted(zip(back["year"], back["value"], strict=True)) != shown:
                        errors.append(f"session {n}: the downloaded CSV differs from the table")
                        return
                runs[n] += 1
        except Exception as error:  # noqa: BLE001
            errors.append(f"session {n}: {type(error).__name__}: {error}")
        finally:
            tab.close()

    def rebuild() -> None:
        time.sleep(DURATION / 2)
        try:
            build(db, changed)
        except Exception as error:  # noqa: BLE001
            errors.append(f"rebuild: {error}")
        swapped.append(time.monotonic())

    threads = [threading.Thread(target=session, args=(n,)) for n in range(SESSIONS)]
    threads.append(threading.Thread(target=rebuild))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=DURATION + 300)
    assert errors == [], "\n".join(errors)
    assert all(count >= 1 for count in runs), runs
    assert swapped and saw_new.is_set()  # the open session saw the rebuilt data on its next query
    print(f"\n{SESSIONS} sessions for {DURATION:.0f} s: {sum(runs)} filtered runs with downloads, all "
          f"checked; per session {min(runs)}-{max(runs)}")


def test_a_connection_opened_after_a_rebuild_reads_the_new_file(tmp_path: Path) -> None:
    """DuckDB hands out the database already open under a path; a rebuilt file needs its own."""
    from dashboard.store.read import connect

    db = tmp_path / "dashboard.duckdb"
    build(db, DATASETS)
    old = connect(db)
    count = old.execute("SELECT count(*) FROM observations").fetchone()[0]
    changed = tmp_path / "datasets"
    shutil.copytree(DATASETS, changed)
    (changed / "official" / "extra.csv").write_text(HEADER + NEW_ROW, encoding="utf-8")
    build(db, changed)
    new = connect(db)
    assert new.execute("SELECT count(*) FROM observations").fetchone()[0] == count + 1
    assert old.execute("SELECT count(*) FROM observations").fetchone()[0] == count  # still works
    old.close()
    new.close()
