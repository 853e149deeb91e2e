"""Stage 4: Plotly figures from query results, in the project's own template."""
