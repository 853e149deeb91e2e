"""The project's Plotly template, used on screen (st.plotly_chart(theme=None)) and in exports,
so a downloaded file looks like the screen."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

TEMPLATE_NAME = "vn_dashboard"
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"  # both carry Vietnamese diacritics
COLORWAY = ["#2c6fbb", "#e07b39", "#3a9e6f", "#c4444c", "#8464b4", "#8c6d4f", "#d36fb5",
            "#6f7782", "#b5a53a", "#3ab0c4"]

TEMPLATE = go.layout.Template(layout=go.Layout(
    font={"family": FONT, "size": 13, "color": "#222"},
    colorway=COLORWAY,
    paper_bgcolor="white",
    plot_bgcolor="white",
    title={"x": 0.012, "xanchor": "left", "font": {"size": 17}},  # not flush with the file edge
    margin={"l": 60, "r": 30, "t": 70, "b": 80},
    xaxis={"showgrid": False, "linecolor": "#888", "ticks": "outside"},
    yaxis={"gridcolor": "#e6e6e6", "zerolinecolor": "#999"},
    legend={"orientation": "h", "y": -0.2},
    hoverlabel={"font": {"family": FONT}},
))
pio.templates[TEMPLATE_NAME] = TEMPLATE
