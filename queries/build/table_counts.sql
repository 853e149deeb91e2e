-- Rows per table, reported after a build.
SELECT 'provinces' AS name, count(*) AS rows FROM provinces
UNION ALL SELECT 'indicators', count(*) FROM indicators
UNION ALL SELECT 'sources', count(*) FROM sources
UNION ALL SELECT 'observations', count(*) FROM observations;
