-- The first and last year with a shown value, for the year-range filter.
SELECT min(year) AS first_year, max(year) AS last_year FROM chosen_observations;
