// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Paperwork",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paperwork", targets: ["paperwork"]),
        .library(name: "PaperworkKit", targets: ["PaperworkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CZip", path: "Sources/CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "ZipArchive", dependencies: ["CZip"]),
        .target(name: "XMLTree", dependencies: ["CLibXML2"]),
        .target(name: "OfficePackage", dependencies: ["ZipArchive", "XMLTree"]),
        .target(name: "RussianText"),
        .target(name: "Tables", dependencies: ["ZipArchive", "XMLTree"]),
        .target(name: "Monitoring", dependencies: ["Tables", "RussianText", "Yams"]),
        .target(name: "TemplateEngine", dependencies: ["OfficePackage", "XMLTree", "ZipArchive", "RussianText"]),
        .target(name: "PaperworkKit", dependencies: ["OfficePackage", "TemplateEngine", "RussianText", "Monitoring", "Tables", "Yams"]),
        .executableTarget(
            name: "paperwork",
            dependencies: [
                "PaperworkKit", "TemplateEngine", "OfficePackage", "Monitoring", "Tables", "RussianText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "paperwork-benchmark", dependencies: ["PaperworkKit", "TemplateEngine", "OfficePackage", "XMLTree", "ZipArchive"],
            path: "Benchmarks/LetterBenchmark"),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"]),
        .testTarget(name: "XMLTreeTests", dependencies: ["XMLTree"]),
        .testTarget(name: "OfficePackageTests", dependencies: ["OfficePackage", "TestSupport"]),
        .testTarget(name: "RussianTextTests", dependencies: ["RussianText", "TestSupport"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "ZipArchive", "TestSupport"]),
        .testTarget(name: "MonitoringTests", dependencies: ["Monitoring", "Tables", "TestSupport"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine", "OfficePackage", "XMLTree", "ZipArchive", "TestSupport"]),
        .testTarget(name: "PaperworkKitTests", dependencies: ["PaperworkKit", "TemplateEngine", "OfficePackage", "XMLTree", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["paperwork", "TestSupport"]),
        .target(name: "TestSupport", dependencies: ["ZipArchive", "XMLTree"], path: "Tests/TestSupport"),
    ]
)
