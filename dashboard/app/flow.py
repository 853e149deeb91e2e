"""Ending a page early without `st.stop()`.

After `st.stop()` no element can be drawn in that run, so main.py could not show its notice about
ignored URL parameters. Pages raise `Done` instead (`flow.done()`); main.py catches it.
"""

from __future__ import annotations

from typing import NoReturn


class Done(Exception):  # noqa: N818  (not an error: the page has said all it has to say)
    """The page has shown everything it can for this selection."""


def done() -> NoReturn:
    raise Done
