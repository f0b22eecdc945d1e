-- A report's claims are found through the articles that relay it, for ingest's sake. The
-- index of claims by report (one entry per claim, keyed by a report id that reuse scatters)
-- took a random insert per claim: at 100,000 articles every 1,536-article transaction
-- rewrote about 6,300 of its 10,000 pages, a quarter of all the pages the writer logged.
-- report_article holds one row per report and article (half as many in the benchmark's
-- corpus, whose articles each relay some 17 reports; 3,400 pages per transaction), and a
-- report's claims are those of its articles (claim_article) that name it.
CREATE TABLE report_article (
    report_id INTEGER NOT NULL REFERENCES report(id),
    article_id INTEGER NOT NULL,            -- article.id, of a claim credited to the report
    PRIMARY KEY (report_id, article_id)
) WITHOUT ROWID;
INSERT INTO report_article (report_id, article_id)
    SELECT DISTINCT report_id, article_id FROM claim WHERE report_id IS NOT NULL ORDER BY report_id, article_id;
DROP INDEX claim_report;
-- Claims by article, then report: an article's claims credited to one report are one seek,
-- without reading the article's other claims (linking finds a report's relays this way).
-- Rows arrive in article order, so the wider key costs ingest no scattered writes.
DROP INDEX claim_article;
CREATE INDEX claim_article ON claim(article_id, report_id);

-- Deleting a report made SQLite look for claims naming it, which without that index reads
-- every claim; report_article's key answers instead. Dropping a foreign key leaves every
-- stored row as it is, so SQLite allows editing it out of the table's definition in place
-- (https://sqlite.org/lang_altertable.html, "other kinds of table schema changes"); RESET
-- reloads the schema, and the DDL around it tells other connections to reload theirs.
-- `dossier check` still finds a claim whose report is missing.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'report_id INTEGER REFERENCES report(id),', 'report_id INTEGER,')
WHERE type = 'table' AND name = 'claim';
PRAGMA writable_schema = RESET;

-- The writer adds an article's pairs with its claims; these keep them in step afterwards: a
-- pair goes with the last claim of its article that names the report.
CREATE TRIGGER claim_report_delete AFTER DELETE ON claim WHEN old.report_id IS NOT NULL BEGIN
    DELETE FROM report_article WHERE report_id = old.report_id AND article_id = old.article_id
        AND NOT EXISTS (SELECT 1 FROM claim WHERE article_id = old.article_id AND report_id = old.report_id);
END;
CREATE TRIGGER claim_report_update AFTER UPDATE OF report_id, article_id ON claim BEGIN
    INSERT OR IGNORE INTO report_article (report_id, article_id)
        SELECT new.report_id, new.article_id WHERE new.report_id IS NOT NULL;
    DELETE FROM report_article WHERE report_id = old.report_id AND article_id = old.article_id
        AND NOT EXISTS (SELECT 1 FROM claim WHERE article_id = old.article_id AND report_id = old.report_id);
END;

-- FTS5 writes its pending terms out as a new segment whenever they pass its hash size (1 MB
-- by default): a transaction's articles made several segments, each merged again later.
-- At 16 MB a transaction makes one segment per index (30,000 articles: a tenth less writer
-- CPU, and less memory at peak).
INSERT INTO claim_fts (claim_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 16777216);
