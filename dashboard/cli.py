"""The command line: build, extract, import, serve.

    python -m dashboard build   [--datasets DIR] [--db PATH]
    python -m dashboard extract FILE...            # JSON Lines, one observation per line
    python -m dashboard import  FILE.csv [--replace] # official figures, checked, then rebuild
    python -m dashboard serve   [--port N] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path

from dashboard.paths import APP, DATASETS, ROOT, default_db

# The public JSON Lines contract of `extract`: these keys, in this order, always present.
EXTRACT_KEYS = ("source", "province", "province_code", "indicator", "year", "value", "unit",
                "qualifier", "kind", "start", "end", "quote", "standard", "generation",
                "year_basis", "year_note", "value_start", "value_end")


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default: $DASHBOARD_DB or data/dashboard.duckdb)")


def cmd_build(args: argparse.Namespace) -> int:
    from dashboard.store.build import BuildError, build

    db = args.db or default_db()
    try:
        counts = build(db, args.datasets)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        print(f"the previous database at {db} (if any) is untouched", file=sys.stderr)
        return 1
    print(f"built {db}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.extract import DocumentError, Extractor, read_document
    from dashboard.provinces import Gazetteer

    extractor = Extractor(Gazetteer())
    status = 0
    for name in args.files:
        try:
            doc = read_document(name)
        except DocumentError as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        for obs in extractor.extract(doc):
            row = obs.to_dict()
            print(json.dumps({key: row[key] for key in EXTRACT_KEYS}, ensure_ascii=False))
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dashboard.extract.evaluate import evaluate

    report = evaluate(args.folder, args.gold or args.folder.parent / "gold.jsonl")
    print(f"{report.documents} reports")
    print(report.table())
    if args.verbose:
        for label, keys in (("missed", report.missed), ("spurious", report.spurious)):
            for key in keys:
                print(f"{label}: {key}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dashboard.official import OfficialFileError
    from dashboard.official.importer import import_csv
    from dashboard.store.build import BuildError

    db = args.db or default_db()
    try:
        kept, rows, counts = import_csv(args.file, db, args.datasets, replace=args.replace)
    except (OfficialFileError, BuildError) as error:
        print(f"error: {error}", file=sys.stderr)
        print(f"nothing was imported; the database at {db} (if any) is untouched", file=sys.stderr)
        return 1
    print(f"imported {rows} rows from {args.file} (kept as {kept}); built {db}: "
          + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def ensure_database(db: Path) -> None:
    """Build the database when it is missing or older than any input."""
    from dashboard.store.freshness import is_stale

    if is_stale(db):
        from dashboard.store.build import build

        print(f"building {db} from {DATASETS} ...", file=sys.stderr)
        build(db)


def _warm_first_view(address: str, port: int) -> None:
    """Once the server listens (so as not to slow its own start), import and query what the first
    page needs while the browser loads the front end (`dashboard.app.warm`). Best effort: a
    failure here only means the first visitor's run does the work itself."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex((address, port)) == 0:
                break
        time.sleep(0.05)
    from dashboard.app import warm

    try:
        warm.first_view()
    except Exception as error:  # noqa: BLE001  (the page reports real errors when it runs)
        print(f"warm start skipped: {error!r}", file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    """Streamlit in this process (as `streamlit run` does), with the page's imports warmed."""
    db = (args.db or default_db()).resolve()
    ensure_database(db)
    os.environ["DASHBOARD_DB"] = str(db)
    os.chdir(ROOT)  # .streamlit/config.toml is read from the working directory
    flags = {"server.headless": True, "server.address": args.address, "server.port": args.port,
             "browser.gatherUsageStats": False}
    from streamlit.web import bootstrap

    bootstrap.load_config_options(flag_options=flags)
    threading.Thread(target=_warm_first_view, args=(args.address, args.port), name="warm-first-view",
                     daemon=True).start()
    print(f"dashboard on http://{args.address}:{args.port}", file=sys.stderr)
    bootstrap.run(str(APP), False, [], flags)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.split("\n")[0])
    sub = top.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the DuckDB database from datasets/")
    build.add_argument("--datasets", type=Path, default=DATASETS, help="datasets folder")
    _db_arg(build)
    build.set_defaults(func=cmd_build)

    extract = sub.add_parser("extract", help="print the observations in report files as JSON Lines")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="precision/recall/F1 of the extractor on annotated reports")
    ev.add_argument("folder", type=Path, nargs="?", default=ROOT / "tests" / "extraction" / "devset")
    ev.add_argument("--gold", type=Path, default=None, help="gold facts (default: FOLDER/../gold.jsonl)")
    ev.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious facts")
    ev.set_defaults(func=cmd_evaluate)

    imp = sub.add_parser("import", help="check an official CSV, keep it in datasets/official, rebuild")
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--replace", action="store_true", help="replace a kept file of the same name")
    imp.add_argument("--datasets", type=Path, default=DATASETS, help="datasets folder")
    _db_arg(imp)
    imp.set_defaults(func=cmd_import)

    serve = sub.add_parser("serve", help="build if stale, then start the Streamlit dashboard")
    serve.add_argument("--port", type=int, default=int(os.environ.get("DASHBOARD_PORT", 8501)))
    serve.add_argument("--address", default="127.0.0.1")
    _db_arg(serve)
    serve.set_defaults(func=cmd_serve)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
