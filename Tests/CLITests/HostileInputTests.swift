import Foundation
import TestSupport
import Testing

/// Each hostile file fails with a clear Russian error and exit 65: no crash, no hang,
/// nothing written, nothing read from outside the document.
@Suite struct HostileInputTests {
    @Test(arguments: [
        ("path-traversal.docx", "zip_unsafe_entry_name", "переход в родительскую папку («..»)"),
        ("zip-bomb.docx", "zip_too_large", "возможна «zip-бомба»"),
        ("xxe.docx", "xml_entity_declared", "word/document.xml, строка 2"),
        ("billion-laughs.docx", "xml_entity_declared", "word/document.xml, строка 2"),
        ("empty.docx", "zip_empty_file", "файл пуст (0 байт)"),
        ("text.docx", "zip_not_an_archive", "файл не является архивом ZIP"),
        ("truncated.docx", "zip_damaged", "архив обрезан или повреждён"),
    ])
    func hostileFileIsRefused(file: String, code: String, words: String) throws {
        // The program runs two folders deep in a fresh temporary folder, so that the traversal
        // fixture's «../../evil.txt» would land in that folder, where the check below sees it.
        let folder = try Paths.temporaryFolder()
        let work = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let started = Date()
        for (arguments, heading) in [
            (["inspect", Paths.fixture("hostile/\(file)")], "ошибка: "),
            (
                ["repack", Paths.fixture("hostile/\(file)"), "out.docx"],
                "ошибка (ничего не записано): "
            ),
        ] {
            let result = try Command.paperwork(arguments, in: work)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix(heading + "\(file): "))
            #expect(result.stderr.contains(code))
            #expect(result.stderr.contains(words))
            #expect(!(result.stdout + result.stderr).contains("root:"), "содержимое /etc/passwd в выводе")
        }
        #expect(Date().timeIntervalSince(started) < 30)
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        #expect(written.sorted() == ["a", "a/b"], "записаны файлы: \(written)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("evil.txt").path))
    }
}
