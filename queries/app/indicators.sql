-- Indicators that have at least one observation, for the indicator picker.
SELECT i.id, i.name, i.unit, i.description, i.higher_is_better
FROM indicators AS i
WHERE EXISTS (SELECT 1 FROM chosen_observations AS o WHERE o.indicator = i.id)
ORDER BY i.name;
