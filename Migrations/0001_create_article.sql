-- Articles: one ingested document each. The text is kept whole so that every offset
-- stored elsewhere can be checked against it.
CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the text: re-ingesting it is a no-op
    url TEXT UNIQUE,                        -- same URL with new text replaces the article
    title TEXT,
    outlet TEXT,
    outlet_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    published TEXT,                         -- YYYY-MM-DD
    author TEXT,
    source_path TEXT,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX article_published ON article(published);
CREATE INDEX article_outlet_entity ON article(outlet_entity_id);
