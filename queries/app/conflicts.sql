-- Pairs of sources that disagree beyond the tolerance (see the view `conflicts`), with both
-- values, both quotes and both sources (file and URL), and which of the two is shown by default.
SELECT c.obs_a, c.obs_b, p.name_vi, p.name_en, c.province_code, c.generation,
       i.name AS indicator_name, c.indicator, c.year, c.standard, c.unit, c.difference,
       c.value_a, a.quote AS quote_a, sa.kind AS source_kind_a, sa.path AS source_path_a,
       sa.url AS source_url_a, ta.chosen AS chosen_a,
       c.value_b, b.quote AS quote_b, sb.kind AS source_kind_b, sb.path AS source_path_b,
       sb.url AS source_url_b, tb.chosen AS chosen_b
FROM conflicts AS c
JOIN observations AS a ON a.obs_id = c.obs_a
JOIN observations AS b ON b.obs_id = c.obs_b
JOIN sources AS sa ON sa.source_id = a.source_id
JOIN sources AS sb ON sb.source_id = b.source_id
JOIN observation_status AS ta ON ta.obs_id = c.obs_a
JOIN observation_status AS tb ON tb.obs_id = c.obs_b
JOIN provinces AS p ON p.code = c.province_code AND p.generation = c.generation
JOIN indicators AS i ON i.id = c.indicator
WHERE ($indicator::VARCHAR IS NULL OR c.indicator = $indicator)
ORDER BY p.name_en, c.indicator, c.year, c.obs_a, c.obs_b;
