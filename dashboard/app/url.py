"""Unknown or malformed URL parameters: ignored, with a visible notice, never an exception.

Bound widgets already drop values they cannot take; this compares the URL before the run with
the widgets' values after it, so the user is told what was ignored (for any page's widgets).
A bound widget's URL value is its option as displayed, so bound widgets here take options that
are their own labels (names, years), not codes with a `format_func`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import streamlit as st

_PLAIN = re.compile(r"[\w ,\-–]*")  # words, numbers, names: nothing markdown could turn into markup


def _literal(value: str) -> str:
    """`value` as typed in the notice (markdown): anything but plain words goes in a code span,
    the one markdown construct that shows every character as it is and never becomes a link."""
    if _PLAIN.fullmatch(value):
        return value
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    return f"{fence} {value} {fence}"


def snapshot() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _as_strings(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return [str(value).lower()]
    return [] if value is None else [str(value)]


def _short(values: list[str], most: int = 5, width: int = 60) -> str:
    """A link's values as a notice shows them: a long list or a long value is cut, never echoed whole."""
    cut = [_literal(v if len(v) <= width else v[:width] + "…") for v in values[:most]]
    return ", ".join(cut) + (f", … ({len(values)} values)" if len(values) > most else "")


def ignored(before: Mapping[str, list[str]], state: Mapping[str, Any]) -> list[str]:
    """Human-readable descriptions of the parameters that did not take effect."""
    out = []
    for key, values in before.items():
        if key not in state:
            out.append(f"unknown parameter “{_short([key])}”")
        elif values != [""] and sorted(_as_strings(state[key])) != sorted(set(values) - {""}):
            shown = _short(values)
            out.append(f"“{key}={shown}” is not a valid value here")
    return out


def report(before: Mapping[str, list[str]], where: st.delta_generator.DeltaGenerator) -> None:
    """Warn about ignored parameters in `where`, and drop unknown ones from the URL."""
    problems = ignored(before, st.session_state)
    if not problems:
        return
    for key in before:
        if key not in st.session_state and key in st.query_params:
            del st.query_params[key]
    where.warning("Ignored in the link: " + "; ".join(problems) + ". Showing the rest of the view.",
                  icon=":material/link_off:")
