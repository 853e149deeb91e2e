"""Read a chart back from the JSON a page sent: Plotly 7 sends arrays as typed base64 blocks."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np


def decode(node: Any) -> Any:
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"}:
            array = np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"])
            return array.reshape(node["shape"]).tolist() if "shape" in node else array.tolist()
        return {key: decode(value) for key, value in node.items()}
    if isinstance(node, list):
        return [decode(value) for value in node]
    return node


def figure(spec: str) -> dict:
    """The figure dict ({'data': [...], 'layout': {...}}) with plain lists for arrays."""
    return decode(json.loads(spec))
