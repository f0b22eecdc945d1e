import Foundation
import PackagePlugin

/// Embeds `Migrations/*.sql` into the target that uses it, as `Migration.embedded`.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "Migrations")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
            .map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) migrations",
                executable: try context.tool(named: "dossier-embed").url,
                arguments: [directory.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
