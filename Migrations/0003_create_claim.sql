-- What each article says: its sentences, entity mentions, claims, and who each claim
-- is credited to. Everything here belongs to one article and goes with it.
CREATE TABLE sentence (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, idx)
);

CREATE TABLE mention (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entity(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mention_article ON mention(article_id);
CREATE INDEX mention_entity ON mention(entity_id);
CREATE INDEX mention_sentence ON mention(sentence_id);

-- One account by one reporter on one date, however many articles relay it.
CREATE TABLE report (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,               -- normalised reporter + '|' + reported_on
    reporter TEXT NOT NULL,
    reporter_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    reported_on TEXT,                       -- ISO 8601 prefix, NULL when unknown
    primary_article_id INTEGER REFERENCES article(id) ON DELETE SET NULL
);
CREATE INDEX report_reporter_entity ON report(reporter_entity_id);

CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('asserted', 'hedged', 'denied')),
    hedges TEXT NOT NULL DEFAULT ''         -- hedge words joined with '; '
);
CREATE INDEX claim_article ON claim(article_id);
CREATE INDEX claim_sentence ON claim(sentence_id);

CREATE TABLE attribution (
    claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES report(id),
    reporter TEXT NOT NULL,
    reporter_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    cue TEXT NOT NULL,
    cited TEXT,
    cited_kind TEXT CHECK (cited_kind IN ('anonymous', 'named', 'document', 'official')),
    reported_on TEXT,
    source_start INTEGER,
    source_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER
);
CREATE INDEX attribution_report ON attribution(report_id);

CREATE TABLE claim_entity (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_entity_claim ON claim_entity(claim_id);

CREATE TABLE claim_date (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    value TEXT,
    precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'year'))
);
CREATE INDEX claim_date_claim ON claim_date(claim_id);

-- How claims of different reports relate.
CREATE TABLE claim_link (
    id INTEGER PRIMARY KEY,
    claim_a INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    claim_b INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('corroborates', 'contradicts', 'repeats')),
    score REAL NOT NULL,
    method TEXT NOT NULL,
    UNIQUE (claim_a, claim_b)
);
CREATE INDEX claim_link_b ON claim_link(claim_b);
