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

-- Whether each observation is the one shown by default, and if not, why not.
-- (Placeholder rule until official figures land: every actual is shown, targets are not.)
CREATE VIEW observation_status AS
SELECT obs_id,
       kind = 'actual' AS chosen,
       CASE WHEN kind = 'target' THEN 'a target or plan, not an actual value' END AS reason
FROM observations;

-- The values the pages show by default: one per province, indicator, year (and standard).
-- Pages read this view, never the raw table, so the choice rule lives in one place.
CREATE VIEW chosen_observations AS
SELECT o.* FROM observations AS o JOIN observation_status AS s USING (obs_id) WHERE s.chosen;
