-- Articles are found by narrow integer keys rather than by their 64-character content hash
-- and their URL, for ingest's sake. Both unique indexes took a random key per article, so at
-- 100,000 articles every transaction rewrote some 1,200 pages of each; with no index on
-- either, ingest of 100,000 articles took 7% less time. content_key is the content hash's
-- first 15 hex digits as an integer (60 bits), url_key the same of the SHA-256 of the URL. Keys
-- may collide, so a lookup seeks the key and compares the whole value; the writer keeps
-- hashes and URLs unique, and `dossier check` verifies keys and uniqueness.
--
-- Articles stored before this migration keep a NULL url_key (SQL has no SHA-256): an index
-- of their URLs alone finds them, and takes no row written after it.
--
-- SQLite rebuilds a table to drop a UNIQUE constraint; the views over it go and come back.
DROP VIEW sentence;
DROP VIEW claims_flat;
CREATE TABLE article_keyed (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,             -- SHA-256 of the text: re-ingesting it is a no-op
    content_key INTEGER NOT NULL,           -- its first 15 hex digits as an integer
    url TEXT,                               -- same URL with new text replaces the article
    url_key INTEGER,                        -- the first 15 hex digits of the URL's SHA-256
    title TEXT,
    outlet TEXT,
    outlet_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    published TEXT,                         -- YYYY-MM-DD
    author TEXT,
    source_path TEXT,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    sentences TEXT NOT NULL DEFAULT '[]'    -- JSON [[start, end], ...] in text order
);
INSERT INTO article_keyed (id, content_hash, content_key, url, url_key, title, outlet, outlet_entity_id, published,
                           author, source_path, format, text, ingested_at, sentences)
    SELECT id, content_hash,
           (WITH RECURSIVE digit(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM digit WHERE i < 15)
            SELECT sum(max(instr('0123456789abcdef', substr(lower(content_hash), i, 1)) - 1, 0) << (4 * (15 - i))) FROM digit),
           url, NULL, title, outlet, outlet_entity_id, published, author, source_path, format, text, ingested_at, sentences
    FROM article ORDER BY id;
DROP TABLE article;
ALTER TABLE article_keyed RENAME TO article;

CREATE INDEX article_content_key ON article(content_key);
CREATE INDEX article_url_key ON article(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX article_url_before_keys ON article(url) WHERE url_key IS NULL AND url IS NOT NULL;
CREATE INDEX article_published ON article(published);
CREATE INDEX article_outlet_published ON article(outlet_entity_id, published);
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER xref_queue_insert AFTER INSERT ON article BEGIN
    INSERT INTO xref_queue (article_id) VALUES (new.id);
END;
CREATE TRIGGER report_article_queue_insert AFTER INSERT ON article BEGIN
    INSERT INTO report_article_queue (article_id) VALUES (new.id);
END;

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
