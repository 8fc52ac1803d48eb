import Diagnostics
import Foundation
import Output
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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

    @Test func temporaryFilesOfStoppedWritersAreRemovedOthersKept() throws {
        let folder = try Paths.temporaryFolder()
        let target = folder.appendingPathComponent("Справка.docx").path
        let names = [
            "Справка.docx.tmp-1a2b3c", ".Справка.docx.paperwork-tmp-stale0000000",
            ".Справка.docx.paperwork-tmp-alive0000000",
            ".Рейтинг.docx.paperwork-tmp-other0000000", "Справка.docx.tmp-копия",
        ]
        for name in names { try Data("часть".utf8).write(to: folder.appendingPathComponent(name)) }
        let descriptor = open(folder.appendingPathComponent(names[2]).path, O_RDONLY)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        defer { close(descriptor) }
        try AtomicFile.write(Array("новое".utf8), to: target, label: "Справка.docx")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [names[2], names[3], names[4], "Справка.docx"].sorted())
    }
}
