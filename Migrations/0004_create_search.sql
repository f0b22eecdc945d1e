-- Full-text indexes over claims and articles. External content: the text lives once, in
-- its own table, and triggers keep each index in step with it.
CREATE VIRTUAL TABLE claim_fts USING fts5(
    text, content = 'claim', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content = 'article', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
