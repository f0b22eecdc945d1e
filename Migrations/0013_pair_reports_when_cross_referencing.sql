-- Reports are paired with the articles relaying them when those articles are
-- cross-referenced, not when they are stored, for ingest's sake: report_article's key starts
-- with the report, which the reuse of old reports scatters, so every transaction of an ingest
-- rewrote index pages all over it (4% of ingest's time at 100,000 articles). Articles stored
-- since the last pairing wait here; pairing empties the queue in the transaction that pairs,
-- before anything reads a report's articles: cross-referencing, `xref`, `timeline`,
-- `sources`, merging entities, and replacing an article.
CREATE TABLE report_article_queue (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
);
CREATE TRIGGER report_article_queue_insert AFTER INSERT ON article BEGIN
    INSERT INTO report_article_queue (article_id) VALUES (new.id);
END;
