-- Flat views for researchers: what `dossier export` and `dossier sql` hand over without joins.

-- One row per claim, with its article, attribution and entities.
CREATE VIEW claims_flat AS
SELECT c.id AS claim_id, c.article_id, a.url AS article_url, a.title AS article_title,
       a.outlet, a.published, s.idx AS sentence, c.start, c."end", c.text, c.stance, c.hedges,
       at.reporter, at.cue, at.cited, at.cited_kind, at.reported_on,
       at.source_start, at.source_end, at.cue_start, at.cue_end,
       -- In the order the knowledge base first met them (claim_entity_claim's order): a sort
       -- per claim would double the cost of exporting millions.
       (SELECT group_concat(e.name, '; ') FROM claim_entity ce JOIN entity e ON e.id = ce.entity_id
            WHERE ce.claim_id = c.id) AS entities
FROM claim c
JOIN article a ON a.id = c.article_id
JOIN sentence s ON s.id = c.sentence_id
LEFT JOIN attribution at ON at.claim_id = c.id
ORDER BY c.id;

-- One row per cross-reference, with both claims' texts and reporters.
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
