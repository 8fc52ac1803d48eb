import Foundation
import TestSupport
import Testing

@testable import OfficePackage

/// Real LibreOffice opens what we write: every XML part is parsed and serialized again,
/// and the text LibreOffice reads equals the original's.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct LibreOfficeRoundTripTests {
    @Test func roundTripKeepsTheTextLibreOfficeReads() throws {
        let folder = try Paths.temporaryFolder()
        var originals: [String] = []
        var written: [String] = []
        for template in ["sample.docx", "sample.odt"] {
            let document = try OfficeDocument(path: Paths.fixture("templates/" + template))
            for part in document.partNames where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
                _ = try document.edit(part)
            }
            let copy = folder.appendingPathComponent("written-\(template)").path
            try Data(document.write()).write(to: URL(fileURLWithPath: copy))
            let original = folder.appendingPathComponent("original-\(template)").path
            try FileManager.default.copyItem(atPath: Paths.fixture("templates/" + template), toPath: original)
            originals.append(original)
            written.append(copy)
        }
        let texts = try LibreOffice.text(of: originals + written)
        for index in originals.indices {
            let before = texts[index]
            let after = texts[index + originals.count]
            #expect(before.contains("ПРИКАЗ"))
            #expect(before.contains("{{ signatory.title }}"))
            #expect(after == before, "\(written[index])")
        }
    }
}
