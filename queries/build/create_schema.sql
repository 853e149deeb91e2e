-- The database's tables. Other tools rely on these names; add columns, never rename.

-- Both generations of provincial units. A code is unique only within its generation:
-- 24 is Bắc Giang until 2025-06-30 (generation 2024) and Bắc Ninh from 2025-07-01 (generation 2025).
CREATE TABLE provinces (
    code            VARCHAR  NOT NULL,   -- official 2-digit code
    generation      SMALLINT NOT NULL,   -- 2024: the 63 units; 2025: the 34 units
    name_vi         VARCHAR  NOT NULL,
    name_en         VARCHAR  NOT NULL,   -- canonical ASCII English name
    type            VARCHAR  NOT NULL,   -- province | centrally-run city
    region          VARCHAR,             -- socio-economic region (2024 units only; 2025 list not compiled)
    valid_from      DATE     NOT NULL,
    valid_to        DATE,                -- NULL while in force
    successor_code  VARCHAR,             -- 2024 units: the 2025 unit they became part of
    PRIMARY KEY (code, generation)
);

CREATE TABLE indicators (
    id               VARCHAR PRIMARY KEY,
    name             VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    description      VARCHAR NOT NULL,
    higher_is_better BOOLEAN,            -- NULL where neither direction is better (attendance)
    year_rule        VARCHAR NOT NULL    -- which year an undated figure reports: last_full_year | event_year
);

CREATE TABLE sources (
    source_id  VARCHAR PRIMARY KEY,      -- stable: derived from the file's content
    path       VARCHAR NOT NULL,         -- relative to the datasets folder
    sha256     VARCHAR NOT NULL,
    title      VARCHAR,
    date       DATE,                     -- when known
    kind       VARCHAR NOT NULL CHECK (kind IN ('report', 'official')),
    url        VARCHAR,
    language   VARCHAR,                  -- en | vi
    text       VARCHAR                   -- the text as stored: observations' offsets point into it
);

CREATE TABLE observations (
    obs_id         INTEGER  PRIMARY KEY,
    province_code  VARCHAR  NOT NULL,
    generation     SMALLINT NOT NULL,
    indicator      VARCHAR  NOT NULL REFERENCES indicators (id),
    year           SMALLINT NOT NULL,
    value          DOUBLE   NOT NULL,
    unit           VARCHAR  NOT NULL,
    qualifier      VARCHAR,              -- over | about | nearly | ... as the source words it
    kind           VARCHAR  NOT NULL CHECK (kind IN ('actual', 'target')),
    standard       VARCHAR,              -- e.g. the poverty standard '2021-2025'
    source_id      VARCHAR  NOT NULL REFERENCES sources (source_id),
    start          INTEGER,              -- character offsets of the quote in sources.text
    "end"          INTEGER,
    quote          VARCHAR,
    value_start    INTEGER,              -- offsets of the number itself in sources.text (to highlight it)
    value_end      INTEGER,
    year_basis     VARCHAR  NOT NULL CHECK (year_basis IN ('explicit', 'relative', 'inferred')),
    year_note      VARCHAR,              -- how the year was decided, in words
    FOREIGN KEY (province_code, generation) REFERENCES provinces (code, generation)
);

-- Whether each observation is the one shown by default, and if not, why not (the choice rule).
-- Per province, generation, indicator, year and standard, the actual values rank: an official
-- source before a report; an exact figure before a qualified one ("over", "about"); an explicit
-- year before a relative one before an inferred one; the newer source date; then the lower obs_id,
-- so that the choice never depends on chance. Targets are never chosen.
-- ranked_observations: each actual observation with its place in that order (rank 1 = shown)
-- and its key's winner. chosen_obs_id: the observation shown instead (itself when chosen).
CREATE VIEW ranked_observations AS
SELECT o.*, s.kind AS source_kind, s.date AS source_date,
       row_number() OVER key_order AS rank, first_value(o.obs_id) OVER key_order AS winner
