-- Less writing per article, for ingest's sake: the writer stores a few hundred rows per
-- article, and each row costs one b-tree insert per index it is in.

-- The writer indexes each batch's new articles and claims with one statement per index
-- (FTS5 makes every statement's terms a segment of their own, so a trigger per row made one
-- tiny segment per row). Deletes and edits still go through the triggers.
DROP TRIGGER claim_fts_insert;
DROP TRIGGER article_fts_insert;

-- A sentence's text is its article's text at its offsets; the copy doubled the text stored.
ALTER TABLE sentence DROP COLUMN text;

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
