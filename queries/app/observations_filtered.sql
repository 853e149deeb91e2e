-- Observations of one indicator for the chosen units ('code-generation' keys; empty = all)
-- and years, with the province's names and the source each value came from.
SELECT o.obs_id, o.province_code, o.generation, p.name_vi, p.name_en, p.region,
       o.indicator, o.year, o.value, o.unit, o.qualifier, o.kind, o.standard,
       o.year_basis, o.year_note, o.quote, o.start, o."end", o.value_start, o.value_end,
       s.source_id, s.path AS source_path, s.title AS source_title, s.kind AS source_kind,
       s.url AS source_url
FROM chosen_observations AS o
JOIN provinces AS p ON p.code = o.province_code AND p.generation = o.generation
JOIN sources AS s ON s.source_id = o.source_id
WHERE o.indicator = $indicator
  AND o.year BETWEEN $year_from AND $year_to
  AND (len($units) = 0 OR list_contains($units, o.province_code || '-' || o.generation))
ORDER BY p.name_en, o.year, o.obs_id;
