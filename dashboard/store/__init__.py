"""The DuckDB store: named SQL from queries/, and the atomic build."""
