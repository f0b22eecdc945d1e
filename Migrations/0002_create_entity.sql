-- The knowledge base of named things. Every name an entity goes by, its own name
-- included, is a row of entity_alias keyed by its normalised form, so that one lookup
-- resolves any name (and a merge only has to move alias rows).
CREATE TABLE entity (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
        CHECK (type IN ('organization', 'outlet', 'person', 'place', 'government', 'product')),
    curated INTEGER NOT NULL DEFAULT 0      -- 1 once a person set it: extraction never overrides
);

CREATE TABLE entity_alias (
    key TEXT PRIMARY KEY,                   -- lowercased, white space folded
    alias TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    curated INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX entity_alias_entity ON entity_alias(entity_id);

CREATE TABLE entity_ticker (
    exchange TEXT NOT NULL,
    symbol TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    PRIMARY KEY (exchange, symbol)
) WITHOUT ROWID;
CREATE INDEX entity_ticker_entity ON entity_ticker(entity_id);
