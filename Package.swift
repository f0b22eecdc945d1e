// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierExtraction", targets: ["DossierExtraction"]),
        .library(name: "DossierStore", targets: ["DossierStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "DossierExtraction"),
        .target(name: "DossierCrossRef", dependencies: ["DossierExtraction"]),
        .executableTarget(name: "dossier-embed"),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["dossier-embed"]),
        .target(
            name: "DossierStore",
            dependencies: [
                "DossierExtraction", "DossierCrossRef",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            plugins: ["EmbedMigrations"]
        ),
        .target(
            name: "DossierIngest",
            dependencies: ["DossierExtraction", "DossierStore", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "DossierCLI",
            dependencies: [
                "DossierExtraction", "DossierStore", "DossierIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dossier", dependencies: ["DossierCLI"]),
        .target(name: "DossierBenchKit", dependencies: ["DossierExtraction"]),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierBenchKit", "DossierExtraction", "DossierStore", "DossierIngest", "DossierCLI"]
        ),
        .testTarget(name: "DossierExtractionTests", dependencies: ["DossierExtraction"]),
        .testTarget(name: "DossierCrossRefTests", dependencies: ["DossierCrossRef"]),
        .testTarget(
            name: "DossierStoreTests",
            dependencies: ["DossierStore", "DossierExtraction", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "DossierBenchTests", dependencies: ["DossierBenchKit", "DossierExtraction"]),
        .testTarget(name: "DossierIngestTests", dependencies: ["DossierIngest", "DossierStore"]),
        .testTarget(
            name: "DossierCLITests",
            dependencies: [
                "DossierCLI", "DossierStore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Golden")]
        ),
    ]
)
