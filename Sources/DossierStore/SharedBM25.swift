import Foundation
import GRDB
import GRDBSQLite

/// FTS5's BM25 (k1 = 1.2, b = 0.75, every column weighted 1), computed as its `bm25()` does,
/// whose counts of the rows holding each phrase serve a search twice.
///
/// A search ordered by `rank` that also shows the rank runs the ranking function in two
/// statements: FTS5's sorter, then the outer cursor's `rank` column. `bm25()` counted the
/// rows holding each phrase in both, and for a phrase that count is most of a search
/// (5 ms of 10 at 1,000,000 claims). A search passes a key of its own as the function's one
/// argument (`rank MATCH 'dossier_bm25(key)'`); the second statement finds the counts the
/// first made under that key, on the same connection and in the same read transaction.
final class SharedBM25 {
    static let name = "dossier_bm25"

    /// What the counts were made for: the last search's key and its table's rows and tokens.
    /// A key serves one search: reused for another query of as many phrases over the same
    /// rows (only `dossier sql` could), it would score with the first query's counts.
    private var counted: (key: Int64, rows: Int64, tokens: Int64)?
    fileprivate var averageLength = 0.0
    fileprivate var inverseFrequencies: [Double] = []

    /// Registers the function on the connection, with counts of its own.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let state = Unmanaged.passRetained(SharedBM25()).toOpaque()
        let code = name.withCString { api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), $0, state, rank, release) }
        guard code == SQLITE_OK else {
            Unmanaged<SharedBM25>.fromOpaque(state).release()
            throw StoreError.sqlite("cannot register the ranking function \(name): \(String(cString: sqlite3_errstr(code)))")
        }
    }

    /// The `rank MATCH` value that orders a search by this function under a fresh key.
    static func rankSpecification() -> String {
        "\(name)(\(Int64.random(in: 1 ... .max)))"
    }

    /// The counts for `key`: the ones kept, or new ones.
    fileprivate func prepare(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, key: Int64) -> Int32 {
        var rows: Int64 = 0
        var tokens: Int64 = 0
        var code = api.pointee.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = api.pointee.xColumnTotalSize(fts, -1, &tokens) }
        guard code == SQLITE_OK else { return code }
        let phrases = api.pointee.xPhraseCount(fts)
        if let counted, counted == (key, rows, tokens), inverseFrequencies.count == phrases { return SQLITE_OK }
        counted = nil
        averageLength = Double(tokens) / Double(rows)
        inverseFrequencies.removeAll(keepingCapacity: true)
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            code = api.pointee.xQueryPhrase(fts, phrase, &hits) { _, _, hits in
                hits?.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            }
            guard code == SQLITE_OK else { return code }
            let frequency = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
            inverseFrequencies.append(frequency <= 0 ? 1e-6 : frequency)
        }
        counted = (key, rows, tokens)
        return SQLITE_OK
    }
}

private let k1 = 1.2
private let b = 0.75

/// The score of the current row, negative like `bm25()`'s so that the best sort first.
private let rank: fts5_extension_function = { api, fts, context, count, values in
    guard let api, let fts, let context, let user = api.pointee.xUserData(fts) else { return }
    let state = Unmanaged<SharedBM25>.fromOpaque(user).takeUnretainedValue()
    guard count == 1, let values, sqlite3_value_type(values[0]) == SQLITE_INTEGER else {
        sqlite3_result_error(context, "\(SharedBM25.name) takes one integer, the search's key", -1)
        return
    }
    var code = state.prepare(api, fts, key: sqlite3_value_int64(values[0]))
    var frequencies = [Double](repeating: 0, count: state.inverseFrequencies.count)
    var instances: Int32 = 0
    if code == SQLITE_OK { code = api.pointee.xInstCount(fts, &instances) }
    var index: Int32 = 0
    while code == SQLITE_OK, index < instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        code = api.pointee.xInst(fts, index, &phrase, &column, &offset)
        if code == SQLITE_OK { frequencies[Int(phrase)] += 1 }
        index += 1
    }
    var length: Int32 = 0
    if code == SQLITE_OK { code = api.pointee.xColumnSize(fts, -1, &length) }
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    let rowLength = Double(length)
    var score = 0.0
    for (phrase, inverseFrequency) in state.inverseFrequencies.enumerated() {
        let frequency = frequencies[phrase]
        score += inverseFrequency * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * rowLength / state.averageLength)))
    }
    sqlite3_result_double(context, -1.0 * score)
}

private let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { state in
    if let state { Unmanaged<SharedBM25>.fromOpaque(state).release() }
}
