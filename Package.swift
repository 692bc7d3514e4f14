// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "oasis",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "oasis", targets: ["oasis"]),
        .executable(name: "oasis-access-bench", targets: ["OasisAccessBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Test-only: property-based tests that feed extreme and random numbers through every writer and reader.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Domain values and pure logic. No I/O.
        // The message catalogue's language files are compiled in as byte arrays, so the binary needs no bundle.
        .target(
            name: "OasisCore",
            resources: [.embedInCode("Localization/Languages"), .embedInCode("Lifeline/MajorHazards/Data")],
            swiftSettings: swiftSettings
        ),
        // The walking graph in compact arrays and the searches over it (nearest facility, coverage).
        .target(
            name: "OasisRouting",
            dependencies: ["OasisCore"],
            swiftSettings: swiftSettings
        ),
        // The system compression libraries the OSM readers inflate with (Debian: zlib1g-dev, libbz2-dev).
        // Not named CZlib: ZIPFoundation already declares a module of that name.
        .systemLibrary(
            name: "COasisZlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "COasisBzip2",
            providers: [.apt(["libbz2-dev"]), .brew(["bzip2"])]
        ),
        // OpenStreetMap PBF and XML readers, the walking-network builder and the facility classifier.
        .target(
            name: "OasisOSM",
            dependencies: ["OasisRouting", "COasisZlib", "COasisBzip2"],
            swiftSettings: swiftSettings
        ),
        // Readers for user files (CSV now; XLSX, GeoJSON later) with row-level validation.
        .target(
            name: "OasisImport",
            dependencies: ["OasisCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // Repository contracts, migrations, the SQLite and PostgreSQL stores, the audit chain.
        .target(
            name: "OasisStore",
            dependencies: [
                "OasisCore",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Hummingbird application: context, auth, controllers, web pages, error mapping.
        // Credentials: bcrypt password hashing on NIO's thread pool and random API/session secrets with their hashes.
        // Kept apart so that the application layer does not import a Hummingbird package.
        .target(
            name: "OasisCredentials",
            dependencies: [
                "OasisCore",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The application layer: the use cases (hotline, health check, promotion, living circles, layers, identity),
        // configuration, bootstrap and the documents they produce. No HTTP: the CLI and the server both call it.
        .target(
            name: "OasisServices",
            dependencies: [
                "OasisCore", "OasisStore", "OasisImport", "OasisOSM", "OasisRouting", "OasisCredentials",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The HTTP adapters: routes by feature, middleware, the web shell, OGC API and Open311 over OasisServices.
        .target(
            name: "OasisServer",
            dependencies: [
                "OasisCore", "OasisStore", "OasisImport", "OasisOSM", "OasisRouting", "OasisServices", "OasisCredentials",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                // The lifeline's MQTT 3.1.1 client (Lifeline/MQTT) speaks to the broker over NIO directly.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures for tests: throwaway stores of each kind, sample data.
        .target(
            name: "OasisTestSupport",
            dependencies: [
                "OasisCore", "OasisStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The one binary: ArgumentParser commands only.
        .executableTarget(
            name: "oasis",
            dependencies: [
                "OasisCore", "OasisStore", "OasisImport", "OasisCredentials", "OasisServices", "OasisServer", "OasisOSM", "OasisRouting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The nearest-facility benchmark's Oasis side (bench/access): needs only OasisRouting, so a release
        // build of it takes a minute instead of the whole server's half hour.
        .executableTarget(
            name: "OasisAccessBench",
            dependencies: ["OasisRouting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisCoreTests",
            dependencies: ["OasisCore", "OasisImport", "OasisTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisStoreTests",
            dependencies: ["OasisStore", "OasisCore", "OasisTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisServerTests",
            dependencies: [
                "OasisServer", "OasisServices", "OasisCredentials", "OasisStore", "OasisCore", "OasisImport", "OasisTestSupport", "OasisRouting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisImportXLSXTests",
            dependencies: ["OasisImport", "OasisCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Workbooks written by LibreOffice (Fixtures/make-fixtures.sh), read through #filePath.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisRoutingTests",
            dependencies: ["OasisRouting", "OasisTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OasisOSMTests",
            dependencies: ["OasisOSM", "OasisRouting", "OasisTestSupport"],
            swiftSettings: swiftSettings
        ),
        // Runs the built `oasis` binary as an operator would.
        .testTarget(
            name: "OasisCLITests",
            dependencies: ["oasis", "OasisTestSupport", "OasisStore"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
