import DossierExtraction
import GRDB

/// Applies a person's corrections to the knowledge base inside one open transaction.
///
/// Every name an entity goes by is a row of `entity_alias`, and the writer resolves names
/// through that table before it creates anything: so moving alias rows is what makes a
/// correction stick when the same names turn up again in later ingests.
struct EntityCurator {
    let db: Database

    /// The entity going by `name`, or an error naming the way to known ones.
    func entity(_ name: String) throws -> (id: Int64, name: String) {
        guard let id = try DossierStore.entityID(db, name: name),
              let stored = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [id])
        else { throw StoreError.unknownEntity(name) }
        return (id, stored)
    }

    /// Creates a curated entity, or with `update`, curates the one already going by its name.
    func add(_ entry: KnownEntity, update: Bool) throws {
        let key = NameKey.of(entry.name)
        guard !key.isEmpty else { throw StoreError.invalidArgument("an entity needs a name", hint: "give a name that is not blank") }
        let id: Int64
        if let existing = try DossierStore.entityID(db, name: entry.name) {
            let stored = try entity(entry.name).name
            guard update else {
                throw StoreError.invalidArgument(
                    "\"\(entry.name)\" already names the entity \(stored)",
                    hint: "`dossier entity retype`, `entity alias` or `entity rename` change it")
            }
            id = existing
            // A curated alias of another name stays an alias: renaming is `entity rename`'s.
            if NameKey.of(stored) != key, try Bool.fetchOne(db, sql: "SELECT curated FROM entity_alias WHERE key = ?", arguments: [key]) == true {
                throw StoreError.invalidArgument(
                    "\"\(entry.name)\" is already an alias of the entity \(stored)",
                    hint: "list it among \(stored)'s aliases, or `dossier entity rename` it")
            }
            try db.execute(sql: "UPDATE entity SET name = ?, type = ?, curated = 1 WHERE id = ?", arguments: [entry.name, entry.type.rawValue, id])
        } else {
            for alias in entry.aliases { try checkFree(alias, for: nil) }
            try db.execute(sql: "INSERT INTO entity (name, type, curated) VALUES (?, ?, 1)", arguments: [entry.name, entry.type.rawValue])
            id = db.lastInsertedRowID
        }
        for name in [entry.name] + entry.aliases { try alias(name, to: id) }
        for ticker in entry.tickers { try self.ticker(ticker, to: id) }
    }

    /// Makes `alias` a curated name of the entity `id`. A name that extraction gave to
    /// another entity moves over; a curated one, or another entity's own name, does not.
    func alias(_ alias: String, to id: Int64) throws {
        let key = NameKey.of(alias)
        guard !key.isEmpty else { return }
        try checkFree(alias, for: id)
        try db.execute(sql: """
            INSERT INTO entity_alias (key, alias, entity_id, curated) VALUES (?, ?, ?, 1)
            ON CONFLICT (key) DO UPDATE SET alias = excluded.alias, entity_id = excluded.entity_id, curated = 1
            """, arguments: [key, alias, id])
    }

    /// Throws unless `alias` is unknown, already names `id`, or was only guessed by extraction.
    private func checkFree(_ alias: String, for id: Int64?) throws {
        let key = NameKey.of(alias)
        guard let row = try Row.fetchOne(db, sql: """
            SELECT ea.entity_id, ea.curated, e.name FROM entity_alias ea JOIN entity e ON e.id = ea.entity_id WHERE ea.key = ?
            """, arguments: [key]) else { return }
        let owner: Int64 = row[0]
        let ownerName: String = row[2]
        if owner == id { return }
        if row[1] as Bool || NameKey.of(ownerName) == key {
            throw StoreError.invalidArgument(
                "\"\(alias)\" already names the entity \(ownerName)",
                hint: "`dossier entity merge` makes two entities one")
        }
    }

    func ticker(_ ticker: String, to id: Int64) throws {
        guard let (exchange, symbol) = PackedEntity.split(ticker: ticker) else {
            throw StoreError.invalidArgument("\"\(ticker)\" is not a ticker", hint: "write EXCHANGE:SYMBOL, e.g. HKEX:1810")
        }
        try db.execute(sql: """
            INSERT INTO entity_ticker (exchange, symbol, entity_id) VALUES (?, ?, ?)
            ON CONFLICT (exchange, symbol) DO UPDATE SET entity_id = excluded.entity_id
            """, arguments: [exchange, symbol, id])
    }

    func rename(_ name: String, to newName: String) throws {
        let found = try entity(name)
        try alias(newName, to: found.id)
        try db.execute(sql: "UPDATE entity SET name = ?, curated = 1 WHERE id = ?", arguments: [newName, found.id])
    }

    func retype(_ name: String, to type: EntityType) throws {
        let found = try entity(name)
        try db.execute(sql: "UPDATE entity SET type = ?, curated = 1 WHERE id = ?", arguments: [type.rawValue, found.id])
    }

    /// Folds `other` into `keep`: its names, tickers, mentions, claims, reports and
    /// articles become `keep`'s, and `other` is deleted.
    func merge(keep keepName: String, other otherName: String) throws {
        let keep = try entity(keepName).id
        let other = try entity(otherName).id
        guard keep != other else {
            throw StoreError.invalidArgument("\"\(keepName)\" and \"\(otherName)\" are already one entity", hint: "`dossier entity show` lists its names")
        }
        let arguments: StatementArguments = ["keep": keep, "other": other]
        try DossierStore.pairQueuedReports(db)
        try db.execute(sql: """
            UPDATE entity_alias SET entity_id = :keep, curated = 1 WHERE entity_id = :other;
            UPDATE entity_ticker SET entity_id = :keep WHERE entity_id = :other;
            UPDATE claim SET entities = (
                    SELECT json_group_array(id) FROM (
                        SELECT DISTINCT CASE value WHEN :other THEN :keep ELSE value END AS id
                        FROM json_each(claim.entities) ORDER BY id))
                WHERE id IN (SELECT claim_id FROM claim_entity WHERE entity_id = :other);
            INSERT INTO article_entity (entity_id, article_id, mentions, spans, claims, claim_ids)
                SELECT :keep, article_id, mentions, spans, claims, claim_ids FROM article_entity WHERE entity_id = :other
                ON CONFLICT (article_id, entity_id) DO UPDATE SET
                    spans = (SELECT json_group_array(json(value)) FROM (
                        SELECT value FROM (SELECT value FROM json_each(article_entity.spans)
                                           UNION ALL SELECT value FROM json_each(excluded.spans))
                        GROUP BY value ->> 0 ORDER BY value ->> 0)),
                    claim_ids = (SELECT json_group_array(value) FROM (
                        SELECT value FROM json_each(article_entity.claim_ids)
                        UNION SELECT value FROM json_each(excluded.claim_ids)
                        ORDER BY value));
            UPDATE article_entity SET mentions = json_array_length(spans), claims = json_array_length(claim_ids)
                WHERE entity_id = :keep AND (mentions <> json_array_length(spans) OR claims <> json_array_length(claim_ids));
            DELETE FROM article_entity WHERE entity_id = :other;
            INSERT OR IGNORE INTO entity_report (entity_id, reported_on, report_id)
                SELECT :keep, reported_on, report_id FROM entity_report WHERE entity_id = :other;
            UPDATE claim SET reporter_entity_id = :keep WHERE reporter_entity_id = :other;
            UPDATE article SET outlet_entity_id = :keep WHERE outlet_entity_id = :other;
            UPDATE entity SET curated = 1 WHERE id = :keep;
            """, arguments: arguments)
        try mergeReports(keep: keep, other: other)
        try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [other])
    }

    /// Reports are keyed by reporter entity and date: `other`'s become `keep`'s, and where
    /// `keep` already has a report of that date, the two become one.
    private func mergeReports(keep: Int64, other: Int64) throws {
        let reports = try Row.fetchAll(db, sql: "SELECT id, reported_on, primary_article_id FROM report WHERE reporter_entity_id = ?", arguments: [other])
        for report in reports {
            let id: Int64 = report[0]
            let date: String? = report[1]
            let key = BatchWriter.reportKey(reporter: "", entityID: keep, on: date)
            if let target = try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE key = ?", arguments: [key]) {
                try db.execute(sql: """
                    UPDATE claim SET report_id = :target
                        WHERE article_id IN (SELECT article_id FROM report_article WHERE report_id = :id) AND report_id = :id;
                    INSERT OR IGNORE INTO entity_report (entity_id, reported_on, report_id)
                        SELECT entity_id, reported_on, :target FROM entity_report WHERE report_id = :id;
                    UPDATE report SET primary_article_id = coalesce(primary_article_id, :primary) WHERE id = :target;
                    DELETE FROM report WHERE id = :id;
                    """, arguments: ["target": target, "id": id, "primary": report[2] as Int64?])
            } else {
                try db.execute(sql: "UPDATE report SET key = ?, reporter_entity_id = ? WHERE id = ?", arguments: [key, keep, id])
            }
        }
    }

    func profile(_ name: String) throws -> EntityProfile {
        let found = try entity(name)
        let entity = try Row.fetchOne(db, sql: "SELECT type, curated FROM entity WHERE id = ?", arguments: [found.id])!
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM entity_alias WHERE entity_id = ? AND alias <> ? ORDER BY alias", arguments: [found.id, found.name])
        let tickers = try String.fetchAll(db, sql: "SELECT exchange || ':' || symbol AS ticker FROM entity_ticker WHERE entity_id = ? ORDER BY ticker", arguments: [found.id])
        let outlets = try Row.fetchAll(db, sql: """
            SELECT coalesce(o.name, a.outlet, '(no outlet)') AS outlet, sum(ae.mentions) AS mentions,
                   count(*) AS articles, min(a.published) AS first_seen, max(a.published) AS last_seen
            FROM article_entity ae
            JOIN article a ON a.id = ae.article_id
            LEFT JOIN entity o ON o.id = a.outlet_entity_id
            WHERE ae.entity_id = ? AND ae.mentions > 0
            GROUP BY 1
            ORDER BY mentions DESC, outlet
            """, arguments: [found.id]).map {
                EntityProfile.OutletMentions(outlet: $0["outlet"], mentions: $0["mentions"], articles: $0["articles"], firstSeen: $0["first_seen"], lastSeen: $0["last_seen"])
            }
        let claims = try Int.fetchOne(db, sql: "SELECT coalesce(sum(claims), 0) FROM article_entity WHERE entity_id = ?", arguments: [found.id]) ?? 0
        return EntityProfile(
            id: found.id, name: found.name, type: entity[0], curated: entity[1], aliases: aliases, tickers: tickers,
            mentions: outlets.reduce(0) { $0 + $1.mentions }, claims: claims,
            firstSeen: outlets.compactMap(\.firstSeen).min(), lastSeen: outlets.compactMap(\.lastSeen).max(), outlets: outlets)
    }
}
