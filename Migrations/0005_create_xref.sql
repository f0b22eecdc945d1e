-- Articles whose claims are still to be cross-referenced. The trigger queues each new
-- article in the transaction that stores it, so a crash between storing and linking leaves
-- the work queued, never lost; linking empties the queue in the transaction that links.
CREATE TABLE xref_queue (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
);
CREATE TRIGGER xref_queue_insert AFTER INSERT ON article BEGIN
    INSERT INTO xref_queue (article_id) VALUES (new.id);
END;
INSERT INTO xref_queue (article_id) SELECT id FROM article;

-- How many cross-referenced claims use each proposition term, so that rare terms weigh more
-- than common ones when two claims are compared. The row '*' counts the claims themselves.
CREATE TABLE xref_term (
    term TEXT PRIMARY KEY,
    claims INTEGER NOT NULL
) WITHOUT ROWID;
