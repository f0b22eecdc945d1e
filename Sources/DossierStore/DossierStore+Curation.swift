import DossierExtraction

extension DossierStore {
    /// Everything known about the entity going by `name`.
    public func entityProfile(_ name: String) throws -> EntityProfile {
        try read { db in try EntityCurator(db: db).profile(name) }
    }

    /// Creates a curated entity; its name and aliases must be new to the knowledge base.
    public func addEntity(_ entry: KnownEntity) throws {
        try write { db in try EntityCurator(db: db).add(entry, update: false) }
    }

    /// Gives the entity going by `name` another name that later ingests resolve to it.
    public func addAlias(_ alias: String, to name: String) throws {
        try write { db in
            let curator = EntityCurator(db: db)
            try curator.alias(alias, to: try curator.entity(name).id)
        }
    }

    /// Makes `other` part of `keep`, for good: later ingests resolve `other`'s names to `keep`.
    public func mergeEntity(_ other: String, into keep: String) throws {
        try write { db in try EntityCurator(db: db).merge(keep: keep, other: other) }
    }

    /// Renames an entity; the old name stays one of its aliases.
    public func renameEntity(_ name: String, to newName: String) throws {
        try write { db in try EntityCurator(db: db).rename(name, to: newName) }
    }

    public func retypeEntity(_ name: String, to type: EntityType) throws {
        try write { db in try EntityCurator(db: db).retype(name, to: type) }
    }

    /// Curates a whole gazetteer in one transaction: each entry creates its entity or
    /// updates the one going by its name. An entry that conflicts is skipped, the rest land.
    /// - Returns: the error of each entry, `nil` where it was applied.
    public func importEntities(_ entries: [KnownEntity]) throws -> [StoreError?] {
        try write { db in
            let curator = EntityCurator(db: db)
            return try entries.map { entry in
                do {
                    try db.inSavepoint {
                        try curator.add(entry, update: true)
                        return .commit
                    }
                    return nil
                } catch let error as StoreError {
                    return error
                }
            }
        }
    }
}
