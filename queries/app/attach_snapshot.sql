-- The served database file, opened afresh for this connection (read.connect): a plain
-- duckdb.connect(path) would reuse a database already open in the process under that path,
-- i.e. the file a rebuild has just replaced.
ATTACH $path AS snapshot (READ_ONLY);