FROM observations AS o JOIN sources AS s ON s.source_id = o.source_id
WHERE o.kind = 'actual'
WINDOW key_order AS (
    PARTITION BY o.province_code, o.generation, o.indicator, o.year, coalesce(o.standard, '')
    ORDER BY s.kind = 'official' DESC, o.qualifier IS NULL DESC,
             CASE o.year_basis WHEN 'explicit' THEN 0 WHEN 'relative' THEN 1 ELSE 2 END,
             s.date DESC NULLS LAST, o.obs_id);

CREATE VIEW observation_status AS
WITH ranked AS (
    SELECT obs_id, source_kind, qualifier IS NULL AS exact, source_date,
           CASE year_basis WHEN 'explicit' THEN 0 WHEN 'relative' THEN 1 ELSE 2 END AS basis_rank,
           rank, winner
    FROM ranked_observations
)
SELECT r.obs_id, r.rank = 1 AS chosen,
       CASE WHEN r.rank = 1 THEN NULL
            WHEN w.source_kind = 'official' AND r.source_kind = 'report'
                THEN 'an official figure is preferred to a report (obs ' || w.obs_id || ')'
            WHEN w.source_kind = 'official'
                THEN 'another official figure came first (obs ' || w.obs_id || ')'
            WHEN w.exact AND NOT r.exact
                THEN 'an exact figure is preferred to a qualified one (obs ' || w.obs_id || ')'
            WHEN w.basis_rank < r.basis_rank
                THEN 'a figure with a more explicit year is preferred (obs ' || w.obs_id || ')'
            WHEN w.source_date IS NOT NULL AND (r.source_date IS NULL OR w.source_date > r.source_date)
                THEN 'a more recent report is preferred (obs ' || w.obs_id || ')'
            ELSE 'an equally specific and recent report came first (obs ' || w.obs_id || ')'
       END AS reason,
       w.obs_id AS chosen_obs_id
FROM ranked AS r JOIN ranked AS w ON w.obs_id = r.winner
UNION ALL
SELECT obs_id, false, 'a target or plan, not an actual value', NULL
FROM observations WHERE kind = 'target';

-- The values the pages show by default: one per province, indicator, year (and standard).
-- Pages read this view, never the raw table, so the choice rule lives in one place.
-- Read from ranked_observations, not observation_status: a filter on the key's columns (indicator,
-- province) then reaches the scan below the window, 0.55 s -> 0.015 s at 1M rows (benchmarks/).
CREATE VIEW chosen_observations AS
SELECT * EXCLUDE (source_kind, source_date, rank, winner) FROM ranked_observations WHERE rank = 1;

-- Two actual values of one province, indicator, year and standard from different sources that
-- disagree beyond the tolerance: for percentages (units starting with '%') more than 0.05
-- percentage points (a figure rounded to one decimal stays within 0.05 of the exact one); for
-- counts more than 1% of the larger value. obs_a < obs_b; each pair is listed once.
CREATE VIEW conflicts AS
SELECT a.obs_id AS obs_a, b.obs_id AS obs_b, a.province_code, a.generation, a.indicator, a.year,
       a.standard, a.unit, a.value AS value_a, b.value AS value_b, abs(a.value - b.value) AS difference
FROM observations AS a
JOIN observations AS b
  ON b.province_code = a.province_code AND b.generation = a.generation
 AND b.indicator = a.indicator AND b.year = a.year AND b.standard IS NOT DISTINCT FROM a.standard
 AND b.obs_id > a.obs_id AND b.source_id <> a.source_id
WHERE a.kind = 'actual' AND b.kind = 'actual'
  AND abs(a.value - b.value) > CASE WHEN a.unit LIKE '\%%' ESCAPE '\' THEN 0.05
                                    ELSE 0.01 * greatest(abs(a.value), abs(b.value)) END + 1e-9;
