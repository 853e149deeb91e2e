-- Every observation (shown or not) for the chosen units ('code-generation' keys; empty = all),
-- indicators (empty = all) and years, with whether it is shown and why not, and its source.
SELECT o.obs_id, o.province_code, o.generation, p.name_vi, i.name AS indicator_name,
       o.indicator, o.year, o.value, o.unit, o.qualifier, o.kind, o.standard,
       o.year_basis, o.year_note, o.quote, o.start, o.value_start, o.value_end,
       st.chosen, st.reason,
       s.source_id, s.kind AS source_kind, s.path AS source_path, s.title AS source_title,
       s.url AS source_url, s.date AS source_date
FROM observations AS o
JOIN observation_status AS st USING (obs_id)
JOIN provinces AS p ON p.code = o.province_code AND p.generation = o.generation
JOIN indicators AS i ON i.id = o.indicator
JOIN sources AS s ON s.source_id = o.source_id
WHERE o.year BETWEEN $year_from AND $year_to
  AND (len($units) = 0 OR list_contains($units, o.province_code || '-' || o.generation))
  AND (len($indicators) = 0 OR list_contains($indicators, o.indicator))
ORDER BY i.name, p.name_en, o.year, o.obs_id;
