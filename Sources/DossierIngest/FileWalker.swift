import Foundation

/// Expands the paths given on the command line into the files to ingest.
enum FileWalker {
    /// Files stay as given; folders are walked recursively for files with one of
    /// `extensions`, in name order, hidden entries skipped. Missing paths are rejected.
    static func expand(_ paths: [String], extensions: Set<String>, rejected: inout [IngestError]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                rejected.append(.missing(path: path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else {
                rejected.append(.unreadable(path: path, cause: "cannot list the folder"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return files
    }
}
