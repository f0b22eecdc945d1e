-- Claims by entity are found through the articles that name the entity, for ingest's sake.
-- claim_entity held one b-tree entry per claim and entity it names (some 56 an article in
-- the benchmark's corpus, scattered over every entity's part of the key): at 100,000
-- articles its inserts were about a tenth of the writer's time. Each article_entity row now
-- lists its article's claims about its entity, written with the row, and the entity index
-- counts them, so that a lookup by entity skips the articles that only mention it.
ALTER TABLE article_entity ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;      -- json_array_length(claim_ids)
ALTER TABLE article_entity ADD COLUMN claim_ids TEXT NOT NULL DEFAULT '[]';  -- JSON [claim.id, ...] ascending

-- claim.entities is what each claim names; an entity a claim names without a mention in the
-- article gets a row with no mentions.
INSERT INTO article_entity (article_id, entity_id, mentions, spans, claims, claim_ids)
    SELECT article_id, entity_id, 0, '[]', count(*), json_group_array(claim_id)
    FROM (SELECT c.article_id, j.value AS entity_id, c.id AS claim_id
          FROM claim c, json_each(c.entities) j
          ORDER BY c.article_id, j.value, c.id)
    GROUP BY article_id, entity_id
    ON CONFLICT (article_id, entity_id) DO UPDATE SET claims = excluded.claims, claim_ids = excluded.claim_ids;

DROP TRIGGER claim_entity_delete;
DROP TABLE claim_entity;
DROP INDEX article_entity_entity;
CREATE INDEX article_entity_entity ON article_entity(entity_id, article_id, mentions, claims);

-- The old table's rows, for `dossier sql` and anything written against them.
CREATE VIEW claim_entity AS
SELECT ae.entity_id, j.value AS claim_id
FROM article_entity ae, json_each(ae.claim_ids) j
WHERE ae.claims > 0;
