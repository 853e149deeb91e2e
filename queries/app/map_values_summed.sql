-- Values of the 63 former provinces summed into the 34 units they became part of (counts only:
-- the page never sums rates). A unit's sum is complete only when every former province has
-- exactly one chosen value. n_sources: sources reporting any of its former provinces;
-- n_reported: the most distinct values reported for one former province.
WITH actual AS (
    SELECT o.province_code AS old_code, o.value, o.source_id, o.obs_id
    FROM observations AS o
    WHERE o.indicator = $indicator AND o.year = $year AND o.generation = 2024
      AND o.kind = 'actual' AND ($standard::VARCHAR IS NULL OR o.standard = $standard)
),
former AS (
    SELECT p.successor_code AS code, p.code AS old_code,
           count(DISTINCT a.value) FILTER (WHERE c.obs_id IS NOT NULL) AS n_values,
           min(a.value) FILTER (WHERE c.obs_id IS NOT NULL) AS value,
           count(DISTINCT a.value) AS n_reported,
           list(DISTINCT a.source_id) FILTER (WHERE a.source_id IS NOT NULL) AS sources
    FROM provinces AS p
    LEFT JOIN actual AS a ON a.old_code = p.code
    LEFT JOIN chosen_observations AS c ON c.obs_id = a.obs_id
    WHERE p.generation = 2024
    GROUP BY ALL
)
SELECT n.code, n.name_vi, n.name_en,
       max(f.n_values) AS n_values,
       sum(f.value) FILTER (WHERE f.n_values = 1) AS value_min,
       sum(f.value) FILTER (WHERE f.n_values = 1) AS value_max,
       coalesce(len(list_distinct(flatten(list(f.sources) FILTER (WHERE f.sources IS NOT NULL)))), 0)
           AS n_sources,
       max(f.n_reported) AS n_reported,
       count(*) AS members, count(*) FILTER (WHERE f.n_values > 0) AS members_with_data
FROM provinces AS n
JOIN former AS f ON f.code = n.code
WHERE n.generation = 2025
GROUP BY ALL
ORDER BY n.code;
