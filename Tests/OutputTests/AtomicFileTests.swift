import Diagnostics
import Foundation
import Output
import Testing
import TestSupport

@Suite struct AtomicFileTests {
    @Test func writesTheWholeFileAndNamesTheFolderOnFailure() throws {
        let folder = try Paths.temporaryFolder()
        let target = folder.appendingPathComponent("Справка.docx").path
        try AtomicFile.write(Array("новое".utf8), to: target, label: "Справка.docx")
        #expect(FileManager.default.contents(atPath: target) == Data("новое".utf8))
        let error = #expect(throws: Diagnostic.self) {
            try AtomicFile.write([1, 2, 3], to: folder.appendingPathComponent("нет/out.odt").path, label: "out.odt")
        }
        #expect(error?.code == "output_write_failed")
        #expect(error?.message.contains("нет/out.odt") == true)
        #expect(error?.message.contains("не существует") == true)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["Справка.docx"])
    }
}
