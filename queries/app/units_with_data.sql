-- Provincial units with observations of one indicator, for the province picker.
SELECT p.code, p.generation, p.name_vi, p.name_en, p.region,
       min(o.year) AS first_year, max(o.year) AS last_year, count(*) AS observations
FROM chosen_observations AS o
JOIN provinces AS p ON p.code = o.province_code AND p.generation = o.generation
WHERE o.indicator = $indicator
GROUP BY ALL
ORDER BY p.name_en, p.generation;
