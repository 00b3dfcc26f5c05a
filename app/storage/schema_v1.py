"""Schema 1 of the workshop file. Never edit once released: add a migration step instead."""

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE workshop (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    title            TEXT NOT NULL DEFAULT '',
    organization     TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL DEFAULT '',
    event_date       TEXT,                       -- ISO date (Common Era); shown in the Buddhist Era
    start_time       TEXT NOT NULL DEFAULT '08:30',
    venue            TEXT NOT NULL DEFAULT '',
    facilitators     TEXT NOT NULL DEFAULT '[]', -- JSON list of names
    objectives       TEXT NOT NULL DEFAULT '[]', -- JSON list of paragraphs
    language         TEXT NOT NULL DEFAULT 'th' CHECK (language IN ('th', 'en')),
    thai_digits      INTEGER NOT NULL DEFAULT 0,
    dots_per_group   INTEGER NOT NULL DEFAULT 5 CHECK (dots_per_group BETWEEN 0 AND 100),
    template_id      TEXT NOT NULL,
    template_version TEXT NOT NULL,
    template_json    TEXT NOT NULL,              -- the workshop's own copy of its template
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE groups (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    color    TEXT NOT NULL DEFAULT '#4C72B0',
    position INTEGER NOT NULL
);

CREATE TABLE members (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX members_by_group ON members(group_id, position);

CREATE TABLE agenda_items (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    position     INTEGER NOT NULL,
    pillar_key   TEXT,
    actual_start TEXT,
    actual_end   TEXT
);

CREATE TABLE pillars (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name_th    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    short_th   TEXT NOT NULL,
    short_en   TEXT NOT NULL,
    summary_th TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    position   INTEGER NOT NULL
);

CREATE TABLE questions (
    id        INTEGER PRIMARY KEY,
    pillar_id INTEGER NOT NULL REFERENCES pillars(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    text_th   TEXT NOT NULL,
    text_en   TEXT NOT NULL,
    help_th   TEXT NOT NULL,
    help_en   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    UNIQUE (pillar_id, key)
);

CREATE TABLE categories (
    id             INTEGER PRIMARY KEY,
    number         INTEGER NOT NULL UNIQUE,
    name_th        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_th TEXT NOT NULL,
    description_en TEXT NOT NULL
);

CREATE TABLE maturity_levels (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,
    value          INTEGER NOT NULL UNIQUE,
    name_th        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_th TEXT NOT NULL,
    description_en TEXT NOT NULL
);

CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    sources     TEXT NOT NULL DEFAULT '[]', -- JSON: who said what, kept through merges
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX answers_by_question ON answers(question_id, position);
CREATE INDEX answers_by_group ON answers(group_id);

CREATE TABLE assessments (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    target    TEXT NOT NULL CHECK (target IN ('category', 'pillar')),
    target_id INTEGER NOT NULL,
    level     INTEGER NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    UNIQUE (group_id, target, target_id)
);

CREATE TABLE initiatives (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    pillar_id INTEGER REFERENCES pillars(id) ON DELETE SET NULL,
    answer_id INTEGER REFERENCES answers(id) ON DELETE SET NULL,
    impact    INTEGER CHECK (impact BETWEEN 1 AND 5),
    effort    INTEGER CHECK (effort BETWEEN 1 AND 5),
    position  INTEGER NOT NULL
);

CREATE TABLE votes (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    group_id      INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    dots          INTEGER NOT NULL CHECK (dots >= 0),
    PRIMARY KEY (initiative_id, group_id)
);

CREATE TABLE plan_items (
    id            INTEGER PRIMARY KEY,
    position      INTEGER NOT NULL,
    issue         TEXT NOT NULL DEFAULT '',
    activity      TEXT NOT NULL DEFAULT '',
    pillar_id     INTEGER REFERENCES pillars(id) ON DELETE SET NULL,
    category_id   INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    kpi           TEXT NOT NULL DEFAULT '',
    target        TEXT NOT NULL DEFAULT '',
    fiscal_year   INTEGER,
    quarter       INTEGER CHECK (quarter BETWEEN 1 AND 4),
    responsible   TEXT NOT NULL DEFAULT '',
    budget_satang INTEGER CHECK (budget_satang >= 0),
    status        TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'in_progress', 'done', 'deferred')),
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL
);
"""
