-- Years with shown values of one indicator in the year range, newest first, with how many units
-- report each: the Compare page's ranking-year picker (default: the latest year most units report).
SELECT year, count(DISTINCT (province_code, generation)) AS units
FROM chosen_observations
WHERE indicator = $indicator AND year BETWEEN $year_from AND $year_to
GROUP BY year
ORDER BY year DESC;
