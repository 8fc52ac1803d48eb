import Foundation
import TestSupport
import Testing

/// The files a new store is seeded with are the repository's examples, byte for byte.
@Suite struct SeedTests {
    @Test(arguments: [
        "methodologies/vpr-objectivity.yaml", "methodologies/shnor-effectiveness.yaml",
        "recommendations/vpr-objectivity.yaml", "recommendations/shnor-effectiveness.yaml",
        "department/sosnovsky.yaml", "orders/monitoring-results.yaml", "department/emblem.png",
    ])
    func seedFileIsTheExample(_ path: String) throws {
        let seed = Paths.root.appendingPathComponent("Sources/6-FrontEnds/PaperworkWeb/Resources/seed/" + path)
        #expect(try Data(contentsOf: seed) == Data(contentsOf: URL(fileURLWithPath: Paths.example(path))))
    }
}
