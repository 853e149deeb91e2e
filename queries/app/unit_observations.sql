-- The shown values of every indicator for one unit, for its profile page.
SELECT o.obs_id, o.indicator, i.name AS indicator_name, i.unit AS indicator_unit,
       i.higher_is_better, o.year, o.value, o.unit, o.qualifier, o.standard, o.source_id,
       s.kind AS source_kind
FROM chosen_observations AS o
JOIN indicators AS i ON i.id = o.indicator
JOIN sources AS s ON s.source_id = o.source_id
WHERE o.province_code = $code AND o.generation = $generation
ORDER BY i.name, o.year, o.obs_id;
