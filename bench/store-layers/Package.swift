// swift-tools-version:6.0
// Oasis store-layer trial (ADR 0001). Not part of the Oasis build.
// Build cost:  swift build --product min-X --scratch-path .build-X      (X = a, b, c; clean folder)
// Benchmarks:  swift build -c release --scratch-path .build-rel --product bench-sqlite-X / bench-pg-a / bench-pg-raw
import PackageDescription

let package = Package(
    name: "store-trial",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/vapor/sql-kit", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", exact: "2.17.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", exact: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // Minimal executables: the build-cost measurement (imports + one symbol per library).
        .executableTarget(name: "min-a", dependencies: [
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
        ]),
        .executableTarget(name: "min-b", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .executableTarget(name: "min-c", dependencies: [
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Benchmarks (release).
        .target(name: "TrialCommon"),
        .executableTarget(name: "bench-sqlite-a", dependencies: [
            "TrialCommon",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
        ]),
        .executableTarget(name: "bench-sqlite-b", dependencies: [
            "TrialCommon",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "bench-sqlite-c", dependencies: [
            "TrialCommon",
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
        ]),
        .executableTarget(name: "bench-pg-a", dependencies: [
            "TrialCommon",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
        ]),
        .executableTarget(name: "bench-pg-raw", dependencies: [
            "TrialCommon",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
