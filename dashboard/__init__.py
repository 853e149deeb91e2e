"""Vietnam provincial statistics: reports -> extraction -> DuckDB -> named queries -> charts/pages."""

__version__ = "0.1.0"
