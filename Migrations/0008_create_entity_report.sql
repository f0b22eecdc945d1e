-- The reports with a claim about each entity, by the date of the account: what `xref` and
-- `timeline` page through, latest first, without reading every claim about a popular entity.
-- Linking adds the rows of the articles it links; `xref --rebuild` writes them all again.
CREATE TABLE entity_report (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL,              -- the report's date, '' when it has none
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, reported_on, report_id)
) WITHOUT ROWID;
CREATE INDEX entity_report_report ON entity_report(report_id);

INSERT OR IGNORE INTO entity_report (entity_id, reported_on, report_id)
SELECT ce.entity_id, coalesce(r.reported_on, ''), r.id
FROM claim_entity ce
JOIN attribution at ON at.claim_id = ce.claim_id
JOIN report r ON r.id = at.report_id;
