-- One row per unit of one generation: its chosen actual value(s) of one indicator in one year,
-- and how many sources report an actual value for it (chosen or not) and how many distinct values
-- they give. Units without data are kept (value columns NULL) so the map can draw them grey.
-- $standard NULL = every standard (indicators without one).
WITH chosen AS (
    SELECT o.province_code AS code, o.value, o.unit
    FROM chosen_observations AS o
    WHERE o.indicator = $indicator AND o.year = $year AND o.generation = $generation
      AND o.kind = 'actual' AND ($standard::VARCHAR IS NULL OR o.standard = $standard)
),
reported AS (
    SELECT o.province_code AS code, count(DISTINCT o.source_id) AS n_sources,
           count(DISTINCT o.value) AS n_reported
    FROM observations AS o
    WHERE o.indicator = $indicator AND o.year = $year AND o.generation = $generation
      AND o.kind = 'actual' AND ($standard::VARCHAR IS NULL OR o.standard = $standard)
    GROUP BY ALL
)
SELECT p.code, p.name_vi, p.name_en,
       count(DISTINCT chosen.value) AS n_values,
       min(chosen.value) AS value_min, max(chosen.value) AS value_max,
       coalesce(any_value(r.n_sources), 0) AS n_sources,
       coalesce(any_value(r.n_reported), 0) AS n_reported,
       1 AS members, count(DISTINCT chosen.code) AS members_with_data
FROM provinces AS p
LEFT JOIN chosen ON chosen.code = p.code
LEFT JOIN reported AS r ON r.code = p.code
WHERE p.generation = $generation
GROUP BY ALL
ORDER BY p.code;
