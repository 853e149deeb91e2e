"""One lock between importing pandas and building Plotly figures without it.

The Compare page draws its first chart before pandas is imported (~1 s of a cold start here), so
another thread (the warm start, another session) may be importing pandas meanwhile. Plotly and
narwhals look pandas up in `sys.modules` without importing it: a figure built during that import
meets a half-initialised module and fails ("partially initialized module 'pandas' has no
attribute 'Series'"). So in the app pandas is imported only under this lock, and figures built
without pandas are built and sent under it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.RLock()


def import_pandas() -> None:
    """Import pandas (once; later calls return at once) where no pandas-free figure is being built."""
    with _LOCK:
        import pandas  # noqa: F401


@contextmanager
def no_pandas_import() -> Iterator[None]:
    """Hold off any pandas import while a figure built without pandas is made and sent."""
    with _LOCK:
        yield
