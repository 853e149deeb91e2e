-- The Compare page's ranking: one bar per unit for one indicator in one year, lowest value first.
-- Poverty rates under two standards are not comparable: only the newest standard of that year is
-- ranked. A unit with two shown values under it (none today) keeps its latest observation.
WITH shown AS (
    SELECT o.obs_id, o.province_code, o.generation, p.name_vi, p.region, o.value, o.standard,
           s.source_id, s.kind AS source_kind
    FROM chosen_observations AS o
    JOIN provinces AS p ON p.code = o.province_code AND p.generation = o.generation
    JOIN sources AS s ON s.source_id = o.source_id
    WHERE o.indicator = $indicator AND o.year = $year
)
SELECT province_code, generation, name_vi, region, value, standard, source_id, source_kind
FROM shown
WHERE standard IS NOT DISTINCT FROM (SELECT max(standard) FROM shown)
QUALIFY row_number() OVER (PARTITION BY province_code, generation ORDER BY obs_id DESC) = 1
ORDER BY value, name_vi;
