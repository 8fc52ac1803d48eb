// swift-tools-version:6.0
import PackageDescription

// Sources/ is laid out by pipeline stage; a target's folder says which stage it belongs to:
// 0-Foundation (C wrappers, office packages, Russian text, diagnostics) → 1-Ingest (named bytes
// → domain values) → 2-Domain (pure values) → 3-Documents (one context per document kind) →
// 4-Rendering (the template engine) → 5-Output (staged folders, zip streams, PDF) →
// 6-FrontEnds (the PaperworkKit façade, the store, the web page and the command line).
func stage(_ number: Int, _ name: String) -> String {
    let stages = ["0-Foundation", "1-Ingest", "2-Domain", "3-Documents", "4-Rendering", "5-Output", "6-FrontEnds"]
    return "Sources/\(stages[number])/\(name)"
}

let package = Package(
    name: "Paperwork",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paperwork", targets: ["paperwork"]),
        .library(name: "PaperworkKit", targets: ["PaperworkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The web page (`paperwork serve`) and its store: Hummingbird with Mustache pages, bcrypt
        // passwords; SQLKit over SQLite (the default) and PostgreSQL.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        // SHA-256 of the register's files (already built for PostgreSQL's and bcrypt's sake).
        .package(url: "https://github.com/apple/swift-crypto.git", "3.9.0"..<"6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZip", path: stage(0, "CZip"), pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibYAML", path: stage(0, "CLibYAML"), pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(
            name: "CLibXML2", path: stage(0, "CLibXML2"), pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CQREncode", path: stage(0, "CQREncode"), pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]),
        // SVG pictures' PNG fallback, drawn by librsvg onto a cairo image surface (cairo's flags; the
        // shim declares the two librsvg functions used, see shim.h).
        .systemLibrary(
            name: "CRSVG", path: stage(0, "CRSVG"), pkgConfig: "cairo",
            providers: [.apt(["librsvg2-dev"]), .brew(["librsvg"])]),
        .target(name: "Diagnostics", path: stage(0, "Diagnostics")),
        .target(name: "ZipArchive", dependencies: ["CZip", "Diagnostics"], path: stage(0, "ZipArchive")),
        .target(name: "XMLTree", dependencies: ["CLibXML2", "Diagnostics"], path: stage(0, "XMLTree")),
        .target(
            name: "OfficePackage", dependencies: ["ZipArchive", "XMLTree", "Diagnostics"],
            path: stage(0, "OfficePackage")),
        .target(name: "RussianText", path: stage(0, "RussianText")),
        .target(
            name: "Pictures", dependencies: ["CQREncode", "CRSVG", "ZipArchive", "XMLTree"], path: stage(0, "Pictures")),

        .target(
            name: "Tables", dependencies: ["ZipArchive", "XMLTree", "OfficePackage", "Diagnostics"],
            path: stage(1, "Tables")),
        // Ingest/YAML reads libyaml's events through CLibYAML (see LibYAML.swift), with caps on size and depth.
        .target(
            name: "Ingest",
            dependencies: [
                "Diagnostics", "Tables", "Monitoring", "Orders", "Documents", "TemplateEngine", "RussianText",
                "CLibYAML", "Pictures",
            ],
            path: stage(1, "Ingest")),

        .target(name: "Monitoring", dependencies: ["RussianText"], path: stage(2, "Monitoring")),
        .target(
            name: "Orders", dependencies: ["Monitoring", "RussianText", "TemplateEngine", "Diagnostics", "Pictures"],
            path: stage(2, "Orders")),

        .target(
            name: "Documents", dependencies: ["Monitoring", "Orders", "TemplateEngine", "RussianText", "Pictures"],
            path: stage(3, "Documents")),

        .target(
            name: "TemplateEngine",
            dependencies: [
                "OfficePackage", "XMLTree", "ZipArchive", "RussianText", "Output", "Diagnostics", "Pictures",
            ],
            path: stage(4, "TemplateEngine")),

        .target(
            name: "Output", dependencies: ["OfficePackage", "ZipArchive", "Diagnostics"], path: stage(5, "Output")),

        .target(
            name: "PaperworkKit",
            dependencies: [
                "Diagnostics", "OfficePackage", "RussianText", "Tables", "Ingest", "Monitoring", "Orders", "Documents",
                "TemplateEngine", "Output",
            ],
            path: stage(6, "PaperworkKit"),
            // The shipped templates travel with the program in the resource bundle
            // Paperwork_PaperworkKit.resources (see TemplateLocator); their flat sources stay behind.
            exclude: ["Templates/source"], resources: [.process("Templates")]),
        // The store: one API over SQLKit, on SQLite (a file in the data folder) or PostgreSQL, with
        // versioned migrations applied at start.
        .target(
            name: "Store",
            dependencies: [
                "Diagnostics",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: stage(6, "Store")),
        // The order register (журнал регистрации приказов) over PaperworkKit and the store, for the
        // command line and the web page alike.
        .target(name: "Register", dependencies: ["PaperworkKit", "Store"], path: stage(6, "Register")),
        // The web page: a Hummingbird app over PaperworkKit and the store; its Mustache pages, stylesheet,
        // script and the seed files of a new store are resources.
        .target(
            name: "PaperworkWeb",
            dependencies: [
                "PaperworkKit", "Store", "Register",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: stage(6, "PaperworkWeb"), resources: [.copy("Resources")]),
        // The command line: PaperworkKit's jobs, and `serve` and `user` through the web front end and its store.
        .executableTarget(
            name: "paperwork",
            dependencies: [
                "PaperworkKit", "PaperworkWeb", "Store", "Register",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: stage(6, "paperwork")),

        .executableTarget(
            name: "paperwork-benchmark", dependencies: ["PaperworkKit"], path: "Benchmarks/LetterBenchmark"),
        .target(
            name: "TestSupport", dependencies: ["ZipArchive", "XMLTree", "Output", "Tables"], path: "Tests/TestSupport"),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"]),
        .testTarget(name: "XMLTreeTests", dependencies: ["XMLTree"]),
        .testTarget(name: "OfficePackageTests", dependencies: ["OfficePackage", "TestSupport"]),
        .testTarget(name: "RussianTextTests", dependencies: ["RussianText", "TestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "ZipArchive", "TestSupport"]),
        .testTarget(
            name: "IngestTests",
            dependencies: ["Ingest", "Diagnostics", "Monitoring", "Orders", "TemplateEngine", "TestSupport"]),
        .testTarget(
            name: "MonitoringTests", dependencies: ["Monitoring", "Ingest", "Tables", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", "OfficePackage", "XMLTree", "ZipArchive", "TestSupport"]),
        .testTarget(
            name: "PaperworkKitTests",
            dependencies: ["PaperworkKit", "TemplateEngine", "OfficePackage", "XMLTree", "TestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", "Diagnostics", "ZipArchive", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["paperwork", "TestSupport"]),
        .testTarget(
            name: "StoreTests", dependencies: ["Store", "Register", "PaperworkKit", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "PaperworkWebTests",
            dependencies: [
                "PaperworkWeb", "Store", "PaperworkKit", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
