"""Extraction benchmark: throughput on many reports, and a comparison with quantulum3.

    python benchmarks/extraction.py                 # 10,000 reports, then the quantulum3 comparison
    python benchmarks/extraction.py --reports 200   # a quick run

Throughput: reports are made from the development set's text reports with the provinces, numbers
and years swapped at random (seeded), so no two are the same; they are read and extracted one
after another in this single process (one core).

Comparison: quantulum3 finds quantities in English text; it knows no indicators, provinces or
years. So it is compared where it applies, on the values alone: on the English reports of the
development set, a found value is right when some gold fact of that report has it (a percentage,
or a count). The extractor is scored the same way, beside its full-fact score.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract import Extractor, read_document  # noqa: E402
from dashboard.extract.documents import document_from_text  # noqa: E402
from dashboard.extract.evaluate import read_gold, report_paths, score  # noqa: E402
from dashboard.provinces import Gazetteer  # noqa: E402

DEVSET = ROOT / "tests" / "extraction" / "devset"
GOLD = ROOT / "tests" / "extraction" / "gold.jsonl"


def synthetic_reports(count: int, seed: int = 7) -> list[str]:
    """`count` report texts: dev-set reports with provinces, numbers and years varied."""
    rng = random.Random(seed)
    gazetteer = Gazetteer()
    templates = [read_document(p).text for p in report_paths(DEVSET) if p.suffix in (".txt", ".md")]
    names = {u.code: (u.name_en, u.name_vi) for u in gazetteer.old_units()}
    pattern = re.compile("|".join(re.escape(n) for pair in names.values() for n in pair
                                  if len(n) > 4))
    reports = []
    for i in range(count):
        text = templates[i % len(templates)]
        name_en, name_vi = names[rng.choice(sorted(names))]
        text = pattern.sub(lambda m, en=name_en, vi=name_vi: en if m.group().isascii() else vi, text)
        shift = rng.randint(-3, 1)
        text = re.sub(r"\b20(1\d|2[0-5])\b", lambda m, k=shift: str(int(m.group()) + k), text)
        text = re.sub(r"(?<=\d)[.,](\d\d)(?=%| percent| phần trăm)",
                      lambda m: m.group()[0] + f"{rng.randint(0, 99):02d}", text)
        reports.append(text)
    return reports


def throughput(count: int) -> dict[str, float]:
    reports = synthetic_reports(count)
    extractor = Extractor(Gazetteer())
    chars = sum(map(len, reports))
    start = time.perf_counter()
    found = 0
    for i, text in enumerate(reports):
        found += len(extractor.extract(document_from_text(f"r{i}.txt", text)))
    seconds = time.perf_counter() - start
    return {"reports": count, "seconds": seconds, "reports_per_s": count / seconds,
            "mb_per_s": chars / seconds / 1e6, "observations": found, "chars": chars}


def value_score(found: dict[str, set[float]], gold: dict[str, set[float]]) -> tuple[float, float]:
    tp = sum(len(found[f] & gold[f]) for f in gold)
    n_found = sum(len(v) for v in found.values())
    n_gold = sum(len(v) for v in gold.values())
    return (tp / n_found if n_found else 1.0), (tp / n_gold if n_gold else 1.0)


def comparison() -> list[tuple[str, float, float, float, str]]:
    gold_rows = read_gold(GOLD)
    paths = [p for p in report_paths(DEVSET) if p.name.startswith("en")]
    docs = {p.name: read_document(p) for p in paths}
    gold = {name: {abs(round(float(r["value"]), 6)) for r in gold_rows if r["file"] == name}
            for name in docs}
    extractor = Extractor(Gazetteer())
    rows = []

    start = time.perf_counter()
    observations = {name: extractor.extract(doc) for name, doc in docs.items()}
    ours_s = time.perf_counter() - start
    ours = {name: {abs(round(o.value, 6)) for o in obs} for name, obs in observations.items()}
    p, r = value_score(ours, gold)
    full = score([{**o.to_dict(), "file": n} for n, obs in observations.items() for o in obs],
                 [g for g in gold_rows if g["file"] in docs])
    rows.append(("dashboard extractor", p, r, ours_s,
                 f"full facts (province, year, kind ...): P {full.overall.precision:.3f} "
                 f"R {full.overall.recall:.3f}"))
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        rows.append(("quantulum3", float("nan"), float("nan"), float("nan"),
                     "not installed: pip install -e '.[bench]'"))
        return rows
    start = time.perf_counter()
    quantities = {name: parser.parse(doc.text) for name, doc in docs.items()}
    theirs_s = time.perf_counter() - start
    percent = {name: {abs(round(q.value, 6)) for q in qs
                      if q.unit.name in ("percentage", "dimensionless") and not _is_year(q)}
               for name, qs in quantities.items()}
    p, r = value_score(percent, gold)
    rows.append(("quantulum3", p, r, theirs_s,
                 "values only: it finds quantities, not which indicator, province or year"))
    return rows


def _is_year(quantity) -> bool:
    return quantity.unit.name == "dimensionless" and float(quantity.value).is_integer() \
        and 1900 <= quantity.value <= 2100 and "," not in quantity.surface


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--reports", type=int, default=10_000)
    args.add_argument("--no-baseline", action="store_true", help="skip the quantulum3 comparison")
    opts = args.parse_args(argv)

    t = throughput(opts.reports)
    print(f"throughput: {t['reports']} reports ({t['chars'] / 1e6:.1f} M characters) in "
          f"{t['seconds']:.1f} s on one core = {t['reports_per_s']:.0f} reports/s "
          f"({t['mb_per_s']:.2f} M chars/s), {t['observations']} observations")
    if opts.no_baseline:
        return 0
    print("\nEnglish development-set reports, values only (a value counts when a gold fact of that "
          "report has it):")
    print(f"{'tool':<20} {'P':>6} {'R':>6} {'time':>8}  note")
    for name, p, r, seconds, note in comparison():
        print(f"{name:<20} {p:>6.3f} {r:>6.3f} {seconds:>7.2f}s  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
