-- Years with chosen actual values of one indicator, with the unit generation(s) they are keyed to
-- and the poverty standards used, for the map's year picker.
SELECT o.year, o.generation, count(*) AS observations,
       coalesce(list(DISTINCT o.standard ORDER BY o.standard) FILTER (WHERE o.standard IS NOT NULL),
                []) AS standards
FROM chosen_observations AS o
WHERE o.indicator = $indicator AND o.kind = 'actual'
GROUP BY ALL
ORDER BY o.year, o.generation;
