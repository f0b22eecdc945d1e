import Foundation
import Testing

/// Golden files: expected output bytes kept in `Golden/`. Run with `UPDATE_GOLDEN=1` to
/// rewrite them after an intended change, then review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: Data, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file)
            return
        }
        let expected = try Data(contentsOf: file)
        #expect(actual == expected, "output differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 if the change is intended", sourceLocation: sourceLocation)
    }
}
