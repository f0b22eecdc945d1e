extension DossierStore {
    /// Streams one row per outlet (and per other reporter with articles of its own): its
    /// articles, the claims credited to its reports, how many of its reports other outlets
    /// relayed, the share of its claims resting on anonymous sources, and how many of its
    /// claims a later report contradicted.
    public func sources<S: RowSink>(into sink: inout S) throws {
        try read { db in
            try stream(db, sql: """
                WITH contradicted(claim_id) AS (
                    SELECT l.claim_a FROM claim_link l
                    JOIN claim x ON x.id = l.claim_a JOIN report rx ON rx.id = x.report_id
                    JOIN claim y ON y.id = l.claim_b JOIN report ry ON ry.id = y.report_id
                    WHERE l.relation = 'contradicts' AND ry.reported_on > rx.reported_on
                    UNION
                    SELECT l.claim_b FROM claim_link l
                    JOIN claim x ON x.id = l.claim_b JOIN report rx ON rx.id = x.report_id
                    JOIN claim y ON y.id = l.claim_a JOIN report ry ON ry.id = y.report_id
                    WHERE l.relation = 'contradicts' AND ry.reported_on > rx.reported_on
                ),
                credited AS (
                    SELECT r.reporter_entity_id AS entity_id, r.id AS report_id, c.id AS claim_id, c.cited_kind,
                           c.article_id, a.outlet_entity_id
                    FROM \(reportClaimsSQL)
                    JOIN report r ON r.id = ra.report_id
                    JOIN article a ON a.id = c.article_id
                    WHERE r.reporter_entity_id IS NOT NULL
                )
                SELECT e.name AS outlet,
                       (SELECT count(*) FROM article WHERE outlet_entity_id = e.id) AS articles,
                       count(cr.claim_id) AS claims,
                       count(DISTINCT cr.report_id) AS reports,
                       count(DISTINCT CASE WHEN cr.outlet_entity_id IS NOT e.id THEN cr.report_id END) AS relayed_by_others,
                       round(avg(CASE WHEN cr.claim_id IS NULL THEN NULL WHEN cr.cited_kind = 'anonymous' THEN 1.0 ELSE 0.0 END), 2)
                           AS anonymous_share,
                       count(DISTINCT CASE WHEN cr.claim_id IN (SELECT claim_id FROM contradicted) THEN cr.claim_id END)
                           AS contradicted_later
                FROM entity e
                LEFT JOIN credited cr ON cr.entity_id = e.id
                WHERE e.type = 'outlet' OR e.id IN (SELECT outlet_entity_id FROM article)
                GROUP BY e.id
                ORDER BY claims DESC, articles DESC, e.name
                """, into: &sink)
        }
    }
}
