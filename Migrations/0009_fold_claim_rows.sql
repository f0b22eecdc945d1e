-- Fewer rows and cheaper inserts per article, for ingest's sake: every row the writer stores
-- is a statement and a b-tree insert or more of its own. A claim now carries its attribution,
-- its dates and its entities' ids, and an article its sentences. Views named after the tables
-- they replace give `dossier sql` and `export` the same rows as before.

-- SQLite rebuilds a table to add constrained columns in place; the views and triggers over
-- `claim` go and come back. A CHECK written `x IN (list)` builds a temporary b-tree of the
-- list each time a statement runs, which cost a row insert about a third of its time; the
-- same checks written with OR cost nothing.
DROP VIEW claims_flat;
DROP VIEW claim_links;
CREATE TABLE claim_with_attribution (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,              -- the sentence's place in article.sentences
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance = 'asserted' OR stance = 'hedged' OR stance = 'denied'),
    hedges TEXT NOT NULL DEFAULT '',        -- hedge words joined with '; '
    dates TEXT,                             -- JSON [[text, value, precision], ...], NULL for none
    entities TEXT NOT NULL DEFAULT '[]',    -- JSON [entity id, ...] ascending, as claim_entity pairs them
    -- Who the claim is credited to; all NULL for a claim without attribution.
    report_id INTEGER REFERENCES report(id),
    reporter TEXT,
    reporter_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    cue TEXT,
    cited TEXT,
    cited_kind TEXT CHECK (cited_kind = 'anonymous' OR cited_kind = 'named' OR cited_kind = 'document'
                           OR cited_kind = 'official'),
    reported_on TEXT,
    source_start INTEGER,
    source_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    CHECK ((report_id IS NULL) = (reporter IS NULL) AND (reporter IS NULL) = (cue IS NULL))
);
INSERT INTO claim_with_attribution
SELECT c.id, c.article_id, c.sentence, c.start, c."end", c.text, c.stance, c.hedges,
       (SELECT json_group_array(json_array(d.text, d.value, d.precision))
        FROM (SELECT text, value, precision FROM claim_date WHERE claim_id = c.id ORDER BY id) d
        HAVING count(*) > 0),
       coalesce((SELECT json_group_array(entity_id)
                 FROM (SELECT entity_id FROM claim_entity WHERE claim_id = c.id ORDER BY entity_id)
                 HAVING count(*) > 0), '[]'),
       at.report_id, at.reporter, at.reporter_entity_id, at.cue, at.cited, at.cited_kind, at.reported_on,
       at.source_start, at.source_end, at.cue_start, at.cue_end
FROM claim c LEFT JOIN attribution at ON at.claim_id = c.id;
DROP TABLE attribution;
DROP TABLE claim_date;
DROP TABLE claim;
ALTER TABLE claim_with_attribution RENAME TO claim;
CREATE INDEX claim_article ON claim(article_id);
CREATE INDEX claim_report ON claim(report_id);

-- claim_entity is the index of claims by entity; a claim's own list is its `entities`
-- column, which spares an index on claim_id (and a b-tree insert per pair at ingest). Its
-- pairs go with their claim through a trigger, as a cascade would need that index.
CREATE TABLE claim_entity_by_entity (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL,              -- claim.id
    PRIMARY KEY (entity_id, claim_id)
) WITHOUT ROWID;
INSERT INTO claim_entity_by_entity (entity_id, claim_id) SELECT entity_id, claim_id FROM claim_entity;
DROP TABLE claim_entity;
ALTER TABLE claim_entity_by_entity RENAME TO claim_entity;
CREATE TRIGGER claim_entity_delete AFTER DELETE ON claim BEGIN
    DELETE FROM claim_entity WHERE claim_id = old.id AND entity_id IN (SELECT value FROM json_each(old.entities));
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Linking writes links as ingest writes claims: the same rebuild for the same check.
CREATE TABLE claim_link_checked_with_or (
    id INTEGER PRIMARY KEY,
    claim_a INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    claim_b INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation = 'corroborates' OR relation = 'contradicts' OR relation = 'repeats'),
    score REAL NOT NULL,
    method TEXT NOT NULL,
    UNIQUE (claim_a, claim_b)
);
INSERT INTO claim_link_checked_with_or SELECT id, claim_a, claim_b, relation, score, method FROM claim_link;
DROP TABLE claim_link;
ALTER TABLE claim_link_checked_with_or RENAME TO claim_link;
CREATE INDEX claim_link_b ON claim_link(claim_b);

