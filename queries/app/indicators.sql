-- Indicators that have at least one shown value, for the indicator picker (with how many).
SELECT i.id, i.name, i.unit, i.description, i.higher_is_better, count(*) AS observations
FROM indicators AS i
JOIN chosen_observations AS o ON o.indicator = i.id
GROUP BY ALL
ORDER BY i.name;
