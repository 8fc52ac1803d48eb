import Diagnostics
import Foundation
import Monitoring
import TestSupport
import Testing

@testable import Ingest

/// Inputs are named bytes: a file and an upload read the same; a file that cannot be read is a
/// located Russian diagnostic.
@Suite struct NamedBytesTests {
    @Test func aFileAndAnUploadReadTheSame() throws {
        let folder = try Paths.temporaryFolder()
        let path = folder.appendingPathComponent("данные.yaml").path
        let text = "title: Приказ\nitems: [1, 2]\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let read = try NamedBytes.read(path: path)
        #expect(read == NamedBytes(name: "данные.yaml", text: text))
        #expect(try DataFile.load(path: path) == DataFile.load(read))
    }

    @Test func missingFile() throws {
        let path = try Paths.temporaryFolder().appendingPathComponent("нет.yaml").path
        #expect(
            throws: Diagnostic(
                "file_unreadable", "папка или файл не существует; проверьте путь",
                at: SourceLocation(file: "нет.yaml"))
        ) {
            _ = try NamedBytes.read(path: path)
        }
        #expect(Reported.of { _ = try DataFile.load(path: path) }.map(\.code) == ["data_unreadable"])
        let found = Reported.of { _ = try Methodology.load(path: path) }
        #expect(found.map(\.code) == ["file_unreadable"])
    }

    @Test func folderInsteadOfAFile() throws {
        let folder = try Paths.temporaryFolder()
        #expect(
            throws: Diagnostic(
                "file_unreadable", "по этому пути папка, а нужен файл; укажите имя файла",
                at: SourceLocation(file: folder.lastPathComponent))
        ) {
            _ = try NamedBytes.read(path: folder.path)
        }
    }

    @Test func fileLargerThanTheReadLimit() throws {
        let path = try Paths.temporaryFolder().appendingPathComponent("большой.csv").path
        try Data(count: 2_000).write(to: URL(fileURLWithPath: path))
        #expect(throws: Diagnostic.fileTooLarge("большой.csv", limit: 1_000)) {
            _ = try NamedBytes.read(path: path, limit: 1_000)
        }
    }
}