-- An article's mention rows are written together: keyed by article first they go to the end
-- of the table, where keyed by entity first every batch rewrote a page for each entity it
-- met (at 100,000 articles, most of the table's 40,000 pages). Lookups by entity use a
-- narrow index that also counts mentions.
DROP VIEW mention;
CREATE TABLE article_entity_by_article (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entity(id),
    mentions INTEGER NOT NULL,              -- json_array_length(spans)
    spans TEXT NOT NULL,                    -- JSON [[start, end, sentence], ...] in text order
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
INSERT INTO article_entity_by_article (article_id, entity_id, mentions, spans)
    SELECT article_id, entity_id, mentions, spans FROM article_entity ORDER BY article_id, entity_id;
DROP TABLE article_entity;
ALTER TABLE article_entity_by_article RENAME TO article_entity;
CREATE INDEX article_entity_entity ON article_entity(entity_id, article_id, mentions);
CREATE VIEW mention AS
SELECT ae.article_id, ae.entity_id, j.value ->> 0 AS start, j.value ->> 1 AS "end", j.value ->> 2 AS sentence
FROM article_entity ae, json_each(ae.spans) j;

CREATE VIEW attribution AS
SELECT id AS claim_id, report_id, reporter, reporter_entity_id, cue, cited, cited_kind, reported_on,
       source_start, source_end, cue_start, cue_end
FROM claim WHERE report_id IS NOT NULL;

CREATE VIEW claim_date AS
SELECT c.id AS claim_id, j.value ->> 0 AS text, j.value ->> 1 AS value, j.value ->> 2 AS precision
FROM claim c, json_each(c.dates) j WHERE c.dates IS NOT NULL;

-- An article's sentences, as JSON [[start, end], ...] in text order: a sentence's place in
-- the array is its index, as claims and mentions name it.
ALTER TABLE article ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
UPDATE article SET sentences = coalesce(
    (SELECT json_group_array(json_array(s.start, s."end"))
     FROM (SELECT start, "end" FROM sentence WHERE article_id = article.id ORDER BY idx) s
     HAVING count(*) > 0),
    '[]');
DROP TABLE sentence;
CREATE VIEW sentence AS
SELECT a.id AS article_id, j.key AS idx, j.value ->> 0 AS start, j.value ->> 1 AS "end"
FROM article a, json_each(a.sentences) j;

CREATE VIEW claims_flat AS
SELECT c.id AS claim_id, c.article_id, a.url AS article_url, a.title AS article_title,
       a.outlet, a.published, c.sentence, c.start, c."end", c.text, c.stance, c.hedges,
       c.reporter, c.cue, c.cited, c.cited_kind, c.reported_on,
       c.source_start, c.source_end, c.cue_start, c.cue_end,
       -- In the order the knowledge base first met them (claim.entities is in id order).
       (SELECT group_concat((SELECT name FROM entity WHERE id = j.value), '; ') FROM json_each(c.entities) j)
           AS entities
FROM claim c
JOIN article a ON a.id = c.article_id
ORDER BY c.id;

CREATE VIEW claim_links AS
SELECT l.id AS link_id, l.relation, l.score, l.method,
       l.claim_a, ca.reporter AS reporter_a, ca.reported_on AS reported_on_a, ca.text AS text_a,
       l.claim_b, cb.reporter AS reporter_b, cb.reported_on AS reported_on_b, cb.text AS text_b
FROM claim_link l
JOIN claim ca ON ca.id = l.claim_a
JOIN claim cb ON cb.id = l.claim_b
ORDER BY l.id;
