import Foundation
import GRDB
import GRDBSQLite

/// Copies the write-ahead log into the database file on a connection and thread of its own,
/// while the writer goes on writing.
///
/// SQLite's automatic checkpoint runs inside the commit that fills the log, on the writer,
/// and copying a quarter gigabyte of pages took an eighth of the writer's time in an ingest
/// of 100,000 articles. A checkpoint here copies what was committed when it began. The log
/// can restart from its beginning only at a transaction that begins with all of it copied,
/// and a log that never restarts grows for as long as the ingest runs: so a second round
/// copies what was committed during the first, and the writer itself copies the little
/// committed during the second, between two transactions.
final class LogCheckpointer: @unchecked Sendable {
    private let path: String
    private let frames: Int
    /// The checkpointing connection, opened for the first checkpoint: most writes are over
    /// long before the log needs one.
    private var connection: DatabaseQueue?
    private let condition = NSCondition()
    private var state = State.idle
    /// Background rounds of the checkpoint under way.
    private var rounds = 0
    /// Frames in the log after the writer's last commit, as SQLite's log hook reports them.
    private var committedFrames = 0

    private enum State { case idle, copying, copied }

    /// Takes over the writer's log hook, which stops the writer's automatic checkpoints until
    /// `stop(_:)`.
    init(path: String, writer db: Database, frames: Int) {
        self.path = path
        self.frames = frames
        sqlite3_wal_hook(db.sqliteConnection, { context, _, _, frames in
            Unmanaged<LogCheckpointer>.fromOpaque(context!).takeUnretainedValue().committedFrames = Int(frames)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Whether a checkpoint begun in the background has copied what it could: the writer
    /// should commit and call `afterCommit(_:)` to copy the rest and let the log restart.
    var hasCopied: Bool { condition.withLock { state == .copied } }

    /// Called by the writer after each commit: starts a checkpoint when the log has grown to
    /// its frames, or the second round of one, or copies what the second round left.
    func afterCommit(_ db: Database) throws {
        switch condition.withLock({ state }) {
        case .idle where committedFrames >= frames, .copied where rounds < 2:
            copyInBackground()
        case .copied:
            try db.checkpoint(.passive)
            rounds = 0
            condition.withLock { state = .idle }
        case .idle, .copying:
            break
        }
    }

    private func copyInBackground() {
        rounds += 1
        condition.withLock { state = .copying }
        if connection == nil {
            var config = Configuration()
            config.busyMode = .timeout(10)
            connection = try? DatabaseQueue(path: path, configuration: config)
        }
        Thread { [self, connection] in
            // A checkpoint that fails, or a connection that did not open, copies nothing and
            // loses nothing: the log keeps every frame, for the next round or the writer.
            _ = try? connection?.writeWithoutTransaction { try $0.checkpoint(.passive) }
            condition.withLock {
                state = .copied
                condition.broadcast()
            }
        }.start()
    }

    /// Waits for a background checkpoint to end, and gives the writer back SQLite's
    /// automatic checkpoints, whose hook replaces this one's.
    func stop(_ db: Database) {
        condition.withLock {
            while state == .copying { condition.wait() }
            state = .idle
        }
        sqlite3_wal_autocheckpoint(db.sqliteConnection, Int32(ArticleWriter.defaultCheckpointFrames))
    }
}
