-- Less writing per article, for ingest's sake: the writer stores a few hundred rows per
-- article, and each row costs one b-tree insert per index it is in.

-- The writer indexes each batch's new articles and claims with one statement per index
-- (FTS5 makes every statement's terms a segment of their own, so a trigger per row made one
-- tiny segment per row). Deletes and edits still go through the triggers.
DROP TRIGGER claim_fts_insert;
DROP TRIGGER article_fts_insert;

-- A new report looks for its reporter's own article of that date: one seek on both, where
-- the date alone made it read every article of that day.
DROP INDEX article_outlet_entity;
CREATE INDEX article_outlet_published ON article(outlet_entity_id, published);

-- A sentence's text is its article's text at its offsets; the copy doubled the text stored.
ALTER TABLE sentence DROP COLUMN text;

-- A claim names its sentence by its place in the article, as a mention does: no index is
-- needed to follow a sentence's deletion, and exports read the place without a join.
-- SQLite rebuilds a table to change a column; the views over it go and come back.
DROP VIEW claims_flat;
DROP VIEW claim_links;
CREATE TABLE claim_by_sentence_index (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,              -- sentence.idx in the same article
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('asserted', 'hedged', 'denied')),
    hedges TEXT NOT NULL DEFAULT ''         -- hedge words joined with '; '
);
INSERT INTO claim_by_sentence_index (id, article_id, sentence, start, "end", text, stance, hedges)
    SELECT c.id, c.article_id, s.idx, c.start, c."end", c.text, c.stance, c.hedges
    FROM claim c JOIN sentence s ON s.id = c.sentence_id;
DROP TABLE claim;
ALTER TABLE claim_by_sentence_index RENAME TO claim;
CREATE INDEX claim_article ON claim(article_id);
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIEW claims_flat AS
SELECT c.id AS claim_id, c.article_id, a.url AS article_url, a.title AS article_title,
       a.outlet, a.published, c.sentence, c.start, c."end", c.text, c.stance, c.hedges,
       at.reporter, at.cue, at.cited, at.cited_kind, at.reported_on,
       at.source_start, at.source_end, at.cue_start, at.cue_end,
       -- In the order the knowledge base first met them (claim_entity_claim's order): a sort
       -- per claim would double the cost of exporting millions.
       (SELECT group_concat(e.name, '; ') FROM claim_entity ce JOIN entity e ON e.id = ce.entity_id
            WHERE ce.claim_id = c.id) AS entities
FROM claim c
JOIN article a ON a.id = c.article_id
LEFT JOIN attribution at ON at.claim_id = c.id
ORDER BY c.id;

CREATE VIEW claim_links AS
SELECT l.id AS link_id, l.relation, l.score, l.method,
       l.claim_a, ra.reporter AS reporter_a, ra.reported_on AS reported_on_a, ca.text AS text_a,
       l.claim_b, rb.reporter AS reporter_b, rb.reported_on AS reported_on_b, cb.text AS text_b
FROM claim_link l
JOIN claim ca ON ca.id = l.claim_a
JOIN claim cb ON cb.id = l.claim_b
LEFT JOIN attribution ra ON ra.claim_id = l.claim_a
LEFT JOIN attribution rb ON rb.claim_id = l.claim_b
ORDER BY l.id;

-- Mentions are by far the most numerous rows, and each cost three index entries besides its
-- own. Now one row per entity per article holds all of that entity's mentions in the
-- article, as a JSON array of [start, end, sentence] in text order (sentence is sentence.idx
-- in the same article; the text is the article's text at the offsets). The `mention` view
-- unfolds them, one row per mention, as the table did.
CREATE TABLE article_entity (
    entity_id INTEGER NOT NULL REFERENCES entity(id),
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,              -- json_array_length(spans)
    spans TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_entity_article ON article_entity(article_id);
INSERT INTO article_entity (entity_id, article_id, mentions, spans)
    SELECT entity_id, article_id, count(*), json_group_array(json_array(start, "end", idx))
    FROM (SELECT m.entity_id, m.article_id, m.start, m."end", s.idx
          FROM mention m JOIN sentence s ON s.id = m.sentence_id
          ORDER BY m.entity_id, m.article_id, m.start)
    GROUP BY entity_id, article_id;
DROP TABLE mention;
CREATE VIEW mention AS
SELECT ae.article_id, ae.entity_id, j.value ->> 0 AS start, j.value ->> 1 AS "end", j.value ->> 2 AS sentence
FROM article_entity ae, json_each(ae.spans) j;
