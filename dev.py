"""The project's two set-up commands, using nothing but the Python standard library.

    python3 dev.py run [--port N]   # .venv + install + build data if stale + open the dashboard
    python3 dev.py test [PYTEST ARGS]  # .venv + install test needs + run the whole suite

Why a script and not a Makefile: a fresh machine has python3 and pip, not necessarily make.
uv (from PyPI) installs ten times faster than pip; if it cannot be had, pip does the work.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(*cmd: str | os.PathLike) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def ensure_venv(extras: str = "") -> None:
    """Create .venv if missing and install the package (editable) with the given extras."""
    if not PY.exists():
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    target = f".[{extras}]" if extras else "."
    try:
        subprocess.run([str(PY), "-m", "uv", "--version"], cwd=ROOT, check=True,
                       capture_output=True)
    except subprocess.CalledProcessError:
        _run(PY, "-m", "pip", "install", "-q", "uv")
    try:
        _run(PY, "-m", "uv", "pip", "install", "-q", "--python", PY, "-e", target)
    except subprocess.CalledProcessError:
        _run(PY, "-m", "pip", "install", "-q", "-e", target)


def browser_hint() -> None:
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        print("note: PNG/SVG chart export and the browser tests need Debian's chromium:\n"
              "      sudo apt-get install -y chromium", file=sys.stderr)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        ensure_venv()
        browser_hint()
        return subprocess.call([str(PY), "-m", "dashboard", "serve", *rest], cwd=ROOT)
    ensure_venv("test")
    browser_hint()
    return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
